import { upper } from './event-payload.js';
import type { EventWriter } from './event-writer.js';
import { collectSender, writeRepository } from './repository-row.js';
import { writeWorkflow } from './workflow-run-events.js';

/**
 * A status moves the deployment's latest state only when it is at least as new as the one
 * stored: statuses can be delivered out of order, and a harvest may already hold a later one.
 */
const LATEST_IF_NEWER = (column: string): string =>
  `CASE WHEN deployments.latest_status_at IS NULL OR excluded.latest_status_at >= deployments.latest_status_at
        THEN excluded.${column} ELSE deployments.${column} END`;

/** Merges the payload's `deployment`; returns its node id. */
async function writeDeployment(writer: EventWriter, repoId: string, withStatus: boolean): Promise<string> {
  const p = writer.payload;
  const id = p.requireString('deployment.node_id');
  const createdAt = p.requireTime('deployment.created_at');
  const creator = p.actor('deployment.creator');
  writer.actors.add(creator ?? null, createdAt);
  const row = {
    id,
    database_id: p.number('deployment.id'),
    repo_id: repoId,
    environment: p.string('deployment.environment'),
    sha: p.string('deployment.sha'),
    ref: p.string('deployment.ref'),
    task: p.string('deployment.task'),
    created_at: createdAt,
    updated_at: p.time('deployment.updated_at'),
    creator_login: creator === undefined ? undefined : (creator?.login ?? null),
  };
  if (!withStatus) {
    await writer.merge('deployments', ['id'], row);
    return id;
  }
  await writer.merge(
    'deployments',
    ['id'],
    {
      ...row,
      latest_state: upper(p.requireString('deployment_status.state')),
      latest_status_at: p.requireTime('deployment_status.created_at'),
    },
    { set: { latest_state: LATEST_IF_NEWER('latest_state'), latest_status_at: LATEST_IF_NEWER('latest_status_at') } },
  );
  return id;
}

/** `deployment` (created): the deployment row only; its statuses arrive as deployment_status. */
export async function ingestDeploymentEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  p.requireString('deployment.node_id');
  const repoId = await writeRepository(writer);
  await writeDeployment(writer, repoId, false);
  await writeWorkflow(writer, repoId);
  collectSender(writer, p.time('deployment.created_at'));
}

/**
 * `deployment_status`: the status row and the deployment with its latest state. States are
 * stored upper case (SUCCESS, FAILURE, IN_PROGRESS…), as GraphQL gives them to the harvest.
 */
export async function ingestDeploymentStatusEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const statusId = p.requireString('deployment_status.node_id');
  p.requireString('deployment.node_id');
  const repoId = await writeRepository(writer);
  const deploymentId = await writeDeployment(writer, repoId, true);
  const createdAt = p.requireTime('deployment_status.created_at');
  const creator = p.actor('deployment_status.creator');
  writer.actors.add(creator ?? null, createdAt);
  collectSender(writer, createdAt);
  await writer.merge('deployment_statuses', ['id'], {
    id: statusId,
    deployment_id: deploymentId,
    repo_id: repoId,
    state: upper(p.requireString('deployment_status.state')),
    created_at: createdAt,
    creator_login: creator === undefined ? undefined : (creator?.login ?? null),
    // REST gives "" for a status without a URL; GraphQL gives null.
    environment_url: emptyAsNull(p.string('deployment_status.environment_url')),
  });
}

function emptyAsNull(value: string | null | undefined): string | null | undefined {
  return value === '' ? null : value;
}
