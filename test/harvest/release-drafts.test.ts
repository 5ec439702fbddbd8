import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { openStore, type Store } from '../../src/store/database.js';
import { harvestInto } from './harness.js';

/**
 * Releases are listed by creation time, and a draft keeps its creation time when it is
 * published: release-drafter keeps one draft open for a whole release cycle. An incremental run
 * reads releases back to the oldest draft it stored, so the publication counts as a deployment
 * (the `releases` source) however long the draft was open.
 */
const DAY = 86_400_000;
const dataset = generateDataset({ seed: 7, size: 200 });
const repo = dataset.repositories[0]!;
const draftCreated = new Date(Date.parse(dataset.now) - 30 * DAY).toISOString();

describe('a draft release published weeks after it was created', () => {
  let simulator: Simulator;
  let store: Store;

  beforeAll(async () => {
    const release = (n: number, createdAt: string) => ({ id: `RE_filler_${n}`, databaseId: 992000 + n, tagName: `v98.${n}.0`, name: `v98.${n}.0`, tagCommitOid: 'b'.repeat(40), createdAt, publishedAt: createdAt, isDraft: false, isPrerelease: false, author: null });
    // Newer than the draft but older than the base overlap (7 days): 120 releases, more than a
    // page, so an incremental run that reaches back only 7 days stops before the draft.
    for (let n = 0; n < 120; n++) repo.releases.push(release(n, new Date(Date.parse(dataset.now) - (8 + n / 10) * DAY).toISOString()));
    repo.releases.push(release(999, new Date(Date.parse(dataset.now) - 3_600_000).toISOString()));
    repo.releases.push({ id: 'RE_draft_1', databaseId: 991001, tagName: 'v99.0.0', name: 'v99.0.0', tagCommitOid: null, createdAt: draftCreated, publishedAt: null, isDraft: true, isPrerelease: false, author: null });
    simulator = await startSimulator({ dataset });
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'flowmeter-drafts-')), 'h.duckdb'));
    await harvestInto(store, simulator, dataset);
  });
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  const stored = async () => (await store.query<{ is_draft: boolean; published: string | null }>(
    "SELECT is_draft, strftime(published_at, '%Y-%m-%dT%H:%M:%SZ') AS published FROM releases WHERE id = 'RE_draft_1'"))[0];

  it('is stored as a draft, then as published once an incremental run reads it again', async () => {
    expect(await stored()).toEqual({ is_draft: true, published: null });
    const release = repo.releases.find((r) => r.id === 'RE_draft_1')!;
    const published = new Date(Date.parse(dataset.now) + 60_000).toISOString().replace('.000', '');
    Object.assign(release, { isDraft: false, publishedAt: published, tagCommitOid: 'a'.repeat(40) });
    await harvestInto(store, simulator, dataset);
    expect(await stored()).toEqual({ is_draft: false, published });
  });

  it('with no draft left, an incremental run with no changes is back to one request per repository', async () => {
    const stats = await harvestInto(store, simulator, dataset);
    expect(stats.cost.graphqlRequests).toBe(dataset.repositories.length + 1);
  });
});
