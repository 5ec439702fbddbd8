import type { MetricsContext } from './context.js';
import { distribution, distributionFigures, figure, round } from './figures.js';
import type { Distribution, FamilyResult, Figures } from './model.js';
import type { Period } from './windows.js';

/**
 * CI health (METRICS.md "CI health"): success rate, duration, queue time, re-runs, flaky
 * workflow/SHA pairs and time lost, per workflow and overall. See docs/metrics/ci.md.
 */
export interface CiStats {
  runs: number;
  success: number;
  /** failure, timed_out and startup_failure. */
  failed: number;
  cancelled: number;
  skipped: number;
  /** Queued or in progress. */
  running: number;
  /** Any other conclusion (neutral, action_required, stale). */
  other: number;
  successRate: number | null;
  reruns: number;
  rerunRate: number | null;
  flakyPairs: number;
  timeLostHours: number;
  duration: Distribution;
  queueTime: Distribution;
}

export interface WorkflowStats extends CiStats {
  repo: string;
  workflow: string | null;
  path: string | null;
}

export interface CiSection {
  overall: CiStats;
  /** Null when the previous period was not harvested in full (report.ts). */
  previous: CiStats | null;
  workflows: WorkflowStats[];
  weekly: Array<{ week: string; from: string; runs: number; success: number; failed: number; successRate: number | null; durationP50: number | null; durationP90: number | null }>;
  /** The most recent flaky pairs (at most FLAKY_LIST_LIMIT). */
  flaky: Array<{ repo: string; workflow: string | null; headSha: string; flakyAt: string }>;
}

export const FLAKY_LIST_LIMIT = 500;

type StatsRow = {
  is_total: boolean; wf: string | null; repo: string | null; workflow: string | null; path: string | null;
  runs: number; success: number; failed: number; cancelled: number; skipped: number; running: number; other: number; reruns: number;
  duration_n: number; duration_p50: number | null; duration_p75: number | null; duration_p90: number | null; duration_mean: number | null;
  queue_n: number; queue_p50: number | null; queue_p75: number | null; queue_p90: number | null; queue_mean: number | null;
  time_lost_hours: number;
};
type FlakyCount = { is_total: boolean; wf: string | null; pairs: number };

const share = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole) : null);

function stats(row: StatsRow | undefined, flakyPairs: number): CiStats {
  const r = row ?? ({ runs: 0, success: 0, failed: 0, cancelled: 0, skipped: 0, running: 0, other: 0, reruns: 0, duration_n: 0, queue_n: 0, time_lost_hours: 0 } as StatsRow);
  return {
    runs: r.runs,
    success: r.success,
    failed: r.failed,
    cancelled: r.cancelled,
    skipped: r.skipped,
    running: r.running,
    other: r.other,
    successRate: share(r.success, r.success + r.failed),
    reruns: r.reruns,
    rerunRate: share(r.reruns, r.runs),
    flakyPairs,
    timeLostHours: round(r.time_lost_hours) ?? 0,
    duration: distribution({ n: r.duration_n, p50: r.duration_p50, p75: r.duration_p75, p90: r.duration_p90, mean: r.duration_mean }),
    queueTime: distribution({ n: r.queue_n, p50: r.queue_p50, p75: r.queue_p75, p90: r.queue_p90, mean: r.queue_mean }),
  };
}

async function period(ctx: MetricsContext, p: Period): Promise<{ overall: CiStats; workflows: WorkflowStats[] }> {
  const rows = await ctx.rows<StatsRow>('ci.sql', 'workflow-stats', { ...p });
  const flaky = await ctx.rows<FlakyCount>('ci.sql', 'flaky-counts', { ...p });
  const pairs = new Map(flaky.filter((f) => !f.is_total).map((f) => [f.wf, f.pairs]));
  return {
    overall: stats(rows.find((r) => r.is_total), flaky.find((f) => f.is_total)?.pairs ?? 0),
    workflows: rows.filter((r) => !r.is_total).map((r) => ({ repo: r.repo ?? '', workflow: r.workflow, path: r.path, ...stats(r, pairs.get(r.wf) ?? 0) })),
  };
}

export async function computeCi(ctx: MetricsContext): Promise<FamilyResult<CiSection>> {
  await ctx.exec('ci.sql', 'ci-workflow-key');
  await ctx.exec('ci.sql', 'ci-workflows');
  await ctx.exec('ci.sql', 'ci-attempts', { since: ctx.previous.from });
  await ctx.exec('ci.sql', 'flaky-pairs');
  const current = await period(ctx, ctx.range);
  const before = await period(ctx, ctx.previous);

  type WeekRow = { week: string; runs: number; success: number; failed: number; duration_p50: number | null; duration_p90: number | null };
  const weeks = new Map((await ctx.rows<WeekRow>('ci.sql', 'weekly', { ...ctx.range })).map((w) => [w.week, w]));
  const weekly = ctx.weeks.map((w) => {
    const row = weeks.get(`${w.from.slice(0, 19)}Z`);
    return {
      week: w.label,
      from: w.from,
      runs: row?.runs ?? 0,
      success: row?.success ?? 0,
      failed: row?.failed ?? 0,
      successRate: row ? share(row.success, row.success + row.failed) : null,
      durationP50: round(row?.duration_p50),
      durationP90: round(row?.duration_p90),
    };
  });
  type FlakyRow = { repo: string; workflow: string | null; head_sha: string; flaky_at: string };
  const flaky = (await ctx.rows<FlakyRow>('ci.sql', 'flaky-list', { ...ctx.range, limit: FLAKY_LIST_LIMIT })).map((f) => ({ repo: f.repo, workflow: f.workflow, headSha: f.head_sha, flakyAt: f.flaky_at }));

  const now = current.overall;
  const prev = before.overall;
  const section: CiSection = { overall: now, previous: prev, workflows: current.workflows, weekly, flaky };
  const figures: Figures = {
    'ci.success_rate': figure('CI success rate', 'share', now.successRate, now.success + now.failed, prev.successRate),
    ...distributionFigures('ci.duration', 'CI run duration', now.duration, prev.duration),
    ...distributionFigures('ci.queue_time', 'CI queue time', now.queueTime, prev.queueTime),
    'ci.runs': figure('CI runs', 'count', now.runs, now.runs, prev.runs),
    'ci.rerun_rate': figure('CI re-run rate', 'share', now.rerunRate, now.runs, prev.rerunRate),
    'ci.flaky_pairs': figure('Flaky workflow/commit pairs', 'count', now.flakyPairs, now.flakyPairs, prev.flakyPairs),
    'ci.time_lost_hours': figure('Time lost to failed runs', 'hours', now.timeLostHours, now.failed, prev.timeLostHours),
    'ci.cancelled': figure('Cancelled CI runs', 'count', now.cancelled, now.runs, prev.cancelled),
    'ci.skipped': figure('Skipped CI runs', 'count', now.skipped, now.runs, prev.skipped),
  };
  return { section, figures };
}
