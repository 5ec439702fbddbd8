import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlBaseUrl } from '../../src/github/client.js';
import { openStore, type Store } from '../../src/store/database.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { dumpDatabase, dumpDifferences, harvestFresh, harvestInto } from './harness.js';

/**
 * On GitHub Enterprise Server a workflow's `github.api_url` is `https://HOST/api/v3`, and GraphQL
 * is served at `https://HOST/api/graphql`: beside the REST root, not under it. The simulator in
 * Enterprise Server mode serves exactly those paths and answers 404 to `/api/v3/graphql`.
 */
describe('a harvest against GitHub Enterprise Server', () => {
  const dataset = generateDataset({ seed: 11, size: 200 });
  let simulator: Simulator;
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-ghes-'));

  beforeAll(async () => {
    simulator = await startSimulator({ dataset, enterprise: true });
    store = await openStore(join(dir, 'ghes.duckdb'));
  });
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  it('sends GraphQL to /api/graphql and stores what a github.com harvest stores', async () => {
    expect(simulator.url).toMatch(/\/api\/v3$/);
    const stats = await harvestInto(store, simulator, dataset);
    expect(stats.repositories.every((r) => r.error === null)).toBe(true);
    const seen = simulator.stats();
    expect(seen.graphqlRequests).toBeGreaterThan(0);
    expect(seen.byRoute['GET (unmatched)'] ?? 0).toBe(0);
    expect(seen.byRoute['POST (unmatched)'] ?? 0).toBe(0);

    const reference = join(dir, 'dotcom.duckdb');
    await harvestFresh(dataset, reference);
    const dotcom = await openStore(reference);
    try {
      expect(dumpDifferences(await dumpDatabase(store), await dumpDatabase(dotcom))).toEqual({});
    } finally {
      await dotcom.close();
    }
  });

  it('derives the GraphQL root from the REST root only for Enterprise Server', () => {
    expect(graphqlBaseUrl('https://ghes.example.com/api/v3')).toBe('https://ghes.example.com/api');
    expect(graphqlBaseUrl('https://ghes.example.com/api/v3/')).toBe('https://ghes.example.com/api');
    expect(graphqlBaseUrl('https://api.github.com')).toBe('https://api.github.com');
    expect(graphqlBaseUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });
});
