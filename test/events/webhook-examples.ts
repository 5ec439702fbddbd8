import { afterEach, beforeEach } from 'vitest';
import { createRequire } from 'node:module';
import { openStore, type Store } from '../../src/store/database.js';

/**
 * Real webhook payloads from @octokit/webhooks-examples (GitHub's documented examples), so the
 * event tests read the field names GitHub actually sends rather than ones we made up.
 */
// Payloads are mutated freely in tests to make variants (a merged PR, a bot sender).
export type Payload = any;

interface Definition {
  name: string;
  examples: Payload[];
}

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Definition[];

/** A deep copy of the first example of `event` with `action` (or the n-th such example). */
export function webhookExample(event: string, action?: string, nth = 0): Payload {
  const definition = definitions.find((d) => d.name === event);
  if (!definition) throw new Error(`@octokit/webhooks-examples has no ${event} event`);
  const matches = definition.examples.filter((e) => action === undefined || e.action === action);
  const example = matches[nth];
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event}.${action ?? ''} example #${nth}`);
  return giveOctocatItsOwnId(structuredClone(example));
}

/**
 * The examples give `octocat` (a requested reviewer) Codertocat's node id. Actors are keyed by
 * node id, so that would merge two people; octocat gets its real id (user 5346).
 */
function giveOctocatItsOwnId(payload: Payload): Payload {
  const visit = (value: Payload): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    if (value.login === 'octocat' && value.id === 5346) value.node_id = 'MDQ6VXNlcjUzNDY=';
    Object.values(value).forEach(visit);
  };
  visit(payload);
  return payload;
}

/** A fresh in-memory database with the real schema. */
export function memoryStore(): Promise<Store> {
  return openStore(':memory:');
}

export async function count(store: Store, table: string): Promise<number> {
  const rows = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
  return rows[0]!.n;
}

/** Row counts of every table an event may write, to check that re-ingesting changes none. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = [
    'repositories', 'actors', 'pull_requests', 'pr_reviews', 'pr_review_requests', 'pr_timeline_events',
    'pr_comments', 'issues', 'issue_comments', 'workflows', 'workflow_runs', 'workflow_run_attempts',
    'deployments', 'deployment_statuses', 'releases',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await count(store, table);
  return counts;
}

/** One row by id, with timestamps rendered as ISO strings for exact comparison. */
export async function rowById(store: Store, table: string, id: string): Promise<Record<string, unknown> | undefined> {
  const rows = await store.query(`SELECT * FROM ${table} WHERE id = $id`, { id });
  return rows[0] ? isoTimes(rows[0]) : undefined;
}

const BIGINT_COLUMNS = new Set(['database_id', 'workflow_id', 'run_database_id']);

/**
 * Values as the webhook gave them, for exact comparison: DuckDB's JSON rows render TIMESTAMPTZ
 * as `2019-05-15 15:20:33+00` and BIGINT as a string.
 */
export function isoTimes(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00$/.test(value)) {
      out[key] = new Date(value.replace(' ', 'T').replace(/\+00$/, 'Z')).toISOString();
    } else if (BIGINT_COLUMNS.has(key) && typeof value === 'string') {
      out[key] = Number(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Gives each test of the file a fresh in-memory store, closed after it. */
export function withMemoryStore(receive: (store: Store) => void): void {
  let current: Store | undefined;
  beforeEach(async () => {
    current = await memoryStore();
    receive(current);
  });
  afterEach(async () => {
    await current?.close();
  });
}
