import type { DuckDBConnection } from '@duckdb/node-api';
import { ConfigError } from '../errors.js';

/**
 * What keeps `flowmeter query` a reader. Opening the file read-only stops writes to the
 * database, but not COPY … TO, EXPORT DATABASE or ATTACH, which write other files. So there
 * are three layers: a scan that refuses those statements by name with a clear reason before
 * the database is opened; DuckDB's own `enable_external_access = false` (no file or network
 * access beyond the open database, no extension loading) with `lock_configuration = true`, so
 * a statement cannot turn it back on; and the read-only file. The scan is for the message:
 * the settings hold even for a statement it does not recognise.
 */

const COPY_TO = 'COPY … TO would write a file (to keep the rows, redirect what it prints: flowmeter query --db FILE "SELECT …" > rows.txt)';
const COPY_FROM = 'COPY … FROM would load a file into the database';
const INSTALL = 'INSTALL would download and install a DuckDB extension';

/** Refused by their first word. */
const REFUSED: Record<string, string> = {
  EXPORT: 'EXPORT DATABASE would write files',
  IMPORT: 'IMPORT DATABASE would load files into the database',
  ATTACH: 'ATTACH would open (or create) another database file',
  INSTALL,
  LOAD: 'LOAD would load a DuckDB extension',
};

/**
 * The SQL with comments and the contents of strings, quoted identifiers and dollar-quoted
 * strings blanked out, split into statements: what is left are keywords and names, so a
 * `'COPY … TO'` inside a string is not mistaken for a statement.
 */
export function sqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      current += ' ';
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < sql.length && depth > 0) {
        if (sql.startsWith('/*', i)) (depth++, (i += 2));
        else if (sql.startsWith('*/', i)) (depth--, (i += 2));
        else i++;
      }
      current += ' ';
    } else if (c === "'" || c === '"') {
      // E'…' strings escape with a backslash; the others by doubling the quote.
      const backslash = c === "'" && /(^|[^\w$])[eE]$/.test(sql.slice(Math.max(0, i - 2), i));
      i++;
      while (i < sql.length) {
        if (backslash && sql[i] === '\\') i += 2;
        else if (sql[i] === c && sql[i + 1] === c) i += 2;
        else if (sql[i] === c) break;
        else i++;
      }
      i++;
      current += ` ${c}${c} `;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      i = end === -1 ? sql.length : end + tag.length;
      current += " '' ";
    } else if (c === ';') {
      statements.push(current);
      current = '';
      i++;
    } else {
      current += c;
      i++;
    }
  }
  statements.push(current);
  return statements.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
}

/** Why `sql` is refused before it runs, or null when it may go to DuckDB. */
export function refusedStatement(sql: string): string | null {
  for (const statement of sqlStatements(sql)) {
    const words: string[] = statement.toUpperCase().match(/[A-Z_][A-Z0-9_$]*/g) ?? [];
    // EXPLAIN ANALYZE runs the statement it explains.
    while (words[0] === 'EXPLAIN' || words[0] === 'ANALYZE') words.shift();
    const [first = '', second = ''] = words;
    if (first === 'COPY') return words.includes('TO') ? COPY_TO : COPY_FROM;
    if (first === 'FORCE' && second === 'INSTALL') return INSTALL;
    if (first === 'UPDATE' && second === 'EXTENSIONS') return 'UPDATE EXTENSIONS would download DuckDB extensions';
    if (Object.hasOwn(REFUSED, first)) return REFUSED[first]!;
  }
  return null;
}

/** Throws the refusal for `sql`, as the one line the CLI prints. */
export function checkQuery(sql: string): void {
  const count = sqlStatements(sql).length;
  if (count === 0) throw new ConfigError('SQL', 'is empty: give one statement, such as "SELECT count(*) FROM pull_requests"');
  // DuckDB would run them all but print only the first one's rows.
  if (count > 1) throw new ConfigError('SQL', `give one statement; this has ${count}, separated by ";"`);
  const reason = refusedStatement(sql);
  if (reason) throw new ConfigError('SQL', `flowmeter query only reads the database: ${reason}.`);
}

/** Turns off everything beyond reading the open database, for good (see the module comment). */
export async function lockDown(connection: DuckDBConnection): Promise<void> {
  await connection.run('SET enable_external_access = false');
  await connection.run('SET autoinstall_known_extensions = false');
  await connection.run('SET lock_configuration = true');
}

/** DuckDB's refusal of a statement, explained; other errors keep DuckDB's own words. */
export function queryError(error: unknown): ConfigError {
  const message = error instanceof Error ? error.message : String(error);
  if (/read-only mode/i.test(message)) return new ConfigError('SQL', `flowmeter query only reads the database, and this statement would change it. ${message}`);
  if (/file system operations are disabled|external extensions is disabled|disabled through configuration/i.test(message)) {
    return new ConfigError('SQL', `flowmeter query only reads the database: it cannot read or write other files, or load extensions. ${message}`);
  }
  if (/configuration has been locked/i.test(message)) return new ConfigError('SQL', `flowmeter query cannot change DuckDB's settings. ${message}`);
  return new ConfigError('SQL', message);
}
