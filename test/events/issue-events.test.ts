import { describe, expect, it } from 'vitest';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { count, withMemoryStore, rowById, tableCounts, webhookExample } from './webhook-examples.js';

const ISSUE_ID = 'MDU6SXNzdWU0NDQ1MDAwNDE=';
const COMMENT_ID = 'MDEyOklzc3VlQ29tbWVudDQ5MjcwMDQwMA==';
const REPO_ID = 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=';
const PR_ID = 'MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3';
const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

/** The issue_comment example moved onto PR #2, as GitHub sends it for a PR conversation comment. */
function prCommentExample() {
  const payload = webhookExample('issue_comment', 'created');
  payload.issue.number = 2;
  payload.issue.node_id = 'MDU6SXNzdWU0NDQ1MDAxNjc=';
  payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2' };
  return payload;
}

describe('issues events', () => {
  it('writes an opened issue with upper-case state, labels and author', async () => {
    await ingestEvent(store, 'issues', webhookExample('issues', 'opened'), NOW);
    expect(await rowById(store, 'issues', ISSUE_ID)).toEqual({
      id: ISSUE_ID, database_id: 444500041, repo_id: REPO_ID, number: 1, title: 'Spelling error in the README file',
      url: 'https://github.com/Codertocat/Hello-World/issues/1', state: 'OPEN', state_reason: null,
      created_at: '2019-05-15T15:20:18.000Z', updated_at: '2019-05-15T15:20:18.000Z', closed_at: null,
      author_id: 'MDQ6VXNlcjIxMDMxMDY3', author_login: 'Codertocat', author_kind: 'User',
      labels: ['bug'], comment_count: 0, harvested_at: '2019-05-15T15:20:18.000Z', gone_at: null,
    });
  });

  it('stores a closed issue with its state reason', async () => {
    const payload = webhookExample('issues', 'opened');
    payload.action = 'closed';
    Object.assign(payload.issue, { state: 'closed', state_reason: 'not_planned', closed_at: '2019-05-16T00:00:00Z', updated_at: '2019-05-16T00:00:00Z' });
    await ingestEvent(store, 'issues', payload, NOW);
    expect(await rowById(store, 'issues', ISSUE_ID)).toMatchObject({ state: 'CLOSED', state_reason: 'NOT_PLANNED', closed_at: '2019-05-16T00:00:00.000Z' });
  });

  it('keeps stored state and labels when a payload (pinned) lacks them', async () => {
    await ingestEvent(store, 'issues', webhookExample('issues', 'labeled'), NOW);
    await ingestEvent(store, 'issues', webhookExample('issues', 'pinned'), NOW);
    expect(await rowById(store, 'issues', ISSUE_ID)).toMatchObject({ state: 'OPEN', labels: ['bug'] });
  });

  it('keeps a deleted issue and its comments, marked gone as the harvest marks it', async () => {
    await ingestEvent(store, 'issue_comment', webhookExample('issue_comment', 'created'), NOW);
    const result = await ingestEvent(store, 'issues', webhookExample('issues', 'deleted'), NOW);
    expect(result).toContainEqual({ table: 'issues', rows: 1 });
    expect(await count(store, 'issues')).toBe(1);
    expect(await count(store, 'issue_comments')).toBe(1);
    expect((await rowById(store, 'issues', ISSUE_ID))?.gone_at).toBe(NOW.toISOString());
    // Again: already gone, nothing to write.
    expect(await ingestEvent(store, 'issues', webhookExample('issues', 'deleted'), NOW)).not.toContainEqual(expect.objectContaining({ table: 'issues' }));
  });

  it('marks an issue transferred to another repository gone from this one', async () => {
    const transferred = webhookExample('issues', 'transferred');
    await ingestEvent(store, 'issues', { ...structuredClone(transferred), action: 'opened' }, NOW);
    const id = (transferred.issue as { node_id: string }).node_id;
    expect((await rowById(store, 'issues', id))?.gone_at).toBeNull();
    await ingestEvent(store, 'issues', transferred, NOW);
    expect((await rowById(store, 'issues', id))?.gone_at).toBe(NOW.toISOString());
  });

  it('does not store an issues event about a pull request as an issue', async () => {
    await ingestEvent(store, 'issues', webhookExample('issues', 'milestoned'), NOW);
    expect(await count(store, 'issues')).toBe(0);
    expect(await count(store, 'repositories')).toBe(1);
  });
});

describe('issue_comment events', () => {
  it('writes an issue comment and merges its issue', async () => {
    await ingestEvent(store, 'issue_comment', webhookExample('issue_comment', 'created'), NOW);
    expect(await rowById(store, 'issue_comments', COMMENT_ID)).toEqual({
      id: COMMENT_ID, database_id: 492700400, issue_id: ISSUE_ID, repo_id: REPO_ID,
      author_id: 'MDQ6VXNlcjIxMDMxMDY3', author_login: 'Codertocat', author_kind: 'User',
      created_at: '2019-05-15T15:20:21.000Z', updated_at: '2019-05-15T15:20:21.000Z',
    });
    expect(await rowById(store, 'issues', ISSUE_ID)).toMatchObject({ number: 1, state: 'OPEN' });
    expect(await count(store, 'pr_comments')).toBe(0);
  });

  it('writes a PR comment under the PR node id found by repository and number', async () => {
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'opened'), NOW);
    await ingestEvent(store, 'issue_comment', prCommentExample(), NOW);
    expect(await rowById(store, 'pr_comments', COMMENT_ID)).toMatchObject({ pr_id: PR_ID, repo_id: REPO_ID, author_login: 'Codertocat' });
    expect(await count(store, 'issue_comments')).toBe(0);
    expect(await count(store, 'issues')).toBe(0);
  });

  it('stands in the issue node id for a PR not yet in the database', async () => {
    await ingestEvent(store, 'issue_comment', prCommentExample(), NOW);
    expect(await rowById(store, 'pr_comments', COMMENT_ID)).toMatchObject({ pr_id: 'MDU6SXNzdWU0NDQ1MDAxNjc=' });
  });

  it('changes no row count when ingested twice, and removes a deleted comment', async () => {
    await ingestEvent(store, 'issue_comment', webhookExample('issue_comment', 'created'), NOW);
    const first = await tableCounts(store);
    await ingestEvent(store, 'issue_comment', webhookExample('issue_comment', 'created'), NOW);
    expect(await tableCounts(store)).toEqual(first);
    await ingestEvent(store, 'issue_comment', webhookExample('issue_comment', 'deleted'), NOW);
    expect(await count(store, 'issue_comments')).toBe(0);
  });
});
