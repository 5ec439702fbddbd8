import { BASELINE_WEEKS, MIN_BASELINE, Z_THRESHOLD, isFlagged, robustZ } from './anomalies-stats.js';
import type { MetricsContext } from './context.js';
import { figure, round } from './figures.js';
import { LOW_SAMPLE, type FamilyResult, type Unit } from './model.js';
import { isoWeekLabel, isoWeekStart, weeksOf, type Period } from './windows.js';

/**
 * Anomalies (METRICS.md "Sprints and anomalies"): every complete ISO week of the report range
 * is judged against the 12 weeks before it with a robust z-score (anomalies-stats.ts), for
 * each headline weekly metric; |z| ≥ 3.5 is flagged, with the PRs behind it. Decisions are in
 * docs/metrics/anomalies.md.
 */
export const ANOMALY_METRICS = ['merged', 'cycle_time', 'pickup_time', 'unreviewed_share', 'ci_success_rate'] as const;
export type AnomalyMetric = (typeof ANOMALY_METRICS)[number];

const INFO: Record<AnomalyMetric, { label: string; unit: Unit; count: boolean }> = {
  merged: { label: 'Merged PRs per week', unit: 'prs', count: true },
  cycle_time: { label: 'Cycle time p50 per week', unit: 'hours', count: false },
  pickup_time: { label: 'Pickup time p50 per week', unit: 'hours', count: false },
  unreviewed_share: { label: 'Unreviewed merges per week (share)', unit: 'share', count: false },
  ci_success_rate: { label: 'CI success rate per week', unit: 'share', count: false },
};

export interface AnomalyDriver {
  repo: string;
  number: number;
  title: string | null;
  url: string | null;
  value: number | null;
  unit: 'hours' | 'lines' | 'failed_runs';
}

export interface AnomalyPoint {
  week: string;
  from: string;
  value: number | null;
  n: number;
  baselineWeeks: number;
  median: number | null;
  mad: number | null;
  scale: 'mad' | 'mean_absolute_deviation' | null;
  z: number | null;
  flagged: boolean;
}

export interface Anomaly extends AnomalyPoint {
  metric: AnomalyMetric;
  label: string;
  unit: Unit;
  to: string;
  direction: 'high' | 'low';
  drivers: AnomalyDriver[];
}

export interface AnomaliesSection {
  threshold: number;
  baselineWeeks: number;
  minBaselineWeeks: number;
  /** The complete ISO weeks judged, oldest first. */
  evaluatedWeeks: string[];
  /** Flagged weeks, newest first, then by |z|. */
  anomalies: Anomaly[];
  series: Array<{ metric: AnomalyMetric; label: string; unit: Unit; points: AnomalyPoint[] }>;
}

const WEEK_MS = 7 * 86_400_000;
type Observation = { value: number | null; n: number };
type Series = Map<AnomalyMetric, Map<number, Observation>>;

/** The complete ISO weeks of a period that end by `reference`, as week-start times. */
function completeWeeks(period: Period, reference: number): number[] {
  return weeksOf(period).map((w) => Date.parse(w.from)).filter((start) => start + WEEK_MS <= Math.min(reference, Date.parse(period.to)));
}

async function weeklySeries(ctx: MetricsContext, from: number, to: number): Promise<Series> {
  const period = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  type PrRow = { week: string; merged: number; cycle_time_p50: number | null; pickup_time_p50: number | null; pickup_n: number; unreviewed: number };
  const prs = new Map((await ctx.rows<PrRow>('anomalies.sql', 'weekly-pr-series', period)).map((r) => [Date.parse(r.week), r]));
  const ci = new Map((await ctx.rows<{ week: string; succeeded: number; decided: number }>('anomalies.sql', 'weekly-ci-series', period)).map((r) => [Date.parse(r.week), r]));
  const [start] = await ctx.rows<{ prs: string | null; runs: string | null }>('anomalies.sql', 'data-start');
  const prStart = start?.prs ? isoWeekStart(new Date(start.prs)).getTime() : Infinity;
  const runStart = start?.runs ? isoWeekStart(new Date(start.runs)).getTime() : Infinity;

  const series: Series = new Map(ANOMALY_METRICS.map((m) => [m, new Map<number, Observation>()]));
  for (let week = from; week < to; week += WEEK_MS) {
    if (week >= prStart) {
      const r = prs.get(week);
      const merged = r?.merged ?? 0;
      series.get('merged')!.set(week, { value: merged, n: merged });
      series.get('cycle_time')!.set(week, { value: r?.cycle_time_p50 ?? null, n: merged });
      series.get('pickup_time')!.set(week, { value: r?.pickup_time_p50 ?? null, n: r?.pickup_n ?? 0 });
      series.get('unreviewed_share')!.set(week, { value: merged > 0 ? r!.unreviewed / merged : null, n: merged });
    }
    if (week >= runStart) {
      const c = ci.get(week);
      series.get('ci_success_rate')!.set(week, { value: c && c.decided > 0 ? c.succeeded / c.decided : null, n: c?.decided ?? 0 });
    }
  }
  if (runStart === Infinity) series.delete('ci_success_rate');
  return series;
}

/** Scores one week of one metric against the BASELINE_WEEKS before it. */
export function scoreWeek(metric: AnomalyMetric, observations: Map<number, Observation>, week: number): AnomalyPoint {
  const own = observations.get(week) ?? { value: null, n: 0 };
  const baseline: number[] = [];
  for (let i = 1; i <= BASELINE_WEEKS; i++) {
    const v = observations.get(week - i * WEEK_MS)?.value;
    if (v !== null && v !== undefined) baseline.push(v);
  }
  // A median of fewer than five PRs (or runs) is one person's week, not a trend.
  const judged = own.value !== null && baseline.length >= MIN_BASELINE && (INFO[metric].count || own.n >= LOW_SAMPLE);
  const score = judged ? robustZ(own.value!, baseline) : { median: null, mad: null, scale: null, z: null };
  return {
    week: isoWeekLabel(new Date(week)),
    from: new Date(week).toISOString(),
    value: round(own.value),
    n: own.n,
    baselineWeeks: baseline.length,
    median: round(score.median),
    mad: round(score.mad),
    scale: score.scale,
    z: round(score.z),
    flagged: isFlagged(score.z),
  };
}

async function driversOf(ctx: MetricsContext, metric: AnomalyMetric, high: boolean, period: Period): Promise<AnomalyDriver[]> {
  type PrRow = { repo: string; number: number; title: string | null; url: string | null; size: number; cycle_time: number | null; pickup_time: number | null };
  const merged = async (ranking: string, pick: (r: PrRow) => number | null, unit: AnomalyDriver['unit']) =>
    (await ctx.rows<PrRow>('anomalies.sql', 'merged-prs-of-week', { ...period, ranking })).map((r) => ({ repo: r.repo, number: r.number, title: r.title, url: r.url, value: round(pick(r)), unit }));
  switch (metric) {
    case 'merged': {
      if (high) return merged('largest', (r) => r.size, 'lines');
      const open = await ctx.rows<{ repo: string; number: number; title: string | null; url: string | null; age: number | null }>('anomalies.sql', 'open-prs-at-week-end', { ...period });
      return open.map((r) => ({ repo: r.repo, number: r.number, title: r.title, url: r.url, value: round(r.age), unit: 'hours' }));
    }
    case 'cycle_time':
      return merged(high ? 'cycle_time_high' : 'cycle_time_low', (r) => r.cycle_time, 'hours');
    case 'pickup_time':
      return merged(high ? 'pickup_time_high' : 'pickup_time_low', (r) => r.pickup_time, 'hours');
    case 'unreviewed_share':
      return high ? merged('unreviewed', (r) => r.size, 'lines') : [];
    case 'ci_success_rate': {
      if (high) return [];
      const failing = await ctx.rows<{ repo: string; number: number; title: string | null; url: string | null; failed_runs: number }>('anomalies.sql', 'failing-prs-of-week', { ...period });
      return failing.map((r) => ({ repo: r.repo, number: r.number, title: r.title, url: r.url, value: r.failed_runs, unit: 'failed_runs' }));
    }
  }
}

export async function computeAnomalies(ctx: MetricsContext): Promise<FamilyResult<AnomaliesSection>> {
  const reference = Math.min(Date.parse(ctx.range.to), ctx.now.getTime());
  const weeks = completeWeeks(ctx.range, reference);
  const previousWeeks = completeWeeks(ctx.previous, reference);
  const judged = [...previousWeeks, ...weeks];
  const section: AnomaliesSection = { threshold: Z_THRESHOLD, baselineWeeks: BASELINE_WEEKS, minBaselineWeeks: MIN_BASELINE, evaluatedWeeks: weeks.map((w) => isoWeekLabel(new Date(w))), anomalies: [], series: [] };
  if (judged.length === 0) return { section, figures: { 'anomalies.flagged': figure('Anomalies flagged', 'count', 0, 0, null) } };

  const series = await weeklySeries(ctx, Math.min(...judged) - BASELINE_WEEKS * WEEK_MS, Math.max(...judged) + WEEK_MS);
  // A week the harvest read only in part is neither judged nor part of a baseline: its counts
  // would be a drop that never happened.
  const harvestedSince = ctx.harvestedSince === null ? -Infinity : Date.parse(ctx.harvestedSince);
  for (const observations of series.values()) for (const week of [...observations.keys()]) if (week < harvestedSince) observations.delete(week);
  let flaggedBefore = 0;
  let judgedPoints = 0;
  for (const [metric, observations] of series) {
    const info = INFO[metric];
    flaggedBefore += previousWeeks.filter((w) => scoreWeek(metric, observations, w).flagged).length;
    const points = weeks.map((w) => scoreWeek(metric, observations, w));
    judgedPoints += points.filter((p) => p.z !== null).length;
    section.series.push({ metric, label: info.label, unit: info.unit, points });
    for (const point of points.filter((p) => p.flagged)) {
      const from = Date.parse(point.from);
      const period = { from: point.from, to: new Date(from + WEEK_MS).toISOString() };
      const high = point.z! > 0;
      section.anomalies.push({ ...point, metric, label: info.label, unit: info.unit, to: period.to, direction: high ? 'high' : 'low', drivers: await driversOf(ctx, metric, high, period) });
    }
  }
  section.anomalies.sort((a, b) => Date.parse(b.from) - Date.parse(a.from) || Math.abs(b.z!) - Math.abs(a.z!));
  const previousJudged = previousWeeks.length > 0 ? flaggedBefore : null;
  return { section, figures: { 'anomalies.flagged': figure('Anomalies flagged (weeks × metrics, |z| ≥ 3.5)', 'count', section.anomalies.length, judgedPoints, previousJudged) } };
}
