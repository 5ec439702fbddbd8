import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/query-command.js';
import { openStore } from '../../src/store/database.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'flowmeter.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });

describe('the flowmeter CLI', () => {
  it('prints usage for help and fails with exit 2 on an unknown command', () => {
    expect(run('help')).toMatchObject({ status: 0, stdout: expect.stringContaining('flowmeter harvest --repo') });
    expect(run('frobnicate')).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown command "frobnicate"') });
  });

  it('names the missing input in one line', () => {
    const result = run('report', '--db', '/nonexistent/x.duckdb', '--json');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('flowmeter: Invalid --db: /nonexistent/x.duckdb does not exist; harvest first (flowmeter harvest)');
    const harvest = run('harvest', '--repo', 'octo/api', '--db', join(tmpdir(), 'never.duckdb'));
    expect(harvest.stderr.trim()).toMatch(/^flowmeter: Invalid token: is empty/);
  });

  it('harvest reads the configuration file named by --config', () => {
    const missing = join(tmpdir(), 'no-such-dir', 'flowmeter.yml');
    const harvest = run('harvest', '--repo', 'octo/api', '--db', join(tmpdir(), 'never.duckdb'), '--config', missing);
    expect(harvest.status).toBe(1);
    expect(harvest.stderr).toContain(missing);
  });

  it('query prints the rows of any SQL as a table', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-cli-')), 'q.duckdb');
    const store = await openStore(path);
    await store.close();
    const result = run('query', '--db', path, "SELECT 'api' AS repo, 42 AS merged UNION ALL SELECT 'web', 7 ORDER BY 1");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('repo  merged\n----  ------\napi       42\nweb        7\n');
  });

  it('query only reads: a statement that would change the database fails and changes nothing; a missing file is named', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-cli-')), 'q.duckdb');
    const store = await openStore(path);
    await store.run(`INSERT INTO repositories (id, owner, name, full_name, harvested_at) VALUES ('R_1', 'acme', 'api', 'acme/api', now())`);
    await store.close();
    const bytes = readFileSync(path);
    for (const sql of ['DELETE FROM repositories', 'DROP TABLE repositories', "UPDATE repositories SET name = 'x'"]) {
      const result = run('query', '--db', path, sql);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^flowmeter: Invalid SQL: flowmeter query only reads the database/);
    }
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(run('query', '--db', path, 'SELECT count(*)::INTEGER AS n FROM repositories').stdout).toBe('n\n-\n1\n');

    const missing = join(tmpdir(), 'no-such-dir', 'q.duckdb');
    expect(run('query', '--db', missing, 'SELECT 1')).toMatchObject({ status: 1, stderr: `flowmeter: Invalid --db: ${missing} does not exist; harvest first (flowmeter harvest)\n` });
    expect(existsSync(missing)).toBe(false);
  });

  it('formats NULLs and empty results', () => {
    expect(formatTable([])).toBe('(no rows)');
    expect(formatTable([{ a: null, b: 'x' }])).toBe('a     b\n----  -\nNULL  x');
  });
});
