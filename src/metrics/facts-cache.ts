import { createHash } from 'node:crypto';
import { readAssetFile } from '../asset-files.js';
import { query } from './named-queries.js';
import type { Store } from '../store/database.js';
import { REPORT_MEMORY_LIMIT } from '../store/duckdb-engine.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import type { MetricsContext } from './context.js';

/**
 * The facts cache: per-PR facts, human reviews and review requests, kept in the database
 * (schema `facts_cache`, metrics/sql/facts-cache.sql) between reports. Building them is most
 * of a report's cost and grows with the whole history; a scheduled run changes a few hundred
 * PRs. So a report recomputes only the PRs the writers marked stale (store/stale-facts.ts)
 * and reads every other PR's facts as the last report left them.
 *
 * What the cached facts depend on beyond a PR's own rows decides when more is recomputed:
 * - the cache's SQL, facts.sql's bot macro, the schema version or the bot patterns change:
 *   every PR (the fingerprint);
 * - a login becomes a bot or stops being one: every PR it reviewed or commented on;
 * - the team membership changes: every PR's review requests (team requests are answered by
 *   members).
 * Everything else a report reads (repository names and default branches, deployments, open
 * requests, issues, runs) is read live, so a change there needs no mark.
 */
const CACHE_SQL = 'facts-cache.sql';
const REBUILD_MEMORY_LIMIT = '1GB';

export interface FactsCacheRefresh {
  /** Every PR was recomputed: no cache yet, or its fingerprint changed. */
  readonly rebuilt: boolean;
  /** PRs recomputed. */
  readonly prs: number;
}

type StatementRunner = Pick<MetricsContext, 'rows' | 'exec'>;

/** What a cache built under this code and these bot patterns is valid for. */
export function factsCacheFingerprint(botPattern: string): string {
  const hash = createHash('sha256');
  // The macro the cache's SQL calls is facts.sql's; the rest of facts.sql reads the cache.
  for (const part of [String(SCHEMA_VERSION), readAssetFile(`metrics/sql/${CACHE_SQL}`), query('facts.sql', 'actor-is-bot'), botPattern]) {
    hash.update(part).update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * Brings the cache up to date with the database, in one transaction: an interrupted refresh
 * leaves the cache and its stale marks as they were. Needs the temp tables bot_logins and
 * team_members, and the macros of facts.sql.
 */
export async function refreshFactsCache(store: Store, runner: StatementRunner, botPattern: string): Promise<FactsCacheRefresh> {
  const fingerprint = factsCacheFingerprint(botPattern);
  let lowered = false;
  return store.transaction(async () => {
    await runner.exec(CACHE_SQL, 'cache-tables');
    const [state] = await runner.rows<{ fingerprint: string; teams: string }>(CACHE_SQL, 'state');
    const [{ teams } = { teams: '' }] = await runner.rows<{ teams: string }>(CACHE_SQL, 'teams-fingerprint');
    const rebuilt = state?.fingerprint !== fingerprint;
    if (rebuilt) {
      // A rebuild meets every PR at once: a lower memory limit makes DuckDB spill sooner, so the
      // first report's peak stays near a later one's (at 1M PRs, under 2 GiB).
      await store.run(`SET memory_limit = '${REBUILD_MEMORY_LIMIT}'`);
      lowered = true;
      await runner.exec(CACHE_SQL, 'drop-cache');
      await runner.exec(CACHE_SQL, 'cache-tables');
      await runner.exec(CACHE_SQL, 'scope-all');
    } else {
      await runner.exec(CACHE_SQL, 'stale-by-bots');
      await runner.exec(CACHE_SQL, 'scope-stale');
    }
    for (const step of ['assign-keys', 'scope-keys']) await runner.exec(CACHE_SQL, step);
    await runner.exec(CACHE_SQL, 'requests-scope-keys', { all: rebuilt || state?.teams !== teams });
    for (const step of ['forget-stale', 'compute-reviews', 'compute-prs', 'compute-requests', 'finish']) await runner.exec(CACHE_SQL, step);
    await runner.exec(CACHE_SQL, 'save-state', { fingerprint, teams });
    const [scope] = await runner.rows<{ n: number }>(CACHE_SQL, 'scope-size');
    return { rebuilt, prs: scope?.n ?? 0 };
  }).finally(async () => {
    if (lowered) await store.run(`SET memory_limit = '${REPORT_MEMORY_LIMIT}'`);
  });
}
