import { readAssetFile } from '../../asset-files.js';
import type { MetricsConfig } from '../../metrics/metrics-config.js';
import type { ReportModel } from '../../metrics/model.js';
import type { PeopleSection } from '../../metrics/people.js';
import { computeReports } from '../../metrics/report.js';
import { defaultRange } from '../../metrics/windows.js';
import type { Store } from '../../store/database.js';

/**
 * Everything the site shows, read from the database once: one ReportModel per period preset
 * and the Data page's bookkeeping (harvest runs, sync state, CSV extracts). The renderer is a
 * pure function of this value, so the site can be rebuilt from a saved SiteReports.
 */
export const PERIOD_PRESETS = [26, 12, 4] as const;
export type PeriodWeeks = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_WEEKS: PeriodWeeks = 26;

/** Rows per table in a CSV download: enough for a spreadsheet, small enough for Pages. */
export const CSV_ROW_CAP = 5000;
const HARVEST_RUN_LIMIT = 50;

export interface HarvestRunRow {
  id: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  trigger: string | null;
  repositories: number;
  requests: number;
  graphql_requests: number;
  graphql_points: number;
  rest_requests: number;
  retries: number;
  rate_limit_remaining: number | null;
  rate_limit_reset: string | null;
  errors: number;
  rows_written: number;
}

export interface SyncStateRow {
  repo: string;
  resource: string;
  watermark: string | null;
  pages: number;
  updated_at: string;
  in_progress: boolean;
}

export interface TableExtract {
  table: string;
  /** Rows in the table. */
  total: number;
  columns: string[];
  /** At most CSV_ROW_CAP rows, cells as JSON-safe values. */
  rows: unknown[][];
}

export interface DataInputs {
  harvestRuns: HarvestRunRow[];
  harvestTotals: { runs: number; requests: number; graphql_points: number; errors: number };
  syncState: SyncStateRow[];
  tables: TableExtract[];
  csvRowCap: number;
}

export interface SiteReports {
  /** Keyed by the number of weeks of the preset; 26 is the default period. */
  periods: Record<PeriodWeeks, ReportModel>;
  data: DataInputs;
  /** The report's teams (slug → logins): the configuration's, else GitHub's; for the per-team pages. */
  teams: Record<string, string[]>;
}

function namedSql(name: string): string {
  const text = readAssetFile('render/site/site-data.sql');
  const match = new RegExp(`^--\\s*name:\\s*${name}\\s*$([\\s\\S]*?)(?=^--\\s*name:|(?![\\s\\S]))`, 'm').exec(text);
  if (!match) throw new Error(`render/site/site-data.sql has no query named ${name}`);
  return match[1]!.trim().replace(/;\s*$/, '');
}

/** Computes the three period presets (over one build of the per-PR facts) and the Data page's inputs. */
export async function computeSiteReports(store: Store, metricsConfig: MetricsConfig, now: Date): Promise<SiteReports> {
  const reports = await computeReports(store, metricsConfig, now, PERIOD_PRESETS.map((weeks) => defaultRange(now, weeks)));
  const periods = Object.fromEntries(PERIOD_PRESETS.map((weeks, i) => [weeks, reports[i]!])) as Record<PeriodWeeks, ReportModel>;
  return { periods, data: await readDataInputs(store), teams: reportTeams(reports[0]!, metricsConfig) };
}

/** The configuration's teams (empty ones too), else those the metrics read from GitHub. */
function reportTeams(report: ReportModel, metricsConfig: MetricsConfig): Record<string, string[]> {
  const people = report.sections.people as PeopleSection | undefined;
  if (!people?.teams || people.teamsFrom !== 'github') return { ...metricsConfig.teams };
  return Object.fromEntries(people.teams.map((t) => [t.team, t.members]));
}

export async function readDataInputs(store: Store): Promise<DataInputs> {
  const harvestRuns = await store.query<HarvestRunRow>(namedSql('harvest-runs'), { limit: HARVEST_RUN_LIMIT });
  const [totals] = await store.query<DataInputs['harvestTotals']>(namedSql('harvest-totals'));
  const syncState = await store.query<SyncStateRow>(namedSql('sync-state'));
  const tables: TableExtract[] = [];
  for (const { name } of await store.query<{ name: string }>(namedSql('tables'))) {
    // Table names come from information_schema, not from users; quoted as identifiers.
    const ident = `main."${name.replace(/"/g, '""')}"`;
    const [count] = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${ident}`);
    const reader = await store.connection.runAndReadAll(`SELECT * FROM ${ident} ORDER BY ALL LIMIT ${CSV_ROW_CAP}`);
    tables.push({ table: name, total: count?.n ?? 0, columns: reader.columnNames(), rows: reader.getRowsJson() as unknown[][] });
  }
  return {
    harvestRuns,
    harvestTotals: totals ?? { runs: 0, requests: 0, graphql_points: 0, errors: 0 },
    syncState,
    tables,
    csvRowCap: CSV_ROW_CAP,
  };
}
