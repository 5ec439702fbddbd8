import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../store/database.js';

/**
 * The Data page's CSV downloads: every row of every table, streamed from DuckDB chunk by chunk
 * (a result chunk is about 2,048 rows) straight into a file, so a table of millions of rows
 * never sits in memory. The files are spooled when the site's inputs are read, because the
 * renderer runs without the database (callers close it first); the spool lives until the
 * process exits, so one SiteReports can be rendered any number of times.
 */
export interface CsvFile {
  /** Rows written, the header not counted. */
  rows: number;
  columns: string[];
  bytes: number;
}

let spools: string[] | null = null;

/** A new directory for one read's CSV files, removed when the process exits. */
export function csvSpoolDir(): string {
  if (!spools) {
    const dirs: string[] = [];
    spools = dirs;
    process.once('exit', () => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-csv-'));
  spools.push(dir);
  return dir;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly unknown[]): string => cells.map(csvCell).join(',') + '\n';

function writeAll(fd: number, text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
  return bytes.length;
}

/**
 * Writes `table` (a name read from information_schema, quoted as an identifier) to `file` as
 * CSV: a header, then every row, sorted by every column so the same data gives the same bytes.
 * DuckDB sorts within its memory limit and spills to disk beyond it.
 */
export async function writeTableCsv(store: Store, table: string, file: string): Promise<CsvFile> {
  const ident = `main."${table.replace(/"/g, '""')}"`;
  const result = await store.connection.stream(`SELECT * FROM ${ident} ORDER BY ALL`);
  const columns = result.columnNames();
  const fd = openSync(file, 'w');
  let rows = 0;
  let bytes = 0;
  try {
    bytes += writeAll(fd, csvLine(columns));
    for await (const chunk of result.yieldRowsJson()) {
      bytes += writeAll(fd, chunk.map(csvLine).join(''));
      rows += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return { rows, columns, bytes };
}
