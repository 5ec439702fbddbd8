import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../sim/load-dataset.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import type { SimDataset } from '../sim/dataset.js';
import { webhookExample } from '../events/webhook-examples.js';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import { openStore, type Store } from '../../src/store/database.js';
import { harvestInto } from './harness.js';

const PR_CHILDREN = ['pr_commits', 'pr_reviews', 'pr_comments', 'pr_timeline_events', 'pr_review_requests'];

async function rowsOf(store: Store, table: string, column: string, id: string): Promise<string[]> {
  // When a row was stored is not what it holds.
  const select = table === 'pull_requests' || table === 'issues' ? '* EXCLUDE (harvested_at)' : '*';
  const rows = await store.query(`SELECT ${select} FROM ${table} WHERE ${column} = $id`, { id });
  return rows.map((r) => JSON.stringify(r)).sort();
}

/**
 * An event stores a pull request or issue at GitHub's own `updated_at`, but only what the
 * payload carries: no commits, reviews or timeline. The next harvest must still re-read the
 * record whole, although GitHub's `updatedAt` has not moved since the event: the scheduled
 * harvest is what reconciles everything event runs recorded only in part, or missed
 * (docs/events.md, "Running on events").
 */
describe('a record an event stored first is harvested whole afterwards', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let store: Store;

  beforeAll(async () => {
    dataset = await loadDataset('gen:11:30:8');
    simulator = await startSimulator({ dataset, faults: null });
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'flowmeter-event-harvest-')), 'db.duckdb'));
  });
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  it('the pull request and the issue end as an uninterrupted harvest stored them', async () => {
    const repo = dataset.repositories[0]!;
    // The most recently updated records sit inside the next incremental harvest's window.
    const pr = [...repo.pullRequests].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!;
    const issue = [...repo.issues].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!;
    expect(pr.commits.length).toBeGreaterThan(0);
    expect(issue.comments.length).toBeGreaterThan(0);

    await harvestInto(store, simulator, dataset);
    const expected = {
      pr: await rowsOf(store, 'pull_requests', 'id', pr.id),
      children: await Promise.all(PR_CHILDREN.map((t) => rowsOf(store, t, 'pr_id', pr.id))),
      issue: await rowsOf(store, 'issues', 'id', issue.id),
      comments: await rowsOf(store, 'issue_comments', 'issue_id', issue.id),
    };
    expect(expected.children[0]).toHaveLength(pr.commits.length);
    const [{ repoId }] = (await store.query<{ repoId: string }>('SELECT repo_id AS repoId FROM pull_requests WHERE id = $id', { id: pr.id })) as [{ repoId: string }];

    // As if both appeared after that harvest and reached the database first through events.
    for (const table of PR_CHILDREN) await store.run(`DELETE FROM ${table} WHERE pr_id = $id`, { id: pr.id });
    await store.run('DELETE FROM pull_requests WHERE id = $id', { id: pr.id });
    await store.run('DELETE FROM issue_comments WHERE issue_id = $id', { id: issue.id });
    await store.run('DELETE FROM issues WHERE id = $id', { id: issue.id });

    const prEvent = webhookExample('pull_request', 'opened');
    Object.assign(prEvent.pull_request, {
      node_id: pr.id, id: pr.databaseId, number: pr.number, created_at: pr.createdAt, updated_at: pr.updatedAt,
      closed_at: null, merged_at: null, state: 'open', draft: pr.isDraft, requested_reviewers: [], requested_teams: [],
    });
    prEvent.repository.node_id = repoId;
    const issueEvent = webhookExample('issues', 'opened');
    Object.assign(issueEvent.issue, { node_id: issue.id, id: issue.databaseId, number: issue.number, created_at: issue.createdAt, updated_at: issue.updatedAt, closed_at: null, state: 'open' });
    issueEvent.repository.node_id = repoId;
    expect(await ingestEvent(store, 'pull_request', prEvent)).not.toBeNull();
    expect(await ingestEvent(store, 'issues', issueEvent)).not.toBeNull();

    await harvestInto(store, simulator, dataset);
    expect(await Promise.all(PR_CHILDREN.map((t) => rowsOf(store, t, 'pr_id', pr.id)))).toEqual(expected.children);
    expect(await rowsOf(store, 'pull_requests', 'id', pr.id)).toEqual(expected.pr);
    expect(await rowsOf(store, 'issue_comments', 'issue_id', issue.id)).toEqual(expected.comments);
    expect(await rowsOf(store, 'issues', 'id', issue.id)).toEqual(expected.issue);
  });
});
