import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import type { Simulator } from '../sim/server.js';
import type { Store } from '../../src/store/database.js';
import { OPEN_ITEMS_RECHECK_DAYS } from '../../src/harvest/open-items.js';
import { fillReleasesPastOverlap, harvestInto, publishedRelease, simulatorAndStore } from './harness.js';

/**
 * A pre-release (a release candidate, say) can be promoted to a full release weeks after it
 * was created, and only then does the `releases` deployment source count it. Releases are
 * listed by creation time, so the incremental runs, which reach back 7 days, never see the
 * promotion; the weekly run that lists the open items again also reaches back to the
 * pre-releases of the last 90 days.
 */
const DAY = 86_400_000;
const dataset = generateDataset({ seed: 7, size: 200 });
const repo = dataset.repositories[0]!;
const candidateCreated = new Date(Date.parse(dataset.now) - 30 * DAY).toISOString().replace('.000', '');

describe('a pre-release promoted to a full release weeks after it was created', () => {
  let simulator: Simulator;
  let store: Store;

  beforeAll(async () => {
    fillReleasesPastOverlap(dataset, repo, 'filler', 993000);
    repo.releases.push({ ...publishedRelease('RE_rc_1', 994001, 'v98.0.0-rc.1', candidateCreated), tagCommitOid: 'c'.repeat(40), isPrerelease: true });
    ({ simulator, store } = await simulatorAndStore(dataset, 'promotion'));
  });
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  const stored = async () => (await store.query<{ is_prerelease: boolean }>("SELECT is_prerelease FROM releases WHERE id = 'RE_rc_1'"))[0];

  it('is read again, promoted, by the weekly run, and not by the runs within the week', async () => {
    expect(await stored()).toEqual({ is_prerelease: true });
    repo.releases.find((r) => r.id === 'RE_rc_1')!.isPrerelease = false;

    // Within the week the runs do not reach back that far (nightly pre-releases would make
    // every run pay for it).
    await harvestInto(store, simulator, dataset);
    expect(await stored()).toEqual({ is_prerelease: true });

    dataset.now = new Date(Date.parse(dataset.now) + (OPEN_ITEMS_RECHECK_DAYS + 1) * DAY).toISOString();
    await harvestInto(store, simulator, dataset);
    expect(await stored()).toEqual({ is_prerelease: false });
  });
});
