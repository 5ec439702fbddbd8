import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/errors.js';
import { publishDatabase } from '../../src/publish/data-branch-publish.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import type { GitRunner } from '../../src/publish/git-runner.js';
import { createGitFixture, type GitFixture, pullRequestNumbers, runIn, writePullRequests } from './git-fixture.js';

const noWait = async () => undefined;

let fx: GitFixture;
beforeEach(() => { fx = createGitFixture(); });
afterEach(() => fx.dispose());

const run = (name: string) => runIn(fx, name);

/** Runs that publish over each other: merge before push, a rejected push retried, the final error. */
describe('data branch: racing runs', () => {
  it('merges the branch database first when another run pushed after this one restored', async () => {
    const a = run('a');
    const b = run('b');
    const baseA = (await restoreDatabase(a)).commit;
    const baseB = (await restoreDatabase(b)).commit;
    await writePullRequests(b.databasePath, 'web', 1, 5);
    await publishDatabase({ ...b, base: baseB, sleep: noWait });
    await writePullRequests(a.databasePath, 'api', 1, 7);
    const result = await publishDatabase({ ...a, base: baseA, sleep: noWait });
    expect(result.merges).toBe(1);
    const check = run('check');
    await restoreDatabase(check);
    expect(await pullRequestNumbers(check.databasePath)).toHaveLength(12);
    expect(fx.commitCount('flowmeter-data')).toBe(1);
  });

  it('retries a push rejected because a competing commit landed between fetch and push; the union survives', async () => {
    for (const history of ['squash', 'keep'] as const) {
      const branch = `race-${history}`;
      const a = run(`a-${history}`);
      const b = run(`b-${history}`);
      const baseA = (await restoreDatabase({ ...a, branch })).commit;
      const baseB = (await restoreDatabase({ ...b, branch })).commit;
      await writePullRequests(a.databasePath, 'api', 1, 4);
      await writePullRequests(b.databasePath, 'web', 1, 3);
      let competed = false;
      const waits: number[] = [];
      // The competitor pushes right before A's first push: A's fetch saw the old tip.
      const interleaving: GitRunner = {
        async run(args, options) {
          if (args[0] === 'push' && !competed) {
            competed = true;
            await publishDatabase({ ...b, branch, base: baseB, history, sleep: noWait });
          }
          return fx.git.run(args, options);
        },
      };
      const result = await publishDatabase({ ...a, branch, base: baseA, history, git: interleaving, sleep: async (ms) => { waits.push(ms); } });
      expect(result.attempts).toBe(2);
      expect(result.merges).toBe(1);
      expect(waits).toHaveLength(1);
      const check = run(`check-${history}`);
      await restoreDatabase({ ...check, branch });
      expect(await pullRequestNumbers(check.databasePath)).toHaveLength(7);
      expect(fx.commitCount(branch)).toBe(history === 'squash' ? 1 : 2);
    }
  });

  it('gives up after maxAttempts with a PublishError naming the branch and what to do', async () => {
    const a = run('a');
    const b = run('b');
    const baseA = (await restoreDatabase(a)).commit;
    await writePullRequests(a.databasePath, 'api', 1, 2);
    let competitor = 0;
    const alwaysLate: GitRunner = {
      async run(args, options) {
        if (args[0] === 'push') {
          // Someone else always pushes in between: the lease can never hold.
          await writePullRequests(b.databasePath, 'web', ++competitor, competitor);
          await publishDatabase({ ...b, sleep: noWait });
        }
        return fx.git.run(args, options);
      },
    };
    const waits: number[] = [];
    const error = await publishDatabase({ ...a, base: baseA, git: alwaysLate, maxAttempts: 3, backoffMs: 100, random: () => 0.5, sleep: async (ms) => { waits.push(ms); } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(/branch "flowmeter-data"/);
    expect((error as Error).message).toMatch(/3 times/);
    expect((error as Error).message).toMatch(/concurrency/);
    expect((error as Error).message).toContain(a.databasePath);
    expect(waits).toEqual([100, 200]);
  });
});
