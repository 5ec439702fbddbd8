import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDatabase } from '../../src/publish/data-branch-publish.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import { silentLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/database.js';
import { dumpDatabase, dumpDifferences, harvestFresh } from '../harvest/harness.js';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { createGitFixture, type GitFixture } from './git-fixture.js';

/**
 * Acceptance, issue 5 "Concurrency": two runs, each its own process and workspace, harvest
 * different repositories from the same branch state and push to the same data branch at once.
 * Both must end green, and the branch must hold the union of both harvests with no duplicates.
 */
const script = fileURLToPath(new URL('./concurrent-run.ts', import.meta.url));

interface RunResult { name: string; base: string | null; commit: string; attempts: number; merges: number; walLeft: boolean }

let fx: GitFixture;
let dataset: SimDataset;
let sim: Simulator;

function runProcess(name: string, repository: string, barrier: string, runs: number): Promise<RunResult> {
  const workspace = fx.workspace(name);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, workspace, sim.url, `${dataset.org}/${repository}`, dataset.now, barrier, name, String(runs)],
      { env: { ...process.env, ...fx.env }, timeout: 50_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`run ${name} failed: ${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as RunResult);
      },
    );
  });
}

async function count(store: Store, sql: string): Promise<number> {
  const [row] = await store.query<{ n: number }>(sql);
  return row!.n;
}

beforeAll(async () => {
  fx = createGitFixture();
  // Two repositories, trimmed so that the runs fit the test's time on a busy two-core machine.
  dataset = generateDataset({ seed: 11, size: 200 });
  for (const repo of dataset.repositories) {
    repo.workflowRuns = repo.workflowRuns.slice(-120);
    repo.deployments = repo.deployments.slice(-40);
  }
  sim = await startSimulator({ dataset });
});
afterAll(async () => {
  await sim?.close();
  fx?.dispose();
});

describe('concurrent publishing to one data branch', () => {
  it('two runs pushing at once both succeed and the branch holds the union, without duplicates', { timeout: 120_000 }, async () => {
    const [first, second] = dataset.repositories.map((r) => r.name) as [string, string];
    expect(dataset.repositories).toHaveLength(2);
    // The shared starting point: a branch that already holds a (new, empty) database.
    const seed = fx.workspace('seed');
    const seedPath = join(seed, 'flowmeter.duckdb');
    await (await openStore(seedPath)).close();
    const seeded = await publishDatabase({ workspace: seed, databasePath: seedPath, git: fx.git, log: silentLogger, base: null });

    const barrier = join(fx.root, 'barrier');
    mkdirSync(barrier);
    const results = await Promise.all([runProcess('run-a', first, barrier, 2), runProcess('run-b', second, barrier, 2)]);
    expect(results.map((r) => r.base)).toEqual([seeded.commit, seeded.commit]);
    expect(results.every((r) => !r.walLeft)).toBe(true);
    // The loser had to take the winner's database and re-apply its own harvest into it.
    expect(results.filter((r) => r.merges >= 1).length).toBeGreaterThanOrEqual(1);
    expect(fx.commitCount('flowmeter-data')).toBe(1);

    const check = fx.workspace('check');
    const databasePath = join(check, 'flowmeter.duckdb');
    await restoreDatabase({ workspace: check, databasePath, git: fx.git, log: silentLogger });
    const store = await openStore(databasePath);
    let union: Record<string, string[]>;
    try {
      const keys = await store.query<{ table_name: string; columns: string[] }>(
        `SELECT table_name, constraint_column_names AS columns FROM duckdb_constraints()
          WHERE database_name = current_database() AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY'`,
      );
      for (const { table_name, columns } of keys) {
        const key = columns.map((c) => `"${c}"`).join(', ');
        const total = await count(store, `SELECT count(*)::INTEGER AS n FROM main."${table_name}"`);
        const distinct = await count(store, `SELECT count(*)::INTEGER AS n FROM (SELECT DISTINCT ${key} FROM main."${table_name}")`);
        expect(distinct, table_name).toBe(total);
      }
      for (const repo of dataset.repositories) {
        const repoId = repo.id;
        expect(await count(store, `SELECT count(*)::INTEGER AS n FROM pull_requests WHERE repo_id = '${repoId}'`), repo.name).toBe(repo.pullRequests.length);
        expect(await count(store, `SELECT count(*)::INTEGER AS n FROM issues WHERE repo_id = '${repoId}'`), repo.name).toBe(repo.issues.length);
        expect(await count(store, `SELECT count(*)::INTEGER AS n FROM workflow_runs WHERE repo_id = '${repoId}'`), repo.name).toBe(repo.workflowRuns.length);
      }
      expect(await count(store, `SELECT count(*)::INTEGER AS n FROM harvest_runs WHERE status = 'ok'`)).toBe(2);
      union = await dumpDatabase(store);
    } finally {
      await store.close();
    }

    // The union equals one run that harvested both repositories by itself.
    const reference = join(fx.root, 'reference.duckdb');
    await harvestFresh(dataset, reference);
    const referenceStore = await openStore(reference);
    try {
      expect(dumpDifferences(union, await dumpDatabase(referenceStore))).toEqual({});
    } finally {
      await referenceStore.close();
    }
  });
});
