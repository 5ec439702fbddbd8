// A synthetic flowmeter database of any size, built inside DuckDB with set-based SQL (see
// bench/synthetic-*.sql): no row passes through JavaScript, so a million PRs with their
// reviews, runs and issues build in about a minute on two cores. The shape follows the
// seeded org generator (test/sim) loosely; it is for timing the metrics, not for oracles.
import { readFileSync } from 'node:fs';
import type { Store } from '../src/store/database.js';

export interface SyntheticOptions {
  /** Pull requests to create. */
  prs: number;
  /** Repositories to spread them over (default 50). */
  repos?: number;
  /** Same seed, same database (default 1). */
  seed?: number;
  /** The end of the two years of history (default 2025-06-02T12:00:00Z). */
  now?: string;
}

export interface SyntheticSummary {
  now: string;
  humans: number;
  seconds: number;
  /** Row count per table. */
  rows: Record<string, number>;
  /** Seconds per build step, to see where the build time goes. */
  steps: Record<string, number>;
}

export const SYNTHETIC_NOW = '2025-06-02T12:00:00Z';
const HISTORY_DAYS = 730;
const FILES = ['synthetic-prs.sql', 'synthetic-reviews.sql', 'synthetic-delivery.sql', 'synthetic-issues.sql'];
const TABLES = [
  'repositories', 'actors', 'pull_requests', 'pr_reviews', 'pr_comments', 'pr_commits', 'pr_timeline_events', 'pr_review_requests',
  'workflows', 'workflow_runs', 'workflow_run_attempts', 'deployments', 'deployment_statuses', 'releases', 'issues', 'issue_comments',
];

/** The `-- step: name` chunks of a file, in order. */
function steps(file: string): Array<{ name: string; sql: string }> {
  const text = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  const out: Array<{ name: string; sql: string }> = [];
  for (const chunk of text.split(/^-- step: /m).slice(1)) {
    const newline = chunk.indexOf('\n');
    out.push({ name: chunk.slice(0, newline).trim(), sql: chunk.slice(newline + 1).trim() });
  }
  return out;
}

/** Placeholders are only ever numbers, so substituting them as text cannot inject anything. */
function fill(sql: string, values: Record<string, number>): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined || !Number.isFinite(value)) throw new Error(`synthetic SQL placeholder {{${key}}} has no numeric value`);
    return String(value);
  });
}

/** Humans: one per 400 PRs (about 300 PRs a year each), whole teams of eight, 32 to 3,200. */
export function humansFor(prs: number): number {
  return 8 * Math.min(400, Math.max(4, Math.round(prs / 3200)));
}

/**
 * Fills an empty flowmeter store with `prs` pull requests over two years ending at `now`,
 * about 5 reviews and 2 workflow runs per PR, and the commits, comments, timeline events,
 * review requests, deployments, releases and issues around them.
 */
export async function buildSyntheticDatabase(store: Store, options: SyntheticOptions): Promise<SyntheticSummary> {
  const started = performance.now();
  const now = options.now ?? SYNTHETIC_NOW;
  const nowSeconds = Date.parse(now) / 1000;
  if (!Number.isInteger(options.prs) || options.prs < 1) throw new Error(`prs must be a positive integer, not ${options.prs}`);
  if (!Number.isFinite(nowSeconds)) throw new Error(`now must be an ISO timestamp, not ${now}`);
  const humans = humansFor(options.prs);
  const span = HISTORY_DAYS * 86400;
  const values = {
    prs: options.prs,
    repos: options.repos ?? 50,
    seed: options.seed ?? 1,
    humans,
    issues: Math.max(20, Math.round(options.prs / 5)),
    now: nowSeconds,
    span,
    start: nowSeconds - span,
  };
  const timings: Record<string, number> = {};
  for (const file of FILES) {
    for (const step of steps(file)) {
      const stepStarted = performance.now();
      try {
        await store.connection.run(fill(step.sql, values));
        timings[step.name] = Math.round(performance.now() - stepStarted) / 1000;
      } catch (error) {
        throw new Error(`${file} step ${step.name}: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  for (const table of ['syn_pr', 'syn_revert', 'syn_batch', 'syn_deployment', 'syn_run', 'syn_issue']) await store.run(`DROP TABLE IF EXISTS ${table}`);

  const counts = await store.query<{ name: string; n: number }>(TABLES.map((t) => `SELECT '${t}' AS name, count(*)::INTEGER AS n FROM ${t}`).join(' UNION ALL '));
  const rows = Object.fromEntries(TABLES.map((t) => [t, counts.find((c) => c.name === t)?.n ?? 0]));
  return { now: new Date(nowSeconds * 1000).toISOString(), humans, seconds: (performance.now() - started) / 1000, rows, steps: timings };
}
