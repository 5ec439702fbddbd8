import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { SprintSummary } from '../../summary/summary-model.js';
import { type PageContext } from './page-context.js';
import type { PageModel } from './page-model.js';
import { buildAnomaliesPage } from './pages/anomalies-page.js';
import { buildCiPage } from './pages/ci-page.js';
import { buildDataPage, csvPath, reportJsonPath } from './pages/data-page.js';
import { buildDefinitionsPage } from './pages/definitions-page.js';
import { buildDeliveryPage } from './pages/delivery-page.js';
import { buildFlowPage } from './pages/flow-page.js';
import { buildIssuesPage } from './pages/issues-page.js';
import { buildOpenWorkMainPage } from './pages/open-work-page.js';
import { buildOverviewPage } from './pages/overview-page.js';
import { buildRepositoryPage } from './pages/repository-page.js';
import { buildReviewsPage } from './pages/reviews-page.js';
import { buildSprintsPage } from './pages/sprints-page.js';
import { buildTeamDetailPage, buildTeamPage } from './pages/team-page.js';
import { DEFAULT_SITE_LANGUAGES, type ResolvedSiteConfig, type SiteConfig, type SiteStats } from './site-config.js';
import { SiteWriter } from './site-files.js';
import { createFormat } from './site-format.js';
import { createTranslate, type Language } from './site-i18n.js';
import { layoutData, outputPath, webRoot } from './site-layout.js';
import { DEFAULT_WEEKS, PERIOD_PRESETS, type PeriodWeeks, type SiteReports } from './site-reports.js';
import { createEta, findTemplatesDir } from './site-templates.js';

export { DEFAULT_SITE_LANGUAGES, type SiteConfig, type SiteStats } from './site-config.js';

function resolveConfig(config: SiteConfig): ResolvedSiteConfig {
  const locales = config.locales && config.locales.length > 0 ? [...new Set(config.locales)] : [...DEFAULT_SITE_LANGUAGES];
  return {
    title: config.title?.trim() || 'flowmeter report',
    siteUrl: config.siteUrl ?? null,
    locales,
    templatesDir: config.templatesDir ?? findTemplatesDir(),
    serverUrl: webRoot(config.serverUrl),
  };
}

/**
 * The summary a language's pages show: the one written in that language when the summary stage
 * wrote it (`translations`), else the main one (English), which the page then marks as such.
 */
export function summaryIn(summary: SprintSummary | null, lang: Language): SprintSummary | null {
  if (!summary || lang === (summary.language ?? 'en')) return summary;
  return summary.translations?.[lang] ?? summary;
}

/**
 * Renders the static site into `outDir`: every page per language and period preset, the
 * per-repository and per-team pages, assets and data downloads. Pure: the same reports,
 * summary and config give the same bytes (dates come from the report, never the clock).
 */
export async function renderSite(reports: SiteReports, summary: SprintSummary | null, config: SiteConfig, outDir: string): Promise<SiteStats> {
  const started = performance.now();
  const site = resolveConfig(config);
  const eta = createEta(site.templatesDir);
  const writer = new SiteWriter(outDir);
  writer.prepare();
  writer.copyAssets(site.templatesDir);

  const chartCache = new Map<string, Promise<string>>();
  const defaultReport = reports.periods[DEFAULT_WEEKS];
  const repositories = defaultReport.repositories.map((r) => r.fullName);
  const teams = Object.keys(reports.teams).sort();
  let pages = 0;
  let overviewBytes = 0;

  for (const lang of site.locales) {
    const t = createTranslate(site.templatesDir, lang);
    const fmt = createFormat(lang, t);
    for (const weeks of PERIOD_PRESETS) {
      const report = reports.periods[weeks];
      const ctx: PageContext = { report, weeks, lang, t, fmt, data: reports.data, teams: reports.teams, chartCache, serverUrl: site.serverUrl };
      const models: PageModel[] = [
        buildOverviewPage(ctx, summaryIn(summary, lang)),
        await buildDeliveryPage(ctx),
        await buildFlowPage(ctx),
        await buildReviewsPage(ctx),
        await buildOpenWorkMainPage(ctx),
        await buildCiPage(ctx),
        await buildIssuesPage(ctx),
        await buildSprintsPage(ctx),
        await buildAnomaliesPage(ctx),
        buildTeamPage(ctx),
        buildDefinitionsPage(ctx),
        buildDataPage(ctx),
      ];
      if (weeks === DEFAULT_WEEKS) {
        for (const repo of repositories) models.push(buildRepositoryPage(ctx, repo));
        for (const team of teams) models.push(buildTeamDetailPage(ctx, team));
      }
      for (const page of models) {
        const loc = { lang, weeks: weeks as PeriodWeeks, rootLang: site.locales[0]! };
        const html = eta.render('/pages/page', layoutData({ page, loc, t, fmt, siteTitle: site.title, repositories, teams, languages: site.locales, range: report.range, generatedAt: report.generatedAt, serverUrl: site.serverUrl }));
        const path = outputPath(loc, page.path);
        writer.write(path, html);
        if (path === 'index.html') overviewBytes += Buffer.byteLength(html);
        pages += 1;
      }
    }
  }

  for (const weeks of PERIOD_PRESETS) writer.write(reportJsonPath(weeks), JSON.stringify(reports.periods[weeks], null, 1) + '\n');
  for (const extract of reports.data.tables) writer.copy(csvPath(extract.table), extract.csvFile);
  overviewBytes += statSync(join(outDir, 'assets', 'site.css')).size;
  return { pages, charts: chartCache.size, files: writer.files, bytes: writer.bytes, overviewBytes, durationMs: Math.round(performance.now() - started) };
}
