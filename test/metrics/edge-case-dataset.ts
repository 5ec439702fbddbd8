import type { SimDataset, SimPullRequest, SimRepository, SimReview } from '../sim/dataset.js';

/**
 * A hand-built repository whose pull requests are the named edge cases of issue 3, each with
 * times chosen so the expected figure is obvious. All times are hours after T0.
 */
export const T0 = Date.parse('2026-11-02T08:00:00Z'); // a Monday
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
const oid = (n: number) => n.toString(16).padStart(40, '0');

function review(id: string, author: string | null, state: SimReview['state'], hours: number): SimReview {
  return { id, databaseId: Number.parseInt(id.replace(/\D/g, '') || '1', 10), author, state, submittedAt: at(hours), createdAt: at(hours) };
}

function pr(number: number, overrides: Partial<SimPullRequest>): SimPullRequest {
  return {
    id: `PR_edge${number}`, databaseId: 900 + number, number, title: `feat: edge ${number}`, body: '', author: 'ana', authorAssociation: 'MEMBER',
    createdAt: at(0), updatedAt: at(30), closedAt: at(20), mergedAt: at(20), mergedBy: 'ben', state: 'MERGED', isDraft: false,
    additions: 10, deletions: 5, changedFiles: 2, baseRefName: 'main', headRefName: `edge-${number}`, headRefOid: oid(number),
    mergeCommitOid: oid(1000 + number), labels: [],
    commits: [{ oid: oid(2000 + number), authoredDate: at(-5), committedDate: at(-5), author: 'ana' }],
    reviews: [], comments: [], timeline: [{ type: 'MergedEvent', id: `ME_${number}`, createdAt: at(20), actor: 'ben', commitOid: oid(1000 + number) }],
    reviewRequests: [],
    ...overrides,
  };
}

export const EDGE = {
  /** Opened as a draft at 0, ready at 10, reviewed at 12, merged at 20: cycle 10 h, pickup 2 h. */
  draftMadeReady: pr(1, {
    timeline: [{ type: 'ReadyForReviewEvent', id: 'RFR_1', createdAt: at(10), actor: 'ana' }],
    reviews: [review('PRR_11', 'ben', 'APPROVED', 12)],
  }),
  /** Reviewed while a draft (1), ready at 5, merged at 8: pickup counts as 0, review time 7 h. */
  reviewOnDraft: pr(2, {
    mergedAt: at(8), closedAt: at(8),
    timeline: [{ type: 'ReadyForReviewEvent', id: 'RFR_2', createdAt: at(5), actor: 'ana' }],
    reviews: [review('PRR_21', 'ben', 'COMMENTED', 1)],
  }),
  /** Reviewed only by its author: an unreviewed merge, with no pickup time. */
  selfReviewed: pr(3, { reviews: [review('PRR_31', 'ana', 'APPROVED', 3)] }),
  /** Closed at 4, reopened at 6, merged at 20. */
  reopened: pr(4, {
    timeline: [
      { type: 'ClosedEvent', id: 'CE_4', createdAt: at(4), actor: 'ana' },
      { type: 'ReopenedEvent', id: 'RE_4', createdAt: at(6), actor: 'ana' },
    ],
    reviews: [review('PRR_41', 'ben', 'CHANGES_REQUESTED', 2), review('PRR_42', 'ben', 'APPROVED', 7)],
  }),
  /** 120 reviews by others (more than a GraphQL page), the first at 1. */
  manyReviews: pr(5, { reviews: Array.from({ length: 120 }, (_, i) => review(`PRR_5${i}`, i % 2 ? 'ben' : 'cy', 'COMMENTED', 1 + i * 0.1)) }),
  /** Created 10:00 at +02:00 (08:00 UTC = T0), merged 12:00 UTC: a 4 h cycle. */
  offsetTimestamps: pr(6, { createdAt: '2026-11-02T10:00:00+02:00', mergedAt: '2026-11-02T12:00:00Z', closedAt: '2026-11-02T12:00:00Z', updatedAt: '2026-11-02T12:00:00Z' }),
  /** By a deleted account, reviewed by ben at 2. */
  deletedAuthor: pr(7, { author: null, reviews: [review('PRR_71', 'ben', 'APPROVED', 2)] }),
  /** A bot's PR, reviewed by a bot: left out of every flow metric. */
  botPr: pr(8, { author: 'dependabot', title: 'build(deps): bump x', reviews: [review('PRR_81', 'github-actions', 'APPROVED', 1)] }),
};

/**
 * One repository `edge/<name>` with the given records, and the people every edge-case test
 * uses: ana, ben and cy (humans), dependabot and github-actions (bots).
 */
export function singleRepoDataset(name: string, now: string, records: Partial<Pick<SimRepository, 'pullRequests' | 'issues'>>): SimDataset {
  return {
    org: 'edge',
    now,
    actors: [
      { id: 'U_ana', databaseId: 1, login: 'ana', kind: 'User' },
      { id: 'U_ben', databaseId: 2, login: 'ben', kind: 'User' },
      { id: 'U_cy', databaseId: 3, login: 'cy', kind: 'User' },
      { id: 'BOT_dependabot', databaseId: 4, login: 'dependabot', kind: 'Bot' },
      { id: 'BOT_actions', databaseId: 5, login: 'github-actions', kind: 'Bot' },
    ],
    repositories: [{
      id: `R_${name}`, databaseId: 1, owner: 'edge', name, isPrivate: false, isArchived: false, defaultBranch: 'main', topics: [],
      createdAt: new Date(Date.parse(now) - 2000 * 3_600_000).toISOString(), pushedAt: now, labels: [],
      pullRequests: records.pullRequests ?? [], issues: records.issues ?? [], workflows: [], workflowRuns: [], deployments: [], releases: [],
    }],
  };
}

export function edgeCaseDataset(): SimDataset {
  return singleRepoDataset('cases', at(24 * 7), { pullRequests: Object.values(EDGE) });
}
