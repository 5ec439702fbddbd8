import type { SimDataset, SimPullRequest, SimReview } from '../sim/dataset.js';
import { summary } from './oracle-stats.js';
import { HOUR } from './reviewers-harness.js';

/**
 * The reviewers family recomputed in plain TypeScript from the dataset's own records (not from
 * the database or SQL), following docs/metrics/reviewers.md. Requests are replayed as a state
 * machine over each PR's history, a formulation independent of the SQL's windowed segments.
 */
export interface OracleOptions {
  from: string;
  to: string;
  now: string;
  teams: Record<string, string[]>;
  isBot: (login: string | null) => boolean;
  includeBots?: boolean;
}

export interface OracleRequest {
  pr: SimPullRequest;
  /** A login (or null for a deleted account), or `team:slug`. */
  key: string | null;
  startMs: number;
  answeredMs: number | null;
  withdrawn: boolean;
}

const ms = (iso: string) => Date.parse(iso);
const TEAM = 'team:';

export function countedPullRequests(dataset: SimDataset, o: OracleOptions): SimPullRequest[] {
  return dataset.repositories.flatMap((r) => r.pullRequests).filter((pr) => o.includeBots || !o.isBot(pr.author));
}

/** Reviews that count: submitted, by a human other than the PR's author. */
export function reviewsByOthers(pr: SimPullRequest, o: OracleOptions): SimReview[] {
  return pr.reviews.filter((r) => r.state !== 'PENDING' && r.submittedAt !== null && !o.isBot(r.author) && r.author !== pr.author);
}

/** Every request episode of every counted PR, with how it ended (if it did). */
export function requestEpisodes(dataset: SimDataset, o: OracleOptions): OracleRequest[] {
  const episodes: OracleRequest[] = [];
  for (const pr of countedPullRequests(dataset, o)) {
    type Item = { ms: number; ord: number; key?: string | null; author?: string | null };
    const items: Item[] = [];
    for (const e of pr.timeline) {
      if (e.type !== 'ReviewRequestedEvent' && e.type !== 'ReviewRequestRemovedEvent') continue;
      const team = e.requestedReviewer?.startsWith(TEAM) ?? false;
      if (!team && o.isBot(e.requestedReviewer)) continue;
      items.push({ ms: ms(e.createdAt), ord: e.type === 'ReviewRequestedEvent' ? 0 : 2, key: e.requestedReviewer });
    }
    for (const r of reviewsByOthers(pr, o)) items.push({ ms: ms(r.submittedAt!), ord: 1, author: r.author });
    items.sort((a, b) => a.ms - b.ms || a.ord - b.ord);

    const pending = new Map<string | null, OracleRequest>();
    const close = (key: string | null, at: number, withdrawn: boolean) => {
      const open = pending.get(key);
      if (!open) return;
      if (withdrawn) open.withdrawn = true;
      else open.answeredMs = at;
      pending.delete(key);
    };
    for (const item of items) {
      if (item.ord === 0 && !pending.has(item.key!)) {
        const episode: OracleRequest = { pr, key: item.key!, startMs: item.ms, answeredMs: null, withdrawn: false };
        pending.set(item.key!, episode);
        episodes.push(episode);
      } else if (item.ord === 2) {
        close(item.key!, item.ms, true);
      } else if (item.ord === 1) {
        for (const key of [...pending.keys()]) {
          if (key === item.author) close(key, item.ms, false);
          else if (key?.startsWith(TEAM)) {
            const members = o.teams[key.slice(TEAM.length)];
            if (!members || members.includes(item.author ?? '\u0000')) close(key, item.ms, false);
          }
        }
      }
    }
  }
  return episodes;
}

export interface OracleOutcomes {
  requests: number;
  answered: number;
  unanswered: number;
  withdrawn: number;
  response: { n: number; p50: number | null; p75: number | null; p90: number | null };
}

export function outcomesOf(episodes: OracleRequest[]): OracleOutcomes {
  const answered = episodes.filter((e) => e.answeredMs !== null);
  return {
    requests: episodes.length,
    answered: answered.length,
    unanswered: episodes.filter((e) => e.answeredMs === null && !e.withdrawn).length,
    withdrawn: episodes.filter((e) => e.withdrawn).length,
    response: summary(answered.map((e) => Math.max(0, e.answeredMs! - e.startMs) / HOUR)),
  };
}

/** Requests pending now on open PRs, with the hours since the pending request began. */
export function outstanding(dataset: SimDataset, o: OracleOptions, episodes: OracleRequest[]): Array<{ key: string; waitHours: number | null }> {
  const out: Array<{ key: string; waitHours: number | null }> = [];
  for (const pr of countedPullRequests(dataset, o)) {
    if (pr.state !== 'OPEN') continue;
    for (const key of pr.reviewRequests) {
      if (!key.startsWith(TEAM) && o.isBot(key)) continue;
      const began = episodes.filter((e) => e.pr === pr && e.key === key && e.answeredMs === null && !e.withdrawn).map((e) => e.startMs);
      out.push({ key, waitHours: began.length ? Math.max(0, ms(o.now) - Math.max(...began)) / HOUR : null });
    }
  }
  return out;
}

export interface OracleLoad extends OracleOutcomes {
  login: string | null;
  reviews: number;
  prsReviewed: number;
  outstanding: number;
  oldestWait: number | null;
}

export function reviewersOracle(dataset: SimDataset, o: OracleOptions) {
  const inWindow = (iso: string | number) => (typeof iso === 'number' ? iso : ms(iso)) >= ms(o.from) && (typeof iso === 'number' ? iso : ms(iso)) < ms(o.to);
  const episodes = requestEpisodes(dataset, o);
  const windowEpisodes = episodes.filter((e) => inWindow(e.startMs));
  const pending = outstanding(dataset, o, episodes);

  const reviews = countedPullRequests(dataset, o).flatMap((pr) => reviewsByOthers(pr, o).filter((r) => inWindow(r.submittedAt!)).map((r) => ({ pr, r })));
  const network = new Map<string, { author: string | null; reviewer: string | null; reviews: number; prs: Set<SimPullRequest> }>();
  for (const { pr, r } of reviews) {
    const id = JSON.stringify([pr.author, r.author]);
    const edge = network.get(id) ?? { author: pr.author, reviewer: r.author, reviews: 0, prs: new Set() };
    edge.reviews += 1;
    edge.prs.add(pr);
    network.set(id, edge);
  }

  const logins = new Set<string | null>([
    ...reviews.map(({ r }) => r.author),
    ...windowEpisodes.filter((e) => !e.key?.startsWith(TEAM)).map((e) => e.key),
    ...pending.filter((p) => !p.key.startsWith(TEAM)).map((p) => p.key),
  ]);
  const load: OracleLoad[] = [...logins].map((login) => {
    const mine = reviews.filter(({ r }) => r.author === login);
    const waits = pending.filter((p) => p.key === login);
    const known = waits.map((p) => p.waitHours).filter((w): w is number => w !== null);
    return {
      login,
      reviews: mine.length,
      prsReviewed: new Set(mine.map(({ pr }) => pr)).size,
      ...outcomesOf(windowEpisodes.filter((e) => e.key === login)),
      outstanding: waits.length,
      oldestWait: known.length ? Math.max(...known) : null,
    };
  });

  const teamKeys = new Set([...windowEpisodes.map((e) => e.key), ...pending.map((p) => p.key)].filter((k): k is string => !!k?.startsWith(TEAM)));
  const teams = [...teamKeys].map((key) => ({
    team: key.slice(TEAM.length),
    ...outcomesOf(windowEpisodes.filter((e) => e.key === key)),
    outstanding: pending.filter((p) => p.key === key).length,
  }));

  return {
    episodes,
    personal: outcomesOf(windowEpisodes.filter((e) => !e.key?.startsWith(TEAM))),
    team: outcomesOf(windowEpisodes.filter((e) => e.key?.startsWith(TEAM))),
    reviews: reviews.length,
    load,
    teams,
    network: [...network.values()].map((e) => ({ author: e.author, reviewer: e.reviewer, reviews: e.reviews, prs: e.prs.size })),
    outstandingPersonal: pending.filter((p) => !p.key.startsWith(TEAM)).length,
  };
}
