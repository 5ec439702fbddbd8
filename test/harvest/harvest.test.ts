import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { openStore, type Store } from '../../src/store/database.js';
import { countRows, dumpDatabase, dumpDifferences, harvestInto } from './harness.js';

const dataset = generateDataset({ seed: 7, size: 400 });
const expected = {
  pull_requests: dataset.repositories.reduce((n, r) => n + r.pullRequests.length, 0),
  pr_reviews: dataset.repositories.reduce((n, r) => n + r.pullRequests.reduce((m, p) => m + p.reviews.length, 0), 0),
  pr_comments: dataset.repositories.reduce((n, r) => n + r.pullRequests.reduce((m, p) => m + p.comments.length, 0), 0),
  pr_timeline_events: dataset.repositories.reduce((n, r) => n + r.pullRequests.reduce((m, p) => m + p.timeline.length, 0), 0),
  issues: dataset.repositories.reduce((n, r) => n + r.issues.length, 0),
  issue_comments: dataset.repositories.reduce((n, r) => n + r.issues.reduce((m, i) => m + i.comments.length, 0), 0),
  workflow_runs: dataset.repositories.reduce((n, r) => n + r.workflowRuns.length, 0),
  deployments: dataset.repositories.reduce((n, r) => n + r.deployments.length, 0),
  releases: dataset.repositories.reduce((n, r) => n + r.releases.length, 0),
  pr_review_comments: dataset.repositories.reduce((n, r) => n + r.pullRequests.reduce((m, p) => m + p.reviews.reduce((k, v) => k + (v.comments?.length ?? 0), 0), 0), 0),
  repositories: dataset.repositories.length,
};

describe('harvest of a generated organisation through the simulator', () => {
  let simulator: Simulator;
  let store: Store;

  beforeAll(async () => {
    simulator = await startSimulator({ dataset });
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'flowmeter-')), 'h.duckdb'));
    await harvestInto(store, simulator, dataset);
  });
  afterAll(async () => {
    await store.close();
    await simulator.close();
  });

  it('stores every record of every resource exactly once', async () => {
    // Review comments come by REST, 100 a page: some repository needs more than one page.
    const perRepo = dataset.repositories.map((r) => r.pullRequests.reduce((m, p) => m + p.reviews.reduce((k, v) => k + (v.comments?.length ?? 0), 0), 0));
    expect(Math.max(...perRepo)).toBeGreaterThan(100);
    for (const [table, n] of Object.entries(expected)) expect([table, await countRows(store, table)]).toEqual([table, n]);
  });

  it('keeps deleted authors as NULL and bots as Bot actors', async () => {
    const deleted = dataset.repositories.flatMap((r) => r.pullRequests).filter((p) => p.author === null).length;
    expect(deleted).toBeGreaterThan(0);
    expect(await countRows(store, 'pull_requests', 'author_login IS NULL')).toBe(deleted);
    expect(await countRows(store, 'actors', "kind = 'Bot'")).toBeGreaterThan(0);
  });

  it('follows reviews past the first page for PRs with more than 100 reviews', async () => {
    const big = dataset.repositories.flatMap((r) => r.pullRequests).filter((p) => p.reviews.length > 100);
    for (const pr of big) expect(await countRows(store, 'pr_reviews', `pr_id = '${pr.id}'`)).toBe(pr.reviews.length);
  });

  it('an incremental run with no changes costs one GraphQL request per repository (and one for teams), two REST checks, and changes nothing', async () => {
    const before = await dumpDatabase(store);
    const stats = await harvestInto(store, simulator, dataset);
    // One per repository, and one for the owner's teams.
    expect(stats.cost.graphqlRequests).toBe(dataset.repositories.length + 1);
    // Two REST checks per repository: workflow runs and review comments.
    expect(stats.cost.restRequests).toBe(2 * dataset.repositories.length);
    expect(dumpDifferences(await dumpDatabase(store), before)).toEqual({});
  });

  it('an incremental run picks up a new review and a new pull request', async () => {
    const repo = dataset.repositories[0]!;
    const pr = repo.pullRequests.find((p) => p.state === 'OPEN' && p.reviews.length < 50)!;
    const at = new Date(Date.parse(dataset.now) + 60_000).toISOString();
    pr.reviews.push({ id: 'PRR_incremental_1', databaseId: 990001, author: 'someone-new', state: 'APPROVED', submittedAt: at, createdAt: at });
    pr.updatedAt = at;
    dataset.actors.push({ id: 'U_someone_new', databaseId: 990002, login: 'someone-new', kind: 'User' });
    const template = repo.pullRequests.find((p) => p.state === 'MERGED' && p.reviews.length > 0)!;
    const number = Math.max(...repo.pullRequests.map((p) => p.number), ...repo.issues.map((i) => i.number)) + 1;
    repo.pullRequests.push({
      ...structuredClone(template),
      id: 'PR_incremental_1', databaseId: 990003, number, title: 'feat: brand new', state: 'OPEN', isDraft: false,
      createdAt: at, updatedAt: at, closedAt: null, mergedAt: null, mergeCommitOid: null,
      reviews: [], comments: [], timeline: [], reviewRequests: [], commits: [],
    });
    const stats = await harvestInto(store, simulator, dataset);
    expect(await countRows(store, 'pr_reviews', "id = 'PRR_incremental_1'")).toBe(1);
    expect(await countRows(store, 'pull_requests', `id = 'PR_incremental_1' AND number = ${number} AND state = 'OPEN'`)).toBe(1);
    expect(await countRows(store, 'pull_requests')).toBe(expected.pull_requests + 1);
    expect(await countRows(store, 'pr_reviews')).toBe(expected.pr_reviews + 1);
    // One per repository, and one for the owner's teams.
    expect(stats.cost.graphqlRequests).toBe(dataset.repositories.length + 1);
  });
});
