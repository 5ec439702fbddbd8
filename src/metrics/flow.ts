import type { MetricsContext } from './context.js';
import { distribution, distributionFigures, figure, round } from './figures.js';
import type { Distribution, FamilyResult, Figures } from './model.js';
import { fillWeeks, type Period } from './windows.js';

export const FLOW_STAGES = ['cycle_time', 'coding_time', 'pickup_time', 'first_response', 'time_to_approval', 'review_time', 'deploy_time'] as const;
export type FlowStage = (typeof FLOW_STAGES)[number];

const STAGE_LABELS: Record<FlowStage, string> = {
  cycle_time: 'Cycle time',
  coding_time: 'Coding time',
  pickup_time: 'Pickup time (time to first review)',
  first_response: 'Time to first response',
  time_to_approval: 'Time to approval',
  review_time: 'Review time',
  deploy_time: 'Deploy time',
};

export interface FlowSection {
  stages: Record<FlowStage, Distribution>;
  /** Null when the previous period was not harvested in full (report.ts). */
  previousStages: Record<FlowStage, Distribution> | null;
  weekly: Array<Record<string, number | string | null>>;
  monthly: Array<{ month: string; merged: number; cycle_time_p50: number | null; pickup_time_p50: number | null; additions: number; deletions: number }>;
  throughput: { opened: number; merged: number; closedUnmerged: number; reopened: number; previous: { opened: number; merged: number; closedUnmerged: number } | null };
  throughputWeekly: Array<{ week: string; label?: string; opened: number; merged: number; closed_unmerged: number; additions: number; deletions: number }>;
  shares: { merged: number; unreviewedShare: number | null; changesRequestedShare: number | null; reopenRate: number | null; reviewsPerPr: { median: number | null; mean: number | null } };
  codeVolume: { additions: number; deletions: number };
  sizes: Array<{ bucket: string; n: number; cycleTimeP50: number | null }>;
  sizeVsCycle: Array<{ repo: string; number: number; size: number; cycle_time: number; bucket: string }>;
  types: Array<{ type: string; n: number; lines: number }>;
  byRepository: Array<Record<string, number | string | null>>;
  byTeam: Array<Record<string, number | string | null>>;
  automation: { botMerged: number; allMerged: number; share: number | null };
}

const SIZE_ORDER = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

async function stages(ctx: MetricsContext, period: Period): Promise<Record<FlowStage, Distribution>> {
  const rows = await ctx.rows<{ stage: FlowStage }>('flow.sql', 'stage-distributions', { ...period });
  const byStage = new Map(rows.map((r) => [r.stage, r]));
  return Object.fromEntries(FLOW_STAGES.map((s) => [s, distribution(byStage.get(s) as never)])) as Record<FlowStage, Distribution>;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole) : null);

export async function computeFlow(ctx: MetricsContext): Promise<FamilyResult<FlowSection>> {
  const current = await stages(ctx, ctx.range);
  const previous = await stages(ctx, ctx.previous);
  type Totals = { opened: number; merged: number; closed_unmerged: number; reopened: number };
  const [totals] = await ctx.rows<Totals>('flow.sql', 'throughput-totals', { ...ctx.range });
  const [previousTotals] = await ctx.rows<Totals>('flow.sql', 'throughput-totals', { ...ctx.previous });
  type Shares = { merged: number; unreviewed: number; changes_requested: number; reviews_p50: number | null; reviews_mean: number | null; additions: number; deletions: number };
  const [s] = await ctx.rows<Shares>('flow.sql', 'merged-shares', { ...ctx.range });
  const [ps] = await ctx.rows<Shares>('flow.sql', 'merged-shares', { ...ctx.previous });
  const [automation] = await ctx.rows<{ bot_merged: number; all_merged: number }>('flow.sql', 'automation-share', { ...ctx.range });
  const sizes = await ctx.rows<{ bucket: string; n: number; cycle_time_p50: number | null }>('flow.sql', 'size-buckets', { ...ctx.range });

  const section: FlowSection = {
    stages: current,
    previousStages: previous,
    weekly: fillWeeks(await ctx.rows<{ week: string }>('flow.sql', 'weekly-stages', { ...ctx.range }), ctx.weeks, {
      merged: 0, cycle_time_p50: null, cycle_time_p90: null, coding_time_p50: null, pickup_time_p50: null, review_time_p50: null, deploy_time_p50: null,
    } as never),
    monthly: (await ctx.rows('flow.sql', 'monthly', { ...ctx.range })) as FlowSection['monthly'],
    throughput: {
      opened: totals!.opened,
      merged: totals!.merged,
      closedUnmerged: totals!.closed_unmerged,
      reopened: totals!.reopened,
      previous: { opened: previousTotals!.opened, merged: previousTotals!.merged, closedUnmerged: previousTotals!.closed_unmerged },
    },
    throughputWeekly: fillWeeks(
      await ctx.rows<FlowSection['throughputWeekly'][number]>('flow.sql', 'throughput-weekly', { ...ctx.range }),
      ctx.weeks,
      { opened: 0, merged: 0, closed_unmerged: 0, additions: 0, deletions: 0 },
    ),
    shares: {
      merged: s!.merged,
      unreviewedShare: share(s!.unreviewed, s!.merged),
      changesRequestedShare: share(s!.changes_requested, s!.merged),
      reopenRate: share(totals!.reopened, totals!.opened),
      reviewsPerPr: { median: round(s!.reviews_p50), mean: round(s!.reviews_mean) },
    },
    codeVolume: { additions: s!.additions, deletions: s!.deletions },
    sizes: SIZE_ORDER.map((bucket) => {
      const row = sizes.find((r) => r.bucket === bucket);
      return { bucket, n: row?.n ?? 0, cycleTimeP50: round(row?.cycle_time_p50) };
    }),
    sizeVsCycle: (await ctx.rows('flow.sql', 'size-vs-cycle', { ...ctx.range })) as FlowSection['sizeVsCycle'],
    types: (await ctx.rows('flow.sql', 'types', { ...ctx.range })) as FlowSection['types'],
    byRepository: (await ctx.rows('flow.sql', 'by-repository', { ...ctx.range })) as FlowSection['byRepository'],
    byTeam: (await ctx.rows('flow.sql', 'by-team', { ...ctx.range })) as FlowSection['byTeam'],
    automation: { botMerged: automation!.bot_merged, allMerged: automation!.all_merged, share: share(automation!.bot_merged, automation!.all_merged) },
  };

  const figures: Figures = {};
  for (const stage of FLOW_STAGES) Object.assign(figures, distributionFigures(`flow.${stage}`, STAGE_LABELS[stage], current[stage], previous[stage]));
  figures['flow.unreviewed_merge_share'] = figure('Unreviewed merges (share)', 'share', share(s!.unreviewed, s!.merged), s!.merged, share(ps!.unreviewed, ps!.merged));
  figures['flow.changes_requested_share'] = figure('Changes requested (share)', 'share', share(s!.changes_requested, s!.merged), s!.merged, share(ps!.changes_requested, ps!.merged));
  figures['flow.reviews_per_pr.mean'] = figure('Reviews per merged PR (mean)', 'ratio', s!.reviews_mean, s!.merged, ps!.reviews_mean);
  figures['flow.reviews_per_pr.p50'] = figure('Reviews per merged PR (median)', 'ratio', s!.reviews_p50, s!.merged, ps!.reviews_p50);
  figures['flow.reopen_rate'] = figure('Reopen rate', 'share', share(totals!.reopened, totals!.opened), totals!.opened, null);
  figures['throughput.merged'] = figure('Merged PRs', 'prs', totals!.merged, totals!.merged, previousTotals!.merged);
  figures['throughput.opened'] = figure('Opened PRs', 'prs', totals!.opened, totals!.opened, previousTotals!.opened);
  figures['throughput.closed_unmerged'] = figure('Closed without merge', 'prs', totals!.closed_unmerged, totals!.closed_unmerged, previousTotals!.closed_unmerged);
  figures['flow.automation_share'] = figure('Automation share of merged PRs', 'share', section.automation.share, automation!.all_merged, null);
  return { section, figures };
}
