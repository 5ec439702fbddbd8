import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { openStore } from '../../src/store/database.js';
import { dumpDatabase, dumpDifferences, repoNames } from './harness.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'flowmeter.js');

function harvestProcess(simulator: Simulator, repos: string[], db: string): ChildProcess {
  const args = [bin, 'harvest', '--db', db, '--api-url', simulator.url, '--since', '2020-01-01', '--pace', '0', '--timeout', '5'];
  for (const repo of repos) args.push('--repo', repo);
  return spawn(process.execPath, args, { env: { ...process.env, GITHUB_TOKEN: 'crash-test-token' }, stdio: ['ignore', 'ignore', 'pipe'] });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Runs the CLI harvest and SIGKILLs it once the simulator has answered `afterRequests` requests. */
async function killedAfter(simulator: Simulator, repos: string[], db: string, afterRequests: number): Promise<void> {
  const start = simulator.stats().requests;
  const child = harvestProcess(simulator, repos, db);
  const exit = exited(child);
  while (child.exitCode === null && simulator.stats().requests - start < afterRequests) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  await exit;
}

/**
 * A harvest killed with SIGKILL at random points (mid-page, mid-transaction, mid-run) and then
 * rerun ends with the same database as an uninterrupted run: no lost and no duplicated rows.
 */
describe('harvest killed with SIGKILL', () => {
  it('resumes to the same database as an uninterrupted run', async () => {
    const dataset = generateDataset({ seed: 5, size: 200 });
    const repos = repoNames(dataset);
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-crash-'));
    const simulator = await startSimulator({ dataset });

    const reference = join(dir, 'reference.duckdb');
    expect(await exited(harvestProcess(simulator, repos, reference))).toBe(0);
    const total = simulator.stats().requests;
    simulator.resetStats();

    const crashed = join(dir, 'crashed.duckdb');
    // Three kills at random points of the remaining work, then a run to completion.
    const points = [0, 1, 2].map(() => 1 + Math.floor(Math.random() * Math.max(1, total / 3)));
    for (const point of points) await killedAfter(simulator, repos, crashed, point);
    expect(await exited(harvestProcess(simulator, repos, crashed))).toBe(0);
    await simulator.close();

    const expectedStore = await openStore(reference);
    const expected = await dumpDatabase(expectedStore);
    await expectedStore.close();
    const actualStore = await openStore(crashed);
    const actual = await dumpDatabase(actualStore);
    await actualStore.close();
    expect({ points, differences: dumpDifferences(actual, expected) }).toEqual({ points, differences: {} });
  }, 240_000);
});
