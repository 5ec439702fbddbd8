import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  // What the Action writes without a Claude key: the English summary, and the Arabic one for the Arabic pages.
  const summary = options.summary === 'none' ? null : { ...rulesSummary(reports.periods[DEFAULT_WEEKS]), translations: { ar: rulesSummary(reports.periods[DEFAULT_WEEKS], 'ar') } };
  await renderSite(reports, summary, {}, root);
  return { dir, root, dataset, reports };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The default site, built once per `vitest` run and shared by every browser test file: the
 * files run in worker processes of one vitest process (`process.ppid`), so the first to take
 * the lock builds and the others wait for its `ready.json`. Tests only read the site. Sites of
 * earlier runs whose vitest process is gone are deleted here.
 */
export async function sharedBrowserSite(): Promise<BuiltSite> {
  const base = join(tmpdir(), 'flowmeter-browser-shared');
  mkdirSync(base, { recursive: true });
  for (const entry of readdirSync(base)) {
    const pid = Number(entry.split('.')[0]);
    if (pid !== process.ppid && !alive(pid)) rmSync(join(base, entry), { recursive: true, force: true });
  }
  const lock = join(base, `${process.ppid}.lock`);
  const ready = join(base, `${process.ppid}.ready.json`);
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; !existsSync(ready); waited += 250) {
      if (existsSync(`${lock}/failed`)) throw new Error(`Building the shared browser-test site failed in another test file: ${readFileSync(`${lock}/failed`, 'utf8')}`);
      if (waited > 240_000) throw new Error(`The shared browser-test site was not built within 4 minutes (${lock})`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const { dir, root, reports } = JSON.parse(readFileSync(ready, 'utf8')) as Omit<BuiltSite, 'dataset'>;
    return { dir, root, reports, dataset: browserTestDataset() };
  }
  let site: BuiltSite;
  try {
    site = await buildBrowserSite('browser-shared');
  } catch (error) {
    // The waiting files fail at once with the cause instead of timing out.
    writeFileSync(`${lock}/failed`, String((error as Error).stack ?? error));
    throw error;
  }
  writeFileSync(`${ready}.tmp`, JSON.stringify({ dir: site.dir, root: site.root, reports: site.reports }));
  // Written whole, then renamed: a waiting worker never reads half a file.
  rmSync(ready, { force: true });
  renameSync(`${ready}.tmp`, ready);
  return site;
}

/** The report a period's page cites, as published in the site's data directory. */
export async function publishedReport(site: BuiltSite, weeks: PeriodWeeks): Promise<ReportModel> {
  return JSON.parse(await readFile(join(site.root, reportFileOf(weeks)), 'utf8')) as ReportModel;
}

export async function removeBrowserSite(site: BuiltSite | undefined): Promise<void> {
  if (site) await rm(site.dir, { recursive: true, force: true });
}
