import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadDuckDB } from '../../store/duckdb-engine.js';
import { markPrsStale } from '../../store/stale-facts.js';
import type { ActorRef } from '../actors.js';
import type { EventWriter } from './event-writer.js';

/** Ids of timeline rows written from event payloads start with this; harvested rows use GitHub node ids. */
export const SYNTHETIC_EVENT_PREFIX = 'event:';

/**
 * A harvested event of the same type, PR and reviewer within this many seconds of a payload's
 * time is taken to be the same event. Webhook times come from the PR's `updated_at`, which the
 * event itself bumps, so they trail GitHub's own `createdAt` by at most a second or two.
 */
export const SAME_EVENT_TOLERANCE_SECONDS = 120;

export interface TimelineEvent {
  prId: string;
  repoId: string;
  /** GraphQL __typename, as the harvest stores it (ReadyForReviewEvent, MergedEvent, …). */
  type: string;
  createdAt: string;
  actor: ActorRef | null;
  requestedReviewer?: { name: string; kind: string } | null;
  commitSha?: string | null;
}

/**
 * Deterministic id from what identifies the event, so ingesting the same payload twice (a
 * re-run of the workflow) replaces the row instead of adding a second one.
 */
export function syntheticEventId(event: TimelineEvent): string {
  const identity = [event.prId, event.type, new Date(event.createdAt).toISOString(), event.requestedReviewer?.name ?? ''];
  return SYNTHETIC_EVENT_PREFIX + createHash('sha256').update(identity.join('\n')).digest('hex').slice(0, 32);
}

/**
 * Writes the events a payload implies, skipping any the harvest already stored under GitHub's
 * own node id (same PR, type and reviewer, within the tolerance), so the two never coexist when
 * the harvest came first. When the event comes first, the next harvest of the PR replaces its
 * whole timeline (PageBatch deletes a re-harvested PR's child rows), synthetic rows included.
 */
export async function writeTimelineEvents(writer: EventWriter, events: TimelineEvent[]): Promise<void> {
  const rows = [];
  for (const event of events) {
    if (await harvestedTwinExists(writer, event)) continue;
    writer.actors.add(event.actor, event.createdAt);
    rows.push({
      id: syntheticEventId(event),
      pr_id: event.prId,
      repo_id: event.repoId,
      event_type: event.type,
      created_at: event.createdAt,
      actor_login: event.actor?.login ?? null,
      actor_kind: event.actor?.kind ?? null,
      requested_reviewer: event.requestedReviewer?.name ?? null,
      requested_reviewer_kind: event.requestedReviewer?.kind ?? null,
      commit_sha: event.commitSha ?? null,
    });
  }
  await writer.replace('pr_timeline_events', ['id'], rows);
}

async function harvestedTwinExists(writer: EventWriter, event: TimelineEvent): Promise<boolean> {
  const rows = await writer.rows(
    `SELECT count(*)::INTEGER AS n FROM main.pr_timeline_events
      WHERE pr_id = $pr AND event_type = $type AND id NOT LIKE $prefix
        AND coalesce(requested_reviewer, '') = $reviewer
        AND abs(epoch(created_at) - epoch($at::TIMESTAMPTZ)) <= $tolerance`,
    {
      pr: event.prId,
      type: event.type,
      prefix: `${SYNTHETIC_EVENT_PREFIX}%`,
      reviewer: event.requestedReviewer?.name ?? '',
      at: event.createdAt,
      tolerance: SAME_EVENT_TOLERANCE_SECONDS,
    },
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * Removes the synthetic timeline rows of the given PRs, for a writer that adds harvested events
 * without replacing the PR's timeline as a set (the page harvest does replace it). Call it in
 * the transaction that writes the harvested events; otherwise an event such as
 * ReviewRequestedEvent would be counted twice.
 */
export async function deleteSyntheticTimelineEvents(connection: DuckDBConnection, prIds: string[]): Promise<void> {
  if (prIds.length === 0) return;
  const duckdb = await loadDuckDB();
  await markPrsStale(connection, prIds);
  await connection.run(
    `DELETE FROM main.pr_timeline_events WHERE id LIKE $prefix AND pr_id IN (SELECT unnest($ids))`,
    { prefix: `${SYNTHETIC_EVENT_PREFIX}%`, ids: duckdb.listValue(prIds) },
  );
}
