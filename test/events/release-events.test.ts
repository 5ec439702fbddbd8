import { describe, expect, it } from 'vitest';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { count, withMemoryStore, rowById, tableCounts, webhookExample } from './webhook-examples.js';

const RELEASE_ID = 'MDc6UmVsZWFzZTE3MzcyNzkw';
const REPO_ID = 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=';
const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

describe('release events', () => {
  it('writes a published release', async () => {
    await ingestEvent(store, 'release', webhookExample('release', 'published'), NOW);
    expect(await rowById(store, 'releases', RELEASE_ID)).toEqual({
      id: RELEASE_ID, database_id: 17372790, repo_id: REPO_ID, tag_name: '0.0.1', name: null,
      // target_commitish is the branch "master", not a commit.
      tag_sha: null,
      created_at: '2019-05-15T15:19:25.000Z', published_at: '2019-05-15T15:20:53.000Z',
      is_draft: false, is_prerelease: false, author_login: 'Codertocat',
    });
  });

  it('takes a commit SHA target as tag_sha and keeps a harvested one otherwise', async () => {
    const fromCommit = webhookExample('release', 'published');
    fromCommit.release.target_commitish = 'F95F852BD8FCA8FCC58A9A2D6C842781E32A215E';
    await ingestEvent(store, 'release', fromCommit, NOW);
    expect(await rowById(store, 'releases', RELEASE_ID)).toMatchObject({ tag_sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' });
    await ingestEvent(store, 'release', webhookExample('release', 'edited'), NOW);
    expect(await rowById(store, 'releases', RELEASE_ID)).toMatchObject({ tag_sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', name: '' });
  });

  it('marks a prerelease and removes a deleted release', async () => {
    await ingestEvent(store, 'release', webhookExample('release', 'prereleased'), NOW);
    expect(await rowById(store, 'releases', RELEASE_ID)).toMatchObject({ is_prerelease: true });
    const result = await ingestEvent(store, 'release', webhookExample('release', 'deleted'), NOW);
    expect(result).toContainEqual({ table: 'releases', rows: 1 });
    expect(await count(store, 'releases')).toBe(0);
  });

  it('changes no row count when the same payload is ingested twice', async () => {
    await ingestEvent(store, 'release', webhookExample('release', 'published'), NOW);
    const first = await tableCounts(store);
    await ingestEvent(store, 'release', webhookExample('release', 'published'), NOW);
    expect(await tableCounts(store)).toEqual(first);
  });
});
