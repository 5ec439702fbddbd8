import type { SimComment, SimDataset, SimPullRequest, SimReview, SimTimelineEvent } from '../sim/dataset.js';

/**
 * A hand-built organisation for the reviewers and people edge cases, each with times chosen
 * so the expected figure is obvious. Times are hours after T0 (a Monday, 08:00 UTC); "now"
 * is one week later. Configured team `core` = cy, eve and hal (hal never shows up).
 */
export const T0 = Date.parse('2026-11-02T08:00:00Z');
export const NOW = T0 + 168 * 3_600_000;
export const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
const oid = (n: number) => n.toString(16).padStart(40, '0');
let serial = 0;

const review = (author: string | null, state: SimReview['state'], hours: number): SimReview =>
  ({ id: `PRR_e${++serial}`, databaseId: ++serial, author, state, submittedAt: at(hours), createdAt: at(hours) });
/** A review with `count` comments on diff lines, posted with it (so at its time, by its author). */
const withDiffComments = (r: SimReview, count: number): SimReview =>
  ({ ...r, comments: Array.from({ length: count }, () => ({ id: `PRRC_e${++serial}`, databaseId: ++serial, createdAt: r.submittedAt!, updatedAt: r.submittedAt! })) });
const comment = (author: string | null, hours: number): SimComment =>
  ({ id: `IC_e${++serial}`, databaseId: ++serial, author, createdAt: at(hours), updatedAt: at(hours), body: '' });
const ask = (who: string, hours: number, removed = false): SimTimelineEvent =>
  ({ type: removed ? 'ReviewRequestRemovedEvent' : 'ReviewRequestedEvent', id: `RRE_e${++serial}`, createdAt: at(hours), actor: 'ana', requestedReviewer: who });

function pr(number: number, author: string | null, created: number, merged: number | null, extra: Partial<SimPullRequest> = {}): SimPullRequest {
  const timeline: SimTimelineEvent[] = [...(extra.timeline ?? [])];
  if (merged !== null) timeline.push({ type: 'MergedEvent', id: `ME_e${number}`, createdAt: at(merged), actor: author, commitOid: oid(1000 + number) });
  timeline.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const times = [at(created), ...timeline.map((e) => e.createdAt), ...(extra.reviews ?? []).map((r) => r.createdAt), ...(extra.comments ?? []).map((c) => c.createdAt)];
  const updatedAt = times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  return {
    id: `PR_e${number}`, databaseId: 5000 + number, number, title: `feat: case ${number}`, body: '', author, authorAssociation: 'MEMBER',
    createdAt: at(created), updatedAt, closedAt: merged === null ? null : at(merged), mergedAt: merged === null ? null : at(merged),
    mergedBy: merged === null ? null : author, state: merged === null ? 'OPEN' : 'MERGED', isDraft: false,
    additions: 10, deletions: 2, changedFiles: 1, baseRefName: 'main', headRefName: `case-${number}`, headRefOid: oid(number),
    mergeCommitOid: merged === null ? null : oid(1000 + number), labels: [],
    commits: [{ oid: oid(2000 + number), authoredDate: at(created - 1), committedDate: at(created - 1), author }],
    reviews: [], comments: [], reviewRequests: [],
    ...extra,
    timeline,
  };
}

const DAYS = 24;

export const CASES = {
  /** Reviewed only by its author: no load, no network edge. */
  selfReviewed: pr(1, 'ana', 0, 20, { reviews: [review('ana', 'COMMENTED', 3)] }),
  /**
   * Still open. ben: asked at 1, reviews at 3 (2 h); asked again at 6, reviews at 9 (3 h).
   * cy: asked at 1 and again at 4 while pending (one request), never answers: pending now.
   * dee: asked at 1, withdrawn at 2. Team core: asked at 1, answered by member eve at 5 (4 h).
   * A bot's review and a ghost's comment never answer anything. eve's review has two diff comments.
   */
  requests: pr(2, 'ana', 0, null, {
    timeline: [ask('ben', 1), ask('cy', 1), ask('dee', 1), ask('team:core', 1), ask('dee', 2, true), ask('cy', 4), ask('ben', 6)],
    reviews: [review('github-actions', 'COMMENTED', 2), review('ben', 'CHANGES_REQUESTED', 3), withDiffComments(review('eve', 'COMMENTED', 5), 2), review('ben', 'APPROVED', 9)],
    comments: [comment('github-actions', 1), comment('ana', 2), comment('cy', 3), comment(null, 4)],
    reviewRequests: ['cy'],
  }),
  /** A bot's PR reviewed by ben (asked at 1, reviews at 2) and commented on by ivy. */
  botPr: pr(3, 'dependabot', 0, 4, { timeline: [ask('ben', 1)], reviews: [review('ben', 'APPROVED', 2)], comments: [comment('ivy', 2)] }),
  /** By a deleted account, reviewed by ben. */
  deletedAuthor: pr(4, null, 0, 20, { reviews: [review('ben', 'APPROVED', 2)] }),
  /** Reviewed by a deleted account. */
  deletedReviewer: pr(5, 'ana', 0, 20, { reviews: [review(null, 'APPROVED', 2)] }),
  /** Deleted author and deleted reviewer: they cannot be told apart, so not a review by others. */
  deletedBoth: pr(6, null, 0, 20, { reviews: [review(null, 'APPROVED', 2)] }),
  /**
   * Team web (not configured: any reviewer answers) asked at 1, answered by dee at 1.5; team
   * core asked at 1 and reviewed only by ben, who is not in core: unanswered, PR merged.
   */
  teams: pr(7, 'ana', 0, 20, {
    timeline: [ask('team:web', 1), ask('team:core', 1)],
    reviews: [review('dee', 'COMMENTED', 1.5), review('ben', 'APPROVED', 2)],
  }),
  /** fay's only PR, 400 h before T0: fay is inactive. jo comments at −160 h (active), kim at −170 h (inactive). */
  old: pr(8, 'fay', -400, -390, { comments: [comment('jo', -160), comment('kim', -170)] }),
  /** gus merges in ISO weeks W−5, W−3, W−2 and W−1 (W0 holds T0): his longest streak is 3. */
  gus1: pr(9, 'gus', -34 * DAYS - 2, -34 * DAYS),
  gus2: pr(10, 'gus', -20 * DAYS - 2, -20 * DAYS),
  gus3: pr(11, 'gus', -13 * DAYS - 2, -13 * DAYS),
  gus4: pr(12, 'gus', -6 * DAYS - 2, -6 * DAYS),
};

export const TEAMS = { core: ['cy', 'eve', 'hal'] };

export function reviewersEdgeDataset(): SimDataset {
  const users = ['ana', 'ben', 'cy', 'dee', 'eve', 'fay', 'gus', 'ivy', 'jo', 'kim'];
  return {
    org: 'edge',
    now: new Date(NOW).toISOString().replace(/\.000Z$/, 'Z'),
    actors: [
      ...users.map((login, i) => ({ id: `U_${login}`, databaseId: i + 1, login, kind: 'User' as const })),
      { id: 'BOT_dependabot', databaseId: 90, login: 'dependabot', kind: 'Bot' },
      { id: 'BOT_actions', databaseId: 91, login: 'github-actions', kind: 'Bot' },
    ],
    repositories: [{
      id: 'R_edge', databaseId: 1, owner: 'edge', name: 'people', isPrivate: false, isArchived: false, defaultBranch: 'main', topics: [],
      createdAt: at(-2000), pushedAt: at(20), labels: [],
      pullRequests: Object.values(CASES),
      issues: [], workflows: [], workflowRuns: [], deployments: [], releases: [],
    }],
  };
}
