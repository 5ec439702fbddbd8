import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../src/render/site/static-server.js';
import { openBrowserSession, type BrowserSession } from './browser-session.js';
import { watchPage, type PageWatch } from './page-watch.js';
import type { BuiltSite } from './site-fixture.js';
import { pngSize, screenshotPage } from './overview-screenshots.js';
import type { PageWindow } from './page-dom.js';

/**
 * Issue 4, acceptance 1 (toggles, screenshots): the theme toggle flips and remembers the
 * theme, the page follows the system's colour scheme until the visitor chooses, the language
 * toggle goes to the same page in the other language, and the overview renders at desktop and
 * phone widths.
 */
const THEME_KEY = 'flowmeter-theme';

describe('theme and language toggles, screenshots', () => {
  let session: BrowserSession;
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const watches: PageWatch[] = [];

  beforeAll(async () => {
    session = await openBrowserSession();
    ({ site, server, browser } = session);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    watches.push(watchPage(page, [server.url]));
    return page;
  }

  const theme = (page: Page) => page.evaluate(() => (globalThis as unknown as PageWindow).document.documentElement.dataset.theme);
  const stored = (page: Page) => page.evaluate((key) => (globalThis as unknown as PageWindow).localStorage.getItem(key), THEME_KEY);
  const background = (page: Page) =>
    page.evaluate(() => {
      const window = globalThis as unknown as PageWindow;
      return window.getComputedStyle(window.document.body).backgroundColor;
    });

  it('follows a light system scheme, then toggles to dark and remembers it across pages and reloads', async () => {
    const page = await openPage({ colorScheme: 'light' });
    await page.goto(`${server.url}index.html`);
    expect(await theme(page)).toBe('light');
    expect(await stored(page)).toBeNull();
    const lightBackground = await background(page);

    await page.click('#theme-toggle');
    expect(await theme(page)).toBe('dark');
    expect(await stored(page)).toBe('dark');
    expect(await background(page), 'the dark theme changes the colours').not.toBe(lightBackground);

    await page.click('#site-nav a[href$="flow.html"]');
    await page.waitForURL(/\/flow\.html$/);
    expect(await theme(page), 'after navigating').toBe('dark');
    await page.reload();
    expect(await theme(page), 'after reloading').toBe('dark');

    await page.click('#theme-toggle');
    expect(await theme(page)).toBe('light');
    await page.goto(`${server.url}w4/reviews.html`);
    expect(await theme(page), 'the light choice persists too').toBe('light');
    expect(await stored(page)).toBe('light');
  });

  it('starts dark when the system prefers dark and nothing is stored; a stored choice wins over it', async () => {
    const page = await openPage({ colorScheme: 'dark' });
    await page.goto(`${server.url}index.html`);
    expect(await stored(page)).toBeNull();
    expect(await theme(page)).toBe('dark');
    await page.click('#theme-toggle');
    expect(await theme(page)).toBe('light');
    await page.goto(`${server.url}ar/ci.html`);
    expect(await theme(page), 'stored light beats a dark system scheme').toBe('light');
  });

  it('goes to the same page in Arabic, right to left, and back to English', async () => {
    const page = await openPage();
    for (const path of ['index.html', 'w4/flow.html', 'sprints.html', 'w12/anomalies.html', `repos/${site.reports.periods[26].repositories[0]!.fullName.replace('/', '--')}.html`]) {
      await page.goto(`${server.url}${path}`);
      expect(await page.getAttribute('#language-toggle', 'hreflang')).toBe('ar');
      await page.click('#language-toggle');
      await page.waitForURL(`${server.url}ar/${path}`);
      expect(await page.evaluate(() => [(globalThis as unknown as PageWindow).document.documentElement.lang, (globalThis as unknown as PageWindow).document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await page.getAttribute('#language-toggle', 'hreflang')).toMatch(/^en/);
      await page.click('#language-toggle');
      await page.waitForURL(`${server.url}${path}`);
      expect(await page.evaluate(() => (globalThis as unknown as PageWindow).document.documentElement.dir || 'ltr')).toBe('ltr');
    }
  });

  it('mirrors the Arabic layout: the navigation sits on the other side', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    const navLeft = async (path: string) => {
      await page.goto(`${server.url}${path}`);
      return (await page.locator('#site-nav').boundingBox())!.x;
    };
    const english = await navLeft('index.html');
    const arabic = await navLeft('ar/index.html');
    expect(english, 'English sidebar on the left').toBeLessThan(640);
    expect(arabic, 'Arabic sidebar on the right').toBeGreaterThan(english);
  });

  it('screenshots the overview at 1280 and 390 px wide, with nothing wider than a phone at 390', async () => {
    // Beside the site in its temporary directory: removed with it after the file.
    const dir = join(site.dir, 'screenshots');
    await mkdir(dir);
    for (const width of [1280, 390]) {
      const shot = await screenshotPage(browser, { url: `${server.url}index.html`, file: join(dir, `overview-${width}.png`), width });
      const png = await readFile(shot.file);
      const size = pngSize(png);
      expect(size.width, shot.file).toBe(width);
      expect(size.height, `${shot.file} shows a whole page`).toBeGreaterThan(900);
      expect(png.length, `${shot.file} is not blank`).toBeGreaterThan(30_000);
      expect(shot.horizontalOverflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
      expect(shot.problems).toEqual([]);
    }
  });

  it('logged no console error, page error or dialog on any page above', () => {
    expect(watches.length).toBeGreaterThan(0);
    expect(watches.flatMap((w) => w.problems())).toEqual([]);
  });
});
