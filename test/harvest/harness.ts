import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimDataset, SimRelease, SimRepository } from '../sim/dataset.js';
import { startSimulator, type FaultConfig, type Simulator } from '../sim/server.js';
import { parseConfig } from '../../src/config/config.js';
import { runHarvestStage } from '../../src/harvest/run-harvest.js';
import type { HarvestStats } from '../../src/harvest/harvest.js';
import { silentLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/database.js';

/** Columns that record when flowmeter ran, not what GitHub holds: left out of comparisons. */
const VOLATILE: Record<string, string[]> = {
  pull_requests: ['harvested_at'],
  issues: ['harvested_at'],
  repositories: ['harvested_at'],
  github_teams: ['harvested_at'],
  github_team_members: ['harvested_at'],
  commit_comparisons: ['compared_at'],
};
const SKIPPED_TABLES = new Set(['harvest_runs', 'sync_state', 'schema_migrations']);

export function repoNames(dataset: SimDataset): string[] {
  return dataset.repositories.map((r) => `${r.owner}/${r.name}`);
}

/** A clock that starts at the dataset's "now" and runs on in real time. */
export function datasetClock(dataset: SimDataset): () => Date {
  const started = Date.now();
  return () => new Date(Date.parse(dataset.now) + (Date.now() - started));
}

export async function harvestInto(
  store: Store,
  simulator: Simulator,
  dataset: SimDataset,
  extra: Record<string, string> = {},
): Promise<HarvestStats> {
  const config = parseConfig({
    repositories: repoNames(dataset).join('\n'),
    token: 'test-token',
    'api-url': simulator.url,
    database: store.path,
    'backfill-days': '3650',
    'request-timeout': '2',
    ...extra,
  });
  return runHarvestStage(config, store, silentLogger, { trigger: 'test', now: datasetClock(dataset), retryBaseMs: 20, minPostIntervalMs: 0, pageFetch: { backoffMs: 20, attempts: 10 } });
}

/** Starts a simulator, harvests `dataset` into a new database at `path`, and closes both. */
export async function harvestFresh(dataset: SimDataset, path: string, faults?: FaultConfig): Promise<HarvestStats> {
  const simulator = await startSimulator({ dataset, faults: faults ?? null });
  const store = await openStore(path);
  try {
    return await harvestInto(store, simulator, dataset);
  } finally {
    await store.close();
    await simulator.close();
  }
}

/** Every table's rows, sorted, without volatile columns: two equal dumps are equal databases. */
export async function dumpDatabase(store: Store): Promise<Record<string, string[]>> {
  const tables = await store.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY 1`,
  );
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (SKIPPED_TABLES.has(name)) continue;
    const exclude = VOLATILE[name] ?? [];
    const select = exclude.length ? `* EXCLUDE (${exclude.join(', ')})` : '*';
    const rows = await store.query(`SELECT ${select} FROM main."${name}"`);
    dump[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return dump;
}

export async function countRows(store: Store, table: string, where = 'true'): Promise<number> {
  const [row] = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM main."${table}" WHERE ${where}`);
  return row!.n;
}

/** The rows that differ between two dumps, per table (empty when equal): readable failures. */
export function dumpDifferences(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, { onlyLeft: string[]; onlyRight: string[] }> {
  const differences: Record<string, { onlyLeft: string[]; onlyRight: string[] }> = {};
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = new Set(a[table] ?? []);
    const right = new Set(b[table] ?? []);
    const onlyLeft = [...left].filter((r) => !right.has(r)).slice(0, 5);
    const onlyRight = [...right].filter((r) => !left.has(r)).slice(0, 5);
    if (onlyLeft.length || onlyRight.length || (a[table]?.length ?? 0) !== (b[table]?.length ?? 0)) differences[table] = { onlyLeft, onlyRight };
  }
  return differences;
}

export interface ShallowAndDeep {
  simulator: Simulator;
  dir: string;
  /** Harvested with the given inputs (a short backfill, say). */
  shallow: Store;
  /** Harvested with every default of harvestInto: 3,650 days back. */
  deep: Store;
  close(): Promise<void>;
}

/** A simulator of `dataset` and two databases harvested from it, to compare a partial harvest with a full one. */
export async function harvestShallowAndDeep(dataset: SimDataset, shallowInputs: Record<string, string>): Promise<ShallowAndDeep> {
  const simulator = await startSimulator({ dataset });
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-shallow-deep-'));
  const shallow = await openStore(join(dir, 'shallow.duckdb'));
  const deep = await openStore(join(dir, 'deep.duckdb'));
  await harvestInto(shallow, simulator, dataset, shallowInputs);
  await harvestInto(deep, simulator, dataset);
  return {
    simulator, dir, shallow, deep,
    async close() {
      await shallow.close();
      await deep.close();
      await simulator.close();
    },
  };
}

/** A published release created (and published) at `createdAt`, to fill a repository's list. */
export function publishedRelease(id: string, databaseId: number, tag: string, createdAt: string): SimRelease {
  return { id, databaseId, tagName: tag, name: tag, tagCommitOid: 'b'.repeat(40), createdAt, publishedAt: createdAt, isDraft: false, isPrerelease: false, author: null };
}

/**
 * Pushes 120 published releases created 8 to 20 days before the dataset's "now" onto `repo`:
 * more than a page, all older than the releases pass's 7-day overlap, so an incremental run
 * that reaches back only 7 days stops before anything older.
 */
export function fillReleasesPastOverlap(dataset: SimDataset, repo: SimRepository, prefix: string, databaseBase: number): void {
  for (let n = 0; n < 120; n++) {
    const createdAt = new Date(Date.parse(dataset.now) - (8 + n / 10) * 86_400_000).toISOString();
    repo.releases.push(publishedRelease(`RE_${prefix}_${n}`, databaseBase + n, `v${prefix}.${n}.0`, createdAt));
  }
}

/** Starts the simulator on `dataset` and harvests it into a new database (closed by the caller). */
export async function simulatorAndStore(dataset: SimDataset, name: string): Promise<{ simulator: Simulator; store: Store }> {
  const simulator = await startSimulator({ dataset });
  const store = await openStore(join(mkdtempSync(join(tmpdir(), `flowmeter-${name}-`)), 'h.duckdb'));
  await harvestInto(store, simulator, dataset);
  return { simulator, store };
}
