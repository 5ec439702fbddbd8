import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/errors.js';
import { publishDatabase } from '../../src/publish/data-branch-publish.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import { createGitFixture, type GitFixture, pullRequestNumbers, runIn, writePullRequests } from './git-fixture.js';

/**
 * GitHub refuses a push holding a file over 100 MiB. The origin here refuses, as GitHub's
 * pre-receive check does, any pushed blob over LIMIT bytes, and the runs split at PART bytes:
 * the same proportions at a size a test can afford.
 */
const LIMIT = 300 * 1024;
const PART = 256 * 1024;
const noWait = async () => undefined;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let fx: GitFixture;
beforeEach(() => {
  fx = createGitFixture();
  const hook = join(fx.origin, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh
while read old new ref; do
  [ "$new" = 0000000000000000000000000000000000000000 ] && continue
  git rev-list --objects "$new" --not --all | git cat-file --batch-check='%(objecttype) %(objectsize) %(rest)' | while read type size path; do
    if [ "$type" = blob ] && [ "$size" -gt ${LIMIT} ]; then
      echo "error: GH001: Large files detected. $path is $size bytes, over the limit of ${LIMIT}." >&2
      exit 1
    fi
  done || exit 1
done
`);
  chmodSync(hook, 0o755);
});
afterEach(() => fx.dispose());

const run = (name: string) => ({ ...runIn(fx, name), partBytes: PART });
/** The branch tip's files and their sizes. */
const branchFiles = (branch = 'flowmeter-data') =>
  Object.fromEntries(fx.originGit(['ls-tree', '-l', branch]).trim().split('\n').map((line) => {
    const [meta, path] = line.split('\t');
    return [path!, Number(meta!.trim().split(/\s+/)[3])];
  }));
const originGitWithInput = (args: string[], input: string) =>
  execFileSync('git', args, { cwd: fx.origin, env: { ...process.env, ...fx.env }, input, encoding: 'utf8' }).trim();

describe('data branch: a database over the file size limit', () => {
  it('goes on the branch in parts within the limit, where one file is refused, and restores byte for byte', async () => {
    const a = run('a');
    await writePullRequests(a.databasePath, 'api', 1, 300);
    const bytes = statSync(a.databasePath).size;
    expect(bytes).toBeGreaterThan(2 * LIMIT);

    // One file: the remote refuses it, as GitHub refuses a file over 100 MiB.
    await expect(publishDatabase({ ...a, partBytes: 1024 * 1024 * 1024, base: null, sleep: noWait })).rejects.toThrow(PublishError);
    expect(fx.commitCount('flowmeter-data')).toBe(0);

    const published = await publishDatabase({ ...a, base: null, sleep: noWait });
    expect(published.parts).toBe(Math.ceil(bytes / PART));
    const files = branchFiles();
    const parts = Object.keys(files).filter((path) => path !== 'flowmeter.duckdb.parts').sort();
    expect(parts).toEqual(Array.from({ length: published.parts }, (_, i) => `flowmeter.duckdb.part-${String(i + 1).padStart(4, '0')}`));
    expect(Object.keys(files)).toContain('flowmeter.duckdb.parts');
    expect(Object.values(files).every((size) => size <= PART)).toBe(true);
    expect(parts.reduce((sum, path) => sum + files[path]!, 0)).toBe(bytes);

    const b = run('b');
    const restored = await restoreDatabase(b);
    expect(restored).toEqual({ commit: published.commit, restored: true, bytes });
    expect(sha(b.databasePath)).toBe(sha(a.databasePath));
    expect(await pullRequestNumbers(b.databasePath)).toHaveLength(300);
  });

  it('turns a branch of one file into parts as the database grows, and back, never holding both', async () => {
    rmSync(join(fx.origin, 'hooks', 'pre-receive'));
    const a = run('a');
    await writePullRequests(a.databasePath, 'api', 1, 5);
    let base = (await publishDatabase({ ...a, partBytes: 64 * 1024 * 1024, base: null, sleep: noWait })).commit;
    expect(Object.keys(branchFiles())).toEqual(['flowmeter.duckdb']);

    await writePullRequests(a.databasePath, 'api', 6, 300);
    base = (await publishDatabase({ ...a, base, sleep: noWait })).commit;
    expect(Object.keys(branchFiles())).not.toContain('flowmeter.duckdb');
    expect(Object.keys(branchFiles())).toContain('flowmeter.duckdb.parts');

    const b = run('b');
    await restoreDatabase(b);
    expect(await pullRequestNumbers(b.databasePath)).toHaveLength(300);

    await publishDatabase({ ...a, partBytes: 64 * 1024 * 1024, base, sleep: noWait, history: 'keep' });
    expect(Object.keys(branchFiles())).toEqual(['flowmeter.duckdb']);
  });

  it('merges into the assembled database when another run pushed parts after this run restored', async () => {
    const a = run('a');
    const b = run('b');
    const baseA = (await restoreDatabase(a)).commit;
    const baseB = (await restoreDatabase(b)).commit;
    await writePullRequests(b.databasePath, 'web', 1, 300);
    expect((await publishDatabase({ ...b, base: baseB, sleep: noWait })).parts).toBeGreaterThan(1);
    await writePullRequests(a.databasePath, 'api', 1, 7);
    const result = await publishDatabase({ ...a, base: baseA, sleep: noWait });
    expect(result.merges).toBe(1);
    const check = run('check');
    await restoreDatabase(check);
    expect(await pullRequestNumbers(check.databasePath)).toHaveLength(307);
  });

  it('stops with an error naming the branch when the parts do not add up, and leaves the local database alone', async () => {
    const a = run('a');
    await writePullRequests(a.databasePath, 'api', 1, 300);
    await publishDatabase({ ...a, base: null, sleep: noWait });
    const entries = fx.originGit(['ls-tree', 'flowmeter-data']).trim().split('\n');
    let damaged = 0;
    const damage = async (tree: string[], expected: RegExp) => {
      const treeId = originGitWithInput(['mktree'], `${tree.join('\n')}\n`);
      const commit = originGitWithInput(['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit-tree', treeId, '-m', 'damaged'], '');
      fx.originGit(['update-ref', 'refs/heads/flowmeter-data', commit]);
      const c = run(`c-${++damaged}`);
      await writePullRequests(c.databasePath, 'local', 1, 2);
      const before = sha(c.databasePath);
      const error = await restoreDatabase(c).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PublishError);
      expect((error as Error).message).toMatch(/flowmeter-data/);
      expect((error as Error).message).toMatch(expected);
      expect(sha(c.databasePath)).toBe(before);
    };
    // Two parts swapped: the same size, another content.
    const [first, second] = entries.filter((e) => e.includes('.part-')).map((e) => e.split('\t'));
    const swapped = entries.map((e) => (e.endsWith(first![1]!) ? `${second![0]}\t${first![1]}` : e.endsWith(second![1]!) ? `${first![0]}\t${second![1]}` : e));
    await damage(swapped, /SHA-256/);
    // A part missing.
    await damage(entries.filter((e) => !e.endsWith(second![1]!)), /missing/);
  });
});
