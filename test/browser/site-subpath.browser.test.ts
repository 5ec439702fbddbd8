import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../src/render/site/static-server.js';
import { launchChromium } from './chromium.js';
import { watchPage } from './page-watch.js';
import { crawlSite, pageKey } from './site-crawl.js';
import { sharedBrowserSite, type BuiltSite } from './site-fixture.js';
import type { PageWindow } from './page-dom.js';

/**
 * Issue 4, acceptance 3: on a GitHub Pages subpath (`/repo/`) every link and asset of every
 * page resolves, and none leaves the subpath; the same files also work opened from disk.
 */
const BASE = '/repo/';

interface Reference {
  from: string;
  kind: 'a' | 'link' | 'script' | 'img';
  raw: string;
  url: string;
}

function references(page: Page): Promise<Array<Omit<Reference, 'from'>>> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageWindow;
    const found: Array<{ kind: 'a' | 'link' | 'script' | 'img'; raw: string; url: string }> = [];
    const add = (kind: 'a' | 'link' | 'script' | 'img', selector: string, attribute: string) => {
      for (const e of document.querySelectorAll(selector)) {
        const raw = e.getAttribute(attribute) ?? '';
        found.push({ kind, raw, url: new URL(raw, document.baseURI).href });
      }
    };
    add('a', 'a[href]', 'href');
    add('link', 'link[href]', 'href');
    add('script', 'script[src]', 'src');
    add('img', 'img[src]', 'src');
    return found;
  });
}

const isGitHub = (url: string) => /^https:\/\/github\.com\//.test(url);

describe('the site on a subpath and from file://', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const refs: Reference[] = [];
  const ids = new Map<string, Set<string>>();
  let crawled: string[] = [];
  let crawlProblems: string[] = [];

  beforeAll(async () => {
    // First: without Chromium the file fails at once, with the install command.
    browser = await launchChromium();
    site = await sharedBrowserSite();
    server = await startStaticServer(site.root, { basePath: BASE });
  }, 120_000);

  beforeAll(async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, [server.url]);
    crawled = await crawlSite(page, `${server.url}index.html`, async (url, open) => {
      for (const ref of await references(open)) refs.push({ from: url, ...ref });
      ids.set(pageKey(url), new Set(await open.$$eval('[id]', (all) => all.map((e) => e.id))));
    });
    crawlProblems = watch.problems();
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    // The shared site stays for the other files; the next run deletes it.
  });

  it('serves under the subpath', () => {
    expect(new URL(server.url).pathname).toBe(BASE);
    expect(crawled.length).toBeGreaterThan(20);
    expect(crawled.every((url) => new URL(url).pathname.startsWith(BASE))).toBe(true);
    expect(crawlProblems, 'errors or failed requests while crawling the subpath').toEqual([]);
  });

  it('keeps every link and asset inside the subpath, and loads assets only from the site', () => {
    const origin = new URL(server.url).origin;
    const escaping = refs.filter((r) => new URL(r.url).origin === origin && !new URL(r.url).pathname.startsWith(BASE));
    expect(escaping).toEqual([]);
    const foreignAssets = refs.filter((r) => r.kind !== 'a' && !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
    expect(foreignAssets).toEqual([]);
    const scriptLinks = refs.filter((r) => r.url.startsWith('javascript:'));
    expect(scriptLinks).toEqual([]);
    expect(refs.filter((r) => r.kind === 'a' && isGitHub(r.url)).length, 'PRs are linked to GitHub').toBeGreaterThan(0);
  });

  it('finds no broken link or asset: every target inside the site answers 200', async () => {
    const origin = new URL(server.url).origin;
    const targets = new Map<string, Reference>();
    for (const ref of refs) if (new URL(ref.url).origin === origin) targets.set(pageKey(ref.url), ref);
    const broken: string[] = [];
    for (const [url, ref] of targets) {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status !== 200) broken.push(`${response.status} ${url} (${ref.kind} "${ref.raw}" on ${ref.from})`);
    }
    expect(broken).toEqual([]);
    for (const asset of ['.css', '.js', '.json', '.csv']) expect([...targets.keys()].some((u) => u.endsWith(asset)), `some ${asset} is linked`).toBe(true);
  });

  it('points every fragment link at an element that exists', () => {
    const origin = new URL(server.url).origin;
    const missing = refs
      .filter((r) => r.kind === 'a' && new URL(r.url).origin === origin && new URL(r.url).hash.length > 1)
      .filter((r) => {
        const target = ids.get(pageKey(r.url));
        return target !== undefined && !target.has(decodeURIComponent(new URL(r.url).hash.slice(1)));
      })
      .map((r) => `${r.raw} on ${r.from}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('opens from file:// with no console error, no request off the disk, and links to files that exist', async () => {
    const rootUrl = pathToFileURL(site.root + '/').href;
    const page = await browser.newPage();
    const watch = watchPage(page, [rootUrl]);
    const missing: string[] = [];
    for (const path of ['index.html', 'ar/index.html', 'w4/flow.html', 'data.html']) {
      await page.goto(`${rootUrl}${path}`, { waitUntil: 'load' });
      expect(await page.locator('#site-nav').isVisible(), `${path} renders its navigation`).toBe(true);
      for (const ref of await references(page)) {
        if (!ref.url.startsWith('file:')) continue;
        const file = fileURLToPath(pageKey(ref.url));
        if (!existsSync(file) || !statSync(file).isFile()) missing.push(`${ref.raw} on ${path}`);
      }
    }
    await page.click('#theme-toggle');
    await page.close();
    expect(watch.problems()).toEqual([]);
    expect(missing).toEqual([]);
  });
});
