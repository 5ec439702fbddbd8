import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core. The browser tests never skip: a machine without
 * Chromium fails them with the command that installs it, so CI cannot pass by accident.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Everything that would make Chromium talk to Google on its own is off: the machine has no
// other network, and any request the tests did not cause would blur "no request outside the site".
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(`Chromium is not installed at ${path}: the browser tests need Debian's Chromium. Install it with \`apt-get install -y chromium\` (CI's .ci/run does).`);
    this.name = 'ChromiumMissingError';
  }
}

/**
 * Launches Chromium. `chromium.launch` gives every launch a fresh temporary profile (user-data
 * dir) that playwright deletes on close, so no state leaks between test files.
 */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}
