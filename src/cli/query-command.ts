import { existsSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { openStore } from '../store/database.js';
import { QUERY_HELP } from './command-help.js';
import { parseCommandLine, printHelp, wantsHelp } from './command-line.js';
import { checkQuery, lockDown, queryError } from './query-guard.js';

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
 * `flowmeter query`: your own SQL against the database, printed as a table. It only reads (see
 * query-guard.ts): a question should never cost history, the database being its only copy, nor
 * write files where SQL pasted from elsewhere says.
 */
export async function queryCommand(args: string[]): Promise<void> {
  if (wantsHelp(args)) return printHelp(QUERY_HELP);
  const { values, positionals } = parseCommandLine('query', { args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true });
  if (!values.db) throw new ConfigError('--db', 'is required: the DuckDB file to query');
  if (!existsSync(values.db)) throw new ConfigError('--db', `${values.db} does not exist; harvest first (flowmeter harvest)`);
  if (positionals.length !== 1) throw new ConfigError('SQL', 'give exactly one SQL argument, quoted');
  const sql = positionals[0]!;
  checkQuery(sql);
  const store = await openStore(values.db, { readOnly: true });
  try {
    await lockDown(store.connection);
    const rows = await store.query(sql).catch((error: unknown) => {
      throw queryError(error);
    });
    process.stdout.write(formatTable(rows) + '\n');
  } finally {
    await store.close();
  }
}
