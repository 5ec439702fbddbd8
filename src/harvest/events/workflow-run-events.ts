import type { EventWriter } from './event-writer.js';
import { collectSender, writeRepository } from './repository-row.js';

/**
 * `workflow_run` (requested, in_progress, completed): the run, the attempt, and the workflow.
 * Status and conclusion stay in REST's lower case, as the REST run harvest stores them.
 *
 * The run row holds the latest attempt, so a payload older than the stored row (an
 * `in_progress` delivered after `completed`, or attempt 1 after attempt 2 started) leaves it
 * alone; each attempt keeps its own row in workflow_run_attempts, guarded the same way.
 */
export async function ingestWorkflowRunEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const id = p.requireString('workflow_run.node_id');
  const databaseId = p.requireNumber('workflow_run.id');
  const repoId = await writeRepository(writer);
  const createdAt = p.requireTime('workflow_run.created_at');
  const updatedAt = p.time('workflow_run.updated_at');
  const runAttempt = p.number('workflow_run.run_attempt') ?? 1;
  const actor = p.actor('workflow_run.actor');
  writer.actors.add(actor ?? null, createdAt);
  writer.actors.add(p.actor('workflow_run.triggering_actor') ?? null, createdAt);
  collectSender(writer, updatedAt ?? createdAt);

  await writeWorkflow(writer, repoId);
  if (!(await writer.storedIsNewer('workflow_runs', { id }, updatedAt))) {
    await writer.merge('workflow_runs', ['id'], {
      id,
      database_id: databaseId,
      repo_id: repoId,
      workflow_id: p.number('workflow_run.workflow_id'),
      // Runs of some events carry an empty name or no path; the workflow object has both.
      name: p.string('workflow_run.name') || p.string('workflow.name') || undefined,
      path: p.string('workflow_run.path') || p.string('workflow.path') || undefined,
      event: p.string('workflow_run.event'),
      status: p.string('workflow_run.status'),
      conclusion: p.string('workflow_run.conclusion'),
      head_branch: p.string('workflow_run.head_branch'),
      head_sha: p.string('workflow_run.head_sha'),
      run_number: p.number('workflow_run.run_number'),
      run_attempt: runAttempt,
      created_at: createdAt,
      run_started_at: p.time('workflow_run.run_started_at'),
      updated_at: updatedAt,
      actor_login: actor === undefined ? undefined : (actor?.login ?? null),
    });
  }
  const attempt = { run_database_id: databaseId, run_attempt: runAttempt };
  if (await writer.storedIsNewer('workflow_run_attempts', attempt, updatedAt)) return;
  await writer.merge('workflow_run_attempts', ['run_database_id', 'run_attempt'], {
    ...attempt,
    repo_id: repoId,
    status: p.string('workflow_run.status'),
    conclusion: p.string('workflow_run.conclusion'),
    run_started_at: p.time('workflow_run.run_started_at'),
    updated_at: updatedAt,
  });
}

/** The `workflow` object that workflow_run (and some deployment) payloads carry. */
export async function writeWorkflow(writer: EventWriter, repoId: string): Promise<void> {
  const p = writer.payload;
  if (!p.hasObject('workflow')) return;
  await writer.merge('workflows', ['id'], {
    id: p.requireString('workflow.node_id'),
    database_id: p.requireNumber('workflow.id'),
    repo_id: repoId,
    name: p.string('workflow.name'),
    path: p.string('workflow.path'),
    state: p.string('workflow.state'),
  });
}
