import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../store/database.js';
import { upsertRows } from '../store/upsert.js';

/** `open_items` records the open-items sweep (open-items.ts): a watermark once complete, no coverage. */
export type Resource = 'pull_requests' | 'issues' | 'deployments' | 'releases' | 'workflow_runs' | 'review_comments' | 'open_items';

export interface SyncState {
  watermark: string | null;
  cursor: string | null;
  targetWatermark: string | null;
  since: string | null;
  pages: number;
  /** The earliest moment a complete full pass read back to; null when unknown. */
  coveredSince: string | null;
}

/**
 * A pass over one resource of one repository: either resumed from a saved cursor (a killed
 * run left it), or new, starting at the first page and going back to `since`.
 */
export interface SyncPass {
  resource: Resource;
  after: string | null;
  since: string;
  target: string | null;
  incremental: boolean;
  pages: number;
  done: boolean;
  /** The coverage before this pass (SyncState.coveredSince). */
  coveredSince: string | null;
}

export async function loadSyncStates(store: Store, repoId: string): Promise<Map<Resource, SyncState>> {
  const rows = await store.query<{ resource: Resource; watermark: string | null; cursor: string | null; target_watermark: string | null; since: string | null; pages: number; covered_since: string | null }>(
    `SELECT resource, strftime(watermark, '%Y-%m-%dT%H:%M:%S.%gZ') AS watermark, cursor,
            strftime(target_watermark, '%Y-%m-%dT%H:%M:%S.%gZ') AS target_watermark,
            strftime(since, '%Y-%m-%dT%H:%M:%S.%gZ') AS since, pages,
            strftime(covered_since, '%Y-%m-%dT%H:%M:%S.%gZ') AS covered_since
       FROM sync_state WHERE repo_id = $repo`,
    { repo: repoId },
  );
  return new Map(rows.map((r) => [r.resource, { watermark: r.watermark, cursor: r.cursor, targetWatermark: r.target_watermark, since: r.since, pages: r.pages, coveredSince: r.covered_since }]));
}

/**
 * Plans the next pass. `overlapMs` re-reads a little before the watermark, because GitHub's
 * ordering by update time is not a snapshot: records updated while the last pass was paging
 * may have moved. `forceSince` (an explicit --since) starts a full pass from that date.
 */
export function planPass(resource: Resource, state: SyncState | undefined, options: { backfillSince: string; overlapMs: number; forceSince?: string }): SyncPass {
  const coveredSince = state?.coveredSince ?? null;
  if (state?.cursor && state.since) {
    return { resource, after: state.cursor, since: state.since, target: state.targetWatermark, incremental: false, pages: state.pages, done: false, coveredSince };
  }
  if (options.forceSince || !state?.watermark) {
    return { resource, after: null, since: options.forceSince ?? options.backfillSince, target: null, incremental: false, pages: 0, done: false, coveredSince };
  }
  const since = new Date(Date.parse(state.watermark) - options.overlapMs).toISOString();
  return { resource, after: null, since, target: null, incremental: true, pages: 0, done: false, coveredSince };
}

export function laterOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function earlierOf(a: string | null, b: string): string {
  return a && Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * How far back the records are read once this pass is saved. A complete full pass read every
 * record updated at or after its `since`, and a record changes whenever something happens to
 * it, so every event from `since` on is stored: coverage extends back to there. An incremental
 * pass keeps coverage as it was.
 */
export function coverageAfter(pass: SyncPass): string | null {
  return pass.done && !pass.incremental ? earlierOf(pass.coveredSince, pass.since) : pass.coveredSince;
}

/** Records a pass's progress after a page; call inside the page's transaction. */
export async function savePassProgress(connection: DuckDBConnection, repoId: string, pass: SyncPass, previousWatermark: string | null, now: string): Promise<void> {
  const row = pass.done
    ? // A complete pass that found nothing still moves the watermark to now: the next run is
      // incremental (one small page) instead of another backfill of an empty resource.
      { watermark: laterOf(previousWatermark, pass.target) ?? now, cursor: null, target_watermark: null, since: null }
    : { watermark: previousWatermark, cursor: pass.after, target_watermark: pass.target, since: pass.since };
  await upsertRows(connection, 'sync_state', [{ repo_id: repoId, resource: pass.resource, ...row, pages: pass.done ? 0 : pass.pages, updated_at: now, covered_since: coverageAfter(pass) }], ['repo_id', 'resource']);
}
