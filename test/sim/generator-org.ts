/**
 * The generated organisation's people: ~25 humans in five teams, three bots and one deleted
 * account. A few people join late or leave early so "member activity" has both states.
 */
import type { SimActor } from './dataset.js';
import { DAY, WEEK, type IdFactory } from './generator-ids.js';
import type { Rng } from './generator-random.js';

export const BOT_LOGINS = ['dependabot', 'renovate', 'github-actions'] as const;

export interface Human {
  login: string;
  team: string;
  /** Active window in epoch ms: people join and leave. */
  activeFrom: number;
  activeTo: number;
}

export interface Team {
  slug: string;
  members: string[];
}

export interface Org {
  name: string;
  actors: SimActor[];
  humans: Human[];
  teams: Team[];
}

const TEAMS: Record<string, string[]> = {
  platform: ['amara-okafor', 'ben-tanaka', 'chloe-martin', 'dev-patel', 'elena-rossi'],
  web: ['felix-wagner', 'grace-kim', 'hugo-silva', 'ines-moreau', 'jonas-berg'],
  mobile: ['kai-nakamura', 'lena-fischer', 'marco-bianchi', 'nadia-haddad', 'oscar-lind'],
  payments: ['priya-raman', 'quinn-oconnor', 'rosa-garcia', 'sam-adeyemi', 'tara-walsh'],
  data: ['umar-sheikh', 'vera-novak', 'wei-zhang', 'ximena-lopez', 'yusuf-demir'],
};

export function buildOrg(ids: IdFactory, nowMs: number, startMs: number): Org {
  const humans: Human[] = [];
  const teams: Team[] = [];
  for (const [slug, members] of Object.entries(TEAMS)) {
    teams.push({ slug, members: [...members] });
    members.forEach((login, i) => {
      let activeFrom = startMs - 52 * WEEK;
      let activeTo = nowMs + DAY;
      // The last member of two teams left about ten weeks ago; one member of another joined
      // eight weeks ago. Deterministic, so tests can rely on inactive members existing.
      if (i === 4 && (slug === 'platform' || slug === 'web')) activeTo = nowMs - 10 * WEEK;
      if (i === 4 && slug === 'mobile') activeFrom = nowMs - 8 * WEEK;
      humans.push({ login, team: slug, activeFrom, activeTo });
    });
  }
  const actors: SimActor[] = humans.map((h) => ({
    id: ids.node('U'),
    databaseId: ids.database('user', 10_000),
    login: h.login,
    kind: 'User',
    name: h.login.split('-').map((p) => p[0]?.toUpperCase() + p.slice(1)).join(' '),
  }));
  for (const login of BOT_LOGINS) {
    // Bots share the REST user id space with humans, so they draw from the same counter.
    actors.push({ id: ids.node('BOT'), databaseId: ids.database('user', 10_000), login, kind: 'Bot', name: null });
  }
  return { name: 'acme', actors, humans, teams };
}

export function isActive(h: Human, atMs: number): boolean {
  return atMs >= h.activeFrom && atMs <= h.activeTo;
}

/**
 * An author for a PR in `team`'s repository at `atMs`: mostly the owning team, sometimes a
 * contributor from elsewhere (cross-team PRs make the review network interesting).
 */
export function pickAuthor(rng: Rng, org: Org, team: string, atMs: number): string {
  const active = org.humans.filter((h) => isActive(h, atMs));
  const own = active.filter((h) => h.team === team);
  const pool = own.length > 0 && rng.chance(0.82) ? own : active;
  return rng.pick(pool.length > 0 ? pool : org.humans).login;
}

/** Up to `count` distinct reviewers other than `author`, preferring the owning team. */
export function pickReviewers(rng: Rng, org: Org, team: string, atMs: number, author: string | null, count: number): string[] {
  const active = org.humans.filter((h) => isActive(h, atMs) && h.login !== author);
  const own = active.filter((h) => h.team === team);
  const chosen = rng.sample(own, count).map((h) => h.login);
  if (chosen.length < count) {
    const rest = active.filter((h) => !chosen.includes(h.login));
    chosen.push(...rng.sample(rest, count - chosen.length).map((h) => h.login));
  }
  return chosen;
}
