import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { loadDuckDB } from './duckdb-engine.js';
import { markPrsStale, markRowsStale } from './stale-facts.js';

export type Row = Record<string, unknown>;
type ColumnKind = 'varchar' | 'bigint' | 'integer' | 'double' | 'boolean' | 'timestamptz' | 'varchar[]';
interface Column {
  name: string;
  kind: ColumnKind;
}

const columnCache = new WeakMap<DuckDBConnection, Map<string, Column[]>>();

/** The table's columns in order, read from the catalog so the schema files stay the only source. */
async function columnsOf(connection: DuckDBConnection, table: string): Promise<Column[]> {
  let perConnection = columnCache.get(connection);
  if (!perConnection) columnCache.set(connection, (perConnection = new Map()));
  const cached = perConnection.get(table);
  if (cached) return cached;
  const reader = await connection.runAndReadAll(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = $t ORDER BY ordinal_position`,
    { t: table },
  );
  const columns = reader.getRowObjects().map((r) => ({ name: String(r.column_name), kind: kindOf(String(r.data_type)) }));
  if (columns.length === 0) throw new Error(`Unknown table ${table}`);
  perConnection.set(table, columns);
  return columns;
}

function kindOf(dataType: string): ColumnKind {
  switch (dataType) {
    case 'VARCHAR': return 'varchar';
    case 'BIGINT': return 'bigint';
    case 'INTEGER': return 'integer';
    case 'DOUBLE': return 'double';
    case 'BOOLEAN': return 'boolean';
    case 'TIMESTAMP WITH TIME ZONE': return 'timestamptz';
    case 'VARCHAR[]': return 'varchar[]';
    default: throw new Error(`Column type ${dataType} has no appender mapping`);
  }
}

function toMicros(value: unknown): bigint {
  const ms = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (Number.isNaN(ms)) throw new Error(`Not a timestamp: ${String(value)}`);
  return BigInt(ms) * 1000n;
}

type DuckDB = Awaited<ReturnType<typeof loadDuckDB>>;

function appendValue(duckdb: DuckDB, appender: DuckDBAppender, column: Column, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (column.kind) {
    case 'varchar': return appender.appendVarchar(String(value));
    case 'bigint': return appender.appendBigInt(BigInt(value as number));
    case 'integer': return appender.appendInteger(Number(value));
    case 'double': return appender.appendDouble(Number(value));
    case 'boolean': return appender.appendBoolean(Boolean(value));
    case 'timestamptz': return appender.appendTimestampTZ(new duckdb.DuckDBTimestampTZValue(toMicros(value)));
    case 'varchar[]': return appender.appendList((value as unknown[]).map(String), duckdb.LIST(duckdb.VARCHAR));
  }
}

/**
 * Inserts or replaces `rows` in `table`, keyed by its primary key. Rows go through the
 * appender into a staging table and land with one INSERT OR REPLACE … SELECT, so a page of
 * thousands of rows is one statement. Later rows with the same key win. Returns rows written.
 */
export async function upsertRows(
  connection: DuckDBConnection,
  table: string,
  rows: Row[],
  key: string[],
  /** `SET` clause for ON CONFLICT DO UPDATE, when a plain replace would lose history. */
  mergeSet?: string,
): Promise<number> {
  if (rows.length === 0) return 0;
  const unique = new Map<string, Row>();
  for (const row of rows) unique.set(key.map((k) => String(row[k])).join('\u0000'), row);
  const duckdb = await loadDuckDB();
  const columns = await columnsOf(connection, table);
  const stage = `stage_${table}`;
  await connection.run(`CREATE TEMP TABLE IF NOT EXISTS ${stage} AS SELECT * FROM main.${table} LIMIT 0`);
  await connection.run(`DELETE FROM temp.main.${stage}`);
  const appender = await connection.createAppender(stage, 'main', 'temp');
  for (const row of unique.values()) {
    for (const column of columns) appendValue(duckdb, appender, column, row[column.name]);
    appender.endRow();
  }
  appender.closeSync();
  await markRowsStale(connection, table, 'true', {}, `temp.main.${stage}`);
  if (mergeSet) {
    await connection.run(
      `INSERT INTO main.${table} SELECT * FROM temp.main.${stage} ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${mergeSet}`,
    );
  } else {
    await connection.run(`INSERT OR REPLACE INTO main.${table} SELECT * FROM temp.main.${stage}`);
  }
  return unique.size;
}

/** Deletes the child rows of the given parents (e.g. a PR's labels before re-inserting them). */
export async function deleteChildren(connection: DuckDBConnection, table: string, parentColumn: string, parentIds: string[]): Promise<void> {
  if (parentIds.length === 0) return;
  const duckdb = await loadDuckDB();
  const where = `${parentColumn} IN (SELECT unnest($ids))`;
  await markRowsStale(connection, table, where, { ids: duckdb.listValue(parentIds) });
  await connection.run(`DELETE FROM main.${table} WHERE ${where}`, { ids: duckdb.listValue(parentIds) });
}

/**
 * Marks pull requests or issues gone from their repository (schema 7: deleted on GitHub, or an
 * issue transferred away): the rows stay, and the metrics leave them out. Only rows still in
 * `repoId` and not already gone: an issue a harvested repository received under the same id
 * keeps its new home. Returns how many rows it marked.
 */
export async function markGone(connection: DuckDBConnection, table: 'pull_requests' | 'issues', repoId: string, ids: string[], at: string): Promise<number> {
  if (ids.length === 0) return 0;
  const duckdb = await loadDuckDB();
  if (table === 'pull_requests') await markPrsStale(connection, ids);
  const result = await connection.run(
    `UPDATE main.${table} SET gone_at = $at::TIMESTAMPTZ WHERE repo_id = $r AND gone_at IS NULL AND id IN (SELECT unnest($ids))`,
    { at, r: repoId, ids: duckdb.listValue(ids) },
  );
  return Number(result.rowsChanged);
}

/** How a sighting of an actor updates the stored row: the harvest and the database merge agree. */
export const ACTOR_CONFLICT_UPDATE = `login = excluded.login, kind = excluded.kind,
     database_id = coalesce(excluded.database_id, actors.database_id),
     first_seen_at = least(actors.first_seen_at, excluded.first_seen_at),
     last_seen_at = greatest(actors.last_seen_at, excluded.last_seen_at)`;

/** A login-only placeholder is dropped once the actor's real node id is known. */
export const DROP_LOGIN_PLACEHOLDERS = `DELETE FROM main.actors WHERE id LIKE 'login:%'
       AND login IN (SELECT login FROM main.actors WHERE id NOT LIKE 'login:%')`;

/**
 * Merges actors: keeps the earliest first-seen and latest last-seen time, and drops the
 * login-only placeholder row once the actor's real node id is known.
 */
export async function upsertActors(connection: DuckDBConnection, rows: Row[]): Promise<number> {
  const written = await upsertRows(
    connection,
    'actors',
    rows,
    ['id'],
    ACTOR_CONFLICT_UPDATE,
  );
  await connection.run(DROP_LOGIN_PLACEHOLDERS);
  return written;
}
