import { StoreError } from '../errors.js';
import { openStore, type Store } from './database.js';
import { ACTOR_CONFLICT_UPDATE, DROP_LOGIN_PLACEHOLDERS } from './upsert.js';
import { markRowsStale } from './stale-facts.js';

/**
 * Merges a staged database (this run's) into a target one (fetched from the data branch) with
 * idempotent upserts, so two runs that harvested at the same time end with the union of both
 * and no duplicate keys. Merging the same file twice changes nothing the second time.
 *
 * Tables are read from the catalogue, with their primary keys, so a table added by a later
 * migration is merged without changes here. Per key, the fresher row wins: freshness is the
 * first timestamp columns present among FRESHNESS (GitHub's `updated_at`, then when we saw
 * the row), and staged wins ties. Three rules need more than a key:
 * - Child sets (tables with `pr_id` / `issue_id`: reviews, commits, timeline, review requests,
 *   comments) are replaced as a whole when the harvest re-reads their parent. They follow the
 *   parent's winner, so a review request removed on GitHub is not resurrected by the union.
 * - `sync_state` keeps the later watermark (then the later update).
 * - `actors` keeps the earliest first sighting and the latest last sighting, as the harvest does.
 *
 * Generated SQL: table and column names come from the catalogue (never from input), which is
 * why these statements are built here rather than read from a .sql file.
 */
const STAGED = 'flowmeter_staged';
const FRESHNESS = ['updated_at', 'harvested_at', 'fetched_at', 'computed_at', 'finished_at', 'last_seen_at', 'created_at'];
const FRESHNESS_OVERRIDES: Record<string, string[]> = { sync_state: ['watermark', 'updated_at'] };
const PARENTS: Record<string, string> = { pr_id: 'pull_requests', issue_id: 'issues' };
const SKIPPED = new Set(['schema_migrations']);

interface TableShape {
  name: string;
  columns: Array<{ name: string; type: string }>;
  key: string[];
}

export interface MergeStats {
  /** Rows taken from the staged database, per table. */
  rows: Record<string, number>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tableShapes(store: Store, catalog: string): Promise<Map<string, TableShape>> {
  const columns = await store.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_catalog = $catalog AND table_schema = 'main' ORDER BY table_name, ordinal_position`,
    { catalog },
  );
  const keys = await store.query<{ table_name: string; columns: string[] }>(
    `SELECT table_name, constraint_column_names AS columns FROM duckdb_constraints()
      WHERE database_name = $catalog AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY'`,
    { catalog },
  );
  const tables = new Map<string, TableShape>();
  for (const c of columns) {
    if (SKIPPED.has(c.table_name)) continue;
    let table = tables.get(c.table_name);
    if (!table) tables.set(c.table_name, (table = { name: c.table_name, columns: [], key: [] }));
    table.columns.push({ name: c.column_name, type: c.data_type });
  }
  for (const k of keys) {
    const table = tables.get(k.table_name);
    if (table) table.key = k.columns;
  }
  return tables;
}

function freshnessOf(table: TableShape): string[] {
  const timestamps = new Set(table.columns.filter((c) => c.type.startsWith('TIMESTAMP')).map((c) => c.name));
  return (FRESHNESS_OVERRIDES[table.name] ?? FRESHNESS).filter((name) => timestamps.has(name));
}

/** `s` (staged) is at least as fresh as `t` (target); missing timestamps count as oldest. */
function fresherCondition(columns: string[]): string {
  if (columns.length === 0) return 'true';
  const side = (alias: string) => columns.map((c) => `coalesce(${alias}.${ident(c)}::TIMESTAMPTZ, '-infinity'::TIMESTAMPTZ)`).join(', ');
  return `row(${side('s')}) >= row(${side('t')})`;
}

function joinOn(key: string[]): string {
  return key.map((k) => `t.${ident(k)} = s.${ident(k)}`).join(' AND ');
}

async function schemaVersion(store: Store, catalog: string): Promise<number> {
  const [row] = await store.query<{ v: number }>(`SELECT coalesce(max(version), 0)::INTEGER AS v FROM ${ident(catalog)}.main.schema_migrations`);
  return row?.v ?? 0;
}

/** Staged rows (optionally filtered) that win against the target, kept in a temp table. */
async function stageWinners(store: Store, table: TableShape, filter = 'true'): Promise<string> {
  const winners = `merge_${table.name}`;
  const source = `${STAGED}.main.${ident(table.name)}`;
  const where = table.key.length === 0
    ? `NOT EXISTS (SELECT 1 FROM main.${ident(table.name)} t WHERE ${table.columns.map((c) => `t.${ident(c.name)} IS NOT DISTINCT FROM s.${ident(c.name)}`).join(' AND ')})`
    : `(t.${ident(table.key[0]!)} IS NULL OR ${fresherCondition(freshnessOf(table))})`;
  const join = table.key.length === 0 ? '' : `LEFT JOIN main.${ident(table.name)} t ON ${joinOn(table.key)}`;
  await store.run(`CREATE OR REPLACE TEMP TABLE ${winners} AS SELECT DISTINCT s.* FROM ${source} s ${join} WHERE ${where} AND (${filter})`);
  return winners;
}

async function insertWinners(store: Store, table: TableShape, winners: string): Promise<number> {
  const columns = table.columns.map((c) => ident(c.name)).join(', ');
  const verb = table.key.length === 0 ? 'INSERT' : 'INSERT OR REPLACE';
  await markRowsStale(store.connection, table.name, 'true', {}, `temp.main.${winners}`);
  await store.run(`${verb} INTO main.${ident(table.name)} (${columns}) SELECT ${columns} FROM temp.main.${winners}`);
  const [row] = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM temp.main.${winners}`);
  return row?.n ?? 0;
}

async function mergeActors(store: Store): Promise<number> {
  await store.run(`INSERT INTO main.actors SELECT * FROM ${STAGED}.main.actors ON CONFLICT (id) DO UPDATE SET ${ACTOR_CONFLICT_UPDATE}`);
  // A login-only placeholder is dropped once either side knows the actor's real node id.
  await store.run(DROP_LOGIN_PLACEHOLDERS);
  const [row] = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${STAGED}.main.actors`);
  return row?.n ?? 0;
}

/** The parent-key column that makes `table` a child set of a parent present in both files, if any. */
function childLink(table: TableShape, tables: Map<string, TableShape>): { column: string; parent: TableShape } | null {
  for (const [column, parentName] of Object.entries(PARENTS)) {
    const parent = tables.get(parentName);
    if (parent && table.name !== parentName && table.columns.some((c) => c.name === column) && parent.key.join() === 'id') {
      return { column, parent };
    }
  }
  return null;
}

async function mergeTables(store: Store, tables: Map<string, TableShape>, stagedNames: Set<string>): Promise<MergeStats> {
  const rows: Record<string, number> = {};
  const parentWinners = new Map<string, string>();
  // Parents first: their winners decide which side's child sets stand.
  const ordered = [...tables.values()].sort((a, b) => Number(!Object.values(PARENTS).includes(a.name)) - Number(!Object.values(PARENTS).includes(b.name)));
  for (const table of ordered) {
    if (!stagedNames.has(table.name)) continue;
    if (table.name === 'actors' && table.key.join() === 'id') {
      rows.actors = await mergeActors(store);
      continue;
    }
    const link = childLink(table, tables);
    if (!link) {
      const winners = await stageWinners(store, table);
      if (Object.values(PARENTS).includes(table.name)) parentWinners.set(table.name, `temp.main.${winners}`);
      rows[table.name] = await insertWinners(store, table, winners);
      continue;
    }
    const parentIds = parentWinners.get(link.parent.name);
    const column = ident(link.column);
    let written = 0;
    if (parentIds) {
      // The winning side's set replaces the other's, whole.
      await markRowsStale(store.connection, table.name, `${column} IN (SELECT id FROM ${parentIds})`);
      await store.run(`DELETE FROM main.${ident(table.name)} WHERE ${column} IN (SELECT id FROM ${parentIds})`);
      const childIsWinner = `s.${column} IN (SELECT id FROM ${parentIds})`;
      const setWinners = await stageWinners(store, { ...table, key: [] }, childIsWinner);
      written += await insertWinners(store, { ...table, key: table.key }, setWinners);
    }
    // Rows whose parent the staged side never harvested (events ahead of the harvest): by key.
    const orphan = `s.${column} NOT IN (SELECT id FROM ${STAGED}.main.${ident(link.parent.name)})`;
    written += await insertWinners(store, table, await stageWinners(store, table, orphan));
    rows[table.name] = written;
  }
  return { rows };
}

/**
 * Merges `stagedPath` into `targetPath` (which is rewritten in place). Both are first migrated
 * to this flowmeter's schema version; a file from a newer flowmeter is refused by openStore.
 */
export async function mergeDatabase(targetPath: string, stagedPath: string): Promise<MergeStats> {
  // Opening migrates an older file; closing checkpoints it so the attach below sees it whole.
  await (await openStore(stagedPath)).close();
  const store = await openStore(targetPath);
  try {
    await store.run(`ATTACH '${stagedPath.replace(/'/g, "''")}' AS ${STAGED} (READ_ONLY)`);
    const [catalog] = await store.query<{ name: string }>('SELECT current_database() AS name');
    const [targetVersion, stagedVersion] = [await schemaVersion(store, catalog!.name), await schemaVersion(store, STAGED)];
    if (targetVersion !== stagedVersion) {
      throw new StoreError(`Cannot merge ${stagedPath} (schema ${stagedVersion}) into ${targetPath} (schema ${targetVersion}): versions differ after migration.`);
    }
    const tables = await tableShapes(store, catalog!.name);
    const stagedNames = new Set((await tableShapes(store, STAGED)).keys());
    const stats = await store.transaction(() => mergeTables(store, tables, stagedNames));
    await store.run(`DETACH ${STAGED}`);
    await store.checkpoint();
    return stats;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Merging ${stagedPath} into ${targetPath} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await store.close();
  }
}
