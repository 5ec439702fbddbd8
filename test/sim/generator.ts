/**
 * The seeded dataset generator behind `gen:SEED[:SIZE]`: one organisation's half year of pull
 * requests, reviews, issues, workflow runs, deployments and releases, deterministic in its
 * seed. Stages run in dependency order: people and repositories, PRs (reverts follow their
 * originals), deployments (follow merges), issues (incidents follow deployments), numbers
 * (PRs and issues share them), then formatting and workflow runs.
 */
import type { SimDataset, SimRelease } from './dataset.js';
import { buildDeployments, deployBatches, directPushes, mergedInOrder, mergedMs, type DeployBatch, type DirectPush } from './generator-deployments.js';
import { IdFactory, WEEK, iso, parseTime } from './generator-ids.js';
import { finalizeIssue, planIncident, planIssue, type IssuePlan } from './generator-issues.js';
import { buildOrg } from './generator-org.js';
import { finalizePr } from './generator-pr-finalize.js';
import type { GenContext, PrPlan } from './generator-pr-plan.js';
import { applyRevertNames } from './generator-pr-special.js';
import { planPullRequests, quotas, splitByShare } from './generator-pull-requests.js';
import { Rng } from './generator-random.js';
import { buildReleases } from './generator-releases.js';
import { planRepositories, type RepoPlan } from './generator-repos.js';
import { buildTruth, type RepoOutcome } from './generator-truth.js';
import { buildWorkflowRuns } from './generator-workflow-runs.js';

/** A Monday; never the wall clock, so a seed always yields the same bytes. */
export const DEFAULT_NOW = '2026-11-16T12:00:00Z';
export const DEFAULT_SIZE = 3000;

export interface GenerateOptions {
  seed: number;
  /** Total number of pull requests (default 3000). */
  size?: number;
  /** The dataset's "now" (default `DEFAULT_NOW`); all data lies before it. */
  now?: string;
  /** Weeks of history before `now` (default 28: a 26-week report and two weeks before it). */
  weeks?: number;
}

/** When the repository's deployment source says production changed (for incidents). */
function productionChanges(repo: RepoPlan, batches: DeployBatch[], merged: PrPlan[]): number[] {
  const published = (r: SimRelease): boolean => !r.isDraft && !r.isPrerelease && r.publishedAt !== null;
  switch (repo.deploySource) {
    case 'deployments':
      return repo.sim.deployments
        .filter((d) => d.environment === 'production' && d.statuses[d.statuses.length - 1]?.state === 'SUCCESS')
        .map((d) => Date.parse(d.createdAt));
    case 'workflow':
      return batches.filter((b) => b.ok).map((b) => b.ms);
    case 'releases':
      return repo.sim.releases.filter(published).map((r) => Date.parse(r.publishedAt ?? ''));
    case 'merges':
      return merged.map(mergedMs);
  }
}

/** PRs and issues share one number sequence per repository, in order of creation. */
function assignNumbers(prs: PrPlan[], issues: IssuePlan[]): void {
  const all: Array<{ createdMs: number; number: number }> = [...prs, ...issues];
  all.sort((a, b) => a.createdMs - b.createdMs).forEach((item, i) => { item.number = i + 1; });
}

export function generateDataset(opts: GenerateOptions): SimDataset {
  const { seed } = opts;
  const size = opts.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(seed)) throw new Error(`generateDataset: seed must be an integer, got ${String(seed)}`);
  if (!Number.isInteger(size) || size < 0) throw new Error(`generateDataset: size must be a non-negative integer, got ${String(size)}`);
  const nowMs = parseTime(opts.now ?? DEFAULT_NOW, 'generateDataset: now');
  const weeks = opts.weeks ?? 28;
  if (!Number.isInteger(weeks) || weeks < 4) throw new Error(`generateDataset: weeks must be an integer of at least 4, got ${String(weeks)}`);
  const startMs = nowMs - weeks * WEEK;
  const rng = new Rng(seed);
  const ids = new IdFactory(rng);
  const org = buildOrg(ids, nowMs, startMs);
  const repos = planRepositories(ids, org.name, size, startMs, iso(nowMs));
  const ctx: GenContext = { rng, ids, org, nowMs, startMs };
  const allPrs = planPullRequests(ctx, repos, size);
  const incidents = splitByShare(repos, size >= 30 ? Math.max(1, Math.round(size * 0.006)) : 0);
  const q = quotas(size);

  const outcomes: RepoOutcome[] = repos.map((repo, index) => {
    const prs = allPrs.filter((p) => p.repo === repo);
    const merged = mergedInOrder(prs);
    const source = repo.deploySource;
    const batches: DeployBatch[] = source === 'deployments' || source === 'workflow' ? deployBatches(ctx, merged) : [];
    const direct: DirectPush[] = source === 'deployments' ? directPushes(ctx, repo, batches) : [];
    repo.sim.deployments = source === 'deployments' ? buildDeployments(ctx, repo, batches, prs, direct) : [];
    repo.sim.releases = source === 'releases' ? buildReleases(ctx, repo, merged) : [];
    const changeTimes = productionChanges(repo, batches, merged);

    const issues: IssuePlan[] = [];
    for (let i = Math.round(prs.length * 0.2); i > 0; i--) issues.push(planIssue(ctx, repo));
    const picks = rng.sample(changeTimes, incidents[index] ?? 0).sort((a, b) => a - b);
    picks.forEach((change, k) => {
      // The busiest repository's latest incident is still ongoing.
      const ongoing = index === 0 && k === picks.length - 1;
      const incident = planIncident(ctx, repo, ongoing ? Math.max(...changeTimes) : change, ongoing);
      if (incident) issues.push(incident);
    });
    assignNumbers(prs, issues);
    return { repo, prs, issues, batches, direct, flaky: [], nonPrDeploymentShas: direct.map((d) => d.sha), changeTimes };
  });

  // Reverts are named after their original's number and branch, so name them in creation
  // order: a revert of a revert needs the first revert's final branch.
  for (const p of allPrs.filter((x) => x.revertOf).sort((a, b) => a.createdMs - b.createdMs)) applyRevertNames(p, org.name);
  const regular = outcomes.flatMap((o) => o.issues.filter((i) => i.kind === 'regular'));
  for (const issue of rng.sample(regular, Math.ceil(q.offset / 2))) issue.offsetHours = 2;

  const teamOf = new Map(org.humans.map((h) => [h.login, h.team]));
  for (const o of outcomes) {
    const { repo } = o;
    repo.sim.pullRequests = [...o.prs].sort((a, b) => a.number - b.number).map((p) => finalizePr(p, ids, nowMs, (l) => teamOf.get(l)));
    repo.sim.issues = [...o.issues].sort((a, b) => a.number - b.number).map((i) => finalizeIssue(i, ids, nowMs));
    const runs = buildWorkflowRuns(ctx, repo, o.prs, mergedInOrder(o.prs), o.batches, o.direct);
    repo.sim.workflowRuns = runs.runs;
    o.flaky = [...new Map(runs.flaky.map((f) => [f.join(' '), f])).values()];
  }
  return {
    org: org.name,
    now: iso(nowMs),
    actors: org.actors,
    repositories: repos.map((r) => r.sim),
    teams: org.teams.map((t) => ({ slug: t.slug, members: [...t.members] })),
    truth: buildTruth(seed, size, org, outcomes, nowMs),
  };
}
