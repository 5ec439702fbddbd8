/**
 * One flowmeter run as its own process, for the concurrency acceptance test: restore the data
 * branch, harvest one repository from the simulator, wait at a barrier until every run has
 * harvested (so all of them start from the same branch state and publish at the same moment),
 * then publish. Prints the publish result as JSON on stdout.
 *
 * Usage: tsx concurrent-run.ts WORKSPACE SIM_URL OWNER/REPO DATASET_NOW BARRIER_DIR NAME RUNS
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseConfig } from '../../src/config/config.js';
import { runHarvestStage } from '../../src/harvest/run-harvest.js';
import { silentLogger, streamLogger } from '../../src/log.js';
import { publishDatabase } from '../../src/publish/data-branch-publish.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import { createGitRunner } from '../../src/publish/git-runner.js';
import { openStore } from '../../src/store/database.js';

const [workspace, simUrl, repository, datasetNow, barrier, name, runs] = process.argv.slice(2) as [string, string, string, string, string, string, string];
const databasePath = join(workspace, '.flowmeter', 'flowmeter.duckdb');
const git = createGitRunner({ token: 'ghs_concurrentFakeToken1234567890' });
const t0 = Date.now();
const log = process.env.FLOWMETER_TEST_VERBOSE ? streamLogger((line) => process.stderr.write(`[${name} +${Date.now() - t0}ms] ${line}\n`)) : silentLogger;

const restored = await restoreDatabase({ workspace, databasePath, git, log });
const store = await openStore(databasePath);
try {
  const config = parseConfig({
    repositories: repository, token: 'test-token', 'api-url': simUrl, database: databasePath,
    'backfill-days': '3650', 'request-timeout': '5',
  });
  const started = Date.now();
  await runHarvestStage(config, store, log, {
    trigger: `test-${name}`, now: () => new Date(Date.parse(datasetNow) + (Date.now() - started)),
    retryBaseMs: 20, minPostIntervalMs: 0, pageFetch: { backoffMs: 20, attempts: 10 },
  });
} finally {
  await store.close();
}

writeFileSync(join(barrier, name), '');
while (readdirSync(barrier).length < Number(runs)) await delay(20);

const result = await publishDatabase({ workspace, databasePath, git, log, base: restored.commit, backoffMs: 300 });
process.stdout.write(`${JSON.stringify({ name, base: restored.commit, ...result, walLeft: existsSync(`${databasePath}.wal`) })}\n`);
