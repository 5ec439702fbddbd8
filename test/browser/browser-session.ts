import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../src/render/site/static-server.js';
import { launchChromium } from './chromium.js';
import { sharedBrowserSite, type BuiltSite } from './site-fixture.js';

/**
 * What every browser test file starts with: Chromium, the shared site, and a static server for
 * it on loopback. Chromium is launched first, so a machine without it fails at once with the
 * install command instead of after the site build.
 */
export interface BrowserSession {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  /** Closes the browser and the server; the shared site stays for the other files. */
  close(): Promise<void>;
}

export async function openBrowserSession(): Promise<BrowserSession> {
  const browser = await launchChromium();
  const site = await sharedBrowserSite();
  const server = await startStaticServer(site.root);
  return {
    site,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
