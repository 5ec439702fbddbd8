import type { GitHubClient } from '../github/client.js';
import { NESTED_PAGE, openItemNodesDocument, TIMELINE_ITEM_TYPES } from '../github/documents.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { loadDuckDB } from '../store/duckdb-engine.js';
import { upsertRows } from '../store/upsert.js';
import { addIssue, addPullRequest } from './graphql-rows.js';
import type { GqlIssue, GqlItemVersion, GqlPullRequest, GqlRepository } from './graphql-types.js';
import { completeOverflowingConnections } from './overflow.js';
import { PageBatch } from './page-batch.js';
import { fetchPage, graphQLRunner, type PageFetchOptions } from './page-fetch.js';
import type { SyncState } from './sync-state.js';

/*
 * The open-items sweep. The passes read records in update order back to `since`, so a first
 * backfill alone misses a pull request or issue that is still open but has not changed since
 * then: the oldest waiting work, which open work, the backlog and open issues count. Once per
 * repository the harvest lists the ids of every open pull request and issue (100 a page, riding
 * along with the passes' first requests) and, after the passes, reads whole those the store
 * lacks. From then on every change to one of them updates it, so the incremental passes keep
 * them current and the sweep does not run again; a database harvested before the sweep existed
 * gets it on its next run. A run stopped midway records nothing: the next one lists again (a
 * request per 100 open items) and skips what was stored.
 */

interface ListingPart {
  after: string | null;
  done: boolean;
  items: GqlItemVersion[];
}

export interface OpenListing {
  pulls: ListingPart;
  issues: ListingPart;
}

/** The listing to collect this run, or null when the repository's sweep is complete. */
export function openListing(state: SyncState | undefined): OpenListing | null {
  if (state?.watermark) return null;
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

/** The records the store lacks, or holds at another `updatedAt`. */
export async function changedOnly<T extends GqlItemVersion>(store: Store, table: 'pull_requests' | 'issues', records: T[]): Promise<T[]> {
  if (records.length === 0) return records;
  const duckdb = await loadDuckDB();
  const stored = await store.query<{ id: string; ms: string }>(
    `SELECT id, epoch_ms(updated_at)::BIGINT AS ms FROM ${table} WHERE id IN (SELECT unnest($ids))`,
    { ids: duckdb.listValue(records.map((r) => r.id)) },
  );
  const known = new Map(stored.map((r) => [r.id, Number(r.ms)]));
  return records.filter((r) => known.get(r.id) !== Date.parse(r.updatedAt));
}

type OpenNode<T> = T | Record<string, never> | null;

export interface OpenSweepOptions {
  pageSize: number;
  pageFetch?: PageFetchOptions;
  now: () => Date;
}

/**
 * Reads whole the listed items the store lacks, a page of them per request (pull requests at
 * the page size, issues at twice it), stores each page in one transaction, and then records
 * the sweep complete. Returns how many of each it stored.
 */
export async function storeMissingOpenItems(client: GitHubClient, store: Store, log: Logger, repoId: string, listing: OpenListing, options: OpenSweepOptions): Promise<{ pulls: number; issues: number }> {
  const queue = [
    ...(await changedOnly(store, 'pull_requests', listing.pulls.items)).map((r) => ({ id: r.id, pull: true })),
    ...(await changedOnly(store, 'issues', listing.issues.items)).map((r) => ({ id: r.id, pull: false })),
  ];
  const runner = graphQLRunner(client, log, options.pageFetch);
  const pageSize = { value: options.pageSize, min: 5 };
  const stored = { pulls: 0, issues: 0 };
  while (queue.length) {
    let taken = 0;
    const data = await fetchPage<{ pulls: OpenNode<GqlPullRequest>[]; issues: OpenNode<GqlIssue>[] }>(client, log, pageSize, (size) => {
      // An issue weighs half a pull request (no reviews, commits or timeline).
      let budget = 2 * Math.min(size, 50);
      for (taken = 0; taken < queue.length && budget >= (queue[taken]!.pull ? 2 : 1); taken++) budget -= queue[taken]!.pull ? 2 : 1;
      const page = queue.slice(0, taken);
      return {
        query: openItemNodesDocument(),
        variables: { pullIds: page.filter((q) => q.pull).map((q) => q.id), issueIds: page.filter((q) => !q.pull).map((q) => q.id), nested: NESTED_PAGE, timelineTypes: [...TIMELINE_ITEM_TYPES] },
      };
    }, options.pageFetch);
    queue.splice(0, taken);
    // An id that no longer resolves (deleted since it was listed) is null: nothing to store.
    const pulls = data.pulls.filter((n): n is GqlPullRequest => !!n?.id);
    const issues = data.issues.filter((n): n is GqlIssue => !!n?.id);
    await completeOverflowingConnections(runner, pulls, issues);
    const harvestedAt = options.now().toISOString();
    const batch = new PageBatch();
    for (const pr of pulls) addPullRequest(batch, repoId, pr, harvestedAt);
    for (const issue of issues) addIssue(batch, repoId, issue, harvestedAt);
    await store.transaction((connection) => batch.write(connection));
    stored.pulls += pulls.length;
    stored.issues += issues.length;
  }
  const now = options.now().toISOString();
  // Complete: a watermark, and no coverage (the sweep reads no span of time).
  await upsertRows(store.connection, 'sync_state', [{ repo_id: repoId, resource: 'open_items', watermark: now, cursor: null, target_watermark: null, since: null, pages: 0, updated_at: now, covered_since: null }], ['repo_id', 'resource']);
  return stored;
}
