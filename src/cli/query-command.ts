import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.js';
import { openStore } from '../store/database.js';

/** Renders rows as an aligned text table (numbers right-aligned), for people at a terminal. */
export function formatTable(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '(no rows)';
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const isNumber = (v: unknown) => typeof v === 'number' || /^-?\d+(\.\d+)?$/.test(cell(v));
  const numeric = columns.map((c) => rows.some((r) => r[c] !== null) && rows.every((r) => r[c] === null || isNumber(r[c])));
  const line = (values: string[]) => values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

/**
 * `flowmeter query`: your own SQL against the database, printed as a table. The file is opened
 * read-only: a question should never cost history, and the database is the only copy of it.
 */
export async function queryCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true });
  if (!values.db) throw new ConfigError('--db', 'is required: the DuckDB file to query');
  if (!existsSync(values.db)) throw new ConfigError('--db', `${values.db} does not exist; harvest first (flowmeter harvest)`);
  if (positionals.length !== 1) throw new ConfigError('SQL', 'give exactly one SQL statement, quoted');
  const store = await openStore(values.db, { readOnly: true });
  try {
    const rows = await store.query(positionals[0]!).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (/read-only mode/i.test(message)) throw new ConfigError('SQL', `flowmeter query only reads the database, and this statement would change it. ${message}`);
      throw new ConfigError('SQL', message);
    });
    process.stdout.write(formatTable(rows) + '\n');
  } finally {
    await store.close();
  }
}
