import { join } from 'node:path';
import { readAssetFile } from '../../asset-files.js';
import type { MetricsConfig } from '../../metrics/metrics-config.js';
import type { ReportModel } from '../../metrics/model.js';
import type { PeopleSection } from '../../metrics/people.js';
import { computeReports } from '../../metrics/report.js';
import { defaultRange } from '../../metrics/windows.js';
import type { Store } from '../../store/database.js';
import { csvSpoolDir, writeTableCsv } from './table-csv.js';

/**
 * Everything the site shows, read from the database once: one ReportModel per period preset
 * and the Data page's bookkeeping (harvest runs, sync state, CSV extracts). The renderer is a
 * pure function of this value and the CSV files it names (spooled for the process's lifetime,
 * table-csv.ts), so the site can be rendered again without the database.
 */
export const PERIOD_PRESETS = [26, 12, 4] as const;
export type PeriodWeeks = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_WEEKS: PeriodWeeks = 26;

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

/** A table's CSV download, spooled to a file (table-csv.ts) that the renderer copies into the site. */
export interface TableExtract {
  table: string;
  /** Rows in the table, every one of them in the CSV. */
  total: number;
  columns: string[];
  /** The spooled CSV (header and every row); it lives until the process exits. */
  csvFile: string;
  bytes: number;
}

export interface DataInputs {
  harvestRuns: HarvestRunRow[];
  harvestTotals: { runs: number; requests: number; graphql_points: number; errors: number };
  syncState: SyncStateRow[];
  tables: TableExtract[];
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
  const spool = csvSpoolDir();
  for (const [i, { name }] of (await store.query<{ name: string }>(namedSql('tables'))).entries()) {
    // Table names come from information_schema, not from users; the file name is the table's position.
    const csvFile = join(spool, `${i}.csv`);
    const written = await writeTableCsv(store, name, csvFile);
    tables.push({ table: name, total: written.rows, columns: written.columns, csvFile, bytes: written.bytes });
  }
  return {
    harvestRuns,
    harvestTotals: totals ?? { runs: 0, requests: 0, graphql_points: 0, errors: 0 },
    syncState,
    tables,
  };
}
