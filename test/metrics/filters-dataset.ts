import type { SimDataset, SimIssue, SimPullRequest, SimRelease, SimRepository, SimReview, SimWorkflowRun } from '../sim/dataset.js';

/**
 * A hand-built organisation for the metrics.filters tests: two repositories, acme/api and
 * acme/web, deployed by releases, with labels, titles and authors chosen so that each filter
 * changes a figure by an amount that is obvious. Times are hours after T0 (a Monday, 08:00
 * UTC); "now" is one week later, and the report covers the 26 weeks up to it.
 *
 * acme/api (releases R1 at 20, R2 at 35, R3 at 45, each tagged at the merge commit of the last PR
 * merged before it, so commit ancestry and the time rule agree):
 *   #1 `feat: login`, ana, [Backend], commit −5, merged 10, reviewed by ben → R1: lead 25 h
 *   #2 `[WIP] chore(deps): bump`, cy, [Backend, deps], commit 17, merged 18, reviewed by ana → R1: lead 3 h
 *   #3 `fix: crash`, ben, no labels, commit 0, merged 14, reviewed by ana → R1: lead 20 h
 *   #4 `Revert "feat: login"`, ben, [backend], commit 25, merged 30 → R2: lead 10 h; an incident
 *      from R1 (when #1 went live) to 30
 *   #5 `hotfix: null check`, cy, [skip-metrics], opened 36, commit 38, merged 40 → R3: lead 7 h;
 *      an incident after R2
 *   #6 `feat: search`, cy, [backend], open, waiting for a review
 *   issue #20 `Login broken`, [incident], cy, 22 → 28: an incident after R1 (6 h to recover)
 * acme/web (release W1 at 18; CI: one success, one failure):
 *   #10 `feat: page`, ana, [Frontend], commit 12, merged 16; cy asked at 13, reviews at 14 with a
 *       comment on a diff line; ben comments at 15 → W1: lead 6 h
 *   issue #30 `Page slow`, Eve (a login with a capital), open
 * acme/api's CI: two successes.
 *
 * Unfiltered: 4 deployments, 2 followed by an incident (R1: the issue and the revert; R2: the
 * hotfix), 2 reworked (R2, R3); lead times 3, 6, 7, 10, 20, 25 h (median 8.5).
 */
export const T0 = Date.parse('2026-11-02T08:00:00Z');
export const NOW = new Date(T0 + 168 * 3_600_000);
export const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
const oid = (n: number) => n.toString(16).padStart(40, '0');

const review = (n: number, author: string, hours: number): SimReview =>
  ({ id: `PRR_f${n}`, databaseId: 7000 + n, author, state: 'APPROVED', submittedAt: at(hours), createdAt: at(hours) });

interface PrSpec {
  title: string;
  author: string;
  labels: string[];
  created?: number;
  commit: number;
  merged: number | null;
  reviews?: SimReview[];
  head?: string;
}

function pr(number: number, spec: PrSpec): SimPullRequest {
  const created = spec.created ?? Math.min(spec.commit, spec.merged ?? spec.commit);
  const merged = spec.merged === null ? null : at(spec.merged);
  return {
    id: `PR_f${number}`, databaseId: 6000 + number, number, title: spec.title, body: '', author: spec.author, authorAssociation: 'MEMBER',
    createdAt: at(created), updatedAt: merged ?? at(created + 1), closedAt: merged, mergedAt: merged, mergedBy: merged ? spec.author : null,
    state: merged ? 'MERGED' : 'OPEN', isDraft: false, additions: 10, deletions: 2, changedFiles: 1, baseRefName: 'main',
    headRefName: spec.head ?? `topic-${number}`, headRefOid: oid(number), mergeCommitOid: merged ? oid(1000 + number) : null, labels: spec.labels,
    commits: [{ oid: oid(2000 + number), authoredDate: at(spec.commit), committedDate: at(spec.commit), author: spec.author }],
    reviews: spec.reviews ?? [], comments: [],
    timeline: merged ? [{ type: 'MergedEvent', id: `ME_f${number}`, createdAt: merged, actor: spec.author, commitOid: oid(1000 + number) }] : [],
    reviewRequests: [],
  };
}

function issue(number: number, title: string, author: string, labels: string[], created: number, closed: number | null): SimIssue {
  return {
    id: `I_f${number}`, databaseId: 8000 + number, number, title, body: '', author, createdAt: at(created),
    updatedAt: at(closed ?? created), closedAt: closed === null ? null : at(closed), state: closed === null ? 'OPEN' : 'CLOSED', labels, comments: [],
  };
}

const release = (id: string, n: number, hours: number, sha: string): SimRelease =>
  ({ id, databaseId: 9000 + n, tagName: `v${n}`, name: `v${n}`, tagCommitOid: sha, createdAt: at(hours), publishedAt: at(hours), isDraft: false, isPrerelease: false, author: 'ben' });

const run = (n: number, conclusion: 'success' | 'failure', hours: number): SimWorkflowRun => ({
  id: 500 + n, nodeId: `WFR_f${n}`, workflowId: 50, name: 'CI', event: 'push', status: 'completed', conclusion, headBranch: 'main',
  headSha: oid(3000 + n), runNumber: n, runAttempt: 1, createdAt: at(hours), runStartedAt: at(hours), updatedAt: at(hours + 0.5), actor: 'ana',
});

function repository(databaseId: number, name: string, records: Partial<SimRepository>): SimRepository {
  return {
    id: `R_${name}`, databaseId, owner: 'acme', name, isPrivate: false, isArchived: false, defaultBranch: 'main', topics: [],
    createdAt: at(-2000), pushedAt: at(100), labels: [], pullRequests: [], issues: [],
    workflows: [{ id: 50, nodeId: `WF_${name}`, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' }],
    workflowRuns: [], deployments: [], releases: [], ...records,
  };
}

export function filtersDataset(): SimDataset {
  const api = repository(1, 'api', {
    pullRequests: [
      pr(1, { title: 'feat: login', author: 'ana', labels: ['Backend'], commit: -5, merged: 10, reviews: [review(1, 'ben', 2)] }),
      pr(2, { title: '[WIP] chore(deps): bump', author: 'cy', labels: ['Backend', 'deps'], created: 1, commit: 17, merged: 18, reviews: [review(2, 'ana', 3)] }),
      pr(3, { title: 'fix: crash', author: 'ben', labels: [], commit: 0, merged: 14, reviews: [review(3, 'ana', 5)] }),
      pr(4, { title: 'Revert "feat: login"', author: 'ben', labels: ['backend'], commit: 25, merged: 30, head: 'revert-1-login' }),
      pr(5, { title: 'hotfix: null check', author: 'cy', labels: ['skip-metrics'], created: 36, commit: 38, merged: 40 }),
      pr(6, { title: 'feat: search', author: 'cy', labels: ['backend'], created: 50, commit: 49, merged: null }),
    ],
    issues: [issue(20, 'Login broken', 'cy', ['incident'], 22, 28)],
    releases: [release('REL_1', 1, 20, oid(1002)), release('REL_2', 2, 35, oid(1004)), release('REL_3', 3, 45, oid(1005))],
    workflowRuns: [run(1, 'success', 11), run(2, 'success', 13)],
  });
  // ana asks cy for a review of #10 at 13; cy reviews at 14 with one comment on a diff line,
  // and ben comments on the conversation at 15.
  const page = pr(10, { title: 'feat: page', author: 'ana', labels: ['Frontend'], commit: 12, merged: 16, reviews: [{ ...review(10, 'cy', 14), comments: [{ id: 'PRRC_f10', databaseId: 7100, createdAt: at(14), updatedAt: at(14) }] }] });
  page.timeline.unshift({ type: 'ReviewRequestedEvent', id: 'RRE_f10', createdAt: at(13), actor: 'ana', requestedReviewer: 'cy' });
  page.comments.push({ id: 'IC_f10', databaseId: 7200, author: 'ben', createdAt: at(15), updatedAt: at(15), body: '' });
  const web = repository(2, 'web', {
    pullRequests: [page],
    issues: [issue(30, 'Page slow', 'Eve', [], 5, null)],
    releases: [release('REL_W1', 4, 18, oid(1010))],
    workflowRuns: [run(3, 'success', 15), run(4, 'failure', 17)],
  });
  return {
    org: 'acme',
    now: NOW.toISOString(),
    actors: [
      { id: 'U_ana', databaseId: 1, login: 'ana', kind: 'User' },
      { id: 'U_ben', databaseId: 2, login: 'ben', kind: 'User' },
      { id: 'U_cy', databaseId: 3, login: 'cy', kind: 'User' },
      { id: 'U_eve', databaseId: 4, login: 'Eve', kind: 'User' },
    ],
    repositories: [api, web],
  };
}
