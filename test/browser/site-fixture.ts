import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimDataset } from '../sim/dataset.js';
import { harvestFresh } from '../harvest/harness.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import type { ReportModel } from '../../src/metrics/model.js';
import { computeSiteReports, DEFAULT_WEEKS, type PeriodWeeks, type SiteReports } from '../../src/render/site/site-reports.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { openStore } from '../../src/store/database.js';
import { rulesSummary } from '../../src/summary/rules-summary.js';
import { browserTestDataset } from './hostile-dataset.js';
import { reportFileOf } from './site-figures.js';

/**
 * A site built from the real pipeline, as the Action builds it: the GitHub simulator serves the
 * dataset, the real harvester stores it in DuckDB, the metrics compute the reports and the
 * renderer writes the pages into a temporary directory.
 */
export interface BuiltSite {
  /** The temporary directory holding the database and the site; removeBrowserSite deletes it. */
  dir: string;
  root: string;
  dataset: SimDataset;
  reports: SiteReports;
}

/** Teams from the configuration, so the site has team pages to open. */
function teamsOf(dataset: SimDataset): Record<string, string[]> {
  const humans = dataset.actors.filter((a) => a.kind === 'User').map((a) => a.login);
  return { platform: humans.slice(0, 3), product: humans.slice(3, 6) };
}

export interface BuildOptions {
  /** 'rules' (default): the sprint-health card shows the rule-based summary, as without a Claude key; 'none': its empty state. */
  summary?: 'rules' | 'none';
}

/** Builds the site into a new temporary directory; `root` is its `site/` subdirectory. */
export async function buildBrowserSite(name: string, dataset: SimDataset = browserTestDataset(), options: BuildOptions = {}): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), `flowmeter-${name}-`));
  const database = join(dir, 'flowmeter.duckdb');
  await harvestFresh(dataset, database);
  const store = await openStore(database);
  let reports: SiteReports;
  try {
    reports = await computeSiteReports(store, parseMetricsConfig({ teams: teamsOf(dataset) }), new Date(dataset.now));
  } finally {
    await store.close();
  }
  const root = join(dir, 'site');
  const summary = options.summary === 'none' ? null : rulesSummary(reports.periods[DEFAULT_WEEKS]);
  await renderSite(reports, summary, {}, root);
  return { dir, root, dataset, reports };
}

/** The report a period's page cites, as published in the site's data directory. */
export async function publishedReport(site: BuiltSite, weeks: PeriodWeeks): Promise<ReportModel> {
  return JSON.parse(await readFile(join(site.root, reportFileOf(weeks)), 'utf8')) as ReportModel;
}

export async function removeBrowserSite(site: BuiltSite | undefined): Promise<void> {
  if (site) await rm(site.dir, { recursive: true, force: true });
}
