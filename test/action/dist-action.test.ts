import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookExample } from '../events/webhook-examples.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { openStore } from '../../src/store/database.js';
import { countRows, repoNames } from '../harvest/harness.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The committed dist/ alone, copied away from node_modules, runs as GitHub would run it:
 * `node dist/index.js` with inputs as INPUT_* variables.
 */
describe('dist/ as the Action', () => {
  let simulator: Simulator;
  let action: string;
  let work: string;
  const dataset = generateDataset({ seed: 3, size: 120 });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'flowmeter-dist-'));
    action = join(work, 'action');
    cpSync(join(root, 'dist'), join(action, 'dist'), { recursive: true });
    cpSync(join(root, 'action.yml'), join(action, 'action.yml'));
    simulator = await startSimulator({ dataset, token: 'dist-test-token' });
  });
  afterAll(() => simulator.close());

  function runAction(env: Record<string, string>, preload?: string): Promise<{ code: number | null; out: string; outputs: string }> {
    const outputFile = join(work, `output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [...(preload ? ['--import', preload] : []), join(action, 'dist', 'index.js')], {
        cwd: work,
        env: { PATH: process.env.PATH ?? '', HOME: work, RUNNER_TEMP: join(work, 'runner-temp'), GITHUB_OUTPUT: outputFile, ...env },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => resolve({ code, out, outputs: readFileSync(outputFile, 'utf8') }));
    });
  }

  const inputs = (db: string) => ({
    'INPUT_REPOSITORIES': repoNames(dataset).join('\n'),
    'INPUT_TOKEN': 'dist-test-token',
    'INPUT_API-URL': simulator.url,
    'INPUT_DATABASE': db,
    'INPUT_BACKFILL-DAYS': '3650',
    // The harvest alone: publishing has its own end-to-end test (dist-publish.test.ts).
    'INPUT_DATA-BRANCH': 'none',
    'INPUT_SITE-DIR': 'none',
    'INPUT_JOB-SUMMARY': 'false',
  });

  it('harvests into the database and sets the database output', async () => {
    const db = join(work, 'scheduled.duckdb');
    const result = await runAction({ ...inputs(db), GITHUB_EVENT_NAME: 'schedule' });
    expect(result.out).not.toContain('::error::');
    expect(result.code).toBe(0);
    expect(result.outputs).toContain('database');
    // The token appears only in the mask command that tells the runner to hide it.
    expect(result.out.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('dist-test-token');
    const store = await openStore(db);
    expect(await countRows(store, 'pull_requests')).toBe(dataset.repositories.reduce((n, r) => n + r.pullRequests.length, 0));
    await store.close();
  }, 120_000);

  it('on a pull_request event ingests the payload without calling the API', async () => {
    const db = join(work, 'event.duckdb');
    const payload = webhookExample('pull_request', 'opened');
    const eventPath = join(work, 'event.json');
    writeFileSync(eventPath, JSON.stringify(payload));
    simulator.resetStats();
    const result = await runAction({ ...inputs(db), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath });
    expect(result.code).toBe(0);
    expect(simulator.stats().requests).toBe(0);
    const store = await openStore(db);
    expect(await countRows(store, 'pull_requests', `number = ${(payload as { number: number }).number}`)).toBe(1);
    await store.close();
  }, 60_000);

  it('fails with one clear message on a platform it bundles no engine for', async () => {
    const preload = join(work, 'pretend-macos.mjs');
    writeFileSync(preload, "Object.defineProperty(process, 'platform', { value: 'darwin' }); Object.defineProperty(process, 'arch', { value: 'arm64' });\n");
    const result = await runAction({ ...inputs(join(work, 'never.duckdb')) }, preload);
    expect(result.code).toBe(1);
    const errors = result.out.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/darwin-arm64/);
    expect(errors[0]).toMatch(/Linux x64/);
  }, 60_000);

  it('no file in dist/ (all of it committed; CI checks it is current) is over 50 MB', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const size = statSync(join(file.parentPath, file.name)).size;
      expect([file.name, size < 50 * 1024 * 1024]).toEqual([file.name, true]);
    }
  });
});
