import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { refusedStatement, sqlStatements } from '../../src/cli/query-guard.js';
import { openStore } from '../../src/store/database.js';

/**
 * `flowmeter query` reads and nothing else: no statement may write a file (COPY … TO, EXPORT
 * DATABASE, ATTACH), load an extension, change the database, or turn the guard off. The CLI's
 * main() runs in this process (test/cli/cli.test.ts runs the bin) against a real DuckDB file;
 * every refused statement is also checked to have left no file behind.
 */
let dir: string;
let db: string;
let out: string;

async function query(sql: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => {
    into.push(String(chunk));
    return true;
  };
  const stdoutSpy = vi.spyOn(process.stdout, 'write').mockImplementation(capture(stdout));
  const stderrSpy = vi.spyOn(process.stderr, 'write').mockImplementation(capture(stderr));
  try {
    const status = await main(['query', '--db', db, sql]);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    stdoutSpy.mockRestore();
    stderrSpy.mockRestore();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flowmeter-query-'));
  db = join(dir, 'q.duckdb');
  // Where the statements try to write: a folder that exists, so only the guard can stop them.
  out = mkdtempSync(join(tmpdir(), 'flowmeter-query-out-'));
  const store = await openStore(db);
  await store.run(`INSERT INTO repositories (id, owner, name, full_name, harvested_at) VALUES ('R_1', 'acme', 'api', 'acme/api', now())`);
  await store.close();
});

describe('flowmeter query refuses statements that write files', () => {
  const copyTo = /^flowmeter: Invalid SQL: flowmeter query only reads the database: COPY … TO would write a file/;
  it.each([
    ['COPY (SELECT 1) TO', (f: string) => `COPY (SELECT 1) TO '${f}'`, copyTo],
    ['lowercase', (f: string) => `copy (select 1) to '${f}' (header)`, copyTo],
    ['behind comments', (f: string) => `/* export */ -- the rows\n  COPY (SELECT 1) TO '${f}'`, copyTo],
    ['a table', (f: string) => `COPY repositories TO '${f}' (FORMAT parquet)`, copyTo],
    ['after EXPLAIN ANALYZE', (f: string) => `EXPLAIN ANALYZE COPY repositories TO '${f}'`, copyTo],
    ['EXPORT DATABASE', (f: string) => `EXPORT DATABASE '${f}'`, /only reads the database: EXPORT DATABASE would write files\.$/],
    ['ATTACH', (f: string) => `ATTACH '${f}' AS other`, /only reads the database: ATTACH would open \(or create\) another database file\.$/],
  ])('%s', async (_name, sql, message) => {
    const target = join(out, 'x.csv');
    const result = await query(sql(target));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses extensions being installed or loaded', async () => {
    for (const sql of ['INSTALL httpfs', 'FORCE INSTALL httpfs', 'load httpfs', 'UPDATE EXTENSIONS']) {
      expect(await query(sql)).toMatchObject({ status: 1, stderr: expect.stringMatching(/^flowmeter: Invalid SQL: flowmeter query only reads the database: .*extension/) });
    }
  });
});

describe('DuckDB itself holds the line behind the scan', () => {
  it('cannot read or write other files, even through a statement the scan lets pass', async () => {
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'flowmeter-query-other-')), 'teams.csv');
    writeFileSync(elsewhere, 'login,team\nmona,api\n');
    for (const sql of [`SELECT * FROM read_csv('${elsewhere}')`, `SELECT * FROM '${elsewhere}'`, `SELECT * FROM glob('${tmpdir()}/*')`, `WITH x AS (SELECT 1) SELECT * FROM read_text('${join(out, 'y.csv')}')`]) {
      const result = await query(sql);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^flowmeter: Invalid SQL: flowmeter query only reads the database: it cannot read or write other files, or load extensions\. Permission Error/);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('cannot turn the guard off', async () => {
    for (const sql of ['SET enable_external_access = true', 'RESET enable_external_access', 'SET lock_configuration = false', 'PRAGMA enable_external_access = true']) {
      expect(await query(sql)).toMatchObject({ status: 1, stderr: expect.stringMatching(/^flowmeter: Invalid SQL: flowmeter query cannot change DuckDB's settings\..*locked/) });
    }
  });

  it('changes nothing in the database', async () => {
    const bytes = readFileSync(db);
    for (const sql of ['INSERT INTO repositories SELECT * FROM repositories', 'CREATE TABLE t AS SELECT 1', 'ALTER TABLE repositories ADD COLUMN x INT']) {
      expect(await query(sql)).toMatchObject({ status: 1, stderr: expect.stringMatching(/^flowmeter: Invalid SQL: flowmeter query only reads the database, and this statement would change it/) });
    }
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['q.duckdb']);
  });
});

describe('flowmeter query still answers questions', () => {
  it('runs SELECTs, including ones that mention COPY or TO in strings, names and comments', async () => {
    expect(await query('SELECT count(*)::INTEGER AS n FROM repositories')).toMatchObject({ status: 0, stdout: 'n\n-\n1\n' });
    expect(await query(`SELECT 'COPY x TO y' AS "copy to" -- COPY (SELECT 1) TO 'f'\n`)).toMatchObject({ status: 0, stdout: 'copy to\n-----------\nCOPY x TO y\n' });
    expect(await query('DESCRIBE repositories;')).toMatchObject({ status: 0, stdout: expect.stringContaining('full_name') });
  });

  it('asks for one statement at a time', async () => {
    expect(await query('SELECT 1; SELECT 2')).toMatchObject({ status: 1, stderr: 'flowmeter: Invalid SQL: give one statement; this has 2, separated by ";"\n' });
    expect(await query('  -- nothing\n')).toMatchObject({ status: 1, stderr: expect.stringMatching(/^flowmeter: Invalid SQL: is empty/) });
  });
});

describe('the statement scan', () => {
  it('blanks comments, strings, quoted names and dollar-quoted strings, and splits statements', () => {
    expect(sqlStatements(`SELECT 'a;b' AS "c;d", $$e;f$$ /* g; /* nested; */ h; */ ; -- i;\nCOPY t TO 'x'`)).toEqual([`SELECT '' AS "" , ''`, "COPY t TO ''"]);
    expect(sqlStatements(`SELECT E'it\\'s; fine', 'it''s; fine'`)).toHaveLength(1);
    expect(sqlStatements(`SELECT $tag$ ; $$ ; $tag$`)).toHaveLength(1);
  });

  it('refuses by the statement, not by words inside it', () => {
    expect(refusedStatement(`SELECT * FROM pull_requests WHERE title = 'COPY x TO y'`)).toBeNull();
    expect(refusedStatement(`SELECT to_json(p) AS export, 1 AS attach FROM pull_requests p`)).toBeNull();
    expect(refusedStatement(`COPY repositories FROM 'r.csv'`)).toMatch(/^COPY … FROM would load a file/);
    expect(refusedStatement(`IMPORT DATABASE 'dir'`)).toMatch(/^IMPORT DATABASE/);
    expect(refusedStatement(`SELECT 1; copy (select 2) to 'x'`)).toMatch(/^COPY … TO/);
  });
});
