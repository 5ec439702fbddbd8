import type { SimDataset, SimPullRequest } from '../sim/dataset.js';
import { DEFAULT_BOT_PATTERNS } from '../../src/metrics/metrics-config.js';

/**
 * The points of each PR's timeline, recomputed in plain TypeScript from the generator's own
 * records (METRICS.md "Points on a PR's timeline"), for the sprint, anomaly and business-time
 * oracles. Nothing here reads the database or SQL.
 */
export interface OraclePr {
  repo: string;
  repoId: string;
  defaultBranch: string;
  baseRef: string;
  number: number;
  title: string;
  url: string;
  isBot: boolean;
  createdAt: string;
  readyAt: string;
  mergedAt: string | null;
  /** When it stopped being open: none if open now, else closedAt (mergedAt if missing). */
  closedAt: string | null;
  firstReviewAt: string | null;
  reviewsByOthers: number;
  size: number;
  commitShas: string[];
}

const earliest = (times: Array<string | null | undefined>): string | null => {
  const present = times.filter((t): t is string => !!t);
  return present.length ? present.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
};

export function botTest(dataset: SimDataset): (login: string | null) => boolean {
  const kinds = new Map(dataset.actors.map((a) => [a.login, a.kind]));
  const patterns = DEFAULT_BOT_PATTERNS.map((p) => new RegExp(p, 'i'));
  return (login) => login !== null && (kinds.get(login) === 'Bot' || patterns.some((p) => p.test(login)));
}

export function oraclePrs(dataset: SimDataset): OraclePr[] {
  const isBot = botTest(dataset);
  const byOthers = (pr: SimPullRequest, login: string | null) => !isBot(login) && login !== pr.author && !(login === null && pr.author === null);
  return dataset.repositories.flatMap((repo) =>
    repo.pullRequests.map((pr): OraclePr => {
      const draftEvents = pr.timeline
        .filter((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent')
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      const openedAsDraft = draftEvents[0]?.type === 'ReadyForReviewEvent';
      const reviews = pr.reviews.filter((r) => r.submittedAt && r.state !== 'PENDING' && byOthers(pr, r.author));
      return {
        repo: `${repo.owner}/${repo.name}`,
        repoId: repo.id,
        defaultBranch: repo.defaultBranch,
        baseRef: pr.baseRefName,
        number: pr.number,
        title: pr.title,
        url: `https://github.com/${repo.owner}/${repo.name}/pull/${pr.number}`,
        isBot: isBot(pr.author),
        createdAt: pr.createdAt,
        readyAt: openedAsDraft ? draftEvents[0]!.createdAt : pr.createdAt,
        mergedAt: pr.mergedAt,
        closedAt: pr.state === 'OPEN' ? null : (pr.closedAt ?? pr.mergedAt),
        firstReviewAt: earliest(reviews.map((r) => r.submittedAt)),
        reviewsByOthers: reviews.length,
        size: pr.additions + pr.deletions,
        commitShas: pr.commits.map((c) => c.oid),
      };
    }),
  );
}

export const within = (time: string | null, from: number, to: number): boolean => time !== null && Date.parse(time) >= from && Date.parse(time) < to;

/** Monday 00:00 UTC of the ISO week containing `ms`. */
export function mondayOf(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  return (day - ((day + 3) % 7)) * 86_400_000;
}
