import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Project hygiene: a licence that matches package.json, CI workflows that run the tests and
 * refuse a stale dist/, and a documented release process with the tags users pin.
 */
const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Step { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { 'runs-on': string; container?: unknown; strategy?: { matrix?: Record<string, unknown[]> }; permissions?: Record<string, string>; steps: Step[] }
interface Workflow { name: string; on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const workflow = (file: string) => parse(read(join('.github', 'workflows', file))) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).map((s) => s.run ?? '').join('\n');
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

describe('LICENSE', () => {
  it('is the MIT licence that package.json names, with the copyright line', () => {
    expect(existsSync(join(root, 'LICENSE'))).toBe(true);
    const license = read('LICENSE');
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 The flowmeter authors');
    expect(license).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('.github/workflows', () => {
  it('holds ci.yml and check-dist.yml', () => {
    expect(readdirSync(join(root, '.github', 'workflows')).sort()).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml']));
  });

  it.each(['ci.yml', 'check-dist.yml'])('%s runs on pushes and pull requests with a read-only token and actions pinned by major version', (file) => {
    const w = workflow(file);
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(w.jobs)) expect(job.permissions, `${file}: a job widens the token`).toBeUndefined();
    for (const step of steps(w).filter((s) => s.uses)) expect(step.uses, `${file}: ${step.uses}`).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    expect(steps(w).map((s) => s.uses)).toEqual(expect.arrayContaining(['actions/checkout@v4', 'actions/setup-node@v4']));
    expect(runs(w)).toMatch(/^npm ci\b/m);
  });

  it('ci.yml runs the tests on Node 20 and 24 with Debian\'s Chromium', () => {
    const w = workflow('ci.yml');
    const job = Object.values(w.jobs)[0]!;
    expect(job.strategy?.matrix?.node).toEqual([20, 24]);
    expect(steps(w).find((s) => s.uses === 'actions/setup-node@v4')?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(String(job.container)).toMatch(/^debian:/);
    expect(runs(w)).toMatch(/apt-get install .*\bchromium\b/);
    expect(runs(w)).toMatch(/^npm test$/m);
    expect(runs(w)).toMatch(/^npm run build$/m);
  });

  it('check-dist.yml rebuilds dist/ and action.yml on Node 24 and uploads the difference', () => {
    const w = workflow('check-dist.yml');
    expect(steps(w).find((s) => s.uses === 'actions/setup-node@v4')?.with?.['node-version']).toBe(24);
    expect(runs(w)).toMatch(/^npm run package$/m);
    expect(runs(w)).toMatch(/^npm run action-metadata -- --check$/m);
    const upload = steps(w).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload, 'no step uploads the difference').toBeDefined();
    expect(String((upload as Step & { if?: string }).if)).toContain('failure()');
  });

  it('check-dist.yml fails on a dirty or untracked dist/ or action.yml, and passes on a clean one', () => {
    const compare = steps(workflow('check-dist.yml')).find((s) => s.run?.includes('git status --porcelain -- dist action.yml'));
    expect(compare, 'no step compares dist/ with git status').toBeDefined();
    const repo = mkdtempSync(join(tmpdir(), 'flowmeter-check-dist-'));
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist', 'index.js'), 'built\n');
    writeFileSync(join(repo, 'action.yml'), 'name: x\n');
    writeFileSync(join(repo, '.gitignore'), '.tmp/\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'dist');
    const check = () => spawnSync('bash', ['-e', '-c', compare!.run!], { cwd: repo, encoding: 'utf8' });
    expect(check().status).toBe(0);

    writeFileSync(join(repo, 'dist', 'index.js'), 'rebuilt differently\n');
    const dirty = check();
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('dist/ is out of date');
    expect(readFileSync(join(repo, '.tmp', 'dist.diff'), 'utf8')).toContain('rebuilt differently');
    git(repo, 'checkout', '-q', '--', 'dist');

    writeFileSync(join(repo, 'dist', 'new-chunk.js'), 'x\n');
    expect(check().status).toBe(1);
    git(repo, 'clean', '-q', '-f', '--', 'dist');

    writeFileSync(join(repo, 'action.yml'), 'name: y\n');
    expect(check().status).toBe(1);
  });
});

describe('CONTRIBUTING.md', () => {
  const contributing = read('CONTRIBUTING.md');

  it('documents releases: v1.x.y tags on a commit with current dist/, the moving v1 tag, notes and Marketplace', () => {
    const release = contributing.slice(contributing.indexOf('## Releasing'));
    expect(release.startsWith('## Releasing')).toBe(true);
    expect(release).toContain('`v1.x.y`');
    expect(release).toMatch(/uses: OWNER\/flowmeter@v1\b/);
    expect(release).toMatch(/full\s+commit SHA/);
    for (const command of ['git tag -a v1.2.3 -m', 'git push origin v1.2.3', 'git tag -f v1 v1.2.3', 'git push -f origin v1']) expect(release).toContain(command);
    expect(release).toContain('git status --porcelain -- dist action.yml');
    expect(release).toContain('GitHub Release');
    expect(release).toContain('Marketplace');
  });

  it('names both workflows in its CI section', () => {
    const ci = contributing.slice(contributing.indexOf('## CI'), contributing.indexOf('## Releasing'));
    expect(ci).toContain('.github/workflows/ci.yml');
    expect(ci).toContain('.github/workflows/check-dist.yml');
  });

  it('the README and the examples pin the major tag the release process moves', () => {
    const pinned = [read('README.md'), ...readdirSync(join(root, 'examples')).map((f) => read(join('examples', f)))]
      .flatMap((text) => [...text.matchAll(/uses: flowmeter\/flowmeter@(\S+)/g)].map((m) => m[1]));
    expect(pinned.length).toBeGreaterThan(0);
    expect(new Set(pinned)).toEqual(new Set(['v1']));
  });
});
