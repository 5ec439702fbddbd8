// The demo (`npm run demo`, `flowmeter demo`): the whole pipeline offline. Starts the GitHub
// simulator on a generated organisation, harvests it through the real client into
// demo-output/flowmeter.duckdb, prints what was stored and what it cost, and renders the site.
// Run it again: the second harvest is incremental.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig } from '../src/config/config.js';
import { runHarvestStage, tableCounts } from '../src/harvest/run-harvest.js';
import { streamLogger } from '../src/log.js';
import { writeSummary } from '../src/summary/write-summary.js';
import { openStore } from '../src/store/database.js';
import { parseMetricsConfig } from '../src/metrics/metrics-config.js';
import { DEFAULT_SITE_LANGUAGES, renderSite } from '../src/render/site/render-site.js';
import { computeSiteReports, DEFAULT_WEEKS } from '../src/render/site/site-reports.js';
import { loadDataset } from '../test/sim/load-dataset.js';
import { startSimulator } from '../test/sim/server.js';

// 56 weeks of history: the default 26-week report is compared with the full 26 weeks before it.
export const DEFAULT_DEMO_DATASET = 'gen:1:3000:56';
export const DEFAULT_DEMO_OUT = 'demo-output';

export interface DemoOptions {
  /** A dataset spec (docs/dataset-format.md), such as `gen:SEED[:SIZE[:WEEKS]]`. */
  spec: string;
  outDir: string;
}

const log = streamLogger((line) => process.stderr.write(line + '\n'));

export async function runDemo({ spec, outDir }: DemoOptions): Promise<void> {
  const dataset = await loadDataset(spec);
  const simulator = await startSimulator({ dataset });
  const repositories = dataset.repositories.map((r) => `${r.owner}/${r.name}`);
  const prs = dataset.repositories.reduce((n, r) => n + r.pullRequests.length, 0);
  log.info(`Simulator on ${simulator.url}: ${spec}, ${repositories.length} repositories, ${prs} pull requests`);

  // The generated org ends at the dataset's "now"; the demo's clock starts there and runs on.
  const started = Date.now();
  const now = () => new Date(Date.parse(dataset.now) + (Date.now() - started));
  const config = parseConfig({
    repositories: repositories.join('\n'),
    token: 'demo-token',
    'api-url': simulator.url,
    database: join(outDir, 'flowmeter.duckdb'),
    // Back past the previous 26-week period, so the report compares with it (README, "History
    // harvested"); the generated org's history is shorter, so this costs no extra request.
    'backfill-days': '400',
  });
  dropOtherDemoDatabase(config.database, spec, outDir);
  const store = await openStore(config.database);
  try {
    const stats = await runHarvestStage(config, store, log, { trigger: 'demo', now, minPostIntervalMs: 0 });
    const counts = await tableCounts(store);
    const sim = simulator.stats();
    process.stdout.write(`\nDatabase: ${config.database}\n\nRows per table:\n`);
    for (const [table, n] of Object.entries(counts)) process.stdout.write(`  ${table.padEnd(24)} ${String(n).padStart(8)}\n`);
    process.stdout.write(
      `\nThis harvest: ${stats.cost.requests} requests (${stats.cost.graphqlRequests} GraphQL, ${stats.cost.restRequests} REST), ` +
        `${stats.cost.graphqlPoints} GraphQL points, ${stats.cost.retries} retries, ${(stats.durationMs / 1000).toFixed(1)} s\n` +
        `Simulator saw: ${sim.requests} requests, ${sim.graphqlPoints} points\n` +
        `Run the demo again for an incremental harvest (nothing changed: about one GraphQL and two REST requests per repository, and one for the teams; plus the deployment comparisons a first run leaves for later, at most 200 per repository a run).\n`,
    );
    // The report site of what was harvested, as of the demo clock.
    const siteDir = join(outDir, 'site');
    const reports = await computeSiteReports(store, parseMetricsConfig({}), now());
    // No API key here, so the rule-based summary: what a team without Claude gets.
    const summary = await writeSummary(store, reports.periods[DEFAULT_WEEKS], { languages: DEFAULT_SITE_LANGUAGES, log });
    const site = await renderSite(reports, summary, { title: 'flowmeter demo' }, siteDir);
    process.stdout.write(
      `\nSite: ${site.pages} pages, ${site.charts} charts in ${(site.durationMs / 1000).toFixed(1)} s.\n` +
        `Open ${resolve(siteDir, 'index.html')}\nor preview it: node bin/flowmeter.js serve ${siteDir}\n`,
    );
  } finally {
    await store.close();
    await simulator.close();
  }
}

/**
 * A database left by a demo of another dataset (an older flowmeter's demo org, or another
 * FLOWMETER_DEMO_DATASET) holds other records under the same ids: harvesting this one into it
 * would mix the two. The demo notes its dataset next to the database; a database without that
 * note, or with another, is only demo output, so it is replaced, and the log says so.
 */
function dropOtherDemoDatabase(path: string, spec: string, outDir: string): void {
  const note = join(outDir, 'dataset.txt');
  const previous = existsSync(note) ? readFileSync(note, 'utf8').trim() : null;
  if (existsSync(path) && previous !== spec) {
    log.info(`${path} was harvested from ${previous ?? 'an older demo dataset'}, not ${spec}: starting a new demo database.`);
    for (const file of [path, `${path}.wal`]) rmSync(file, { force: true });
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(note, `${spec}\n`);
}
