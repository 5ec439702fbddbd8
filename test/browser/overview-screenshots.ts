import type { Browser } from 'playwright-core';
import type { PageWindow } from './page-dom.js';

/**
 * Screenshots of the overview: the browser test takes them to prove the page renders at desktop
 * and phone widths, and capture-screenshots.ts takes the ones committed under docs/images.
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height of a PNG, from its IHDR chunk; throws when the bytes are no PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`not a PNG (${png.length} bytes)`);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface ScreenshotOptions {
  /** Absolute URL of the page. */
  url: string;
  /** Where to write the PNG. */
  file: string;
  width: number;
  /** Viewport height; the screenshot covers the whole page when `fullPage` is set. */
  height?: number;
  theme?: 'light' | 'dark';
  fullPage?: boolean;
}

export interface ScreenshotResult {
  file: string;
  /** How far the page is wider than the viewport (0 or less: it fits). */
  horizontalOverflow: number;
  problems: string[];
}

/**
 * Opens `url` in a fresh context (so no stored theme leaks in), picks the theme through the
 * system colour scheme, which the site follows until the visitor chooses, and screenshots it.
 */
export async function screenshotPage(browser: Browser, options: ScreenshotOptions): Promise<ScreenshotResult> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    colorScheme: options.theme ?? 'light',
  });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(options.url, { waitUntil: 'load' });
    await page.evaluate(() => (globalThis as unknown as PageWindow).document.fonts.ready);
    const horizontalOverflow = await page.evaluate(() => {
      const window = globalThis as unknown as PageWindow;
      return window.document.documentElement.scrollWidth - window.innerWidth;
    });
    await page.screenshot({ path: options.file, fullPage: options.fullPage ?? true });
    return { file: options.file, horizontalOverflow, problems };
  } finally {
    await context.close();
  }
}
