import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../errors.js';
import { loadDuckDB } from './duckdb-engine.js';
import { migrate } from './migrations.js';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** An open flowmeter database: one DuckDB instance and the connection every stage shares. */
export interface Store {
  readonly path: string;
  readonly connection: DuckDBConnection;
  /** Runs `work` in one transaction; a thrown error rolls everything in it back. */
  transaction<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Rows as plain objects with JSON-safe values: BIGINT and timestamps come back as strings, so cast in SQL (::INTEGER, ::DOUBLE). */
  query<T = Record<string, unknown>>(sql: string, params?: Record<string, unknown>): Promise<T[]>;
  run(sql: string, params?: Record<string, unknown>): Promise<void>;
  /** Writes everything to the main file so it can be committed or copied. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Opens an existing file for reading only (`flowmeter query`): statements that would change
   * it fail, and no migration runs, so the file is left exactly as it was.
   */
  readOnly?: boolean;
}

/**
 * Opens (creating if needed) the database at `path`, or an in-memory one for ':memory:'.
 * Sets UTC on the connection and applies pending migrations. A file that is not a DuckDB
 * database fails here with an error naming the file.
 */
export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  const duckdb = await loadDuckDB();
  if (path !== ':memory:' && !options.readOnly) mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await duckdb.DuckDBInstance.create(path, options.readOnly ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    throw new StoreError(
      `Cannot open database ${path}: ${(error as Error).message}. If the file is damaged, restore it from the data branch history or delete it to re-harvest.`,
      { cause: error },
    );
  }
  const connection = await instance.connect();
  await connection.run(`SET TimeZone = 'UTC'`);
  if (!options.readOnly) await migrate(connection, path);
  const writable = path !== ':memory:' && !options.readOnly;

  let depth = 0;
  const store: Store = {
    path,
    connection,
    async transaction(work) {
      // Nested calls join the outer transaction: DuckDB has no savepoints.
      if (depth > 0) return work(connection);
      depth++;
      await connection.run('BEGIN TRANSACTION');
      try {
        const result = await work(connection);
        await connection.run('COMMIT');
        return result;
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        depth--;
      }
    },
    async query<T>(sql: string, params?: Record<string, unknown>) {
      const reader = await connection.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJson() as T[];
    },
    async run(sql, params) {
      await connection.run(sql, params as never);
    },
    async checkpoint() {
      if (writable) await connection.run('CHECKPOINT');
    },
    async close() {
      if (writable) await connection.run('CHECKPOINT').catch(() => undefined);
      connection.closeSync();
      instance.closeSync();
    },
  };
  return store;
}
