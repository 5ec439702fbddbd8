import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../sim/load-dataset.js';
import { openStore } from '../../src/store/database.js';
import { countRows, harvestFresh } from './harness.js';

const archive = join(import.meta.dirname, '..', 'fixtures', 'ietf-ppm-dap');

/**
 * Real data nobody here wrote: the ietf-wg-ppm/draft-ietf-ppm-dap export, served by the
 * simulator and harvested by the real harvester, lands complete.
 */
describe('ietf-ppm-dap archive through the simulator and the harvester', () => {
  it('stores exactly 345 PRs, 2,098 reviews, 240 issues and 14 releases', async () => {
    const dataset = await loadDataset(`id-archive:${archive}`);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-ietf-')), 'ietf.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    try {
      expect({
        pull_requests: await countRows(store, 'pull_requests'),
        merged: await countRows(store, 'pull_requests', "state = 'MERGED'"),
        closed_unmerged: await countRows(store, 'pull_requests', "state = 'CLOSED'"),
        open: await countRows(store, 'pull_requests', "state = 'OPEN'"),
        pr_reviews: await countRows(store, 'pr_reviews'),
        issues: await countRows(store, 'issues'),
        releases: await countRows(store, 'releases'),
      }).toEqual({ pull_requests: 345, merged: 308, closed_unmerged: 32, open: 5, pr_reviews: 2098, issues: 240, releases: 14 });
    } finally {
      await store.close();
    }
  }, 120_000);
});
