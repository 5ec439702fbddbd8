// The facts cache (metrics/facts-cache.ts) recomputes only the PRs a write marked stale. Its
// oracle is a rebuild: after every kind of write, a report over the refreshed cache must equal
// the report after the cache is thrown away and rebuilt from the harvested rows, and the
// refresh must have recomputed only the PRs the write touched.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { harvestInto } from '../harvest/harness.js';
import { webhookExample } from '../events/webhook-examples.js';
import { openStore, type Store } from '../../src/store/database.js';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import { mergeDatabase } from '../../src/store/merge-database.js';
import { markGone, upsertRows } from '../../src/store/upsert.js';
import { parseMetricsConfig, type MetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import { prepareFacts } from '../../src/metrics/context.js';

/** The issue_comment example on the pull_request example's PR #2, as GitHub sends a PR conversation comment. */
function pullRequestComment(action: 'created' | 'deleted') {
  const payload = webhookExample('issue_comment', action);
  payload.issue.number = 2;
  payload.issue.node_id = 'MDU6SXNzdWU0NDQ1MDAxNjc=';
  payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2' };
  return payload;
}

describe('the facts cache', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let store: Store;
  let dir: string;
  const now = () => new Date(dataset.now);
  const defaults = parseMetricsConfig({});

  /** Refreshes the cache, and returns what it recomputed and the report over it. */
  async function refreshed(config: MetricsConfig = defaults) {
    const { cache } = await prepareFacts(store, config, now());
    return { cache, report: await computeReport(store, config, now()) };
  }

  /** The report after the cache is dropped and rebuilt from the harvested rows. */
  async function rebuilt(config: MetricsConfig = defaults) {
    await store.run('DROP TABLE facts_cache.state');
    const { cache } = await prepareFacts(store, config, now());
    expect(cache.rebuilt).toBe(true);
    return computeReport(store, config, now());
  }

  async function staleCount(): Promise<number> {
    const [row] = await store.query<{ n: number }>('SELECT count(DISTINCT pr_id)::INTEGER AS n FROM facts_cache.stale_prs');
    return row!.n;
  }

  beforeAll(async () => {
    dataset = generateDataset({ seed: 11, size: 250 });
    simulator = await startSimulator({ dataset });
    dir = mkdtempSync(join(tmpdir(), 'flowmeter-facts-cache-'));
    store = await openStore(join(dir, 'h.duckdb'));
    await harvestInto(store, simulator, dataset);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  it('is built by the first report, and a report with nothing written recomputes no PR', async () => {
    const first = await prepareFacts(store, defaults, now());
    expect(first.cache.rebuilt).toBe(true);
    expect(first.cache.prs).toBeGreaterThan(200);
    expect(await staleCount()).toBe(0);
    const again = await refreshed();
    expect(again.cache).toEqual({ rebuilt: false, prs: 0 });
    expect(again.report).toEqual(await rebuilt());
  });

  it('an incremental harvest: a new review, a new review request and a new PR', async () => {
    const repo = dataset.repositories[0]!;
    const open = repo.pullRequests.filter((p) => p.state === 'OPEN' && p.reviews.length < 50);
    const at = new Date(Date.parse(dataset.now) - 3_600_000).toISOString();
    const reviewer = dataset.actors.find((a) => a.kind === 'User' && a.login !== open[0]!.author)!.login;
    open[0]!.reviews.push({ id: 'PRR_cache_1', databaseId: 991001, author: reviewer, state: 'CHANGES_REQUESTED', submittedAt: at, createdAt: at });
    open[0]!.updatedAt = at;
    const template = repo.pullRequests.find((p) => p.state === 'MERGED' && p.reviews.length > 0)!;
    const number = Math.max(...repo.pullRequests.map((p) => p.number), ...repo.issues.map((i) => i.number)) + 1;
    repo.pullRequests.push({
      ...structuredClone(template),
      id: 'PR_cache_1', databaseId: 991003, number, title: 'fix: cached', state: 'OPEN', isDraft: false,
      createdAt: at, updatedAt: at, closedAt: null, mergedAt: null, mergeCommitOid: null,
      reviews: [], comments: [], timeline: [], reviewRequests: [], commits: [],
    });
    await harvestInto(store, simulator, dataset);
    expect(await staleCount()).toBeGreaterThanOrEqual(2);
    const after = await refreshed();
    expect(after.cache.rebuilt).toBe(false);
    expect(after.cache.prs).toBeGreaterThanOrEqual(2);
    expect(after.cache.prs).toBeLessThan(20);
    expect(after.report).toEqual(await rebuilt());
  });

  it('webhook events: a review submitted and dismissed, a PR closed, a comment created and deleted', async () => {
    await refreshed();
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), now());
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'review_requested'), now());
    const before = await refreshed();
    expect(before.cache.prs).toBe(1);
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'dismissed'), now());
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'closed'), now());
    const after = await refreshed();
    // The example's review and its closed PR.
    expect(after.cache.prs).toBeGreaterThanOrEqual(1);
    expect(after.cache.prs).toBeLessThanOrEqual(2);
    expect(after.report).toEqual(await rebuilt());
    // A conversation comment on that PR, created and then deleted.
    await ingestEvent(store, 'issue_comment', pullRequestComment('created'), now());
    expect((await refreshed()).cache.prs).toBe(1);
    await ingestEvent(store, 'issue_comment', pullRequestComment('deleted'), now());
    const deleted = await refreshed();
    expect(deleted.cache.prs).toBe(1);
    expect(deleted.report).toEqual(await rebuilt());
  });

  it('a PR marked gone', async () => {
    await refreshed();
    const [merged] = await store.query<{ id: string; repo_id: string }>(
      "SELECT p.id, p.repo_id FROM pull_requests p WHERE state = 'MERGED' AND EXISTS (SELECT 1 FROM pr_reviews v WHERE v.pr_id = p.id) ORDER BY merged_at DESC LIMIT 1");
    expect(await markGone(store.connection, 'pull_requests', merged!.repo_id, [merged!.id], dataset.now)).toBe(1);
    const after = await refreshed();
    expect(after.cache.prs).toBe(1);
    const [cached] = await store.query<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM facts_cache.prs f JOIN facts_cache.keys k USING (k) WHERE k.pr_id = $id', { id: merged!.id });
    expect(cached!.n).toBe(0);
    expect(after.report).toEqual(await rebuilt());
  });

  it('a repository stored after its PRs brings them and their reviews in', async () => {
    await refreshed();
    const at = (hours: number) => new Date(Date.parse(dataset.now) - hours * 3_600_000).toISOString();
    await upsertRows(store.connection, 'pull_requests', [{
      id: 'PR_late_repo', repo_id: 'R_late', number: 1, title: 'feat: ahead of its repository', state: 'MERGED', is_draft: false,
      author_login: 'late-author', author_kind: 'User', created_at: at(48), merged_at: at(24), closed_at: at(24),
      updated_at: at(24), harvested_at: at(1), additions: 10, deletions: 2,
    }], ['id']);
    await upsertRows(store.connection, 'pr_reviews', [{
      id: 'PRR_late_repo', pr_id: 'PR_late_repo', repo_id: 'R_late', author_login: 'late-reviewer', author_kind: 'User',
      state: 'APPROVED', submitted_at: at(30), created_at: at(30),
    }], ['id']);
    const before = await refreshed();
    expect(before.report.repositories.map((r) => r.fullName)).not.toContain('acme/late');
    await upsertRows(store.connection, 'repositories', [{ id: 'R_late', owner: 'acme', name: 'late', full_name: 'acme/late', harvested_at: at(1) }], ['id']);
    const after = await refreshed();
    expect(after.cache.prs).toBe(1);
    expect(JSON.stringify(after.report.sections)).toContain('late-reviewer');
    expect(after.report).toEqual(await rebuilt());
  });

  it('a login that turns out to be a bot changes the PRs it commented on before', async () => {
    const [comment] = await store.query<{ pr_id: string; author_login: string; repo_id: string }>(
      `SELECT c.pr_id, c.author_login, c.repo_id FROM pr_comments c JOIN pull_requests p ON p.id = c.pr_id
        WHERE c.author_kind = 'User' AND c.author_login IS DISTINCT FROM p.author_login ORDER BY c.id LIMIT 1`);
    await refreshed();
    const [other] = await store.query<{ id: string }>('SELECT id FROM pull_requests WHERE id <> $id LIMIT 1', { id: comment!.pr_id });
    // Only the other PR is written: the commented one is stale only through its commenter.
    await upsertRows(store.connection, 'pr_comments', [{
      id: 'IC_cache_bot', pr_id: other!.id, repo_id: comment!.repo_id, author_login: comment!.author_login,
      author_kind: 'Bot', created_at: dataset.now, updated_at: dataset.now,
    }], ['id']);
    const after = await refreshed();
    expect(after.cache.prs).toBeGreaterThanOrEqual(2);
    expect(after.report).toEqual(await rebuilt());
  });

  it('new team membership recomputes the review requests; new bot patterns rebuild everything', async () => {
    // The team asked most, given one member who never reviews: its requests stop being answered.
    const [team] = await store.query<{ slug: string }>(
      `SELECT requested_reviewer AS slug FROM pr_timeline_events WHERE requested_reviewer_kind = 'Team'
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    expect(team).toBeDefined();
    const teams = parseMetricsConfig({ teams: { [team!.slug]: ['nobody-who-reviews'] } });
    const withTeams = await refreshed(teams);
    expect(withTeams.cache).toEqual({ rebuilt: false, prs: 0 });
    expect(withTeams.report.sections).not.toEqual((await refreshed()).report.sections);
    expect((await refreshed(teams)).report).toEqual(await rebuilt(teams));
    const logins = (await store.query<{ login: string }>('SELECT DISTINCT author_login AS login FROM pr_reviews WHERE author_login IS NOT NULL ORDER BY 1 LIMIT 1')).map((r) => r.login);
    const bots = parseMetricsConfig({ bots: { patterns: [...defaults.bots.patterns, `^${logins[0]}$`] } });
    const withBots = await refreshed(bots);
    expect(withBots.cache.rebuilt).toBe(true);
    expect(withBots.report).toEqual(await rebuilt(bots));
  });

  it('a merge of another run\'s database marks the PRs it wrote', async () => {
    await refreshed();
    const otherPath = join(dir, 'other.duckdb');
    await store.checkpoint();
    copyFileSync(store.path, otherPath);
    const other = await openStore(otherPath);
    const [pr] = await other.query<{ id: string; repo_id: string }>("SELECT id, repo_id FROM pull_requests WHERE state = 'OPEN' LIMIT 1");
    await upsertRows(other.connection, 'pr_reviews', [{
      id: 'PRR_cache_merge', pr_id: pr!.id, repo_id: pr!.repo_id, author_login: 'merge-reviewer', author_kind: 'User',
      state: 'APPROVED', submitted_at: dataset.now, created_at: dataset.now,
    }], ['id']);
    // The other run read the PR later: its rows win the merge.
    await other.run("UPDATE pull_requests SET updated_at = updated_at + INTERVAL 1 HOUR WHERE id = $id", { id: pr!.id });
    await other.close();
    await store.close();
    await mergeDatabase(join(dir, 'h.duckdb'), otherPath);
    store = await openStore(join(dir, 'h.duckdb'));
    expect(await staleCount()).toBeGreaterThanOrEqual(1);
    const after = await refreshed();
    expect(after.cache.rebuilt).toBe(false);
    expect(after.report).toEqual(await rebuilt());
  });
});
