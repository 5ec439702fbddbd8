/**
 * The generator's ground truth: what it did on purpose, keyed by repository name and number,
 * so oracle tests can check a metric against the cases that were planted for it.
 */
import type { SimRepository, SimWorkflowRun } from './dataset.js';
import { DAY, iso } from './generator-ids.js';
import { BOT_LOGINS, type Org } from './generator-org.js';
import type { DeployBatch, DirectPush } from './generator-deployments.js';
import type { PrPlan } from './generator-pr-plan.js';
import type { IssuePlan } from './generator-issues.js';
import type { DeploySource, RepoPlan } from './generator-repos.js';

export interface RepoOutcome {
  repo: RepoPlan;
  prs: PrPlan[];
  issues: IssuePlan[];
  batches: DeployBatch[];
  direct: DirectPush[];
  flaky: Array<[string, string]>;
  nonPrDeploymentShas: string[];
  /** Times of production changes by the repository's deployment source. */
  changeTimes: number[];
}

type Ref = [string, number];

/** The most runs any 30-day window of a repository holds (the REST 1,000-result cap). */
export function busiestRunWindow(repo: SimRepository, nowMs: number): { from: string; to: string; runs: number } {
  const times = repo.workflowRuns.map((r: SimWorkflowRun) => Date.parse(r.createdAt)).sort((a, b) => a - b);
  let best = 0;
  let bestStart = times[0] ?? 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while ((times[hi] as number) - (times[lo] as number) >= 30 * DAY) lo++;
    if (hi - lo + 1 > best) {
      best = hi - lo + 1;
      bestStart = times[lo] as number;
    }
  }
  // Runs never lie after now, so a window reaching past it ends at now.
  return { from: iso(bestStart), to: iso(Math.min(nowMs, bestStart + 30 * DAY)), runs: best };
}

export function buildTruth(seed: number, size: number, org: Org, outcomes: RepoOutcome[], nowMs: number): Record<string, unknown> {
  const refs = (pick: (p: PrPlan) => boolean): Ref[] =>
    outcomes.flatMap((o) => o.prs.filter(pick).map((p): Ref => [o.repo.name, p.number]));
  const deploySourceByRepo: Record<string, DeploySource> = {};
  const undeployedPrs: Ref[] = [];
  for (const o of outcomes) {
    deploySourceByRepo[o.repo.name] = o.repo.deploySource;
    if (o.repo.deploySource === 'merges') continue;
    const lastChange = Math.max(...o.changeTimes);
    for (const p of o.prs) {
      if (p.outcome.kind === 'merged' && p.outcome.ms > lastChange) undeployedPrs.push([o.repo.name, p.number]);
    }
  }
  const revertPairs = outcomes.flatMap((o) =>
    o.prs.filter((p) => p.revertOf).map((p) => [o.repo.name, p.number, p.revertOf?.number ?? 0] as [string, number, number]));
  return {
    generator: 'gen',
    seed,
    size,
    now: iso(nowMs),
    botLogins: [...BOT_LOGINS],
    teams: Object.fromEntries(org.teams.map((t) => [t.slug, t.members])),
    inactiveMembers: org.humans.filter((h) => h.activeTo < nowMs).map((h) => h.login),
    deploySourceByRepo,
    deletedUserPrs: refs((p) => p.author === null),
    botPrs: refs((p) => p.kind === 'bot').length,
    revertPairs,
    revertOfRevertPairs: outcomes.flatMap((o) =>
      o.prs.filter((p) => p.revertOf?.revertOf).map((p) => [o.repo.name, p.number, p.revertOf?.number ?? 0] as [string, number, number])),
    hotfixPrs: refs((p) => p.kind === 'hotfix'),
    overflowReviewPrs: refs((p) => p.kind === 'overflow-reviews'),
    overflowCommentPrs: refs((p) => p.kind === 'overflow-comments'),
    offsetTimestampPrs: refs((p) => p.offsetHours !== 0),
    offsetTimestampIssues: outcomes.flatMap((o) => o.issues.filter((i) => i.offsetHours !== 0).map((i): Ref => [o.repo.name, i.number])),
    incidentIssues: outcomes.flatMap((o) => o.issues.filter((i) => i.kind === 'incident').map((i): Ref => [o.repo.name, i.number])),
    flakyRuns: outcomes.flatMap((o) => o.flaky.map(([wf, sha]) => [o.repo.name, wf, sha])),
    nonPrDeployments: outcomes.flatMap((o) => o.nonPrDeploymentShas.map((sha) => [o.repo.name, sha])),
    undeployedPrs,
    busiestRunWindow: outcomes
      .map((o) => ({ repo: o.repo.name, ...busiestRunWindow(o.repo.sim, nowMs) }))
      .reduce((a, b) => (b.runs > a.runs ? b : a), { repo: '', from: '', to: '', runs: 0 }),
  };
}
