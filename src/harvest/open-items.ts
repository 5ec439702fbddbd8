import type { GitHubClient } from '../github/client.js';
import { NESTED_PAGE, openItemNodesDocument, TIMELINE_ITEM_TYPES } from '../github/documents.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { loadDuckDB } from '../store/duckdb-engine.js';
import { markGone, upsertRows } from '../store/upsert.js';
import { addIssue, addPullRequest } from './graphql-rows.js';
import type { GqlIssue, GqlItemVersion, GqlPullRequest, GqlRepository } from './graphql-types.js';
import { completeOverflowingConnections } from './overflow.js';
import { PageBatch } from './page-batch.js';
import { fetchPage, graphQLRunner, type PageFetchOptions } from './page-fetch.js';
import type { SyncState } from './sync-state.js';

/*
 * The open-items sweep. The passes read records in update order back to `since`, so a first
 * backfill alone misses a pull request or issue that is still open but has not changed since
 * then: the oldest waiting work, which open work, the backlog and open issues count. So the
 * harvest lists the ids of every open pull request and issue of a repository (100 a page,
 * riding along with the passes' first requests) and, after the passes, reads whole those the
 * store lacks. From then on every change to one of them updates it, so the incremental passes
 * keep them current; a database harvested before the sweep existed gets it on its next run.
 *
 * No change reaches a pull request or issue that is deleted, or an issue transferred to
 * another repository: the passes never see it again, and the store would count it open for
 * ever. So the listing is repeated once a week (OPEN_ITEMS_RECHECK_DAYS), and the items the
 * store holds as open but the repository no longer lists are read by id: one that no longer
 * resolves, or now belongs to another repository, is marked gone (`gone_at`) and the metrics
 * leave it out; any other is stored as read (closed in a way the passes missed, say). Only
 * that positive answer marks an item gone, never its absence from a listing alone.
 * A run stopped midway records nothing: the next one lists again and skips what was stored.
 */

/** Days between two listings of a repository's open items, after the first. */
export const OPEN_ITEMS_RECHECK_DAYS = 7;
const DAY_MS = 86_400_000;

interface ListingPart {
  after: string | null;
  done: boolean;
  items: GqlItemVersion[];
}

export interface OpenListing {
  pulls: ListingPart;
  issues: ListingPart;
}

/** The listing to collect this run: none when the last complete one is less than a week old. */
export function openListing(state: SyncState | undefined, now: Date): OpenListing | null {
  if (state?.watermark && now.getTime() - Date.parse(state.watermark) < OPEN_ITEMS_RECHECK_DAYS * DAY_MS) return null;
  return { pulls: { after: null, done: false, items: [] }, issues: { after: null, done: false, items: [] } };
}

export const listingDone = (listing: OpenListing | null): boolean => !listing || (listing.pulls.done && listing.issues.done);

/** The sync document's variables for the listing's next page (a part that is complete is left out). */
export function listingVariables(listing: OpenListing | null): Record<string, unknown> {
  return {
    withOpenPulls: !!listing && !listing.pulls.done,
    openPullsAfter: listing?.pulls.after ?? undefined,
    withOpenIssues: !!listing && !listing.issues.done,
    openIssuesAfter: listing?.issues.after ?? undefined,
  };
}

export function addListingPage(listing: OpenListing | null, repo: GqlRepository): void {
  if (!listing) return;
  for (const [part, connection] of [[listing.pulls, repo.openPulls], [listing.issues, repo.openIssues]] as const) {
    if (part.done || !connection) continue;
    part.items.push(...connection.nodes);
    part.after = connection.pageInfo?.endCursor ?? null;
    part.done = !connection.pageInfo?.hasNextPage;
  }
}

/**
 * The records the store lacks, or holds at another `updatedAt`, or holds only as an event wrote
 * them. A harvest stores a record whole (with its commits, reviews, timeline and comments) and
 * stamps `harvested_at` later than `updated_at`; an event payload carries only part of that and
 * stores `harvested_at = updated_at`, so the next harvest re-reads the record even when GitHub's
 * `updatedAt` has not moved since the event.
 */
export async function changedOnly<T extends GqlItemVersion>(store: Store, table: 'pull_requests' | 'issues', records: T[]): Promise<T[]> {
  if (records.length === 0) return records;
  const duckdb = await loadDuckDB();
  const stored = await store.query<{ id: string; ms: string }>(
    `SELECT id, epoch_ms(updated_at)::BIGINT AS ms FROM ${table}
      WHERE id IN (SELECT unnest($ids)) AND harvested_at > updated_at`,
    { ids: duckdb.listValue(records.map((r) => r.id)) },
  );
  const known = new Map(stored.map((r) => [r.id, Number(r.ms)]));
  return records.filter((r) => known.get(r.id) !== Date.parse(r.updatedAt));
}

type OpenNode<T> = (T & { repository?: { id: string } | null }) | Record<string, never> | null;
type ItemTable = 'pull_requests' | 'issues';

export interface OpenSweepOptions {
  pageSize: number;
  pageFetch?: PageFetchOptions;
  now: () => Date;
}

export interface OpenSweepResult {
  /** Listed open, and stored by the sweep because the store lacked them. */
  stored: { pulls: number; issues: number };
  /** Held as open, and found deleted or transferred away. */
  gone: { pulls: number; issues: number };
}

/** Stored as open (and not gone) in the repository, but not in its listing of open items. */
async function noLongerListed(store: Store, table: ItemTable, repoId: string, listed: GqlItemVersion[]): Promise<string[]> {
  const duckdb = await loadDuckDB();
  // An empty list has no item type to bind, so none is passed.
  const rows = await store.query<{ id: string }>(
    `SELECT id FROM ${table} WHERE repo_id = $r AND state = 'OPEN' AND gone_at IS NULL
        ${listed.length ? 'AND id NOT IN (SELECT unnest($ids))' : ''} ORDER BY id`,
    listed.length ? { r: repoId, ids: duckdb.listValue(listed.map((item) => item.id)) } : { r: repoId },
  );
  return rows.map((r) => r.id);
}

interface QueuedItem {
  id: string;
  pull: boolean;
  /** Stored as open but no longer listed: gone unless reading it shows it still here. */
  check: boolean;
}

/**
 * Settles a complete listing: reads whole the listed items the store lacks and the stored open
 * items the listing lacks, a page of them per request (pull requests at the page size, issues
 * at twice it), stores each page in one transaction with the items found gone, and then
 * records the listing's time.
 */
export async function settleOpenItems(client: GitHubClient, store: Store, log: Logger, repoId: string, listing: OpenListing, options: OpenSweepOptions): Promise<OpenSweepResult> {
  const queue: QueuedItem[] = [
    ...(await changedOnly(store, 'pull_requests', listing.pulls.items)).map((r) => ({ id: r.id, pull: true, check: false })),
    ...(await changedOnly(store, 'issues', listing.issues.items)).map((r) => ({ id: r.id, pull: false, check: false })),
    ...(await noLongerListed(store, 'pull_requests', repoId, listing.pulls.items)).map((id) => ({ id, pull: true, check: true })),
    ...(await noLongerListed(store, 'issues', repoId, listing.issues.items)).map((id) => ({ id, pull: false, check: true })),
  ];
  const runner = graphQLRunner(client, log, options.pageFetch);
  const pageSize = { value: options.pageSize, min: 5 };
  const result: OpenSweepResult = { stored: { pulls: 0, issues: 0 }, gone: { pulls: 0, issues: 0 } };
  while (queue.length) {
    let page: QueuedItem[] = [];
    const data = await fetchPage<{ pulls: OpenNode<GqlPullRequest>[]; issues: OpenNode<GqlIssue>[] }>(client, log, pageSize, (size) => {
      // An issue weighs half a pull request (no reviews, commits or timeline).
      let budget = 2 * Math.min(size, 50);
      let taken = 0;
      for (; taken < queue.length && budget >= (queue[taken]!.pull ? 2 : 1); taken++) budget -= queue[taken]!.pull ? 2 : 1;
      page = queue.slice(0, taken);
      return {
        query: openItemNodesDocument(),
        variables: { pullIds: page.filter((q) => q.pull).map((q) => q.id), issueIds: page.filter((q) => !q.pull).map((q) => q.id), nested: NESTED_PAGE, timelineTypes: [...TIMELINE_ITEM_TYPES] },
      };
    }, options.pageFetch, ['pulls', 'issues']);
    queue.splice(0, page.length);
    // The answers come in the order of the ids asked for; a deleted item answers null.
    const answers = [
      ...page.filter((q) => q.pull).map((q, i) => ({ q, node: data.pulls[i] })),
      ...page.filter((q) => !q.pull).map((q, i) => ({ q, node: data.issues[i] })),
    ];
    const here = answers.filter((a) => a.node?.id && (!a.node.repository || a.node.repository.id === repoId));
    const gone = answers.filter((a) => a.q.check && !here.includes(a));
    const pulls = here.filter((a) => a.q.pull).map((a) => a.node as GqlPullRequest);
    const issues = here.filter((a) => !a.q.pull).map((a) => a.node as GqlIssue);
    await completeOverflowingConnections(runner, pulls, issues);
    const harvestedAt = options.now().toISOString();
    const batch = new PageBatch();
    for (const pr of pulls) addPullRequest(batch, repoId, pr, harvestedAt);
    for (const issue of issues) addIssue(batch, repoId, issue, harvestedAt);
    await store.transaction(async (connection) => {
      await batch.write(connection);
      for (const table of ['pull_requests', 'issues'] as const) {
        const ids = gone.filter((a) => a.q.pull === (table === 'pull_requests')).map((a) => a.q.id);
        await markGone(connection, table, repoId, ids, harvestedAt);
      }
    });
    result.stored.pulls += answers.filter((a) => !a.q.check && a.q.pull && here.includes(a)).length;
    result.stored.issues += answers.filter((a) => !a.q.check && !a.q.pull && here.includes(a)).length;
    result.gone.pulls += gone.filter((a) => a.q.pull).length;
    result.gone.issues += gone.filter((a) => !a.q.pull).length;
  }
  const now = options.now().toISOString();
  // Complete: a watermark (the time of this listing), and no coverage (it reads no span of time).
  await upsertRows(store.connection, 'sync_state', [{ repo_id: repoId, resource: 'open_items', watermark: now, cursor: null, target_watermark: null, since: null, pages: 0, updated_at: now, covered_since: null }], ['repo_id', 'resource']);
  return result;
}
