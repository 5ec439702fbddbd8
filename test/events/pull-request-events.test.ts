import { describe, expect, it } from 'vitest';
import { deleteSyntheticTimelineEvents, ingestEvent } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { upsertRows } from '../../src/store/upsert.js';
import { count, withMemoryStore, rowById, tableCounts, webhookExample, type Payload } from './webhook-examples.js';

const PR_ID = 'MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3';
const REPO_ID = 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=';
const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

/** The `closed` example turned into a merge, which the examples do not include. */
function mergedExample(): Payload {
  const payload = webhookExample('pull_request', 'closed');
  payload.pull_request.merged = true;
  payload.pull_request.merged_at = payload.pull_request.closed_at;
  payload.pull_request.merged_by = payload.sender;
  return payload;
}

async function timeline(): Promise<Record<string, unknown>[]> {
  const rows = await store.query(
    `SELECT event_type, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS at, actor_login, actor_kind,
            requested_reviewer, requested_reviewer_kind, commit_sha, id
       FROM pr_timeline_events ORDER BY event_type`,
  );
  return rows;
}

describe('pull_request events', () => {
  it('writes an opened PR with the payload values, its repository and its author', async () => {
    const result = await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'opened'), NOW);
    expect(result).toEqual([
      { table: 'repositories', rows: 1 },
      { table: 'pull_requests', rows: 1 },
      { table: 'actors', rows: 1 },
    ]);
    expect(await rowById(store, 'pull_requests', PR_ID)).toEqual({
      id: PR_ID, database_id: 279147437, repo_id: REPO_ID, number: 2,
      title: 'Update the README with new information.', url: 'https://github.com/Codertocat/Hello-World/pull/2',
      state: 'OPEN', is_draft: false,
      created_at: '2019-05-15T15:20:33.000Z', updated_at: '2019-05-15T15:20:33.000Z', closed_at: null, merged_at: null,
      additions: 1, deletions: 1, changed_files: 1, base_ref: 'master', head_ref: 'changes',
      head_sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', merge_commit_sha: null,
      author_id: 'MDQ6VXNlcjIxMDMxMDY3', author_login: 'Codertocat', author_kind: 'User', author_association: 'OWNER',
      merged_by_login: null, labels: [], commit_count: 1,
      first_commit_at: null, review_count: null, comment_count: null, harvested_at: '2019-05-15T15:20:33.000Z', gone_at: null,
    });
    expect(await rowById(store, 'repositories', REPO_ID)).toEqual({
      id: REPO_ID, database_id: 186853002, owner: 'Codertocat', name: 'Hello-World', full_name: 'Codertocat/Hello-World',
      is_private: false, is_archived: false, default_branch: 'master', topics: null,
      created_at: '2019-05-15T15:19:25.000Z', pushed_at: '2019-05-15T15:20:32.000Z', harvested_at: null,
    });
    expect(await count(store, 'pr_timeline_events')).toBe(0);
  });

  it('stores a merged PR as MERGED with its merge commit, MergedEvent and ClosedEvent', async () => {
    await ingestEvent(store, 'pull_request', mergedExample(), NOW);
    const pr = await rowById(store, 'pull_requests', PR_ID);
    expect(pr).toMatchObject({
      state: 'MERGED', merged_at: '2019-05-15T15:21:18.000Z', closed_at: '2019-05-15T15:21:18.000Z',
      merge_commit_sha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85', merged_by_login: 'Codertocat', labels: ['bug'],
    });
    expect((await timeline()).map(({ id, ...rest }) => rest)).toEqual([
      { event_type: 'ClosedEvent', at: '2019-05-15T15:21:18Z', actor_login: 'Codertocat', actor_kind: 'User', requested_reviewer: null, requested_reviewer_kind: null, commit_sha: null },
      { event_type: 'MergedEvent', at: '2019-05-15T15:21:18Z', actor_login: 'Codertocat', actor_kind: 'User', requested_reviewer: null, requested_reviewer_kind: null, commit_sha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85' },
    ]);
    expect((await timeline()).every((event) => String(event.id).startsWith('event:'))).toBe(true);
  });

  it('stores a closed, unmerged PR as CLOSED without the test-merge commit', async () => {
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'closed'), NOW);
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({ state: 'CLOSED', merged_at: null, merge_commit_sha: null });
    expect((await timeline()).map((e) => e.event_type)).toEqual(['ClosedEvent']);
  });

  it('records ReopenedEvent and ReadyForReviewEvent at the PR update time', async () => {
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'reopened'), NOW);
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'ready_for_review'), NOW);
    expect((await timeline()).map((e) => [e.event_type, e.at, e.actor_login])).toEqual([
      ['ReadyForReviewEvent', '2019-05-15T15:21:18Z', 'Codertocat'],
      ['ReopenedEvent', '2019-05-15T15:20:33Z', 'Codertocat'],
    ]);
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({ state: 'OPEN', is_draft: false });
  });

  it('records review requests of users and teams and replaces the pending set', async () => {
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'review_requested'), NOW);
    const team = webhookExample('pull_request', 'review_requested');
    delete team.requested_reviewer;
    team.requested_team = { slug: 'platform', name: 'Platform' };
    team.pull_request.requested_teams = [{ slug: 'platform', name: 'Platform' }];
    team.pull_request.updated_at = '2019-05-15T15:25:00Z';
    await ingestEvent(store, 'pull_request', team, NOW);

    expect((await timeline()).map((e) => [e.event_type, e.requested_reviewer, e.requested_reviewer_kind])).toEqual([
      ['ReviewRequestedEvent', 'octocat', 'User'],
      ['ReviewRequestedEvent', 'platform', 'Team'],
    ]);
    const pending = () => store.query('SELECT reviewer, reviewer_kind, repo_id FROM pr_review_requests ORDER BY reviewer');
    expect(await pending()).toEqual([
      { reviewer: 'octocat', reviewer_kind: 'User', repo_id: REPO_ID },
      { reviewer: 'platform', reviewer_kind: 'Team', repo_id: REPO_ID },
    ]);

    const removed = webhookExample('pull_request', 'review_request_removed');
    removed.pull_request.requested_reviewers = [];
    removed.pull_request.updated_at = '2019-05-15T15:30:00Z';
    await ingestEvent(store, 'pull_request', removed, NOW);
    expect(await pending()).toEqual([]);
    expect((await timeline()).filter((e) => e.event_type === 'ReviewRequestRemovedEvent')).toHaveLength(1);
  });

  it('changes no row count when the same payload is ingested twice', async () => {
    await ingestEvent(store, 'pull_request', mergedExample(), NOW);
    const first = await tableCounts(store);
    await ingestEvent(store, 'pull_request', mergedExample(), new Date('2024-02-01T00:00:00Z'));
    expect(await tableCounts(store)).toEqual(first);
    expect(first.pr_timeline_events).toBe(2);
  });

  it('keeps harvested values that the payload does not carry', async () => {
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'opened'), NOW);
    await store.run(`UPDATE pull_requests SET additions = 10, first_commit_at = '2019-05-14T00:00:00Z', review_count = 3`);
    const slim = webhookExample('pull_request', 'synchronize');
    delete slim.pull_request.additions;
    delete slim.pull_request.commits;
    slim.pull_request.title = 'New title';
    await ingestEvent(store, 'pull_request', slim, NOW);
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({
      additions: 10, commit_count: 1, review_count: 3, first_commit_at: '2019-05-14T00:00:00.000Z', title: 'New title',
    });
  });

  it('does not roll back a PR the database holds in a newer state', async () => {
    await ingestEvent(store, 'pull_request', mergedExample(), NOW);
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'opened'), NOW);
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({ state: 'MERGED', updated_at: '2019-05-15T15:21:18.000Z' });
  });

  it('skips a timeline event the harvest already stored under its node id', async () => {
    await store.transaction((connection) =>
      upsertRows(connection, 'pr_timeline_events', [
        { id: 'RFRE_kwDOharvested', pr_id: PR_ID, repo_id: REPO_ID, event_type: 'ReadyForReviewEvent', created_at: '2019-05-15T15:21:17Z', actor_login: 'Codertocat', actor_kind: 'User' },
      ], ['id']),
    );
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'ready_for_review'), NOW);
    expect((await timeline()).map((e) => e.id)).toEqual(['RFRE_kwDOharvested']);
  });

  it('lets the harvester remove synthetic events and keep its own', async () => {
    await ingestEvent(store, 'pull_request', mergedExample(), NOW);
    await store.transaction((connection) =>
      upsertRows(connection, 'pr_timeline_events', [
        { id: 'ME_kwDOharvested', pr_id: PR_ID, repo_id: REPO_ID, event_type: 'MergedEvent', created_at: '2019-05-15T15:21:18Z' },
      ], ['id']),
    );
    await store.transaction((connection) => deleteSyntheticTimelineEvents(connection, [PR_ID]));
    expect((await timeline()).map((e) => e.id)).toEqual(['ME_kwDOharvested']);
  });

  it('normalises a bot sender and author to the GraphQL login with kind Bot', async () => {
    const payload = webhookExample('pull_request', 'opened');
    const bot = { login: 'dependabot[bot]', id: 49699333, node_id: 'MDM6Qm90NDk2OTkzMzM=', type: 'Bot' };
    payload.sender = bot;
    payload.pull_request.user = bot;
    await ingestEvent(store, 'pull_request', payload, NOW);
    expect(await rowById(store, 'actors', 'MDM6Qm90NDk2OTkzMzM=')).toMatchObject({ login: 'dependabot', kind: 'Bot', database_id: 49699333 });
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({ author_login: 'dependabot', author_kind: 'Bot' });
  });

  it('ingests pull_request_target like pull_request', async () => {
    const result = await ingestEvent(store, 'pull_request_target', webhookExample('pull_request', 'opened'), NOW);
    expect(result?.map((r) => r.table)).toContain('pull_requests');
    expect(await count(store, 'pull_requests')).toBe(1);
  });
});
