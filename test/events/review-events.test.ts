import { describe, expect, it } from 'vitest';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { count, withMemoryStore, rowById, tableCounts, webhookExample } from './webhook-examples.js';

const PR_ID = 'MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3';
const REPO_ID = 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=';
const REVIEW_ID = 'MDE3OlB1bGxSZXF1ZXN0UmV2aWV3MjM3ODk1Njcx';
const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

describe('pull_request_review events', () => {
  it('writes the review with its upper-case state and the PR it belongs to', async () => {
    const result = await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    expect(result?.map((r) => r.table)).toEqual(['repositories', 'pull_requests', 'pr_reviews', 'actors']);
    expect(await rowById(store, 'pr_reviews', REVIEW_ID)).toEqual({
      id: REVIEW_ID, database_id: 237895671, pr_id: PR_ID, repo_id: REPO_ID,
      author_id: 'MDQ6VXNlcjIxMDMxMDY3', author_login: 'Codertocat', author_kind: 'User',
      state: 'COMMENTED', submitted_at: '2019-05-15T15:20:38.000Z', created_at: '2019-05-15T15:20:38.000Z',
    });
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({ number: 2, state: 'OPEN', is_draft: false });
  });

  it('maps approved and changes_requested to GraphQL states', async () => {
    for (const [state, expected] of [['approved', 'APPROVED'], ['changes_requested', 'CHANGES_REQUESTED']] as const) {
      const payload = webhookExample('pull_request_review', 'submitted');
      payload.review.state = state;
      await ingestEvent(store, 'pull_request_review', payload, NOW);
      expect(await rowById(store, 'pr_reviews', REVIEW_ID)).toMatchObject({ state: expected });
    }
  });

  it('marks a dismissed review DISMISSED and keeps the harvested created_at', async () => {
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    await store.run(`UPDATE pr_reviews SET created_at = '2019-05-15T15:20:30Z'`);
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'dismissed'), NOW);
    expect(await rowById(store, 'pr_reviews', REVIEW_ID)).toMatchObject({
      state: 'DISMISSED', created_at: '2019-05-15T15:20:30.000Z', submitted_at: '2019-05-15T15:20:38.000Z',
    });
  });

  it('does not erase harvested PR fields the review payload lacks', async () => {
    await ingestEvent(store, 'pull_request', webhookExample('pull_request', 'opened'), NOW);
    await store.run('UPDATE pull_requests SET additions = 10, deletions = 4, changed_files = 2, commit_count = 3');
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    expect(await rowById(store, 'pull_requests', PR_ID)).toMatchObject({
      additions: 10, deletions: 4, changed_files: 2, commit_count: 3, updated_at: '2019-05-15T15:20:38.000Z',
    });
  });

  it('changes no row count when the same review is ingested twice', async () => {
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    const first = await tableCounts(store);
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    expect(await tableCounts(store)).toEqual(first);
  });
});

describe('pull_request_review_comment events', () => {
  it('writes the PR, the commenter and the review comment, but no conversation comment', async () => {
    const example = webhookExample('pull_request_review_comment', 'created');
    const result = await ingestEvent(store, 'pull_request_review_comment', example, NOW);
    expect(result?.map((r) => r.table)).toEqual(['repositories', 'pull_requests', 'pr_review_comments', 'actors']);
    expect(await count(store, 'pr_comments')).toBe(0);
    const comment = (example as { comment: { node_id: string; id: number; pull_request_review_id: number } }).comment;
    const row = await rowById(store, 'pr_review_comments', comment.node_id);
    expect(row).toMatchObject({ database_id: comment.id, author_login: 'Codertocat', pr_number: (example as { pull_request: { number: number } }).pull_request.number });
    expect(Number(row!.review_database_id)).toBe(comment.pull_request_review_id);
    // The same event again changes nothing.
    await ingestEvent(store, 'pull_request_review_comment', example, NOW);
    expect(await count(store, 'pr_review_comments')).toBe(1);
    expect(await rowById(store, 'actors', 'MDQ6VXNlcjIxMDMxMDY3')).toMatchObject({
      login: 'Codertocat', first_seen_at: '2019-05-15T15:20:33.000Z',
    });
  });
});
