/**
 * DORA performance bands. Deployment frequency is bucketed by the Four Keys rule
 * (dora-team/fourkeys, dashboard/fourkeys_dashboard.json, "Deployment Frequency" panel), then
 * the bucket is named by the 2023 Accelerate State of DevOps report's clusters, as the Four Keys
 * dashboard does (Daily = elite). The other keys use the 2023 report's cluster values as upper
 * bounds; where its clusters overlap or leave gaps, the gap goes to the lower band (as Apache
 * DevLake's "2023 report" benchmarks do). docs/metrics/dora.md has the table.
 */
export type Band = 'elite' | 'high' | 'medium' | 'low';
export type Cadence = 'daily' | 'weekly' | 'monthly' | 'yearly';

export const BAND_SOURCE = {
  report: 'DORA, Accelerate State of DevOps Report 2023 (software delivery performance clusters)',
  url: 'https://dora.dev/research/2023/dora-report/',
  frequencyRule: 'Four Keys: daily when the median number of days with a deployment per week is at least 3, weekly when most weeks have a deployment, monthly when the median number of weeks with a deployment per month is at least 1, else yearly',
  frequencyRuleUrl: 'https://github.com/dora-team/fourkeys/blob/main/dashboard/fourkeys_dashboard.json',
  thresholds: {
    deploymentFrequency: { elite: 'daily (on demand)', high: 'weekly (once per day to once per week)', medium: 'monthly (once per week to once per month)', low: 'yearly (less than once per month)' },
    leadTimeHours: { elite: '< 24', high: '< 168', medium: '< 720', low: '>= 720' },
    changeFailureRate: { elite: '<= 0.05', high: '<= 0.10', medium: '<= 0.15', low: '> 0.15' },
    recoveryTimeHours: { elite: '< 1', high: '< 24', medium: '< 168', low: '>= 168' },
  },
} as const;

export interface FrequencyCadence {
  cadence: Cadence;
  band: Band;
  /** Median over the window's ISO weeks of the number of UTC days with a deployment. */
  medianDeployDaysPerWeek: number;
  /** Median over weeks of "this week had a deployment" (0 or 1). */
  medianWeekDeployed: number;
  /** Median over weeks of the number of weeks with a deployment in that week's month. */
  medianDeployWeeksPerMonth: number;
}

/** `quantile_cont(x, 0.5)`: the middle value, or the mean of the two middle values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}

const CADENCE_BAND: Record<Cadence, Band> = { daily: 'elite', weekly: 'high', monthly: 'medium', yearly: 'low' };

/**
 * The Four Keys cadence over `weeks` (every ISO week of the window, deployments or not, each
 * with its Monday and its number of distinct deployment days). Null without any deployment.
 */
export function frequencyCadence(weeks: Array<{ from: string; deployDays: number }>): FrequencyCadence | null {
  if (weeks.length === 0 || weeks.every((w) => w.deployDays === 0)) return null;
  const monthOf = (from: string) => from.slice(0, 7);
  const deployedWeeksByMonth = new Map<string, number>();
  for (const w of weeks) deployedWeeksByMonth.set(monthOf(w.from), (deployedWeeksByMonth.get(monthOf(w.from)) ?? 0) + (w.deployDays > 0 ? 1 : 0));
  const days = median(weeks.map((w) => w.deployDays))!;
  const weekly = median(weeks.map((w) => (w.deployDays > 0 ? 1 : 0)))!;
  const monthly = median(weeks.map((w) => deployedWeeksByMonth.get(monthOf(w.from))!))!;
  const cadence: Cadence = days >= 3 ? 'daily' : weekly >= 1 ? 'weekly' : monthly >= 1 ? 'monthly' : 'yearly';
  return { cadence, band: CADENCE_BAND[cadence], medianDeployDaysPerWeek: days, medianWeekDeployed: weekly, medianDeployWeeksPerMonth: monthly };
}

export function leadTimeBand(p50Hours: number | null): Band | null {
  if (p50Hours === null) return null;
  return p50Hours < 24 ? 'elite' : p50Hours < 168 ? 'high' : p50Hours < 720 ? 'medium' : 'low';
}

export function changeFailureBand(rate: number | null): Band | null {
  if (rate === null) return null;
  return rate <= 0.05 ? 'elite' : rate <= 0.1 ? 'high' : rate <= 0.15 ? 'medium' : 'low';
}

export function recoveryBand(p50Hours: number | null): Band | null {
  if (p50Hours === null) return null;
  return p50Hours < 1 ? 'elite' : p50Hours < 24 ? 'high' : p50Hours < 168 ? 'medium' : 'low';
}
