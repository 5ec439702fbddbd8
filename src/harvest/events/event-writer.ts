import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { ActorCollector } from '../actors.js';
import { markGone, upsertActors, upsertRows, type Row } from '../../store/upsert.js';
import { factSourceColumn, markPrsStale, markRowsStale } from '../../store/stale-facts.js';
import type { EventPayload } from './event-payload.js';

export interface TableCount {
  table: string;
  rows: number;
}

export interface MergeOptions {
  /** Values used only when the row is new: NOT NULL columns the payload may lack, first-write-wins columns. */
  onInsert?: Row;
  /** Custom `SET` expressions (e.g. "only if newer") for columns that a plain overwrite would get wrong. */
  set?: Record<string, string>;
}

/**
 * Everything one event writes, on the connection of the event's transaction. Tracks rows per
 * table for the caller and collects every actor seen, written once at the end.
 */
export class EventWriter {
  readonly actors = new ActorCollector();
  private readonly counts = new Map<string, number>();

  constructor(
    readonly connection: DuckDBConnection,
    readonly payload: EventPayload,
    readonly now: Date,
  ) {}

  get harvestedAt(): string {
    return this.now.toISOString();
  }

  /**
   * Inserts the row, or updates only the columns the payload actually carried. A column whose
   * value is `undefined` was absent from the payload, so a harvested value (additions, say, which
   * review payloads omit) is kept rather than erased; `null` is a real value and is written.
   */
  async merge(table: string, key: string[], row: Row, options: MergeOptions = {}): Promise<void> {
    const present = Object.entries(row).filter(([, value]) => value !== undefined);
    const staged: Row = { ...options.onInsert, ...Object.fromEntries(present) };
    const assignments = present
      .map(([column]) => column)
      .filter((column) => !key.includes(column) && !(options.set && column in options.set))
      .map((column) => `${column} = excluded.${column}`);
    for (const [column, expression] of Object.entries(options.set ?? {})) assignments.push(`${column} = ${expression}`);
    if (assignments.length === 0) throw new Error(`merge into ${table} has no columns to update`);
    this.tally(table, await upsertRows(this.connection, table, [staged], key, assignments.join(', ')));
  }

  /** Plain insert-or-replace, for rows the payload describes completely. */
  async replace(table: string, key: string[], rows: Row[]): Promise<void> {
    this.tally(table, await upsertRows(this.connection, table, rows, key));
  }

  /** Replaces the child rows matching `parent` with `rows` (a set the payload gives whole). */
  async replaceSet(table: string, parent: Row, key: string[], rows: Row[]): Promise<void> {
    const { clause, params } = whereClause(parent);
    await this.markStale(table, parent, clause, params);
    await this.connection.run(`DELETE FROM main.${table} WHERE ${clause}`, params);
    this.tally(table, rows.length === 0 ? 0 : await upsertRows(this.connection, table, rows, key));
  }

  /**
   * Marks stale the PRs whose rows `where` is about to delete (store/stale-facts.ts): the PR
   * itself when `where` names it, which spares a scan of the table; else the rows' PRs.
   */
  private async markStale(table: string, where: Row, clause: string, params: Record<string, DuckDBValue>): Promise<void> {
    const column = factSourceColumn(table);
    const named = column === undefined ? undefined : where[column];
    if (typeof named === 'string') await markPrsStale(this.connection, [named]);
    else await markRowsStale(this.connection, table, clause, params);
  }

  /** Marks a stored pull request or issue of `repoId` gone (store/upsert.ts markGone); counts it as written. */
  async markGone(table: 'pull_requests' | 'issues', repoId: string, id: string): Promise<void> {
    this.tally(table, await markGone(this.connection, table, repoId, [id], this.harvestedAt));
  }

  /** Deletes rows matching every column of `where`; counts them as written. */
  async remove(table: string, where: Row): Promise<void> {
    const { clause, params } = whereClause(where);
    await this.markStale(table, where, clause, params);
    const result = await this.connection.run(`DELETE FROM main.${table} WHERE ${clause}`, params);
    this.tally(table, result.rowsChanged);
  }

  /**
   * True when the stored row matching `where` was updated after `updatedAt`: the payload is
   * older than what a harvest (or a later event) already wrote, and must not roll it back.
   */
  async storedIsNewer(table: string, where: Row, updatedAt: string | null | undefined): Promise<boolean> {
    if (!updatedAt) return false;
    const { clause, params } = whereClause(where);
    const rows = await this.rows(
      `SELECT count(*)::INTEGER AS n FROM main.${table} WHERE ${clause} AND updated_at > $updated_at::TIMESTAMPTZ`,
      { ...params, updated_at: updatedAt },
    );
    return Number(rows[0]?.n ?? 0) > 0;
  }

  async rows(sql: string, params: Record<string, DuckDBValue> = {}): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as Row[];
  }

  /** Writes the collected actors and returns rows per table, in the order first written. */
  async finish(): Promise<TableCount[]> {
    this.tally('actors', await upsertActors(this.connection, this.actors.toRows()));
    return [...this.counts].filter(([, rows]) => rows > 0).map(([table, rows]) => ({ table, rows }));
  }

  private tally(table: string, rows: number): void {
    this.counts.set(table, (this.counts.get(table) ?? 0) + rows);
  }
}

function whereClause(where: Row): { clause: string; params: Record<string, DuckDBValue> } {
  const entries = Object.entries(where);
  return {
    clause: entries.map(([column]) => `${column} = $w_${column}`).join(' AND '),
    params: Object.fromEntries(entries.map(([column, value]) => [`w_${column}`, value as DuckDBValue])),
  };
}
