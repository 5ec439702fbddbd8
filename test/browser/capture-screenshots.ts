// Writes the overview screenshots shown in the README: docs/images/overview-light.png,
// overview-dark.png and overview-ar.png, 1280 px wide, from the demo dataset run through the
// whole pipeline (simulator → harvest → reports → site) and Debian's Chromium.
//
//   npx tsx test/browser/capture-screenshots.ts            # the demo dataset, gen:1:3000:56
//   FLOWMETER_DEMO_DATASET=gen:3:800 npx tsx test/browser/capture-screenshots.ts
//
// Options: --out DIR (default docs/images), --keep (print the site directory and leave it).
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../src/render/site/static-server.js';
import { loadDataset } from '../sim/load-dataset.js';
import { launchChromium } from './chromium.js';
import { pngSize, screenshotPage, type ScreenshotOptions } from './overview-screenshots.js';
import { buildBrowserSite, removeBrowserSite } from './site-fixture.js';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/images' }, keep: { type: 'boolean', default: false } } });
const outDir = resolve(values.out!);
const spec = process.env.FLOWMETER_DEMO_DATASET ?? 'gen:1:3000:56';

const WIDTH = 1280;
// The top of the overview (tiles, sprint-health card, first charts); the whole page would
// shrink to an unreadable strip in the README.
const HEIGHT = 1000;
const SHOTS: Array<{ file: string; path: string; theme: ScreenshotOptions['theme'] }> = [
  { file: 'overview-light.png', path: 'index.html', theme: 'light' },
  { file: 'overview-dark.png', path: 'index.html', theme: 'dark' },
  { file: 'overview-ar.png', path: 'ar/index.html', theme: 'light' },
];

process.stderr.write(`Building the site from ${spec} (simulator → harvest → reports → site) …\n`);
const started = Date.now();
const site = await buildBrowserSite('screenshots', await loadDataset(spec), { summary: 'rules' });
process.stderr.write(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s at ${site.root}\n`);

const server = await startStaticServer(site.root);
const browser = await launchChromium();
let failed = false;
try {
  await mkdir(outDir, { recursive: true });
  for (const shot of SHOTS) {
    const file = join(outDir, shot.file);
    const result = await screenshotPage(browser, { url: `${server.url}${shot.path}`, file, width: WIDTH, height: HEIGHT, theme: shot.theme, fullPage: false });
    const { width, height } = pngSize(await readFile(file));
    for (const problem of result.problems) process.stderr.write(`  ${shot.path}: ${problem}\n`);
    failed ||= result.problems.length > 0;
    process.stdout.write(`${file}  ${width}×${height}\n`);
  }
} finally {
  await browser.close();
  await server.close();
  if (values.keep) process.stderr.write(`Kept the site at ${site.root}\n`);
  else await removeBrowserSite(site);
}
if (failed) process.exitCode = 1;
