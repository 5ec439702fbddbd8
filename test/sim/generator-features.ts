/**
 * Counts the situations a dataset contains, read from the dataset alone (never from the
 * generator's internals or truth), so tests can assert that every planted feature really
 * occurs and that counts grow with size. Also usable to describe an imported dataset.
 */
import type { SimDataset, SimPullRequest, SimReview } from './dataset.js';

const CONVENTIONAL = /^(feat|fix|refactor|perf|docs|test|ci|build|chore|style|revert)(\([^)]*\))?!?: /;
const BUCKETS: Array<[string, number]> = [['XS', 10], ['S', 30], ['M', 100], ['L', 500], ['XL', 1000], ['XXL', Infinity]];
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

export type FeatureCounts = Record<string, number>;

function openedAsDraft(pr: SimPullRequest): boolean {
  const first = pr.timeline.find((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent');
  return first ? first.type === 'ReadyForReviewEvent' : pr.isDraft;
}

export function countFeatures(d: SimDataset): FeatureCounts {
  const c: FeatureCounts = {};
  const add = (key: string, n = 1): void => { c[key] = (c[key] ?? 0) + n; };
  const bots = new Set(d.actors.filter((a) => a.kind === 'Bot').map((a) => a.login));
  const isHuman = (login: string | null): login is string => login !== null && !bots.has(login);
  const at = (s: string): number => Date.parse(s);

  for (const repo of d.repositories) {
    const mergeShas = new Set(repo.pullRequests.map((p) => p.mergeCommitOid).filter((x): x is string => x !== null));
    for (const pr of repo.pullRequests) {
      add('prs');
      add(`state:${pr.state}`);
      if (pr.author === null) add('prs:deletedAuthor');
      else if (bots.has(pr.author)) add('prs:bot');
      else add('prs:human');
      if (pr.author !== null && bots.has(pr.author) && /\bbump\b|update dependency/.test(pr.title)) add('prs:dependencyBump');
      const byOthers = (r: SimReview): boolean => isHuman(r.author) && r.author !== pr.author;
      const ready = pr.timeline.find((e) => e.type === 'ReadyForReviewEvent');
      if (openedAsDraft(pr)) add('drafts:opened');
      if (ready && openedAsDraft(pr)) add('drafts:madeReady');
      if (pr.state === 'OPEN' && pr.isDraft) add('drafts:stillDraftOpen');
      if (pr.timeline.some((e) => e.type === 'ConvertToDraftEvent')) add('drafts:convertedToDraft');
      if (openedAsDraft(pr) && pr.reviews.some((r) => byOthers(r) && (!ready || at(r.createdAt) < at(ready.createdAt)))) add('drafts:reviewedWhileDraft');
      for (const r of pr.reviews) {
        add(`reviews:${r.state}`);
        if (r.author === null) add('reviews:deletedAuthor');
        else if (bots.has(r.author)) add('reviews:bot');
        else if (r.author === pr.author) add('reviews:self');
      }
      for (const cm of pr.comments) {
        if (cm.author === null) add('prComments:deletedAuthor');
        else if (bots.has(cm.author)) add('prComments:bot');
        else if (cm.author === pr.author) add('prComments:self');
        else add('prComments:others');
      }
      const requests = pr.timeline.flatMap((e) => (e.type === 'ReviewRequestedEvent' && e.requestedReviewer ? [{ who: e.requestedReviewer, ms: at(e.createdAt) }] : []));
      const seen = new Set<string>();
      let reRequested = false;
      for (const r of requests) {
        if (seen.has(r.who)) reRequested = true;
        seen.add(r.who);
        if (r.who.startsWith('team:')) add('requests:team');
        else if (!pr.reviews.some((rv) => rv.author === r.who && at(rv.createdAt) >= r.ms)) add('requests:neverAnswered');
      }
      if (reRequested) add('requests:reRequestedPrs');
      if (pr.timeline.some((e) => e.type === 'ReviewRequestRemovedEvent')) add('requests:removed');
      if (pr.state === 'OPEN' && pr.reviewRequests.length > 0) add('requests:pendingOnOpen');
      add('timeline:forcePushes', pr.timeline.filter((e) => e.type === 'HeadRefForcePushedEvent').length);
      if (pr.timeline.some((e) => e.type === 'ReopenedEvent')) add('prs:reopened');
      if (pr.state === 'MERGED' && isHuman(pr.author) && !pr.reviews.some(byOthers)) add('prs:unreviewedMerge');
      if (pr.reviews.length > 100) add('prs:over100Reviews');
      if (pr.comments.length > 100) add('prs:over100Comments');
      if (pr.title.startsWith('Revert "') && /^revert-\d+-/.test(pr.headRefName)) add('prs:revert');
      if (pr.title.startsWith('Revert "Revert "')) add('prs:revertOfRevert');
      if (pr.labels.includes('hotfix')) add('prs:hotfixByLabel');
      if (/hotfix/i.test(pr.title)) add('prs:hotfixByTitle');
      if (CONVENTIONAL.test(pr.title)) add('titles:conventional');
      else if (pr.labels.some((l) => l === 'bug' || l === 'enhancement' || l === 'documentation')) add('titles:labelOnly');
      else add('titles:other');
      const size = pr.additions + pr.deletions;
      add(`size:${(BUCKETS.find(([, max]) => size < max) ?? BUCKETS[5] ?? ['XXL'])[0]}`);
      const authored = pr.commits.map((x) => at(x.authoredDate));
      if (authored.length > 0 && Math.min(...authored) < at(pr.createdAt)) add('commits:authoredBeforeOpen');
      if (authored.some((t, i) => i > 0 && t < (authored[i - 1] as number))) add('commits:outOfOrder');
    }
    for (const issue of repo.issues) {
      add('issues');
      add(issue.labels.includes('incident') ? 'issues:incident' : 'issues:regular');
      add(`issues:${issue.state}`);
      if (issue.stateReason) add(`issues:reason:${issue.stateReason}`);
      if (issue.comments.some((x) => x.author === issue.author)) add('issues:authorCommented');
      if (issue.comments.some((x) => isHuman(x.author) && x.author !== issue.author)) add('issues:othersCommented');
      if (issue.author === null) add('issues:deletedAuthor');
    }
    add('workflows', repo.workflows.length);
    if (repo.workflows.some((w) => w.name === 'CI' && w.path === '.github/workflows/ci.yml')) add('repos:withCI');
    const hasDeploy = repo.workflows.some((w) => w.name === 'Deploy' && w.path === '.github/workflows/deploy.yml');
    if (hasDeploy) add('repos:withDeployWorkflow');
    const prod = repo.deployments.filter((x) => x.environment === 'production');
    if (prod.length > 0) add('repos:withDeployments');
    else if (hasDeploy) add('repos:deployWorkflowOnly');
    else if (repo.releases.some((r) => !r.isDraft && !r.isPrerelease)) add('repos:releasesOnly');
    else add('repos:noDeploySignal');
    for (const dep of repo.deployments) {
      add(`deployments:${dep.environment}`);
      const last = dep.statuses[dep.statuses.length - 1];
      if (dep.environment === 'production') add(`deployments:production:${last?.state ?? 'NONE'}`);
      if (dep.environment === 'production' && !mergeShas.has(dep.sha)) add('deployments:productionWithoutPr');
    }
    const okProd = prod.filter((x) => x.statuses[x.statuses.length - 1]?.state === 'SUCCESS').map((x) => at(x.createdAt));
    if (okProd.length > 0) {
      const lastDeploy = Math.max(...okProd);
      add('prs:mergedAfterLastDeployment', repo.pullRequests.filter((p) => p.mergedAt !== null && at(p.mergedAt) > lastDeploy).length);
    }
    for (const r of repo.releases) add(r.isDraft ? 'releases:draft' : r.isPrerelease ? 'releases:prerelease' : 'releases:published');
    const attempts = new Map<string, Array<{ order: number; conclusion: string | null }>>();
    for (const run of repo.workflowRuns) {
      add('runs');
      add(`runs:${run.conclusion ?? run.status}`);
      if (run.runAttempt > 1) add('runs:rerun');
      // Flaky is per workflow and head sha: a failed attempt followed by a successful one.
      const key = `${run.workflowId} ${run.headSha}`;
      attempts.set(key, [...(attempts.get(key) ?? []), { order: run.runNumber * 100 + run.runAttempt, conclusion: run.conclusion }]);
    }
    for (const list of attempts.values()) {
      const sorted = list.sort((x, y) => x.order - y.order);
      const firstFail = sorted.findIndex((x) => FAILED.has(x.conclusion ?? ''));
      if (firstFail >= 0 && sorted.slice(firstFail + 1).some((x) => x.conclusion === 'success')) add('runs:flaky');
    }
  }
  return c;
}

/** Every timestamp string in the dataset written with the given offset suffix. */
export function countOffsetTimestamps(d: SimDataset, suffix = '+02:00'): number {
  let n = 0;
  JSON.stringify(d, (_k, v: unknown) => {
    if (typeof v === 'string' && v.endsWith(suffix) && /^\d{4}-\d\d-\d\dT/.test(v)) n++;
    return v;
  });
  return n;
}
