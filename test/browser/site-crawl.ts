import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageAnchor } from './page-dom.js';

/**
 * Finds a site's pages the way a visitor does: open the start page, follow every link that
 * stays inside the site, breadth first. `visit` runs on each page while it is open, so a test
 * checks a page without loading it twice.
 */
export async function crawlSite(
  page: Page,
  startUrl: string,
  visit: (url: string, page: Page) => Promise<void> = async () => undefined,
): Promise<string[]> {
  const base = new URL('.', startUrl).href;
  const seen = new Set<string>([pageKey(startUrl)]);
  const queue = [pageKey(startUrl)];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    await page.goto(next, { waitUntil: 'load' });
    await visit(next, page);
    for (const href of await linkTargets(page)) {
      const key = pageKey(href);
      if (!key.startsWith(base) || !isHtmlPage(key) || seen.has(key)) continue;
      seen.add(key);
      queue.push(key);
    }
  }
  return [...seen].sort();
}

/** Absolute targets of every `<a href>` on the page, as the browser resolves them. */
export function linkTargets(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (links) => (links as unknown as PageAnchor[]).map((a) => a.href));
}

/** The URL without fragment and query: one key per page. */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = '';
  return parsed.href;
}

function isHtmlPage(url: string): boolean {
  const path = new URL(url).pathname;
  return path.endsWith('.html') || path.endsWith('/');
}

/** Every `.html` file under `root`, as `/`-separated paths relative to it. */
export async function htmlFilesOnDisk(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A crawled URL relative to the site's base URL (`index.html`, `ar/w4/flow.html`). */
export function sitePath(url: string, baseUrl: string): string {
  const path = pageKey(url).slice(baseUrl.length);
  return path === '' || path.endsWith('/') ? path + 'index.html' : path;
}
