import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { startSimulator } from '../sim/server.js';
import { openStore } from '../../src/store/database.js';
import { dumpDatabase, dumpDifferences, harvestInto } from './harness.js';

/**
 * A flaky GitHub must not change what is stored: with one request in ten failing (bad
 * gateways, secondary limits with retry-after, partial GraphQL errors, GraphQL rate limits,
 * timeouts), the database equals, row by row, the one a clean run produces.
 */
describe('harvest under faults', () => {
  it('with 10% of requests failing, the database equals the fault-free one', async () => {
    const dataset = generateDataset({ seed: 11, size: 300 });
    // Small pages: many requests, so one in ten failing means many faults of every kind.
    const small = { 'page-size': '10' };
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-faults-'));

    const clean = await startSimulator({ dataset: structuredClone(dataset) });
    const cleanStore = await openStore(join(dir, 'clean.duckdb'));
    await harvestInto(cleanStore, clean, dataset, small);
    const expected = await dumpDatabase(cleanStore);
    await cleanStore.close();
    await clean.close();

    const faulty = await startSimulator({
      dataset: structuredClone(dataset),
      faults: { rate: 0.1, kinds: ['502', '504', 'secondary-rate-limit', 'graphql-partial', 'graphql-rate-limited', 'timeout'], seed: 3, timeoutMs: 2500, retryAfterSeconds: 1 },
    });
    const faultyStore = await openStore(join(dir, 'faulty.duckdb'));
    const stats = await harvestInto(faultyStore, faulty, dataset, small);
    const requests = faulty.stats().requests;
    const injected = faulty.stats().faultsInjected;
    const actual = await dumpDatabase(faultyStore);
    await faultyStore.close();
    await faulty.close();

    expect(requests).toBeGreaterThan(60);
    expect(injected).toBeGreaterThanOrEqual(4);
    expect(stats.cost.retries).toBeGreaterThan(0);
    expect(dumpDifferences(actual, expected)).toEqual({});
    expect(Object.values(actual).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(1000);
  }, 240_000);
});
