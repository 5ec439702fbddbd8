/**
 * Workflow runs. Each trigger (a push to a PR branch, a merge to the default branch, a deploy
 * batch, the nightly schedule) becomes a run; failures are sometimes re-run, and a failed
 * attempt followed by a successful one on the same workflow and sha is the "flaky" case.
 *
 * Every attempt is its own record with its own `id` (ids are unique per kind in the dataset)
 * and shares `runNumber`, `workflowId`, `headSha` and `event` with the run it repeats.
 */
import type { SimWorkflowRun } from './dataset.js';
import { DAY, HOUR, MINUTE, SECOND, iso } from './generator-ids.js';
import type { DeployBatch, DirectPush } from './generator-deployments.js';
import { mergedMs } from './generator-deployments.js';
import type { GenContext, PrPlan } from './generator-pr-plan.js';
import type { RepoPlan, WorkflowPlan } from './generator-repos.js';

type Conclusion = NonNullable<SimWorkflowRun['conclusion']>;

interface Trigger {
  workflow: WorkflowPlan;
  event: string;
  branch: string;
  sha: string;
  ms: number;
  actor: string | null;
  conclusion?: Conclusion;
}

const TYPICAL_MINUTES: Record<string, number> = { CI: 6, E2E: 14, Deploy: 4, Nightly: 25, 'Link check': 1, 'Legacy E2E': 18 };

function triggersFor(ctx: GenContext, repo: RepoPlan, wf: WorkflowPlan, prs: PrPlan[], merged: PrPlan[], batches: DeployBatch[], direct: DirectPush[]): Trigger[] {
  const { rng, nowMs, startMs } = ctx;
  const branch = repo.sim.defaultBranch;
  const out: Trigger[] = [];
  for (const trigger of wf.triggers) {
    if (trigger === 'pr' || trigger === 'pr-and-push' || trigger === 'legacy-pr') {
      for (const pr of prs) {
        for (const push of pr.pushes) {
          // The legacy workflow was disabled three weeks into the period.
          if (trigger === 'legacy-pr' && push.ms > startMs + 3 * 7 * DAY) continue;
          const base = { workflow: wf, branch: pr.parts.headRefName, sha: push.sha, ms: push.ms + rng.int(1, 20) * SECOND, actor: pr.author };
          out.push({ ...base, event: 'pull_request' });
          if (trigger === 'pr-and-push') out.push({ ...base, event: 'push' });
        }
      }
    } else if (trigger === 'default-branch') {
      for (const pr of merged) out.push({ workflow: wf, event: 'push', branch, sha: pr.mergeCommitOid ?? '', ms: mergedMs(pr) + rng.int(2, 30) * SECOND, actor: pr.outcome.kind === 'merged' ? pr.outcome.by : null });
      for (const d of direct) out.push({ workflow: wf, event: 'push', branch, sha: d.sha, ms: d.ms + 5 * SECOND, actor: d.actor });
      // The busiest repository has a manual run started two minutes before now: still running.
      const head = merged[merged.length - 1];
      if (repo.index === 0 && head?.mergeCommitOid) {
        out.push({ workflow: wf, event: 'workflow_dispatch', branch, sha: head.mergeCommitOid, ms: nowMs - 2 * MINUTE, actor: head.author, conclusion: 'success' });
      }
    } else if (trigger === 'deploy') {
      for (const b of batches) out.push({ workflow: wf, event: 'push', branch, sha: b.sha, ms: b.ms - 2 * MINUTE, actor: 'github-actions', conclusion: b.ok ? 'success' : 'failure' });
    } else if (trigger === 'nightly') {
      let i = 0;
      let head: string | null = null;
      for (let day = startMs - (startMs % DAY) + 3 * HOUR; day < nowMs; day += DAY) {
        while (i < merged.length && mergedMs(merged[i] as PrPlan) <= day) head = (merged[i++] as PrPlan).mergeCommitOid;
        if (head) out.push({ workflow: wf, event: 'schedule', branch, sha: head, ms: day + rng.int(0, 600) * SECOND, actor: 'github-actions' });
      }
    }
  }
  return out.filter((t) => t.sha !== '' && t.ms < nowMs);
}

function conclusionFor(ctx: GenContext): Conclusion {
  return ctx.rng.weighted<Conclusion>([
    ['success', 82], ['failure', 9], ['cancelled', 4], ['skipped', 2.5], ['timed_out', 1], ['startup_failure', 0.8],
  ]);
}

export interface RunsResult {
  runs: SimWorkflowRun[];
  /** [workflow name, head sha] pairs with a failed attempt followed by a successful one. */
  flaky: Array<[string, string]>;
}

export function buildWorkflowRuns(ctx: GenContext, repo: RepoPlan, prs: PrPlan[], merged: PrPlan[], batches: DeployBatch[], direct: DirectPush[]): RunsResult {
  const { rng, nowMs } = ctx;
  const runs: Array<{ ms: number; run: SimWorkflowRun }> = [];
  const flaky: Array<[string, string]> = [];
  for (const wf of repo.workflows) {
    const triggers = triggersFor(ctx, repo, wf, prs, merged, batches, direct).sort((a, b) => a.ms - b.ms);
    const typical = (TYPICAL_MINUTES[wf.sim.name] ?? 5) * MINUTE;
    // The same code gives the same result: a workflow run again on a sha (push and
    // pull_request events, nightly on an unchanged head) repeats the first conclusion, so
    // the only failed-then-successful sequences on one sha are the deliberate re-runs.
    const bySha = new Map<string, Conclusion>();
    triggers.forEach((t, index) => {
      const first = t.conclusion ?? bySha.get(t.sha) ?? conclusionFor(ctx);
      bySha.set(t.sha, first);
      let createdMs = t.ms;
      let conclusion = first;
      let failedBefore = false;
      for (let attempt = 1; attempt <= 3 && createdMs < nowMs; attempt++) {
        const run = makeRun(ctx, wf, t, index + 1, attempt, createdMs, conclusion, typical);
        runs.push({ ms: createdMs, run });
        if (run.conclusion === 'success' && failedBefore) flaky.push([wf.sim.name, t.sha]);
        if (run.conclusion === 'failure' || run.conclusion === 'timed_out') failedBefore = true;
        const retryable = run.conclusion === 'failure' || run.conclusion === 'timed_out' || run.conclusion === 'cancelled';
        if (!retryable || !rng.chance(attempt === 1 ? 0.3 : 0.25)) break;
        createdMs = Date.parse(run.updatedAt) + rng.lognormal(10 * MINUTE, 0.8);
        conclusion = rng.chance(0.7) ? 'success' : 'failure';
      }
    });
  }
  runs.sort((a, b) => a.ms - b.ms || a.run.id - b.run.id);
  return { runs: runs.map((r) => r.run), flaky };
}

function makeRun(ctx: GenContext, wf: WorkflowPlan, t: Trigger, runNumber: number, attempt: number, createdMs: number, conclusion: Conclusion, typical: number): SimWorkflowRun {
  const { rng, ids, nowMs } = ctx;
  // Queue time: usually seconds, sometimes minutes when runners are busy.
  const queue = rng.chance(0.05) ? rng.lognormal(6 * MINUTE, 0.8) : rng.lognormal(8 * SECOND, 1);
  let startedMs = createdMs + queue;
  let duration = typical * Math.exp(0.35 * rng.normal());
  if (conclusion === 'failure') duration *= 0.2 + 0.8 * rng.next();
  if (conclusion === 'cancelled') duration *= 0.05 + 0.75 * rng.next();
  if (conclusion === 'timed_out') duration = 60 * MINUTE + rng.int(0, 30) * SECOND;
  if (conclusion === 'skipped' || conclusion === 'startup_failure') {
    startedMs = createdMs;
    duration = rng.int(1, 3) * SECOND;
  }
  let status: SimWorkflowRun['status'] = 'completed';
  let final: SimWorkflowRun['conclusion'] = conclusion;
  let updatedMs = startedMs + duration;
  if (startedMs > nowMs) {
    status = 'queued';
    final = null;
    startedMs = createdMs;
    updatedMs = createdMs;
  } else if (updatedMs > nowMs) {
    status = 'in_progress';
    final = null;
    updatedMs = startedMs;
  }
  return {
    id: ids.database('run', 7_000_000_000),
    nodeId: ids.node('WFR'),
    workflowId: wf.sim.id,
    name: wf.sim.name,
    event: t.event,
    status,
    conclusion: final,
    headBranch: t.branch,
    headSha: t.sha,
    runNumber,
    runAttempt: attempt,
    createdAt: iso(createdMs),
    runStartedAt: iso(startedMs),
    updatedAt: iso(updatedMs),
    actor: t.actor,
  };
}
