import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishDatabase } from '../../src/publish/data-branch-publish.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import { createGitFixture, type GitFixture, pullRequestNumbers, runIn, writePullRequests } from './git-fixture.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const noWait = async () => undefined;

let fx: GitFixture;
beforeEach(() => { fx = createGitFixture(); });
afterEach(() => fx.dispose());

const run = (name: string) => runIn(fx, name);

describe('data branch', () => {
  it('starts fresh without the branch, publishes, and a later restore gives the same database', async () => {
    const a = run('a');
    const restored = await restoreDatabase(a);
    expect(restored).toEqual({ commit: null, restored: false, bytes: 0 });
    await writePullRequests(a.databasePath, 'api', 1, 20);
    const published = await publishDatabase({ ...a, base: restored.commit, sleep: noWait });
    expect(published.attempts).toBe(1);
    expect(fx.commitCount('flowmeter-data')).toBe(1);
    // The branch holds the database file and nothing else.
    expect(fx.originGit(['ls-tree', '--name-only', 'flowmeter-data']).trim()).toBe('flowmeter.duckdb');

    const b = run('b');
    const again = await restoreDatabase(b);
    expect(again.commit).toBe(published.commit);
    expect(sha(b.databasePath)).toBe(sha(a.databasePath));
    expect(await pullRequestNumbers(b.databasePath)).toHaveLength(20);
  });

  it('squash keeps one commit after three publishes; keep adds one each time', async () => {
    for (const [history, branch] of [['squash', 'sq'], ['keep', 'kp']] as const) {
      const r = run(`ws-${history}`);
      let base = (await restoreDatabase({ ...r, branch })).commit;
      for (let i = 1; i <= 3; i++) {
        await writePullRequests(r.databasePath, 'api', i * 10, i * 10 + 5);
        base = (await publishDatabase({ ...r, branch, base, history, sleep: noWait })).commit;
        expect(fx.commitCount(branch)).toBe(history === 'squash' ? 1 : i);
      }
      const check = run(`check-${history}`);
      await restoreDatabase({ ...check, branch });
      expect(await pullRequestNumbers(check.databasePath)).toHaveLength(18);
    }
  });

  it('refuses to publish a database that is still open', async () => {
    const a = run('a');
    await writePullRequests(a.databasePath, 'api', 1, 1);
    writeFileSync(`${a.databasePath}.wal`, 'x');
    await expect(publishDatabase({ ...a, base: null })).rejects.toThrow(/write-ahead log/);
  });
});
