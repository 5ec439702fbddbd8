/**
 * Deploy batches and GitHub Deployments. A batch ships every merge since the previous one (its
 * sha is the newest merge commit), a couple of hours after the first merge in it. The very
 * last batch is held back, so some merged PRs are never deployed.
 */
import type { SimDeployment, SimDeploymentStatus } from './dataset.js';
import { DAY, HOUR, MINUTE, SECOND, iso } from './generator-ids.js';
import { pickReviewers } from './generator-org.js';
import type { GenContext, PrPlan } from './generator-pr-plan.js';
import type { RepoPlan } from './generator-repos.js';

export interface DeployBatch {
  ms: number;
  sha: string;
  prs: PrPlan[];
  ok: boolean;
}

/** A commit pushed straight to the default branch, not through a PR. */
export interface DirectPush {
  ms: number;
  sha: string;
  actor: string;
}

export function mergedInOrder(prs: PrPlan[]): PrPlan[] {
  return prs.filter((p) => p.outcome.kind === 'merged').sort((a, b) => mergedMs(a) - mergedMs(b));
}

export function mergedMs(p: PrPlan): number {
  return p.outcome.kind === 'merged' ? p.outcome.ms : Number.NaN;
}

export function deployBatches(ctx: GenContext, merged: PrPlan[]): DeployBatch[] {
  const { rng, nowMs } = ctx;
  const out: DeployBatch[] = [];
  let pending: PrPlan[] = [];
  let deployAt = 0;
  const flush = (): void => {
    const head = pending[pending.length - 1];
    if (head?.mergeCommitOid && deployAt < nowMs) out.push({ ms: deployAt, sha: head.mergeCommitOid, prs: pending, ok: rng.chance(0.92) });
    pending = [];
  };
  for (const pr of merged) {
    if (pending.length > 0 && mergedMs(pr) > deployAt) flush();
    if (pending.length === 0) deployAt = mergedMs(pr) + Math.max(10 * MINUTE, rng.lognormal(2.5 * HOUR, 0.8));
    pending.push(pr);
  }
  flush();
  const lastMerged = merged[merged.length - 1];
  // Keep at least one merged PR undeployed: merged after the last deployment.
  if (out.length > 1 && lastMerged && out[out.length - 1]?.prs.includes(lastMerged)) out.pop();
  return out;
}

interface Stamp { ms: number; state: SimDeploymentStatus['state'] }

function deployment(ctx: GenContext, repo: RepoPlan, env: string, sha: string, ref: string, ms: number, stamps: Stamp[], creator: string | null): SimDeployment {
  const { ids } = ctx;
  const kept = stamps.filter((s) => s.ms <= ctx.nowMs);
  const statuses: SimDeploymentStatus[] = kept.map((s) => ({
    id: ids.node('DES'),
    databaseId: ids.database('deployment-status', 3_000_000_000),
    state: s.state,
    createdAt: iso(s.ms),
    creator,
    environmentUrl: s.state === 'SUCCESS' ? `https://${env === 'production' ? '' : `${env}.`}${repo.name}.acme.example` : null,
  }));
  return {
    id: ids.node('DE'),
    databaseId: ids.database('deployment', 900_000_000),
    environment: env,
    sha,
    ref,
    task: 'deploy',
    createdAt: iso(ms),
    updatedAt: iso(kept.length > 0 ? (kept[kept.length - 1] as Stamp).ms : ms),
    creator,
    statuses,
  };
}

/** Staging then production per batch; failed production deploys are retried; PR previews. */
export function buildDeployments(ctx: GenContext, repo: RepoPlan, batches: DeployBatch[], prs: PrPlan[], direct: DirectPush[]): SimDeployment[] {
  const { rng, nowMs } = ctx;
  const out: SimDeployment[] = [];
  const branch = repo.sim.defaultBranch;
  const ship = (ms: number, sha: string, ok: boolean): void => {
    const creator = rng.chance(0.9) ? 'github-actions' : (pickReviewers(rng, ctx.org, repo.team, ms, null, 1)[0] ?? null);
    out.push(deployment(ctx, repo, 'staging', sha, branch, ms - rng.int(10, 40) * MINUTE,
      [{ ms: ms - 9 * MINUTE, state: 'IN_PROGRESS' }, { ms: ms - 4 * MINUTE, state: 'SUCCESS' }], creator));
    const done = ms + Math.max(MINUTE, rng.lognormal(6 * MINUTE, 0.5));
    out.push(deployment(ctx, repo, 'production', sha, branch, ms,
      [{ ms: ms + 20 * SECOND, state: 'IN_PROGRESS' }, { ms: done, state: ok ? 'SUCCESS' : 'FAILURE' }], creator));
  };
  for (const batch of batches) {
    ship(batch.ms, batch.sha, batch.ok);
    const retry = batch.ms + rng.lognormal(HOUR, 0.5);
    if (!batch.ok && retry < nowMs - HOUR) ship(retry, batch.sha, true);
  }
  for (const push of direct) ship(push.ms + 20 * MINUTE, push.sha, true);
  for (const pr of prs) {
    const first = pr.pushes[0];
    if (!first || !rng.chance(0.15) || first.ms + 10 * MINUTE > nowMs) continue;
    out.push(deployment(ctx, repo, 'preview', first.sha, pr.parts.headRefName, first.ms + 3 * MINUTE,
      [{ ms: first.ms + 4 * MINUTE, state: 'IN_PROGRESS' }, { ms: first.ms + 8 * MINUTE, state: 'SUCCESS' }], 'github-actions'));
  }
  return out.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/**
 * One or two commits pushed straight to the default branch (config bumps) and deployed at once,
 * in a quiet gap: no PR merges between the previous batch and that deployment, so it ships
 * no PR at all.
 */
export function directPushes(ctx: GenContext, repo: RepoPlan, batches: DeployBatch[]): DirectPush[] {
  const { rng, ids } = ctx;
  const out: DirectPush[] = [];
  const count = batches.length >= 20 ? 2 : batches.length >= 3 ? 1 : 0;
  for (let i = 0; i < count; i++) {
    const k = Math.floor(((i + 1) * batches.length) / (count + 1));
    const before = batches[k - 1];
    const after = batches[k];
    const nextMerge = after?.prs[0] ? mergedMs(after.prs[0]) : Number.NaN;
    if (!before || !after || !(nextMerge - before.ms > 2 * HOUR)) continue;
    const ms = before.ms + 30 * MINUTE;
    out.push({ ms, sha: ids.oid(), actor: pickReviewers(rng, ctx.org, repo.team, ms, null, 1)[0] ?? 'github-actions' });
  }
  return out.filter((d) => d.ms < ctx.nowMs - DAY);
}
