import type { LabelledPeriod, Period } from './windows.js';

/**
 * The ReportModel: everything the site, the summary and the comment show, computed from the
 * database, the configuration and "now" alone. JSON-serialisable (no bigint, no Date).
 * Bump REPORT_SCHEMA_VERSION on any change a consumer could notice.
 */
export const REPORT_SCHEMA_VERSION = 2;

export type Unit = 'hours' | 'count' | 'share' | 'per_day' | 'per_week' | 'ratio' | 'days' | 'prs';

/** A figure with fewer observations than this is shown but flagged "low sample". */
export const LOW_SAMPLE = 5;

export interface Distribution {
  n: number;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
  lowSample: boolean;
}

/** One entry of the flat `figures` map that the summary cites and the Definitions page lists. */
export interface Figure {
  value: number | null;
  n: number;
  unit: Unit;
  lowSample: boolean;
  /** The same figure over the previous period of equal length. */
  previous: number | null;
  delta: number | null;
  label: string;
}

export type Figures = Record<string, Figure>;

/** A metric family's contribution to the report. */
export interface FamilyResult<S> {
  section: S;
  figures: Figures;
}

export interface WeeklyPoint {
  week: string;
  from: string;
  [metric: string]: number | string | null;
}

/**
 * How much of the report's periods the harvest has read (docs/metrics/README.md, "History
 * harvested"). When the previous period starts before `harvestedSince`, its records are only
 * partly stored, so no figure is compared with it (`previous` and `delta` are null); nor when
 * it starts before `firstActivityAt`, when the repositories were not in use yet.
 */
export interface HarvestCoverage {
  /** Every record from this moment on is stored; null when the database does not say. */
  harvestedSince: string | null;
  /** The earliest record of all (pull request, issue, workflow run, deployment, release); null when none. */
  firstActivityAt: string | null;
  rangeHarvested: boolean;
  /** The previous period was harvested in full and began at or after the first activity. */
  previousRangeHarvested: boolean;
}

/**
 * The `metrics.filters` a report was computed under (docs/metrics/README.md "Filters"), as
 * configured, and what they left out of all stored history.
 * Null when no filter is configured: the report reads everything.
 */
export interface ReportFilters {
  labels: { include: string[]; exclude: string[] };
  authors: { include: string[]; exclude: string[] };
  titles: { include: string[]; exclude: string[] };
  repositories: { include: string[]; exclude: string[] };
  leftOut: { pullRequests: number; issues: number; repositories: number; privateRepositories: number };
}

export interface ReportModel {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: string;
  range: Period;
  previousRange: Period;
  coverage: HarvestCoverage;
  weeks: LabelledPeriod[];
  /** The repositories the report covers: those harvested that `filters` leaves in. */
  repositories: Array<{ id: string; fullName: string; isPrivate: boolean }>;
  /** Optional: reports written before filters existed have none. */
  filters?: ReportFilters | null;
  sections: Record<string, unknown>;
  figures: Figures;
}

/** Why a report compares with no previous period; null when it compares. */
export interface ComparisonGap {
  /** `range`: the report's own period is only partly harvested; `harvest`: the previous one is;
   * `first-activity`: the previous period began before the first activity of all. */
  reason: 'range' | 'harvest' | 'first-activity';
  /** The moment that explains it: `harvestedSince`, or `firstActivityAt`. */
  since: string | null;
}

export function comparisonGap(report: Pick<ReportModel, 'coverage' | 'previousRange'>): ComparisonGap | null {
  const coverage = report.coverage;
  if (!coverage || coverage.previousRangeHarvested) return null;
  if (!coverage.rangeHarvested) return { reason: 'range', since: coverage.harvestedSince };
  const harvestedLate = coverage.harvestedSince !== null && Date.parse(coverage.harvestedSince) > Date.parse(report.previousRange.from);
  return harvestedLate ? { reason: 'harvest', since: coverage.harvestedSince } : { reason: 'first-activity', since: coverage.firstActivityAt ?? null };
}
