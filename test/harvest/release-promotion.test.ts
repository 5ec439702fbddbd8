import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import type { Simulator } from '../sim/server.js';
import type { Store } from '../../src/store/database.js';
import { OPEN_ITEMS_RECHECK_DAYS } from '../../src/harvest/open-items.js';
import { fillReleasesPastOverlap, harvestInto, publishedRelease, simulatorAndStore } from './harness.js';

/**
 * Two release changes that the incremental runs, which reach back 7 days by creation time,
 * never see: a pre-release (a release candidate, say) promoted to a full release weeks after
 * it was created, and a draft the token could not see (no push access) published weeks after
 * it was created. Only then does the `releases` deployment source count either. The weekly run
 * that lists the open items again re-reads the releases created in the last 90 days.
 */
const DAY = 86_400_000;
const dataset = generateDataset({ seed: 7, size: 200 });
const repo = dataset.repositories[0]!;
// The hidden draft is in another repository, with no pre-release there to reach back to.
const otherRepo = dataset.repositories[1]!;
const weeksAgo = (weeks: number) => new Date(Date.parse(dataset.now) - weeks * 7 * DAY).toISOString().replace('.000', '');
const candidateCreated = weeksAgo(4);
const hiddenDraftCreated = weeksAgo(5);

describe('releases that change weeks after they were created', () => {
  let simulator: Simulator;
  let store: Store;

  beforeAll(async () => {
    fillReleasesPastOverlap(dataset, repo, 'filler', 993000);
    fillReleasesPastOverlap(dataset, otherRepo, 'other', 995000);
    repo.releases.push({ ...publishedRelease('RE_rc_1', 994001, 'v98.0.0-rc.1', candidateCreated), tagCommitOid: 'c'.repeat(40), isPrerelease: true });
    ({ simulator, store } = await simulatorAndStore(dataset, 'promotion'));
  });
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  const stored = async (id: string) =>
    (await store.query<{ is_prerelease: boolean; published: string | null }>(
      `SELECT is_prerelease, strftime(published_at, '%Y-%m-%dT%H:%M:%SZ') AS published FROM releases WHERE id = $id`, { id }))[0];

  it('are read again by the weekly run, and not by the runs within the week', async () => {
    expect(await stored('RE_rc_1')).toEqual({ is_prerelease: true, published: candidateCreated });
    repo.releases.find((r) => r.id === 'RE_rc_1')!.isPrerelease = false;
    // The token never saw this draft; it appears, published now, with its old creation time.
    const hiddenPublished = new Date(Date.parse(dataset.now) + 60_000).toISOString().replace('.000', '');
    otherRepo.releases.push({ ...publishedRelease('RE_hidden_1', 994002, 'v98.0.0', hiddenDraftCreated), publishedAt: hiddenPublished, tagCommitOid: 'd'.repeat(40) });

    // Within the week the runs do not reach back that far (nightly pre-releases would make
    // every run pay for it).
    await harvestInto(store, simulator, dataset);
    expect(await stored('RE_rc_1')).toEqual({ is_prerelease: true, published: candidateCreated });
    expect(await stored('RE_hidden_1')).toBeUndefined();

    dataset.now = new Date(Date.parse(dataset.now) + (OPEN_ITEMS_RECHECK_DAYS + 1) * DAY).toISOString();
    await harvestInto(store, simulator, dataset);
    expect(await stored('RE_rc_1')).toEqual({ is_prerelease: false, published: candidateCreated });
    expect(await stored('RE_hidden_1')).toEqual({ is_prerelease: false, published: hiddenPublished });
  });
});
