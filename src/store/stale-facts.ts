import type { DuckDBConnection } from '@duckdb/node-api';
import { loadDuckDB } from './duckdb-engine.js';

/**
 * The facts cache (metrics/facts-cache.ts) keeps per-PR facts between reports and recomputes
 * only the PRs marked stale here. Every write to a table a PR's facts are read from marks the
 * PRs it touches, in the writer's own transaction, so a rolled-back write leaves no mark and a
 * committed one is never missed. The table and the column naming the PR.
 */
export const FACT_SOURCES: Readonly<Record<string, string>> = {
  pull_requests: 'id',
  pr_reviews: 'pr_id',
  pr_comments: 'pr_id',
  pr_commits: 'pr_id',
  pr_timeline_events: 'pr_id',
};

/**
 * Leaves out PRs already marked: a database harvested many times between reports (or with the
 * report turned off) holds each stale PR once, never more rows than it has PRs.
 */
const UNMARKED = (column: string) => `WHERE ${column} IS NOT NULL AND ${column} NOT IN (SELECT pr_id FROM facts_cache.stale_prs)`;

/** The column of `table` that names a PR, when the table is a source of PR facts. */
export function factSourceColumn(table: string): string | undefined {
  return Object.hasOwn(FACT_SOURCES, table) ? FACT_SOURCES[table] : undefined;
}

/** Marks the PRs with these ids stale. */
export async function markPrsStale(connection: DuckDBConnection, prIds: readonly string[]): Promise<void> {
  if (prIds.length === 0) return;
  const duckdb = await loadDuckDB();
  await connection.run(`INSERT INTO facts_cache.stale_prs SELECT DISTINCT id FROM (SELECT unnest($ids) AS id) ${UNMARKED('id')}`, {
    ids: duckdb.listValue([...prIds]),
  });
}

/**
 * Marks stale the PRs of the `table` rows that `where` selects (in `relation`, by default the
 * stored table): call it before deleting those rows, or after staging new ones and before
 * writing them. For `repositories`, the PRs of the repositories not stored yet. Does nothing
 * for a table no fact is read from.
 */
export async function markRowsStale(
  connection: DuckDBConnection,
  table: string,
  where: string,
  params: Record<string, unknown> = {},
  relation = `main.${table}`,
): Promise<void> {
  if (table === 'repositories') {
    // A repository stored after its PRs (an event ahead of the harvest) brings them into the
    // metrics, which leave out PRs of unknown repositories.
    await connection.run(
      `INSERT INTO facts_cache.stale_prs SELECT DISTINCT id FROM main.pull_requests
        WHERE repo_id IN (SELECT id FROM ${relation} WHERE ${where} AND id NOT IN (SELECT id FROM main.repositories))
          AND id NOT IN (SELECT pr_id FROM facts_cache.stale_prs)`,
      params as never,
    );
    return;
  }
  const column = factSourceColumn(table);
  if (!column) return;
  await connection.run(
    `INSERT INTO facts_cache.stale_prs SELECT DISTINCT pr_id FROM (SELECT ${column} AS pr_id FROM ${relation} WHERE ${where}) ${UNMARKED('pr_id')}`,
    params as never,
  );
}
