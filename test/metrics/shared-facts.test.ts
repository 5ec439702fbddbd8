// computeReports builds the per-PR facts once for several periods (the site's presets). Each
// report must equal the one computeReport gives for its period alone, in any order: facts
// read back far enough for every period, and nothing one period's families wrote (deployed_at
// under its own choice of deployment sources) may reach the next.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport, computeReports } from '../../src/metrics/report.js';
import { defaultRange, type Period } from '../../src/metrics/windows.js';

describe('computeReports: one build of the facts for several periods', () => {
  let store: Store;
  let now: Date;
  let periods: Period[];

  beforeAll(async () => {
    const dataset = generateDataset({ seed: 33, size: 600 });
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-shared-facts-')), 'shared.duckdb');
    await harvestFresh(dataset, path);
    store = await openStore(path);
    now = new Date(dataset.now);
    // The site's presets, plus a short period long ago where `auto` picks other sources.
    periods = [...[26, 12, 4].map((weeks) => defaultRange(now, weeks)), { from: new Date(now.getTime() - 150 * 86_400_000).toISOString(), to: new Date(now.getTime() - 130 * 86_400_000).toISOString() }];
  }, 120_000);

  afterAll(async () => store?.close());

  it('every report equals computeReport of its period alone, in either order', async () => {
    const config = parseMetricsConfig({});
    const alone = [];
    for (const period of periods) alone.push(JSON.stringify(await computeReport(store, config, now, period)));
    const together = (await computeReports(store, config, now, periods)).map((r) => JSON.stringify(r));
    const reversed = (await computeReports(store, config, now, [...periods].reverse())).map((r) => JSON.stringify(r)).reverse();
    expect(together.map((r) => r.length)).toEqual(alone.map((r) => r.length));
    expect(together).toEqual(alone);
    expect(reversed).toEqual(alone);
    // The periods differ, so equal reports mean something.
    expect(new Set(alone).size).toBe(periods.length);
  });

  it('leaves no deployment of one period in the facts of the next', async () => {
    const config = parseMetricsConfig({});
    // Before any data: every repository has the source `none`, so no PR is deployed.
    const empty = { from: '2001-01-01T00:00:00.000Z', to: '2001-01-08T00:00:00.000Z' };
    const deployedAt = async () => store.query<{ n: number }>('SELECT count(deployed_at)::INTEGER AS n FROM pr_facts');
    await computeReport(store, config, now, empty);
    const alone = await deployedAt();
    await computeReport(store, config, now, periods[0]!);
    expect((await deployedAt())[0]!.n).toBeGreaterThan(0);
    await computeReports(store, config, now, [periods[0]!, empty]);
    expect(await deployedAt()).toEqual(alone);
    expect(alone).toEqual([{ n: 0 }]);
  });
});
