import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../src/render/site/static-server.js';
import { launchChromium } from './chromium.js';
import type { PageWindow } from './page-dom.js';
import { htmlFilesOnDisk } from './site-crawl.js';
import { sharedBrowserSite, type BuiltSite } from './site-fixture.js';

/**
 * Issue 4, acceptance 1 (axe-core), for one theme: no serious or critical violation on one
 * page of each kind, in both languages: the twelve main pages and a preset's overview, the first
 * repository page and the first team page. Presets and the other repository and team pages
 * share those templates. One theme per test file keeps each file within its time budget: axe
 * takes one to two seconds per page on two busy cores.
 */
export const THEME_KEY = 'flowmeter-theme';

/** axe-core's browser build, injected from node_modules: never fetched from a CDN. */
export const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the open page and returns its serious and critical violations, one line
 * each with the rule, its help text and the first few offending elements.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => (globalThis as unknown as PageWindow).axe !== undefined);
  if (!injected) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const window = globalThis as unknown as PageWindow;
    const result = await window.axe!.run(window.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
}

export function pagesOfEachKind(all: string[]): string[] {
  const english = all.filter((p) => !p.startsWith('ar/'));
  const main = english.filter((p) => !p.includes('/'));
  const firstUnder = (dir: string) => english.filter((p) => p.startsWith(dir)).slice(0, 1);
  const kinds = [...main, 'w4/index.html', ...firstUnder('repos/'), ...firstUnder('teams/')];
  return [...kinds, ...kinds.map((p) => `ar/${p}`)].filter((p) => all.includes(p));
}

export function describeAccessibility(theme: 'light' | 'dark'): void {
  describe(`accessibility of the rendered site in the ${theme} theme (axe-core)`, () => {
    let site: BuiltSite;
    let server: StaticServer;
    let browser: Browser;
    let context: BrowserContext;
    let pages: string[];
    const violations = new Map<string, string[]>();

    beforeAll(async () => {
      // First: without Chromium the file fails at once, with the install command.
      browser = await launchChromium();
      site = await sharedBrowserSite();
      server = await startStaticServer(site.root);
      pages = pagesOfEachKind(await htmlFilesOnDisk(site.root));
      // The stored choice against the opposite system scheme: axe sees the colours a visitor who
      // chose this theme sees, and the stored choice must win.
      context = await browser.newContext({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      await context.addInitScript(([key, chosen]) => (globalThis as unknown as PageWindow).localStorage.setItem(key!, chosen!), [THEME_KEY, theme]);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      // The shared site stays for the other files; the next run deletes it.
    });

    it('checks one page of each kind in both languages', () => {
      expect(pages.length).toBeGreaterThanOrEqual(2 * 15);
      for (const kind of ['index.html', 'flow.html', 'sprints.html', 'anomalies.html', 'data.html', 'w4/index.html']) {
        expect(pages).toContain(kind);
        expect(pages).toContain(`ar/${kind}`);
      }
      expect(pages.some((p) => p.startsWith('repos/')) && pages.some((p) => p.startsWith('ar/teams/'))).toBe(true);
    });

    for (const lang of ['en', 'ar'] as const) {
      it(`finds no serious or critical violation on the ${lang === 'en' ? 'English' : 'Arabic'} pages`, async () => {
        const page = await context.newPage();
        try {
          for (const path of pages.filter((p) => p.startsWith('ar/') === (lang === 'ar'))) {
            await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
            expect(await page.evaluate(() => (globalThis as unknown as PageWindow).document.documentElement.dataset.theme), path).toBe(theme);
            violations.set(path, await seriousViolations(page));
          }
        } finally {
          await page.close();
        }
        const found = [...violations].filter(([path]) => path.startsWith('ar/') === (lang === 'ar')).flatMap(([path, list]) => list.map((v) => `${path}: ${v}`));
        expect(found).toEqual([]);
      }, 90_000);
    }
  });
}
