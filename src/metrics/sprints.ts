import { harvestedFrom, type MetricsContext } from './context.js';
import { figure, round } from './figures.js';
import type { FamilyResult, Figures, Unit } from './model.js';
import type { MetricsConfig } from './metrics-config.js';
import { planSprints, sprintReference, type SprintPlan } from './sprint-windows.js';
import type { LabelledPeriod } from './windows.js';

/**
 * Sprint health (METRICS.md "Sprints and anomalies"): the sprint running at the report's
 * reference moment against the one before, plus a short history for charts. Definitions and
 * decisions are in docs/metrics/sprints.md.
 */
export interface SprintValues {
  merged: number;
  cycleTimeP50: number | null;
  cycleTimeP90: number | null;
  pickupTimeP50: number | null;
  pickupN: number;
  unreviewedShare: number | null;
  /** null when no deployment table was built (the DORA family did not run). */
  deployments: number | null;
  failedDeployments: number | null;
  changeFailureRate: number | null;
  carryover: number;
  scope: number;
}

export interface SprintSummary extends SprintValues {
  label: string;
  from: string;
  /** The sprint's end; a running sprint is measured up to `measuredTo`. */
  to: string;
  measuredTo: string;
  complete: boolean;
  /** Share of the sprint's length that had passed at the reference moment (1 when complete). */
  elapsedShare: number;
  /** The harvest read everything from the sprint's start on (false: its counts are partial). */
  harvested: boolean;
}

export type Direction = 'better' | 'worse' | 'same';

export interface SprintComparison {
  id: string;
  label: string;
  unit: Unit;
  current: number | null;
  previous: number | null;
  delta: number | null;
  /** Which way is good; null for scope, which is neither. */
  better: 'higher' | 'lower' | null;
  direction: Direction | null;
  /** A count in a running sprint is judged against the previous sprint's count × elapsedShare. */
  paced: boolean;
}

export interface SprintsSection {
  /** Where the sprints came from (sprint-windows.ts); `fixed` also when the requested source had too little data. */
  source: SprintPlan['source'];
  requestedSource: MetricsConfig['sprints']['source'];
  note: string | null;
  lengthDays: number;
  anchor: string;
  referenceAt: string;
  current: SprintSummary;
  previous: SprintSummary;
  comparison: SprintComparison[];
  /** Up to HISTORY_SPRINTS sprints overlapping the report range, oldest first, current last. */
  history: SprintSummary[];
}


interface Metric {
  id: string;
  label: string;
  unit: Unit;
  better: 'higher' | 'lower' | null;
  count: boolean;
  value: (s: SprintValues) => number | null;
  n: (s: SprintValues) => number;
}

const METRICS: Metric[] = [
  { id: 'sprint.throughput', label: 'Merged PRs in the sprint', unit: 'prs', better: 'higher', count: true, value: (s) => s.merged, n: (s) => s.merged },
  { id: 'sprint.cycle_time.p50', label: 'Sprint cycle time (p50)', unit: 'hours', better: 'lower', count: false, value: (s) => s.cycleTimeP50, n: (s) => s.merged },
  { id: 'sprint.cycle_time.p90', label: 'Sprint cycle time (p90)', unit: 'hours', better: 'lower', count: false, value: (s) => s.cycleTimeP90, n: (s) => s.merged },
  { id: 'sprint.pickup_time.p50', label: 'Sprint pickup time (p50)', unit: 'hours', better: 'lower', count: false, value: (s) => s.pickupTimeP50, n: (s) => s.pickupN },
  { id: 'sprint.unreviewed_merge_share', label: 'Sprint unreviewed merges (share)', unit: 'share', better: 'lower', count: false, value: (s) => s.unreviewedShare, n: (s) => s.merged },
  { id: 'sprint.deployments', label: 'Deployments in the sprint', unit: 'count', better: 'higher', count: true, value: (s) => s.deployments, n: (s) => s.deployments ?? 0 },
  { id: 'sprint.change_failure_rate', label: 'Sprint change failure rate', unit: 'share', better: 'lower', count: false, value: (s) => s.changeFailureRate, n: (s) => s.deployments ?? 0 },
  { id: 'sprint.carryover', label: 'PRs carried over the sprint', unit: 'prs', better: 'lower', count: false, value: (s) => s.carryover, n: (s) => s.carryover },
  { id: 'sprint.scope', label: 'PRs opened in the sprint', unit: 'prs', better: null, count: false, value: (s) => s.scope, n: (s) => s.scope },
];

export function direction(metric: { better: 'higher' | 'lower' | null }, current: number | null, previous: number | null): Direction | null {
  if (metric.better === null || current === null || previous === null) return null;
  const c = round(current)!;
  const p = round(previous)!;
  if (c === p) return 'same';
  return (c > p) === (metric.better === 'higher') ? 'better' : 'worse';
}

type PrRow = { label: string; merged: number; cycle_time_p50: number | null; cycle_time_p90: number | null; pickup_time_p50: number | null; pickup_n: number; unreviewed: number; scope: number; carryover: number };
type DeployRow = { label: string; deployments: number; failed: number | null };

async function measure(ctx: MetricsContext, windows: Array<LabelledPeriod & { measuredTo: string }>): Promise<Map<string, SprintValues>> {
  const params = { labels: windows.map((w) => w.label), froms: windows.map((w) => w.from), tos: windows.map((w) => w.measuredTo) };
  const prs = await ctx.rows<PrRow>('sprints.sql', 'sprint-pr-metrics', params);
  const tables = new Set((await ctx.rows<{ name: string }>('sprints.sql', 'temp-tables')).map((r) => r.name));
  const deployQuery = tables.has('deployment_facts') ? 'sprint-deployment-facts' : tables.has('deployments_used') ? 'sprint-deployments-used' : null;
  const deploys = deployQuery ? await ctx.rows<DeployRow>('sprints.sql', deployQuery, params) : [];
  const deployByLabel = new Map(deploys.map((d) => [d.label, d]));
  const values = new Map<string, SprintValues>();
  for (const r of prs) {
    const d = deployByLabel.get(r.label);
    const deployments = deployQuery ? (d?.deployments ?? 0) : null;
    const failed = d?.failed ?? null;
    values.set(r.label, {
      merged: r.merged,
      cycleTimeP50: round(r.cycle_time_p50),
      cycleTimeP90: round(r.cycle_time_p90),
      pickupTimeP50: round(r.pickup_time_p50),
      pickupN: r.pickup_n,
      unreviewedShare: r.merged > 0 ? round(r.unreviewed / r.merged) : null,
      deployments,
      failedDeployments: failed,
      changeFailureRate: deployments && failed !== null ? round(failed / deployments) : null,
      carryover: r.carryover,
      scope: r.scope,
    });
  }
  return values;
}

export async function computeSprints(ctx: MetricsContext): Promise<FamilyResult<SprintsSection>> {
  const config = ctx.config.sprints;
  const lengthDays = config['length-days'];
  const reference = sprintReference(ctx.range, ctx.now);
  const plan = await planSprints(ctx.rows, ctx.config, ctx.now, ctx.range);
  const windows = plan.windows.map((p) => ({ ...p, measuredTo: new Date(Math.min(Date.parse(p.to), reference.getTime())).toISOString() }));
  const values = await measure(ctx, windows);
  const summaries: SprintSummary[] = windows.map((w) => {
    const length = Date.parse(w.to) - Date.parse(w.from);
    const elapsed = Date.parse(w.measuredTo) - Date.parse(w.from);
    return { label: w.label, from: w.from, to: w.to, measuredTo: w.measuredTo, complete: elapsed >= length, elapsedShare: round(elapsed / length)!, harvested: harvestedFrom(ctx.harvestedSince, w.from), ...values.get(w.label)! };
  });
  const current = summaries[summaries.length - 1]!;
  const previous = summaries[summaries.length - 2]!;
  // Sprints the harvest read only in part are not compared: a partial count is no trend.
  const comparable = current.harvested && previous.harvested;

  const comparison: SprintComparison[] = [];
  const figures: Figures = {};
  for (const metric of METRICS) {
    const c = metric.value(current);
    const p = comparable ? metric.value(previous) : null;
    const paced = metric.count && !current.complete;
    const benchmark = paced && p !== null ? p * current.elapsedShare : p;
    comparison.push({ id: metric.id, label: metric.label, unit: metric.unit, current: c, previous: p, delta: c !== null && p !== null ? round(c - p) : null, better: metric.better, direction: direction(metric, c, benchmark), paced });
    figures[metric.id] = figure(metric.label, metric.unit, c, metric.n(current), p);
  }

  return {
    section: {
      source: plan.source,
      requestedSource: config.source,
      note: plan.note,
      lengthDays,
      anchor: config.anchor,
      referenceAt: reference.toISOString(),
      current,
      previous,
      comparison,
      history: summaries,
    },
    figures,
  };
}
