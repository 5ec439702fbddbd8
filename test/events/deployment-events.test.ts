import { describe, expect, it } from 'vitest';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { count, withMemoryStore, rowById, tableCounts, webhookExample } from './webhook-examples.js';

const DEPLOYMENT_ID = 'MDEwOkRlcGxveW1lbnQxNDU5ODg3NDY=';
const STATUS_ID = 'MDE2OkRlcGxveW1lbnRTdGF0dXMyMDk5MTYyNTQ=';
const REPO_ID = 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=';
const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

/** Another status of the same deployment, `seconds` after the example's success status. */
function laterStatus(state: string, seconds: number, nodeId: string) {
  const payload = webhookExample('deployment_status', 'created');
  const at = new Date(Date.parse(payload.deployment_status.created_at) + seconds * 1000).toISOString();
  Object.assign(payload.deployment_status, { state, node_id: nodeId, created_at: at, updated_at: at });
  return payload;
}

describe('deployment_status events', () => {
  it('writes the deployment with its latest state and the status row', async () => {
    await ingestEvent(store, 'deployment_status', webhookExample('deployment_status', 'created'), NOW);
    expect(await rowById(store, 'deployments', DEPLOYMENT_ID)).toEqual({
      id: DEPLOYMENT_ID, database_id: 145988746, repo_id: REPO_ID, environment: 'production',
      sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', ref: 'master', task: 'deploy',
      created_at: '2019-05-15T15:20:53.000Z', updated_at: '2019-05-15T15:20:55.000Z', creator_login: 'Codertocat',
      latest_state: 'SUCCESS', latest_status_at: '2019-05-15T15:20:55.000Z',
    });
    expect(await rowById(store, 'deployment_statuses', STATUS_ID)).toEqual({
      id: STATUS_ID, deployment_id: DEPLOYMENT_ID, repo_id: REPO_ID, state: 'SUCCESS',
      created_at: '2019-05-15T15:20:55.000Z', creator_login: 'Codertocat', environment_url: null,
    });
  });

  it('moves the latest state only for a status at least as new as the stored one', async () => {
    await ingestEvent(store, 'deployment_status', webhookExample('deployment_status', 'created'), NOW);
    await ingestEvent(store, 'deployment_status', laterStatus('in_progress', -1, 'DES_older'), NOW);
    expect(await rowById(store, 'deployments', DEPLOYMENT_ID)).toMatchObject({ latest_state: 'SUCCESS' });
    await ingestEvent(store, 'deployment_status', laterStatus('failure', 60, 'DES_newer'), NOW);
    expect(await rowById(store, 'deployments', DEPLOYMENT_ID)).toMatchObject({
      latest_state: 'FAILURE', latest_status_at: '2019-05-15T15:21:55.000Z',
    });
    expect(await count(store, 'deployment_statuses')).toBe(3);
  });

  it('normalises a bot creator and changes no row count when ingested twice', async () => {
    const pages = () => webhookExample('deployment_status', 'created', 1);
    await ingestEvent(store, 'deployment_status', pages(), NOW);
    const first = await tableCounts(store);
    await ingestEvent(store, 'deployment_status', pages(), NOW);
    expect(await tableCounts(store)).toEqual(first);
    expect(await rowById(store, 'deployments', DEPLOYMENT_ID)).toMatchObject({ creator_login: 'github-pages', latest_state: 'IN_PROGRESS' });
    expect(await rowById(store, 'actors', 'MDM6Qm90NTI0NzI5NjI=')).toMatchObject({ login: 'github-pages', kind: 'Bot' });
  });
});

describe('deployment events', () => {
  it('writes the deployment only, and keeps a known latest state', async () => {
    const result = await ingestEvent(store, 'deployment', webhookExample('deployment', 'created'), NOW);
    expect(result?.map((r) => r.table)).toEqual(['repositories', 'deployments', 'actors']);
    expect(await rowById(store, 'deployments', DEPLOYMENT_ID)).toMatchObject({ environment: 'production', latest_state: null });
    await ingestEvent(store, 'deployment_status', webhookExample('deployment_status', 'created'), NOW);
    await ingestEvent(store, 'deployment', webhookExample('deployment', 'created'), NOW);
    expect(await rowById(store, 'deployments', DEPLOYMENT_ID)).toMatchObject({ latest_state: 'SUCCESS' });
    expect(await count(store, 'deployment_statuses')).toBe(1);
  });
});
