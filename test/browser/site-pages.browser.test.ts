import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_WEEKS, PERIOD_PRESETS, type PeriodWeeks } from '../../src/render/site/site-reports.js';
import type { StaticServer } from '../../src/render/site/static-server.js';
import type { ReportModel } from '../../src/metrics/model.js';
import { openBrowserSession, type BrowserSession } from './browser-session.js';
import { watchPage, type PageWatch } from './page-watch.js';
import { crawlSite, htmlFilesOnDisk, sitePath } from './site-crawl.js';
import { figureMismatches, OVERVIEW_TILES, periodOfPath, rawFigure, shownFigures, type ShownFigure } from './site-figures.js';
import { publishedReport, type BuiltSite } from './site-fixture.js';
import { countInjectedElements, type PageWindow } from './page-dom.js';

/**
 * Issue 4, acceptance 1 and 2: every page of the site, found by following links from the
 * English overview, opens cleanly in Chromium, stays inside the site, and shows the numbers
 * of the ReportModel its period was computed from.
 */
interface VisitedPage {
  path: string;
  problems: string[];
  injected: { images: number; scripts: number; handlers: number };
  icons: number;
  figures: ShownFigure[];
  lang: string;
  dir: string;
}

describe('every page of the rendered site in Chromium', () => {
  let session: BrowserSession;
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const visited: VisitedPage[] = [];

  beforeAll(async () => {
    session = await openBrowserSession();
    ({ site, server, browser } = session);
    page = await browser.newPage();
    watch = watchPage(page, [server.url]);
  }, 120_000);

  beforeAll(async () => {
    await crawlSite(page, `${server.url}index.html`, async (url, open) => {
      const attributes = await open.evaluate(() => {
        const { document } = globalThis as unknown as PageWindow;
        return { lang: document.documentElement.lang, dir: document.documentElement.dir, icons: document.querySelectorAll('link[rel~="icon"]').length };
      });
      visited.push({ path: sitePath(url, server.url), problems: watch.problems(), injected: await open.evaluate(countInjectedElements), figures: await shownFigures(open), ...attributes });
      watch.reset();
    });
    // Anything that went wrong after the last page's check (a late script error) counts too.
    visited.at(-1)?.problems.push(...watch.problems());
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  const visitedPath = (path: string) => visited.find((v) => v.path === path);

  it('reaches every page the renderer wrote, in both languages and every period preset', async () => {
    const onDisk = await htmlFilesOnDisk(site.root);
    expect(visited.map((v) => v.path).sort()).toEqual(onDisk);
    const pages = ['index', 'delivery', 'flow', 'reviews', 'open-work', 'ci', 'issues', 'sprints', 'anomalies', 'team', 'definitions', 'data'];
    for (const prefix of ['', 'ar/', 'w12/', 'w4/', 'ar/w12/', 'ar/w4/']) {
      for (const name of pages) expect(onDisk, `${prefix}${name}.html`).toContain(`${prefix}${name}.html`);
    }
    for (const repo of site.reports.periods[DEFAULT_WEEKS].repositories) {
      const file = `repos/${repo.fullName.replace('/', '--')}.html`;
      expect(onDisk, file).toContain(file);
      expect(onDisk, `ar/${file}`).toContain(`ar/${file}`);
    }
    expect(onDisk.filter((p) => p.startsWith('teams/')).length, 'team pages').toBeGreaterThan(0);
  });

  it('opens every page with no console error, page error, dialog or failed request', () => {
    expect(visited.length).toBeGreaterThan(20);
    expect(visited.flatMap((v) => v.problems)).toEqual([]);
  });

  it('declares an icon on every page, so no browser asks for /favicon.ico (a 404 and a console error, also on Pages)', () => {
    expect(visited.filter((v) => v.icons === 0).map((v) => v.path)).toEqual([]);
  });

  it('creates no element from untrusted text (hostile PR title and label) on any page', () => {
    expect(visited.filter((v) => v.injected.images + v.injected.scripts + v.injected.handlers > 0).map((v) => v.path)).toEqual([]);
  });

  it('requests nothing outside the site, and does load the site\'s own assets', () => {
    const origin = new URL(server.url).origin + '/';
    expect(watch.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(watch.requests.some((url) => url.endsWith('.css')), 'a stylesheet was loaded').toBe(true);
  });

  it('marks Arabic pages right to left and English pages left to right', () => {
    for (const { path, lang, dir } of visited) {
      if (path.startsWith('ar/')) expect({ path, lang, dir }).toEqual({ path, lang: 'ar', dir: 'rtl' });
      else expect({ path, lang: lang.slice(0, 2), dir: dir || 'ltr' }).toEqual({ path, lang: 'en', dir: 'ltr' });
    }
  });

  it('publishes for each period the report the test computed from the database', async () => {
    for (const weeks of PERIOD_PRESETS) {
      expect(await publishedReport(site, weeks), `report of ${weeks} weeks`).toEqual(JSON.parse(JSON.stringify(site.reports.periods[weeks])));
    }
  });

  it('shows on every page exactly the figures of its period\'s published report', async () => {
    const published = new Map<PeriodWeeks, ReportModel>();
    for (const weeks of PERIOD_PRESETS) published.set(weeks, await publishedReport(site, weeks));
    const mismatches = visited.flatMap((v) => figureMismatches(v.path, v.figures, published.get(periodOfPath(v.path))!));
    expect(mismatches).toEqual([]);
    expect(visited.reduce((n, v) => n + v.figures.length, 0), 'figures checked').toBeGreaterThan(visited.length);
  });

  it('shows the Arabic summary on the Arabic overviews and the English one elsewhere', async () => {
    const items = async (path: string) => {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      return page.$$eval('.summary-items > li > p:first-child', (ps) => ps.map((p) => (p.textContent ?? '').trim()));
    };
    for (const path of ['ar/index.html', 'ar/w4/index.html']) {
      const texts = await items(path);
      expect(texts, path).toHaveLength(8);
      // Once PR references, ISO weeks and p50 are set aside, nothing Latin is left: no English phrase.
      for (const text of texts) expect(text.replace(/[\w.-]+\/[\w.-]+#\d+|\b\d{4}-W\d{2}\b|\bp\d{2}\b/g, ''), `${path}: ${text}`).not.toMatch(/\p{Script=Latin}/u);
    }
    const english = await items('index.html');
    expect(english).toHaveLength(8);
    for (const text of english) expect(text, text).not.toMatch(/\p{Script=Arabic}/u);
    expect(watch.problems()).toEqual([]);
  });

  it('shows the headline tiles on every overview with the computed values', () => {
    for (const prefix of ['', 'ar/', 'w12/', 'w4/', 'ar/w12/', 'ar/w4/']) {
      const overview = visitedPath(`${prefix}index.html`);
      expect(overview, `${prefix}index.html was crawled`).toBeDefined();
      const report = site.reports.periods[periodOfPath(`${prefix}index.html`)];
      for (const id of OVERVIEW_TILES) {
        const tile = overview!.figures.find((f) => f.id === id);
        expect(tile, `${prefix}index.html shows ${id}`).toBeDefined();
        expect(tile!.value, `${prefix}index.html ${id}`).toBe(rawFigure(report, id));
        expect(tile!.text, `${prefix}index.html ${id} has visible text`).not.toBe('');
      }
    }
    // The periods differ, so a page showing the default period's numbers everywhere fails above.
    const distinct = new Set(PERIOD_PRESETS.map((w) => rawFigure(site.reports.periods[w], 'throughput.merged')));
    expect(distinct.size, 'merged PRs differ between presets').toBe(PERIOD_PRESETS.length);
  });
});
