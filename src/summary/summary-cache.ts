import { readAssetFile } from '../asset-files.js';
import type { Store } from '../store/database.js';

/**
 * Claude's answers in the database (table summary_cache, schema 002), keyed by the request hash.
 * What is stored is the raw tool input that passed validation; the caller checks it again on
 * the way out, so a stricter grounding rule in a later flowmeter never serves a stale answer.
 */
let statements: Map<string, string> | null = null;

function statement(name: 'read' | 'write'): string {
  if (!statements) {
    statements = new Map();
    let current: string | null = null;
    for (const line of readAssetFile('summary/sql/summary-cache.sql').split('\n')) {
      const header = /^--\s*name:\s*([\w-]+)\s*$/.exec(line);
      if (header) current = header[1]!;
      else if (current && !line.startsWith('--')) statements.set(current, `${statements.get(current) ?? ''}${line}\n`);
    }
  }
  const sql = statements.get(name)?.trim();
  if (!sql) throw new Error(`summary/sql/summary-cache.sql has no statement named ${name}`);
  return sql;
}

export async function readCachedAnswer(store: Store, hash: string, model: string): Promise<unknown | undefined> {
  const rows = await store.query<{ summary: string }>(statement('read'), { hash, model });
  if (rows.length === 0) return undefined;
  try {
    return JSON.parse(rows[0]!.summary) as unknown;
  } catch {
    return undefined;
  }
}

export async function writeCachedAnswer(store: Store, hash: string, model: string, answer: unknown): Promise<void> {
  await store.run(statement('write'), { hash, model, summary: JSON.stringify(answer) });
}
