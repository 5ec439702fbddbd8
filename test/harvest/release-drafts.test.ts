import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import type { Simulator } from '../sim/server.js';
import type { Store } from '../../src/store/database.js';
import { fillReleasesPastOverlap, harvestInto, publishedRelease, simulatorAndStore } from './harness.js';

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
    fillReleasesPastOverlap(dataset, repo, 'filler', 992000);
    repo.releases.push(publishedRelease('RE_filler_999', 992999, 'v98.999.0', new Date(Date.parse(dataset.now) - 3_600_000).toISOString()));
    repo.releases.push({ id: 'RE_draft_1', databaseId: 991001, tagName: 'v99.0.0', name: 'v99.0.0', tagCommitOid: null, createdAt: draftCreated, publishedAt: null, isDraft: true, isPrerelease: false, author: null });
    ({ simulator, store } = await simulatorAndStore(dataset, 'drafts'));
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
