import { describe, expect, it } from 'vitest';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { isoTimes, withMemoryStore, rowById, tableCounts, webhookExample } from './webhook-examples.js';

const RUN_ID = 'MDExOldvcmtmbG93UnVuMjg5NzgyNDUx';
const REPO_ID = 'MDEwOlJlcG9zaXRvcnkzMDAwMjk0MDU=';
const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

/** The completed example with a conclusion and an actor (the first has neither). */
const completed = () => webhookExample('workflow_run', 'completed', 1);

async function attempts() {
  return (await store.query('SELECT * FROM workflow_run_attempts ORDER BY run_attempt')).map(isoTimes);
}

describe('workflow_run events', () => {
  it('writes the run, its attempt and its workflow', async () => {
    await ingestEvent(store, 'workflow_run', completed(), NOW);
    expect(await rowById(store, 'workflow_runs', RUN_ID)).toEqual({
      id: RUN_ID, database_id: 289782451, repo_id: REPO_ID, workflow_id: 2823525,
      // The run's name is empty in this payload; the workflow object names it.
      name: 'test', path: '.github/workflows/test.yml', event: 'repository_dispatch',
      status: 'completed', conclusion: 'success', head_branch: 'master',
      head_sha: '3484a3fb816e0859fd6e1cea078d76385ff50625', run_number: 163, run_attempt: 1,
      created_at: '2020-10-05T16:33:24.000Z', run_started_at: '2020-10-05T16:33:49.000Z',
      updated_at: '2020-10-05T16:33:49.000Z', actor_login: 'Codertocat',
    });
    expect(await attempts()).toEqual([
      {
        run_database_id: 289782451, run_attempt: 1, repo_id: REPO_ID, status: 'completed', conclusion: 'success',
        run_started_at: '2020-10-05T16:33:49.000Z', updated_at: '2020-10-05T16:33:49.000Z',
      },
    ]);
    expect(await rowById(store, 'workflows', 'MDg6V29ya2Zsb3cyODIzNTI1')).toEqual({
      id: 'MDg6V29ya2Zsb3cyODIzNTI1', database_id: 2823525, repo_id: REPO_ID, name: 'test',
      path: '.github/workflows/test.yml', state: 'active',
    });
  });

  it('keeps a completed run when an older requested payload arrives later', async () => {
    await ingestEvent(store, 'workflow_run', completed(), NOW);
    await ingestEvent(store, 'workflow_run', webhookExample('workflow_run', 'requested'), NOW);
    expect(await rowById(store, 'workflow_runs', RUN_ID)).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect((await attempts()).map((a) => a.status)).toEqual(['completed']);
  });

  it('keeps one row per attempt and the latest attempt on the run', async () => {
    await ingestEvent(store, 'workflow_run', completed(), NOW);
    const rerun = completed();
    Object.assign(rerun.workflow_run, { run_attempt: 2, conclusion: 'failure', run_started_at: '2020-10-05T17:00:00Z', updated_at: '2020-10-05T17:05:00Z' });
    await ingestEvent(store, 'workflow_run', rerun, NOW);
    await ingestEvent(store, 'workflow_run', completed(), NOW);
    expect(await rowById(store, 'workflow_runs', RUN_ID)).toMatchObject({ run_attempt: 2, conclusion: 'failure' });
    expect((await attempts()).map((a) => [a.run_attempt, a.conclusion])).toEqual([[1, 'success'], [2, 'failure']]);
  });

  it('changes no row count when the same payload is ingested twice', async () => {
    await ingestEvent(store, 'workflow_run', completed(), NOW);
    const first = await tableCounts(store);
    await ingestEvent(store, 'workflow_run', completed(), NOW);
    expect(await tableCounts(store)).toEqual(first);
  });
});
