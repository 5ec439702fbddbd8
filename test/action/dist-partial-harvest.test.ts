import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import { countRows, dumpDatabase, dumpDifferences, harvestFresh, repoNames } from '../harvest/harness.js';
import { createGitFixture, type GitFixture } from '../publish/git-fixture.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { copyAction, runDistAction } from './dist-run.js';

/**
 * A first harvest larger than the token's hourly budget fails part way: GitHub's reset is past
 * the wait limit. Every page stored before that is in the runner's database, and the run must
 * commit it to the data branch before it fails, or the next run starts over and a large first
 * harvest never finishes. The next run, with budget again, resumes and ends with exactly the
 * database of one complete harvest: nothing lost, nothing twice.
 */
describe('dist/ as the Action: a harvest that runs out of rate limit', () => {
  const dataset = generateDataset({ seed: 5, size: 200 });
  let starved: Simulator;
  let plenty: Simulator;
  let git: GitFixture;
  let action: string;
  let scratch: string;

  beforeAll(async () => {
    action = copyAction();
    git = createGitFixture();
    scratch = mkdtempSync(join(tmpdir(), 'flowmeter-partial-'));
    // Points and requests per hour: enough for part of the first harvest only.
    starved = await startSimulator({ dataset, rateLimit: 12 });
    plenty = await startSimulator({ dataset });
  });
  afterAll(async () => {
    await starved?.close();
    await plenty?.close();
    git?.dispose();
    rmSync(action, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  const inputs = (simulator: Simulator) => ({
    'INPUT_REPOSITORIES': repoNames(dataset).join('\n'),
    'INPUT_TOKEN': 'partial-test-token',
    'INPUT_API-URL': simulator.url,
    'INPUT_BACKFILL-DAYS': '3650',
    'INPUT_REQUEST-TIMEOUT': '5',
    // Small pages: the first harvest takes many requests, so the budget runs out part way.
    'INPUT_PAGE-SIZE': '10',
    'INPUT_SITE-DIR': 'none',
    'INPUT_JOB-SUMMARY': 'true',
    GITHUB_REPOSITORY: repoNames(dataset)[0]!,
    GITHUB_EVENT_NAME: 'schedule',
    ...git.env,
  });

  it('commits what it harvested before failing, and the next run resumes to a complete database', async () => {
    const first = await runDistAction(action, git.workspace('first'), inputs(starved));
    expect(first.code).not.toBe(0);
    const errors = first.log.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    // One line that says what happened and that the next run goes on: not a failure to fix.
    expect(errors[0]).toMatch(/^::error::GitHub's API rate limit for this token ran out; it resets at \d{4}-\d\d-\d\d \d\d:\d\d UTC, later than the 15 minutes a run waits, with 2 of 2 repositories not yet harvested in full \(acme\/api, acme\/web\)\. Everything harvested so far is stored; the next run resumes from there/);
    expect(first.log).toMatch(/acme\/api: stored before the failure: [1-9]\d* pull requests/);
    expect(git.commitCount('flowmeter-data')).toBe(1);

    const partialPath = join(scratch, 'partial.duckdb');
    execFileSync('sh', ['-c', `git cat-file blob flowmeter-data:flowmeter.duckdb > '${partialPath}'`], { cwd: git.origin, env: { ...process.env, ...git.env } });
    const partial = await openStore(partialPath);
    const stored = await countRows(partial, 'pull_requests');
    await partial.close();
    const total = dataset.repositories.reduce((sum, r) => sum + r.pullRequests.length, 0);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(total);

    const second = await runDistAction(action, git.workspace('second'), inputs(plenty));
    expect(second.log).not.toContain('::error::');
    expect(second.code).toBe(0);

    const resumedPath = join(git.root, 'second', '.flowmeter', 'flowmeter.duckdb');
    const completePath = join(scratch, 'complete.duckdb');
    await harvestFresh(dataset, completePath);
    const resumed = await openStore(resumedPath);
    const complete = await openStore(completePath);
    try {
      expect(await countRows(resumed, 'pull_requests')).toBe(total);
      expect(dumpDifferences(await dumpDatabase(resumed), await dumpDatabase(complete))).toEqual({});
    } finally {
      await resumed.close();
      await complete.close();
    }
  }, 240_000);
});
