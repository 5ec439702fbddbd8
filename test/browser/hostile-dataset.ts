import type { SimDataset, SimPullRequest } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';

/** Text an attacker controls on GitHub, which the site must show as text and never run. */
export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
export const HOSTILE_LABEL = 'bug"><script>alert(2)</script>';
/** Workflow names are free text too, and the CI page draws them in tables and SVG charts. */
export const HOSTILE_WORKFLOW = 'CI <svg onload=alert(3)>';
/** The title of the merged PRs behind the planted anomaly, which the Anomalies page lists. */
export const HOSTILE_DRIVER_TITLE = '"><img src=x onerror=alert(4)>';

/**
 * The dataset every browser test builds its site from: a small generated organisation (big
 * enough for every page to have charts, tables and deltas; small enough to harvest in seconds
 * on two busy cores) plus one open pull request that carries the hostile title and label, a CI
 * workflow with a hostile name, and an anomaly whose pull requests carry a hostile title.
 */
export const BROWSER_DATASET = { seed: 7, size: 150 } as const;

export function browserTestDataset(): SimDataset {
  const dataset = generateDataset({ ...BROWSER_DATASET });
  addHostilePullRequest(dataset);
  renameCiWorkflow(dataset, HOSTILE_WORKFLOW);
  plantHostileAnomaly(dataset);
  return dataset;
}

/** Renames the first repository's `CI` workflow and its runs (runs carry the workflow's name). */
export function renameCiWorkflow(dataset: SimDataset, name: string): void {
  const repo = dataset.repositories.find((r) => r.workflows.some((w) => w.name === 'CI'));
  const workflow = repo?.workflows.find((w) => w.name === 'CI');
  if (!repo || !workflow) throw new Error('renameCiWorkflow: no repository has a workflow named CI');
  for (const run of repo.workflowRuns) if (run.workflowId === workflow.id) run.name = name;
  workflow.name = name;
}

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Adds an open PR to the first repository that has waited on a reviewer for three weeks, so it
 * tops the open-work list whatever the renderer's cut-off; the label is also defined on the
 * repository, as GitHub would have it.
 */
export function addHostilePullRequest(dataset: SimDataset): SimPullRequest {
  const repo = dataset.repositories[0];
  const humans = dataset.actors.filter((a) => a.kind === 'User').map((a) => a.login);
  if (!repo || humans.length < 2) throw new Error('addHostilePullRequest: the dataset needs a repository and two human actors');
  const [author, reviewer] = humans as [string, string];
  const all = dataset.repositories.flatMap((r) => r.pullRequests);
  const number = 1 + Math.max(0, ...repo.pullRequests.map((p) => p.number), ...repo.issues.map((i) => i.number));
  const databaseId = 1 + Math.max(0, ...all.map((p) => p.databaseId));
  const now = Date.parse(dataset.now);
  const created = now - 21 * 24 * HOUR;
  const requested = created + HOUR;
  const headOid = 'feed'.padEnd(40, '0');

  repo.labels.push({ id: 'LA_hostile', name: HOSTILE_LABEL, color: 'd73a4a' });
  const pr: SimPullRequest = {
    id: 'PR_hostile', databaseId, number, title: HOSTILE_TITLE, body: HOSTILE_TITLE,
    author, authorAssociation: 'MEMBER', createdAt: iso(created), updatedAt: iso(requested),
    closedAt: null, mergedAt: null, mergedBy: null, state: 'OPEN', isDraft: false,
    additions: 12, deletions: 3, changedFiles: 2, baseRefName: repo.defaultBranch, headRefName: 'hostile-title', headRefOid: headOid,
    mergeCommitOid: null, labels: [HOSTILE_LABEL],
    commits: [{ oid: headOid, authoredDate: iso(created - HOUR), committedDate: iso(created - HOUR), author, message: HOSTILE_TITLE }],
    reviews: [], comments: [],
    timeline: [{ type: 'ReviewRequestedEvent', id: 'RRE_hostile', createdAt: iso(requested), actor: author, requestedReviewer: reviewer }],
    reviewRequests: [reviewer],
  };
  repo.pullRequests.push(pr);
  return pr;
}

const WEEK = 7 * 24 * HOUR;

/**
 * Plants an anomaly in the last complete ISO week before "now": every (non-draft) PR merged in
 * it is made to have been opened ten days earlier, so that week's cycle and pickup times jump
 * far past their baseline, and each is retitled `title`. The PRs behind the anomaly are some of
 * them, whatever the generator's seed, so the Anomalies page must show the hostile title.
 * Returns how many PRs were changed.
 */
export function plantHostileAnomaly(dataset: SimDataset, title = HOSTILE_DRIVER_TITLE): number {
  const now = new Date(dataset.now);
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * 24 * HOUR;
  const [from, to] = [monday - WEEK, monday];
  const earlier = (t: string) => iso(Date.parse(t) - 10 * 24 * HOUR);
  let planted = 0;
  for (const pr of dataset.repositories.flatMap((r) => r.pullRequests)) {
    const merged = pr.mergedAt ? Date.parse(pr.mergedAt) : NaN;
    const draft = pr.timeline.some((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent');
    if (!(merged >= from && merged < to) || draft) continue;
    pr.createdAt = earlier(pr.createdAt);
    for (const c of pr.commits) Object.assign(c, { authoredDate: earlier(c.authoredDate), committedDate: earlier(c.committedDate) });
    pr.title = title;
    planted += 1;
  }
  if (planted < 5) throw new Error(`plantHostileAnomaly: only ${planted} PRs merged in the week of ${iso(from)}; the anomaly needs at least 5 to be judged`);
  return planted;
}
