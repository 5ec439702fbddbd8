import type { DuckDBConnection } from '@duckdb/node-api';
import { StoreError } from '../errors.js';
import { readAssetFile } from '../asset-files.js';

/**
 * Ordered schema migrations. Each runs once, in its own transaction, and is recorded in
 * schema_migrations; a database written by a newer flowmeter is refused rather than guessed at.
 */
const MIGRATIONS: ReadonlyArray<{ version: number; file: string }> = [
  { version: 1, file: 'store/schema/001_initial.sql' },
  { version: 2, file: 'store/schema/002_summary_cache.sql' },
  { version: 3, file: 'store/schema/003_github_teams.sql' },
  { version: 4, file: 'store/schema/004_review_comments.sql' },
  { version: 5, file: 'store/schema/005_sprint_sources.sql' },
  { version: 6, file: 'store/schema/006_sync_coverage.sql' },
  { version: 7, file: 'store/schema/007_gone_items.sql' },
  { version: 8, file: 'store/schema/008_facts_cache.sql' },
  { version: 9, file: 'store/schema/009_deleted_accounts.sql' },
  { version: 10, file: 'store/schema/010_commit_ancestry.sql' },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export async function migrate(connection: DuckDBConnection, path: string): Promise<void> {
  await connection.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
  );
  const reader = await connection.runAndReadAll('SELECT coalesce(max(version), 0)::INTEGER AS v FROM schema_migrations');
  const current = Number(reader.getRowObjects()[0]?.v ?? 0);
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `Database ${path} has schema version ${current}, newer than this flowmeter's ${SCHEMA_VERSION}: upgrade the flowmeter Action.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    await connection.run('BEGIN TRANSACTION');
    try {
      await connection.run(readAssetFile(migration.file));
      await connection.run('INSERT INTO schema_migrations VALUES ($v, now())', { v: migration.version });
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      throw new StoreError(`Migrating ${path} to schema version ${migration.version} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
}
