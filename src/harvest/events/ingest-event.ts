import { readFileSync } from 'node:fs';
import { EventPayloadError } from '../../errors.js';
import type { Store } from '../../store/database.js';
import { ingestIssueCommentEvent } from './comment-events.js';
import { ingestDeploymentEvent, ingestDeploymentStatusEvent } from './deployment-events.js';
import { EventPayload } from './event-payload.js';
import { EventWriter, type TableCount } from './event-writer.js';
import { ingestIssueEvent } from './issue-events.js';
import { ingestPullRequestEvent } from './pull-request-events.js';
import { ingestReleaseEvent } from './release-events.js';
import { ingestReviewCommentEvent, ingestReviewEvent } from './review-events.js';
import { ingestWorkflowRunEvent } from './workflow-run-events.js';

export type { TableCount } from './event-writer.js';
export { deleteSyntheticTimelineEvents, SYNTHETIC_EVENT_PREFIX } from './timeline-events.js';

interface EventFamily {
  /** The payload's own record: checked first, so a wrong payload fails naming it. */
  record: string;
  ingest: (writer: EventWriter) => Promise<void>;
}

/**
 * The events flowmeter ingests from a payload. `pull_request_target` runs on the base branch
 * (the usual trigger for PRs from forks) with the same payload as `pull_request`.
 */
const FAMILIES: Readonly<Record<string, EventFamily>> = {
  pull_request: { record: 'pull_request.node_id', ingest: ingestPullRequestEvent },
  pull_request_target: { record: 'pull_request.node_id', ingest: ingestPullRequestEvent },
  pull_request_review: { record: 'review.node_id', ingest: ingestReviewEvent },
  pull_request_review_comment: { record: 'comment.node_id', ingest: ingestReviewCommentEvent },
  issue_comment: { record: 'comment.node_id', ingest: ingestIssueCommentEvent },
  issues: { record: 'issue.node_id', ingest: ingestIssueEvent },
  workflow_run: { record: 'workflow_run.node_id', ingest: ingestWorkflowRunEvent },
  deployment: { record: 'deployment.node_id', ingest: ingestDeploymentEvent },
  deployment_status: { record: 'deployment_status.node_id', ingest: ingestDeploymentStatusEvent },
  release: { record: 'release.node_id', ingest: ingestReleaseEvent },
};

/** Event names `ingestEvent` writes; any other (push, schedule, workflow_dispatch…) returns null. */
export const INGESTED_EVENTS: readonly string[] = Object.keys(FAMILIES);

/**
 * Writes the webhook payload of the event that started the workflow straight into the
 * database, with no API call for that record. All writes of the event share one transaction,
 * so a payload that fails half-way leaves nothing behind.
 *
 * Returns rows written (or deleted) per table, or null for an event flowmeter does not ingest:
 * the caller then runs the scheduled harvest only. Throws EventPayloadError, naming the event
 * and the field, when the payload is not what its event name says.
 */
export async function ingestEvent(
  store: Store,
  eventName: string,
  payload: unknown,
  now: Date = new Date(),
): Promise<TableCount[] | null> {
  const family = Object.hasOwn(FAMILIES, eventName) ? FAMILIES[eventName] : undefined;
  if (!family) return null;
  const event = new EventPayload(eventName, payload);
  event.requireString(family.record);
  return store.transaction(async (connection) => {
    const writer = new EventWriter(connection, event, now);
    await family.ingest(writer);
    return writer.finish();
  });
}

/**
 * Reads the payload file GitHub names in GITHUB_EVENT_PATH. Errors name the file, since a
 * missing or damaged file means the workflow (or a local run) pointed at the wrong path.
 */
export function readEventFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new EventPayloadError(`Event payload file ${path} ${reason}; GITHUB_EVENT_PATH must name the webhook payload`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EventPayloadError(`Event payload file ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}
