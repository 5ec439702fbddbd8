import type { Page } from 'playwright-core';

/**
 * Records what a page does that the tests forbid: console errors, uncaught exceptions, dialogs
 * (alert/confirm/prompt, i.e. injected script ran), requests outside the site and failed
 * responses. Attach before the first navigation; read `problems()` after each page.
 */
export interface PageWatch {
  /** Every request URL the page made, in order. */
  readonly requests: string[];
  /** Human-readable problems since the last `reset()`; empty when the page behaved. */
  problems(): string[];
  reset(): void;
}

/** `siteOrigins`: URL prefixes that count as the site (e.g. `http://127.0.0.1:4000/repo/` or `file:///tmp/x/`). */
export function watchPage(page: Page, siteOrigins: string[]): PageWatch {
  const requests: string[] = [];
  let problems: string[] = [];
  const where = () => page.url();
  const inSite = (url: string) => url.startsWith('data:') || siteOrigins.some((prefix) => url.startsWith(prefix));

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The location names the failing resource for "Failed to load resource".
    const source = message.location().url;
    // Headless Chromium asks for /favicon.ico only now and then, so its 404 would make a flaky
    // failure; site-pages asserts instead that every page declares its icon.
    if (source && new URL(source).pathname === '/favicon.ico') return;
    problems.push(`console error on ${where()}: ${message.text()} (${source || 'no location'})`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${where()}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}) opened on ${where()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!inSite(url)) problems.push(`request outside the site from ${where()}: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()} (from ${where()})`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A request still running when the test moves to the next page is aborted, not broken.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed from ${where()}: ${request.url()} (${reason})`);
  });

  return {
    requests,
    problems: () => [...problems],
    reset: () => {
      problems = [];
    },
  };
}
