import type { SimDataset } from '../sim/dataset.js';
import { quantileCont } from './oracle-stats.js';
import { DAY, HOUR } from './reviewers-harness.js';
import { countedPullRequests, requestEpisodes, reviewsByOthers, type OracleOptions } from './reviewers-oracle.js';

/**
 * The people family recomputed in plain TypeScript from the dataset's own records (not from
 * the database or SQL), following docs/metrics/people.md: member activity, leaderboard points,
 * the longest streak of ISO weeks with a merged PR, and the spotlights.
 */
export interface PeopleOracleOptions extends OracleOptions {
  days: number;
  points: { mergedPr: number; review: number; reviewComment: number; prComment: number };
}

const ms = (iso: string) => Date.parse(iso);
const isoSeconds = (t: number) => `${new Date(t).toISOString().slice(0, 19)}Z`;

/** Monday 00:00 UTC of the ISO week holding `t`. */
function weekStart(t: number): number {
  const d = new Date(t);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() + 6) % 7) * DAY;
}

type Activity = { login: string; kind: 'pr' | 'review' | 'comment' | 'review-comment'; t: number };

export function activities(dataset: SimDataset, o: OracleOptions): Activity[] {
  const out: Activity[] = [];
  for (const pr of dataset.repositories.flatMap((r) => r.pullRequests)) {
    if (pr.author !== null && !o.isBot(pr.author)) out.push({ login: pr.author, kind: 'pr', t: ms(pr.createdAt) });
  }
  for (const pr of countedPullRequests(dataset, o)) {
    for (const r of pr.reviews) {
      if (r.author !== null && !o.isBot(r.author) && r.state !== 'PENDING' && r.submittedAt) out.push({ login: r.author, kind: 'review', t: ms(r.submittedAt) });
      // Diff-line comments are by the review's author, own PR included.
      if (r.author !== null && !o.isBot(r.author)) for (const c of r.comments ?? []) out.push({ login: r.author, kind: 'review-comment', t: ms(c.createdAt) });
    }
    for (const c of pr.comments) if (c.author !== null && !o.isBot(c.author)) out.push({ login: c.author, kind: 'comment', t: ms(c.createdAt) });
  }
  return out;
}

export function membersAt(dataset: SimDataset, o: PeopleOracleOptions, atMs: number) {
  const last = new Map<string, number>();
  for (const a of activities(dataset, o)) if (a.t <= atMs) last.set(a.login, Math.max(last.get(a.login) ?? -Infinity, a.t));
  const members = new Map<string, number | null>(last);
  for (const login of Object.values(o.teams).flat()) if (!members.has(login)) members.set(login, null);
  return [...members].map(([login, t]) => ({ login, active: t !== null && t >= atMs - o.days * DAY, last: t }));
}

export function peopleOracle(dataset: SimDataset, o: PeopleOracleOptions) {
  const inWindow = (t: number) => t >= ms(o.from) && t < ms(o.to);
  const acts = activities(dataset, o);
  const members = membersAt(dataset, o, ms(o.now)).map((m) => {
    const mine = acts.filter((a) => a.login === m.login && inWindow(a.t));
    return {
      ...m,
      lastActivityAt: m.last === null ? null : isoSeconds(m.last),
      teams: Object.keys(o.teams).filter((t) => o.teams[t]!.includes(m.login)).sort(),
      prsOpened: mine.filter((a) => a.kind === 'pr').length,
      reviews: mine.filter((a) => a.kind === 'review').length,
      comments: mine.filter((a) => a.kind === 'comment' || a.kind === 'review-comment').length,
    };
  });

  const tally = new Map<string, { login: string; mergedPrs: number; reviews: number; reviewComments: number; prComments: number }>();
  const entry = (login: string) => tally.get(login) ?? tally.set(login, { login, mergedPrs: 0, reviews: 0, reviewComments: 0, prComments: 0 }).get(login)!;
  const prs = dataset.repositories.flatMap((r) => r.pullRequests);
  for (const pr of prs) if (pr.mergedAt && inWindow(ms(pr.mergedAt)) && pr.author !== null && !o.isBot(pr.author)) entry(pr.author).mergedPrs += 1;
  for (const pr of countedPullRequests(dataset, o)) {
    for (const r of reviewsByOthers(pr, o)) if (r.author !== null && inWindow(ms(r.submittedAt!))) entry(r.author).reviews += 1;
  }
  for (const a of acts) {
    if (a.kind === 'comment' && inWindow(a.t)) entry(a.login).prComments += 1;
    if (a.kind === 'review-comment' && inWindow(a.t)) entry(a.login).reviewComments += 1;
  }
  const scored = [...tally.values()]
    .map((e) => ({ ...e, points: e.mergedPrs * o.points.mergedPr + e.reviews * o.points.review + e.reviewComments * o.points.reviewComment + e.prComments * o.points.prComment }))
    .sort((a, b) => b.points - a.points || a.login.localeCompare(b.login));
  const entries = scored.map((e) => ({ rank: 1 + scored.filter((x) => x.points > e.points).length, ...e }));

  // Streaks: maximal runs of consecutive weeks with a merge (up to the window's end) that end in a week overlapping the window.
  const weeks = new Map<string, Set<number>>();
  for (const pr of prs) {
    if (!pr.mergedAt || ms(pr.mergedAt) >= ms(o.to) || pr.author === null || o.isBot(pr.author)) continue;
    weeks.set(pr.author, (weeks.get(pr.author) ?? new Set()).add(weekStart(ms(pr.mergedAt))));
  }
  let streak: { login: string; weeks: number; first: number; last: number } | null = null;
  for (const [login, set] of weeks) {
    for (const first of set) {
      if (set.has(first - 7 * DAY)) continue;
      let last = first;
      while (set.has(last + 7 * DAY)) last += 7 * DAY;
      const length = (last - first) / (7 * DAY) + 1;
      if (last + 7 * DAY <= ms(o.from)) continue;
      const better = !streak || length > streak.weeks || (length === streak.weeks && (last > streak.last || (last === streak.last && login < streak.login)));
      if (better) streak = { login, weeks: length, first, last };
    }
  }

  const answered = new Map<string, number[]>();
  for (const e of requestEpisodes(dataset, o)) {
    if (e.key === null || e.key.startsWith('team:') || e.answeredMs === null || !inWindow(e.startMs)) continue;
    answered.set(e.key, [...(answered.get(e.key) ?? []), Math.max(0, e.answeredMs - e.startMs) / HOUR]);
  }
  const fastest = [...answered]
    .filter(([, hours]) => hours.length >= 5)
    .map(([login, hours]) => ({ login, medianHours: Math.round(quantileCont(hours, 0.5)! * 1000) / 1000, exact: quantileCont(hours, 0.5)!, n: hours.length }))
    .sort((a, b) => a.exact - b.exact || b.n - a.n || a.login.localeCompare(b.login))[0];
  const most = (count: (e: (typeof scored)[number]) => number) => {
    const best = [...scored].sort((a, b) => count(b) - count(a) || a.login.localeCompare(b.login))[0];
    return best && count(best) > 0 ? { login: best.login, count: count(best) } : null;
  };
  const mostReviews = most((e) => e.reviews);
  const mostComments = most((e) => e.prComments + e.reviewComments);

  return {
    members,
    entries,
    spotlights: {
      longestStreak: streak ? { login: streak.login, weeks: streak.weeks, firstWeek: isoSeconds(streak.first), lastWeek: isoSeconds(streak.last) } : null,
      fastestReviewer: fastest ? { login: fastest.login, medianHours: fastest.medianHours, n: fastest.n } : null,
      mostReviews: mostReviews ? { login: mostReviews.login, reviews: mostReviews.count } : null,
      mostComments: mostComments ? { login: mostComments.login, comments: mostComments.count } : null,
    },
  };
}
