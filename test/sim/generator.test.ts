import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimDataset } from './dataset.js';
import { DEFAULT_NOW, generateDataset } from './generator.js';
import { countFeatures, countOffsetTimestamps } from './generator-features.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const t = (s: string): number => Date.parse(s);

/** Every internal-consistency rule the simulator and the metrics rely on; returns the breaches. */
function problems(d: SimDataset): string[] {
  const out: string[] = [];
  const fail = (what: string): void => { if (out.length < 20) out.push(what); };
  const now = t(d.now);
  const logins = new Set(d.actors.map((a) => a.login));
  const known = (login: string | null): boolean => login === null || logins.has(login);
  const nodeIds: string[] = [...d.actors.map((a) => a.id)];
  const dbIds = new Map<string, number[]>();
  const db = (kind: string, id: number): void => { dbIds.set(kind, [...(dbIds.get(kind) ?? []), id]); };
  d.actors.forEach((a) => db('actor', a.databaseId));

  JSON.stringify(d, (key, v: unknown) => {
    if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) {
      if (!ISO.test(v)) fail(`malformed timestamp ${key}=${v}`);
      else if (t(v) > now) fail(`timestamp after now ${key}=${v}`);
    }
    return v;
  });

  for (const repo of d.repositories) {
    nodeIds.push(repo.id, ...repo.labels.map((l) => l.id), ...repo.workflows.map((w) => w.nodeId));
    const numbers = new Set<number>();
    const byNumber = new Map(repo.pullRequests.map((p) => [p.number, p]));
    for (const pr of repo.pullRequests) {
      const where = `${repo.name}#${pr.number}`;
      nodeIds.push(pr.id, ...pr.reviews.map((r) => r.id), ...pr.comments.map((c) => c.id), ...pr.timeline.map((e) => e.id));
      db('pr', pr.databaseId);
      pr.reviews.forEach((r) => db('review', r.databaseId));
      pr.comments.forEach((c) => db('comment', c.databaseId));
      if (numbers.has(pr.number)) fail(`${where}: duplicate number`);
      numbers.add(pr.number);
      const start = t(pr.createdAt);
      const end = pr.closedAt ? t(pr.closedAt) : now;
      const times = [
        ...pr.reviews.map((r) => r.submittedAt ?? r.createdAt),
        ...pr.comments.map((c) => c.createdAt),
        ...pr.timeline.map((e) => e.createdAt),
      ].map(t);
      if (times.some((x) => x < start || x > end)) fail(`${where}: activity outside [createdAt, closedAt|now]`);
      const sorted = (xs: string[]): boolean => xs.every((x, i) => i === 0 || t(xs[i - 1] as string) <= t(x));
      if (!sorted(pr.timeline.map((e) => e.createdAt)) || !sorted(pr.reviews.map((r) => r.createdAt)) || !sorted(pr.comments.map((c) => c.createdAt))) fail(`${where}: unordered`);
      const activity = [start, ...times, ...pr.commits.map((c) => t(c.committedDate)), end === now ? start : end];
      if (t(pr.updatedAt) !== Math.max(...activity)) fail(`${where}: updatedAt is not the latest activity`);
      const merged = pr.timeline.filter((e) => e.type === 'MergedEvent');
      const closed = pr.timeline.filter((e) => e.type === 'ClosedEvent');
      if (pr.state === 'MERGED') {
        const ev = merged[0];
        if (!pr.mergedAt || !pr.mergeCommitOid || pr.closedAt !== pr.mergedAt || pr.isDraft) fail(`${where}: merged fields`);
        if (merged.length !== 1 || ev?.type !== 'MergedEvent' || ev.commitOid !== pr.mergeCommitOid || ev.createdAt !== pr.mergedAt) fail(`${where}: MergedEvent`);
        if (!closed.some((e) => e.createdAt === pr.closedAt)) fail(`${where}: no ClosedEvent at merge`);
      } else {
        if (pr.mergedAt !== null || pr.mergeCommitOid !== null || merged.length > 0) fail(`${where}: unmerged PR with merge data`);
        if ((pr.state === 'CLOSED') !== (pr.closedAt !== null)) fail(`${where}: closedAt vs state`);
        if (pr.state === 'CLOSED' && closed[closed.length - 1]?.createdAt !== pr.closedAt) fail(`${where}: last ClosedEvent`);
      }
      const draftEvents = pr.timeline.filter((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent');
      const lastDraft = draftEvents[draftEvents.length - 1];
      if (lastDraft && pr.isDraft !== (lastDraft.type === 'ConvertToDraftEvent')) fail(`${where}: isDraft vs timeline`);
      if (pr.headRefOid !== pr.commits[pr.commits.length - 1]?.oid) fail(`${where}: headRefOid`);
      if (pr.commits.some((c) => t(c.committedDate) < t(c.authoredDate))) fail(`${where}: committed before authored`);
      for (const r of pr.reviews) if (!known(r.author) || (r.state !== 'PENDING' && r.submittedAt === null)) fail(`${where}: review ${r.id}`);
      for (const c of pr.comments) if (!known(c.author)) fail(`${where}: comment author`);
      for (const e of pr.timeline) {
        if (!known(e.actor)) fail(`${where}: actor ${e.actor}`);
        if ('requestedReviewer' in e && e.requestedReviewer && !e.requestedReviewer.startsWith('team:') && !known(e.requestedReviewer)) fail(`${where}: reviewer`);
      }
      const revert = /^revert-(\d+)-(.*)$/.exec(pr.headRefName);
      if (revert && pr.title.startsWith('Revert "')) {
        const original = byNumber.get(Number(revert[1]));
        if (!original || pr.title !== `Revert "${original.title}"` || revert[2] !== original.headRefName) fail(`${where}: revert naming`);
        else if (!original.mergedAt || t(original.mergedAt) > start) fail(`${where}: reverts an unmerged PR`);
      }
    }
    for (const issue of repo.issues) {
      nodeIds.push(issue.id, ...issue.comments.map((c) => c.id));
      db('issue', issue.databaseId);
      issue.comments.forEach((c) => db('comment', c.databaseId));
      if (numbers.has(issue.number)) fail(`${repo.name}#${issue.number}: number shared with a PR`);
      numbers.add(issue.number);
      const end = issue.closedAt ? t(issue.closedAt) : now;
      if (issue.comments.some((c) => t(c.createdAt) < t(issue.createdAt) || t(c.createdAt) > end) || !known(issue.author)) fail(`${repo.name}#${issue.number}: issue times/author`);
      if ((issue.state === 'CLOSED') !== (issue.closedAt !== null)) fail(`${repo.name}#${issue.number}: issue state`);
    }
    const workflowIds = new Set(repo.workflows.map((w) => w.id));
    const firstAttempts = new Set(repo.workflowRuns.filter((r) => r.runAttempt === 1).map((r) => `${r.workflowId} ${r.headSha} ${r.runNumber}`));
    for (const run of repo.workflowRuns) {
      nodeIds.push(run.nodeId);
      db('run', run.id);
      if (!workflowIds.has(run.workflowId)) fail(`run ${run.id}: unknown workflow`);
      if (!(t(run.createdAt) <= t(run.runStartedAt) && t(run.runStartedAt) <= t(run.updatedAt))) fail(`run ${run.id}: times`);
      if ((run.status === 'completed') !== (run.conclusion !== null)) fail(`run ${run.id}: status/conclusion`);
      if (run.runAttempt > 1 && !firstAttempts.has(`${run.workflowId} ${run.headSha} ${run.runNumber}`)) fail(`run ${run.id}: rerun without first attempt`);
    }
    for (const dep of repo.deployments) {
      nodeIds.push(dep.id, ...dep.statuses.map((s) => s.id));
      db('deployment', dep.databaseId);
      const st = dep.statuses.map((s) => t(s.createdAt));
      if (st.some((x, i) => x < (i === 0 ? t(dep.createdAt) : (st[i - 1] as number)))) fail(`deployment ${dep.id}: status order`);
      if (st.length > 0 && t(dep.updatedAt) !== st[st.length - 1]) fail(`deployment ${dep.id}: updatedAt`);
    }
    for (const rel of repo.releases) {
      nodeIds.push(rel.id);
      if (rel.isDraft !== (rel.publishedAt === null)) fail(`release ${rel.tagName}: draft vs publishedAt`);
    }
  }
  if (new Set(nodeIds).size !== nodeIds.length) fail('node ids are not unique');
  for (const [kind, list] of dbIds) if (new Set(list).size !== list.length || list.some((x) => !(x > 0))) fail(`${kind} databaseIds`);
  return out;
}

const big = generateDataset({ seed: 1 });
const features = countFeatures(big);

describe('generateDataset', () => {
  it('is deterministic in its seed', () => {
    expect(JSON.stringify(generateDataset({ seed: 1 }))).toBe(JSON.stringify(big));
    expect(generateDataset({ seed: 5, size: 200 })).toEqual(generateDataset({ seed: 5, size: 200 }));
    expect(JSON.stringify(generateDataset({ seed: 6, size: 200 }))).not.toBe(JSON.stringify(generateDataset({ seed: 5, size: 200 })));
  });

  it('defaults to 3,000 PRs over 8 repositories before a fixed now', () => {
    expect(big.now).toBe(DEFAULT_NOW);
    expect(features.prs).toBe(3000);
    expect(big.repositories).toHaveLength(8);
    expect(big.actors.filter((a) => a.kind === 'User').length).toBeGreaterThanOrEqual(24);
    expect(big.actors.filter((a) => a.kind === 'Bot').map((a) => a.login).sort()).toEqual(['dependabot', 'github-actions', 'renovate']);
  });

  it('is internally consistent', () => {
    expect(problems(big)).toEqual([]);
    for (const size of [0, 1, 7, 60, 450]) {
      const small = generateDataset({ seed: size + 3, size, now: '2025-03-03T09:30:00Z' });
      expect(small.repositories.reduce((n, r) => n + r.pullRequests.length, 0)).toBe(size);
      expect(small.repositories.length).toBeGreaterThanOrEqual(1);
      expect(problems(small)).toEqual([]);
    }
  });

  it('contains every planted feature at size 3000', () => {
    const atLeast: Record<string, number> = {
      'prs:human': 2000, 'prs:bot': 200, 'prs:dependencyBump': 150, 'prs:deletedAuthor': 10,
      'drafts:madeReady': 100, 'drafts:stillDraftOpen': 5, 'drafts:reviewedWhileDraft': 30, 'drafts:convertedToDraft': 30,
      'reviews:APPROVED': 1000, 'reviews:CHANGES_REQUESTED': 200, 'reviews:COMMENTED': 500,
      'reviews:self': 20, 'reviews:bot': 20, 'reviews:deletedAuthor': 5,
      'prComments:self': 100, 'prComments:others': 100, 'prComments:bot': 100, 'prComments:deletedAuthor': 5,
      'requests:reRequestedPrs': 100, 'requests:neverAnswered': 50, 'requests:pendingOnOpen': 5, 'requests:team': 20, 'requests:removed': 5,
      'timeline:forcePushes': 50, 'prs:reopened': 20, 'state:CLOSED': 100, 'state:OPEN': 30, 'prs:unreviewedMerge': 30,
      'prs:over100Reviews': 2, 'prs:over100Comments': 2, 'prs:revert': 15, 'prs:revertOfRevert': 1,
      'prs:hotfixByLabel': 3, 'prs:hotfixByTitle': 3, 'titles:conventional': 1000, 'titles:labelOnly': 100, 'titles:other': 100,
      'size:XS': 50, 'size:S': 50, 'size:M': 50, 'size:L': 50, 'size:XL': 20, 'size:XXL': 20,
      'commits:authoredBeforeOpen': 2500, 'commits:outOfOrder': 20,
      'issues:regular': 300, 'issues:incident': 10, 'issues:CLOSED': 100, 'issues:OPEN': 30, 'issues:authorCommented': 50,
      'issues:othersCommented': 100, 'issues:reason:COMPLETED': 50, 'issues:reason:NOT_PLANNED': 10, 'issues:reason:REOPENED': 3,
      'runs:success': 5000, 'runs:failure': 100, 'runs:cancelled': 50, 'runs:skipped': 20, 'runs:timed_out': 10,
      'runs:startup_failure': 10, 'runs:rerun': 50, 'runs:flaky': 20,
      'deployments:production': 100, 'deployments:staging': 100, 'deployments:preview': 20,
      'deployments:production:SUCCESS': 100, 'deployments:production:FAILURE': 5, 'deployments:productionWithoutPr': 1,
      'prs:mergedAfterLastDeployment': 1, 'releases:published': 5, 'releases:draft': 1, 'releases:prerelease': 1,
      'repos:withDeployments': 1, 'repos:deployWorkflowOnly': 1, 'repos:releasesOnly': 1, 'repos:noDeploySignal': 1, 'repos:withCI': 8,
    };
    const missing = Object.entries(atLeast).filter(([k, min]) => !((features[k] ?? 0) >= min)).map(([k, min]) => `${k}: ${features[k] ?? 0} < ${min}`);
    expect(missing).toEqual([]);
    expect((features['runs:in_progress'] ?? 0) + (features['runs:queued'] ?? 0)).toBeGreaterThanOrEqual(1);
    expect(features['issues:incident']).toBe((big.truth?.incidentIssues as unknown[]).length);
    expect(big.repositories.every((r) => r.workflows.length >= 2 && r.workflows.length <= 4)).toBe(true);
  });

  it('scales rare features with size', () => {
    const small = countFeatures(generateDataset({ seed: 1, size: 600 }));
    for (const key of ['prs:bot', 'prs:revert', 'prs:deletedAuthor', 'issues:incident', 'runs', 'deployments:production', 'prs:over100Reviews']) {
      expect(features[key] ?? 0, key).toBeGreaterThan((small[key] ?? 0) * 1.5);
    }
  });

  it('writes some timestamps with a +02:00 offset, as the same instants', () => {
    expect(countOffsetTimestamps(big)).toBeGreaterThanOrEqual(20);
    const [repoName, number] = (big.truth?.offsetTimestampPrs as Array<[string, number]>)[0] ?? [];
    const pr = big.repositories.find((r) => r.name === repoName)?.pullRequests.find((p) => p.number === number);
    expect(pr?.createdAt).toMatch(/\+02:00$/);
    expect(new Date(pr?.createdAt ?? '').toISOString().slice(11, 13)).not.toBe(pr?.createdAt.slice(11, 13));
  });

  it('has a repository with more than 1,000 runs inside 30 days', () => {
    const counts = big.repositories.map((repo) => {
      const times = repo.workflowRuns.map((r) => t(r.createdAt)).sort((a, b) => a - b);
      let best = 0;
      for (let lo = 0, hi = 0; hi < times.length; hi++) {
        while ((times[hi] as number) - (times[lo] as number) >= 30 * 86_400_000) lo++;
        best = Math.max(best, hi - lo + 1);
      }
      return best;
    });
    expect(Math.max(...counts)).toBeGreaterThan(1000);
  });

  it('records its ground truth', () => {
    const truth = big.truth as Record<string, unknown>;
    expect(truth.deploySourceByRepo).toMatchObject({ api: 'deployments', web: 'workflow', 'client-sdk': 'releases', handbook: 'merges' });
    expect((truth.revertOfRevertPairs as unknown[]).length).toBeGreaterThanOrEqual(1);
    const flaky = truth.flakyRuns as Array<[string, string, string]>;
    expect(flaky.length).toBeGreaterThan(20);
    for (const [repoName, workflow, sha] of flaky) {
      const runs = big.repositories.find((r) => r.name === repoName)?.workflowRuns.filter((r) => r.name === workflow && r.headSha === sha) ?? [];
      const failed = runs.filter((r) => r.conclusion === 'failure' || r.conclusion === 'timed_out');
      expect(runs.some((r) => r.conclusion === 'success' && failed.some((f) => f.runNumber === r.runNumber && f.runAttempt < r.runAttempt))).toBe(true);
    }
    expect((truth.deletedUserPrs as unknown[]).length).toBe(features['prs:deletedAuthor']);
  });

  it('agrees with the minimal example in docs/dataset-format.md', () => {
    const doc = readFileSync(new URL('../../docs/dataset-format.md', import.meta.url), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? 'null') as SimDataset;
    expect(problems(example)).toEqual([]);
    expect(countFeatures(example)).toMatchObject({ prs: 1, 'state:MERGED': 1, 'reviews:APPROVED': 1 });
  });

  it('handles 20,000 PRs', () => {
    const huge = generateDataset({ seed: 2, size: 20_000 });
    expect(huge.repositories.reduce((n, r) => n + r.pullRequests.length, 0)).toBe(20_000);
  });
});
