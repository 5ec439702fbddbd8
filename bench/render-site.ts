// Site rendering time: a 50-repository org (synthetic database, report computed in process)
// and the 1M-PR bench report (a ReportModel JSON, e.g. the metrics bench's, given by
// BENCH_SITE_REPORT). Prints render seconds and the overview's HTML + CSS bytes; target ≤ 10 s.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMetricsConfig } from '../src/metrics/metrics-config.js';
import type { ReportModel } from '../src/metrics/model.js';
import { renderSite } from '../src/render/site/render-site.js';
import { computeSiteReports, type SiteReports } from '../src/render/site/site-reports.js';
import { openStore } from '../src/store/database.js';
import { buildSyntheticDatabase, SYNTHETIC_NOW } from './synthetic-database.js';

async function timeRender(reports: SiteReports): Promise<Record<string, number>> {
  const dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-bench-site-')), 'site');
  try {
    const stats = await renderSite(reports, null, { title: 'bench' }, dir);
    return { seconds: stats.durationMs / 1000, pages: stats.pages, charts: stats.charts, bytes: stats.bytes, overviewHtmlCssBytes: stats.overviewBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function orgReports(prs: number, repos: number): Promise<SiteReports> {
  const store = await openStore(':memory:');
  try {
    await buildSyntheticDatabase(store, { prs, repos });
    return await computeSiteReports(store, parseMetricsConfig({}), new Date(SYNTHETIC_NOW));
  } finally {
    await store.close();
  }
}

export async function renderSiteBench(): Promise<Record<string, unknown>> {
  const prs = Number(process.env.BENCH_SITE_PRS ?? 20000);
  const org = await timeRender(await orgReports(prs, 50));
  const result: Record<string, unknown> = { bench: 'render-site', org50: { prs, ...org } };
  const reportFile = process.env.BENCH_SITE_REPORT;
  if (reportFile && existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ReportModel;
    // One model for every preset: an upper bound (the 26-week model is the largest).
    const reports: SiteReports = {
      periods: { 26: report, 12: report, 4: report },
      data: { harvestRuns: [], harvestTotals: { runs: 0, requests: 0, graphql_points: 0, errors: 0 }, syncState: [], tables: [] },
      teams: {},
    };
    result.report1m = { file: reportFile, ...(await timeRender(reports)) };
  } else {
    result.report1m = 'skipped: set BENCH_SITE_REPORT to a 1M-PR ReportModel JSON (npm run bench -- metrics-scale writes the model)';
  }
  return result;
}
