import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `--version`, `--help` for every command, and one clear line for a mistyped option: the real bin, in a child process. */
const bin = join(import.meta.dirname, '..', '..', 'bin', 'flowmeter.js');
const packageVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const COMMANDS = ['harvest', 'report', 'demo', 'serve', 'query'];

function run(args: string[], cwd = mkdtempSync(join(tmpdir(), 'flowmeter-help-'))) {
  // A token and an API that would be used if a command did any work: nothing listens on port 9.
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GITHUB_TOKEN: 'ghp_never_used', GITHUB_API_URL: 'http://127.0.0.1:9' } });
  return { ...result, cwd };
}

describe('flowmeter --version', () => {
  it('prints the version in package.json, with -v too', () => {
    expect(packageVersion).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-v', 'version']) {
      expect(run([flag])).toMatchObject({ status: 0, stdout: `flowmeter ${packageVersion}\n`, stderr: '' });
    }
  });
});

describe('flowmeter --help', () => {
  it('lists every command, on stdout, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = run(args);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(result.stdout).toContain('flowmeter COMMAND --help');
    }
  });

  it('without a command, prints the same on stderr and exits 2', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('flowmeter COMMAND --help');
  });

  it('answers a command name after help, and refuses an unknown one', () => {
    expect(run(['help', 'query']).stdout).toBe(run(['query', '--help']).stdout);
    expect(run(['help', 'frobnicate'])).toMatchObject({ status: 2, stderr: 'flowmeter: Unknown command "frobnicate". Run "flowmeter --help" for the commands.\n' });
    expect(run(['--frobnicate'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^flowmeter: Unknown option --frobnicate\. Run "flowmeter --help"/) });
  });
});

describe('flowmeter COMMAND --help', () => {
  it.each(COMMANDS)('%s: usage, options and an example, exit 0, and nothing done', (command) => {
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-help-'));
    const db = join(dir, 'metrics.duckdb');
    // Arguments that would make the command work (or fail trying), with --help among them.
    const work: Record<string, string[]> = {
      harvest: ['--repo', 'octo/api', '--db', db],
      report: ['--db', db, '--json'],
      demo: ['--out', join(dir, 'demo')],
      serve: [dir, '--port', '0'],
      query: ['--db', db, 'SELECT 1'],
    };
    for (const help of command === 'query' ? ['--help', '-h'] : ['--help']) {
      const result = run([command, ...work[command]!, help], dir);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^flowmeter ${command}: `));
      expect(result.stdout).toContain(`\nUsage:\n  flowmeter ${command}`);
      expect(result.stdout).toContain('\nOptions:\n');
      expect(result.stdout).toMatch(/\nExamples?:\n  (GITHUB_TOKEN=… )?flowmeter /);
      expect(result.stdout).toContain('-h, --help');
    }
    // No database, no demo output, no site: help did no work.
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(db)).toBe(false);
  });

  it('names what follows "--" as an argument, not a request for help', () => {
    const result = run(['serve', '--', '--help']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('flowmeter: Invalid DIR: --help does not exist\n');
  });
});

describe('a wrong option', () => {
  it.each(COMMANDS)('%s: one line naming the option and pointing at --help, exit 2', (command) => {
    const result = run([command, '--bogus']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`flowmeter: Unknown option --bogus for flowmeter ${command}. Run "flowmeter ${command} --help" for its options.\n`);
  });

  it('says which option misses its value, or takes none, or which argument is stray', () => {
    expect(run(['query', '--db'])).toMatchObject({ status: 2, stderr: 'flowmeter: Option --db of flowmeter query needs a value. Run "flowmeter query --help" for its options.\n' });
    expect(run(['report', '--json=yes'])).toMatchObject({ status: 2, stderr: 'flowmeter: Option --json of flowmeter report takes no value. Run "flowmeter report --help" for its options.\n' });
    expect(run(['harvest', 'octo/api'])).toMatchObject({ status: 2, stderr: 'flowmeter: Unexpected argument "octo/api" for flowmeter harvest. Run "flowmeter harvest --help" for its options.\n' });
    expect(run(['report', '--title', '-x'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Option --title of flowmeter report needs a value (write one that starts with "-" as --title=-VALUE)') });
  });
});
