import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { mergeDatabase } from '../../src/store/merge-database.js';
import { upsertRows, type Row } from '../../src/store/upsert.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'flowmeter-merge-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function withStore<T>(name: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(join(dir, name));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const pr = (id: string, updatedAt: string, title = id): Row => ({
  id, repo_id: 'R1', number: Number(id.replace(/\D/g, '')) || 1, title, state: 'OPEN', is_draft: false,
  created_at: '2026-01-01T00:00:00Z', updated_at: updatedAt, harvested_at: updatedAt,
});
const request = (prId: string, reviewer: string): Row => ({ pr_id: prId, reviewer, reviewer_kind: 'User', repo_id: 'R1' });
const sync = (repo: string, watermark: string, updatedAt: string): Row => ({ repo_id: repo, resource: 'pull_requests', watermark, pages: 0, updated_at: updatedAt });
const run = (id: string): Row => ({ id, started_at: '2026-01-02T00:00:00Z', status: 'ok', requests: 0, graphql_requests: 0, graphql_points: 0, rest_requests: 0, retries: 0, errors: 0, rows_written: 0 });

async function seed(name: string, rows: Record<string, Row[]>, keys: Record<string, string[]>): Promise<string> {
  await withStore(name, async (store) => {
    for (const [table, list] of Object.entries(rows)) await upsertRows(store.connection, table, list, keys[table]!);
  });
  return join(dir, name);
}

const KEYS = { pull_requests: ['id'], pr_review_requests: ['pr_id', 'reviewer'], sync_state: ['repo_id', 'resource'], harvest_runs: ['id'], actors: ['id'] };

describe('mergeDatabase', () => {
  it('takes the union, keeps the fresher row per key, and is idempotent', async () => {
    const target = await seed('target.duckdb', {
      pull_requests: [pr('P1', '2026-02-01T00:00:00Z', 'target newer'), pr('P2', '2026-01-01T00:00:00Z', 'target older'), pr('P3', '2026-01-05T00:00:00Z')],
      harvest_runs: [run('run-a')],
    }, KEYS);
    const staged = await seed('staged.duckdb', {
      pull_requests: [pr('P1', '2026-01-15T00:00:00Z', 'staged older'), pr('P2', '2026-03-01T00:00:00Z', 'staged newer'), pr('P4', '2026-01-05T00:00:00Z')],
      harvest_runs: [run('run-b')],
    }, KEYS);
    await mergeDatabase(target, staged);
    await mergeDatabase(target, staged);
    await withStore('target.duckdb', async (store) => {
      const rows = await store.query<{ id: string; title: string }>('SELECT id, title FROM pull_requests ORDER BY id');
      expect(rows).toEqual([
        { id: 'P1', title: 'target newer' }, { id: 'P2', title: 'staged newer' }, { id: 'P3', title: 'P3' }, { id: 'P4', title: 'P4' },
      ]);
      const runs = await store.query<{ id: string }>('SELECT id FROM harvest_runs ORDER BY id');
      expect(runs.map((r) => r.id)).toEqual(['run-a', 'run-b']);
    });
  });

  it('child sets follow the winning parent, so a removed review request is not resurrected', async () => {
    const target = await seed('target.duckdb', {
      pull_requests: [pr('P1', '2026-02-01T00:00:00Z'), pr('P2', '2026-01-01T00:00:00Z')],
      pr_review_requests: [request('P1', 'ann'), request('P2', 'bob'), request('P2', 'cy')],
    }, KEYS);
    const staged = await seed('staged.duckdb', {
      pull_requests: [pr('P1', '2026-01-01T00:00:00Z'), pr('P2', '2026-02-01T00:00:00Z')],
      // P1: staged is older, its extra request must not come back. P2: staged is newer, cy was removed.
      pr_review_requests: [request('P1', 'ann'), request('P1', 'dan'), request('P2', 'bob'), request('P9', 'orphan')],
    }, KEYS);
    await mergeDatabase(target, staged);
    await withStore('target.duckdb', async (store) => {
      const rows = await store.query<{ pr_id: string; reviewer: string }>('SELECT pr_id, reviewer FROM pr_review_requests ORDER BY 1, 2');
      expect(rows).toEqual([{ pr_id: 'P1', reviewer: 'ann' }, { pr_id: 'P2', reviewer: 'bob' }, { pr_id: 'P9', reviewer: 'orphan' }]);
    });
  });

  it('sync_state keeps the later watermark even when the other row was written later', async () => {
    const target = await seed('target.duckdb', { sync_state: [sync('R1', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'), sync('R2', '2026-01-01T00:00:00Z', '2026-03-05T00:00:00Z')] }, KEYS);
    const staged = await seed('staged.duckdb', { sync_state: [sync('R1', '2026-02-01T00:00:00Z', '2026-03-09T00:00:00Z'), sync('R2', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z')] }, KEYS);
    await mergeDatabase(target, staged);
    await withStore('target.duckdb', async (store) => {
      const rows = await store.query<{ repo_id: string; w: string }>(`SELECT repo_id, strftime(watermark, '%Y-%m-%d') AS w FROM sync_state ORDER BY 1`);
      expect(rows).toEqual([{ repo_id: 'R1', w: '2026-03-01' }, { repo_id: 'R2', w: '2026-02-01' }]);
    });
  });

  it('merges actors like the harvest does and drops a placeholder once the real id is known', async () => {
    const actor = (id: string, login: string, first: string, last: string): Row => ({ id, login, kind: 'User', first_seen_at: first, last_seen_at: last });
    const target = await seed('target.duckdb', { actors: [actor('U1', 'ann', '2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z'), actor('login:bob', 'bob', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')] }, KEYS);
    const staged = await seed('staged.duckdb', { actors: [actor('U1', 'ann', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'), actor('U2', 'bob', '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z')] }, KEYS);
    await mergeDatabase(target, staged);
    await withStore('target.duckdb', async (store) => {
      const rows = await store.query<{ id: string; f: string; l: string }>(`SELECT id, strftime(first_seen_at, '%d') AS f, strftime(last_seen_at, '%d') AS l FROM actors ORDER BY id`);
      expect(rows).toEqual([{ id: 'U1', f: '01', l: '06' }, { id: 'U2', f: '03', l: '03' }]);
    });
  });

  it('handles a table added by a later migration generically, by its primary key and timestamp', async () => {
    const ddl = 'CREATE TABLE future_cache (input_hash VARCHAR PRIMARY KEY, summary VARCHAR, created_at TIMESTAMPTZ)';
    for (const [name, rows] of [['target.duckdb', [['h1', 'old', '2026-01-01'], ['h2', 'kept', '2026-01-01']]], ['staged.duckdb', [['h1', 'new', '2026-02-01'], ['h3', 'added', '2026-01-01']]]] as const) {
      await withStore(name, async (store) => {
        await store.run(ddl);
        for (const [h, s, c] of rows) await store.run('INSERT INTO future_cache VALUES ($h, $s, $c::TIMESTAMPTZ)', { h, s, c });
      });
    }
    await mergeDatabase(join(dir, 'target.duckdb'), join(dir, 'staged.duckdb'));
    await withStore('target.duckdb', async (store) => {
      const rows = await store.query<{ input_hash: string; summary: string }>('SELECT input_hash, summary FROM future_cache ORDER BY 1');
      expect(rows).toEqual([{ input_hash: 'h1', summary: 'new' }, { input_hash: 'h2', summary: 'kept' }, { input_hash: 'h3', summary: 'added' }]);
    });
  });
});
