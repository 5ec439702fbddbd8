import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { DoraSection } from '../../src/metrics/dora.js';
import type { ReportModel } from '../../src/metrics/model.js';

/** A generated org harvested through the simulator into a real database, for the DORA tests. */
export interface DoraFixture {
  dataset: SimDataset;
  store: Store;
  report(source: string, range?: { from: string; to: string }): Promise<{ report: ReportModel; dora: DoraSection; deployedAt: Map<string, number | null> }>;
}

export async function doraFixture(seed: number, size: number): Promise<DoraFixture> {
  const dataset = generateDataset({ seed, size });
  const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-dora-')), 'dora.duckdb');
  await harvestFresh(dataset, path);
  const store = await openStore(path);
  return {
    dataset,
    store,
    async report(source, range) {
      const report = await computeReport(store, parseMetricsConfig({ deployments: { source } }), new Date(dataset.now), range ?? {});
      // pr_facts is a temp table of this connection: what computeReport saw, per PR.
      const rows = await store.query<{ pr_id: string; ms: number | null }>('SELECT pr_id, epoch_ms(deployed_at)::DOUBLE AS ms FROM pr_facts');
      return { report, dora: report.sections.dora as DoraSection, deployedAt: new Map(rows.map((r) => [r.pr_id, r.ms])) };
    },
  };
}

/** Repositories whose deliberate deployment signal (the generator's truth) is `source`. */
export function reposWithSource(dataset: SimDataset, source: string): string[] {
  const truth = (dataset.truth?.deploySourceByRepo ?? {}) as Record<string, string>;
  return Object.entries(truth).filter(([, s]) => s === source).map(([name]) => `${dataset.org}/${name}`);
}
