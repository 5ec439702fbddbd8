import { actorFromRest } from './actors.js';
import type { PageBatch } from './page-batch.js';

/** A workflow run as REST and the `workflow_run` webhook both describe it. */
export interface RestWorkflowRun {
  id: number;
  node_id: string;
  name?: string | null;
  path?: string | null;
  workflow_id?: number | null;
  event?: string | null;
  status?: string | null;
  conclusion?: string | null;
  head_branch?: string | null;
  head_sha?: string | null;
  run_number?: number | null;
  run_attempt?: number | null;
  created_at: string;
  run_started_at?: string | null;
  updated_at?: string | null;
  actor?: { login?: string; id?: number; node_id?: string; type?: string } | null;
}

/** Adds a run as the REST list shows it (its latest attempt), and its actor, to a batch. */
export function addWorkflowRun(batch: PageBatch, repoId: string, run: RestWorkflowRun): void {
  const actor = actorFromRest(run.actor);
  batch.actors.add(actor, run.created_at);
  batch.add('workflow_runs', {
    id: run.node_id,
    database_id: run.id,
    repo_id: repoId,
    workflow_id: run.workflow_id ?? null,
    name: run.name ?? null,
    path: run.path ?? null,
    event: run.event ?? null,
    status: run.status ?? null,
    conclusion: run.conclusion ?? null,
    head_branch: run.head_branch ?? null,
    head_sha: run.head_sha ?? null,
    run_number: run.run_number ?? null,
    run_attempt: run.run_attempt ?? 1,
    created_at: run.created_at,
    run_started_at: run.run_started_at ?? null,
    updated_at: run.updated_at ?? null,
    actor_login: actor?.login ?? null,
  });
  batch.add('workflow_run_attempts', {
    run_database_id: run.id,
    run_attempt: run.run_attempt ?? 1,
    repo_id: repoId,
    status: run.status ?? null,
    conclusion: run.conclusion ?? null,
    run_started_at: run.run_started_at ?? null,
    updated_at: run.updated_at ?? null,
  });
}

export interface RestWorkflow {
  id: number;
  node_id: string;
  name?: string | null;
  path?: string | null;
  state?: string | null;
}

export function addWorkflow(batch: PageBatch, repoId: string, workflow: RestWorkflow): void {
  batch.add('workflows', {
    id: workflow.node_id,
    database_id: workflow.id,
    repo_id: repoId,
    name: workflow.name ?? null,
    path: workflow.path ?? null,
    state: workflow.state ?? null,
  });
}
