import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { silentLogger } from '../../src/log.js';
import { PULL_REQUEST_MARKER, pullRequestCommentBody, readPullRequestFacts, upsertPullRequestComment } from '../../src/publish/pull-request-comment.js';
import { openStore, type Store } from '../../src/store/database.js';
import { prepareFacts } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { upsertRows } from '../../src/store/upsert.js';
import { mentionsOutsideCode } from '../render/markdown-checks.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator } from '../sim/server.js';
import { reportFixture } from './report-fixture.js';

const NOW = new Date('2026-11-16T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flowmeter-prc-'));
  store = await openStore(join(dir, 'db.duckdb'));
  const c = store.connection;
  await upsertRows(c, 'repositories', [{ id: 'R1', owner: 'acme', name: 'api', full_name: 'acme/api', harvested_at: NOW.toISOString() }], ['id']);
  const pr = (number: number, extra: Record<string, unknown>) => ({
    id: `PR${number}`, repo_id: 'R1', number, title: '@octocat <b>title</b>', state: 'OPEN', is_draft: false,
    created_at: hoursAgo(10), updated_at: hoursAgo(1), harvested_at: NOW.toISOString(), additions: 100, deletions: 20,
    author_login: 'ann', ...extra,
  });
  await upsertRows(c, 'pull_requests', [
    pr(5, {}),
    pr(6, { state: 'MERGED', created_at: hoursAgo(40), merged_at: hoursAgo(4), additions: 5, deletions: 1 }),
    pr(7, { state: 'MERGED', created_at: hoursAgo(40), merged_at: hoursAgo(3), additions: 50, deletions: 10 }),
    pr(8, { is_draft: true }),
    // Merged three years ago: outside every period the report measures, and still described.
    pr(9, { state: 'MERGED', created_at: hoursAgo(26_400), merged_at: hoursAgo(26_300), closed_at: hoursAgo(26_300) }),
  ], ['id']);
  await upsertRows(c, 'pr_commits', [{ pr_id: 'PR5', sha: 'a', repo_id: 'R1', authored_at: hoursAgo(20) }, { pr_id: 'PR6', sha: 'b', repo_id: 'R1', authored_at: hoursAgo(42) }], ['pr_id', 'sha']);
  await upsertRows(c, 'pr_reviews', [
    // Neither the author's own review nor a bot's counts as a first review: a bot by its kind,
    // or by a configured pattern (the report's definition; `-bot$` is a default pattern).
    { id: 'V1', pr_id: 'PR5', repo_id: 'R1', author_login: 'ann', state: 'COMMENTED', submitted_at: hoursAgo(8) },
    { id: 'V2', pr_id: 'PR5', repo_id: 'R1', author_login: 'ci', author_kind: 'Bot', state: 'APPROVED', submitted_at: hoursAgo(7) },
    { id: 'V4', pr_id: 'PR5', repo_id: 'R1', author_login: 'deploy-bot', author_kind: 'User', state: 'APPROVED', submitted_at: hoursAgo(6) },
    { id: 'V3', pr_id: 'PR6', repo_id: 'R1', author_login: 'bob', state: 'APPROVED', submitted_at: hoursAgo(30) },
  ], ['id']);
  // The facts are the metrics engine's temp tables, as after computeReport in the Action.
  await prepareFacts(store, parseMetricsConfig({}), NOW);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pull-request comment', () => {
  it('shows an open PR waiting for its first review against the team medians', async () => {
    const report = reportFixture(3);
    const facts = (await readPullRequestFacts(store, 'acme/api', 5, report, false))!;
    expect(facts).toMatchObject({ size: 120, review_count: 0, first_review_at: null, team_merged: 2, size_p50: 33 });
    const body = pullRequestCommentBody(facts, report, NOW, 'https://acme.github.io/api/');
    expect(body).toContain('Waiting for a first review for 10.0 h.');
    expect(body).toMatch(/\| Size \(lines changed\) \| 120 \(L\) \| 33 \|/);
    expect(body).toMatch(/\| Coding time \| 10\.0 h \| 7\.7 h \|/);
    expect(body).toMatch(/\| Pickup time \(to first review\) \| 10\.0 h so far \| 1\.8 h \|/);
    expect(body).toContain('[full report](https://acme.github.io/api/)');
    expect(mentionsOutsideCode(body)).toEqual([]);
  });

  it('shows a merged PR\'s stage times and a draft\'s stopped clock; an unknown PR has no facts', async () => {
    const report = reportFixture(3);
    const merged = pullRequestCommentBody((await readPullRequestFacts(store, 'acme/api', 6, report, false))!, report, NOW);
    expect(merged).toContain('1 review by others so far.');
    expect(merged).toMatch(/\| Pickup time \(to first review\) \| 10\.0 h \|/);
    expect(merged).toMatch(/\| Cycle time \(ready to merge\) \| 36\.0 h \| 12\.3 h \|/);
    const draft = pullRequestCommentBody((await readPullRequestFacts(store, 'acme/api', 8, report, false))!, report, NOW);
    expect(draft).toContain('Still a draft');
    expect(await readPullRequestFacts(store, 'acme/api', 99, report, false)).toBeNull();
    // Every PR's facts are whole (the facts cache holds all of history), however old.
    expect(await readPullRequestFacts(store, 'acme/api', 9, report, false)).toMatchObject({
      state: 'MERGED', size: 120, review_count: 0, merged_at: hoursAgo(26_300).replace('.000Z', 'Z'),
    });
  });

  it('is upserted on the pull request: created once, then edited', async () => {
    const dataset = generateDataset({ seed: 3, size: 20 });
    const sim = await startSimulator({ dataset });
    try {
      const client = await createGitHubClient({ auth: { kind: 'token', token: 't' }, apiUrl: sim.url, minPostIntervalMs: 0, log: silentLogger });
      const repo = dataset.repositories[0]!;
      const pr = repo.pullRequests[0]!;
      const options = { owner: repo.owner, repo: repo.name, number: pr.number, log: silentLogger };
      expect((await upsertPullRequestComment(client, { ...options, body: 'one' })).action).toBe('created');
      expect((await upsertPullRequestComment(client, { ...options, body: 'two' })).action).toBe('updated');
      const ours = pr.comments.filter((c) => (c.body ?? '').startsWith(PULL_REQUEST_MARKER));
      expect(ours).toHaveLength(1);
      expect(ours[0]!.body).toBe(`${PULL_REQUEST_MARKER}\ntwo\n`);
    } finally {
      await sim.close();
    }
  });
});
