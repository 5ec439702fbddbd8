import { describe, expect, it } from 'vitest';
import { ChromiumMissingError, launchChromium } from './chromium.js';

/**
 * The browser tests must fail, not skip, where Chromium is missing, and say how to install it.
 * The real launch is exercised by every browser test file.
 */
describe('launching Chromium for the browser tests', () => {
  it('fails with the install command when the executable is missing', async () => {
    const launch = launchChromium('/nonexistent/chromium');
    await expect(launch).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(launch).rejects.toThrow(/\/nonexistent\/chromium.*apt-get install -y chromium/);
  });
});
