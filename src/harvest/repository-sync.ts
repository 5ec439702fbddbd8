import type { GitHubClient } from '../github/client.js';
import { NESTED_PAGE, repositorySyncDocument, TIMELINE_ITEM_TYPES } from '../github/documents.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { upsertRows } from '../store/upsert.js';
import { addDeployment, addIssue, addPullRequest, addRelease, repositoryRow } from './graphql-rows.js';
import type { GqlConnection, GqlRepository } from './graphql-types.js';
import { addListingPage, changedOnly, listingDone, listingVariables, openListing, settleOpenItems, type OpenListing } from './open-items.js';
import { completeOverflowingConnections } from './overflow.js';
import { PageBatch } from './page-batch.js';
import { fetchPage, graphQLRunner, type PageFetchOptions } from './page-fetch.js';
import { laterOf, loadSyncStates, planPass, savePassProgress, type Resource, type SyncPass, type SyncState } from './sync-state.js';

export interface RepositorySyncOptions {
  backfillSince: string;
  forceSince?: string;
  pageSize: number;
  /** First page of an incremental pass: small, so a run with nothing new costs ~1 point. */
  incrementalPageSize: number;
  overlapMs: Record<'pull_requests' | 'issues' | 'deployments' | 'releases', number>;
  pageFetch?: PageFetchOptions;
  now: () => Date;
  /** Counts of the rows stored, kept up to date page by page: still right when the sync fails part way. */
  rows?: Record<string, number>;
}

export interface RepositorySyncResult {
  repoId: string;
  isPrivate: boolean;
  defaultBranch: string | null;
  rows: Record<string, number>;
  pages: number;
}

type GraphQLResource = 'pull_requests' | 'issues' | 'deployments' | 'releases';
const RESOURCES: GraphQLResource[] = ['pull_requests', 'issues', 'deployments', 'releases'];
const FIELD: Record<GraphQLResource, 'pullRequests' | 'issues' | 'deployments' | 'releases'> = {
  pull_requests: 'pullRequests',
  issues: 'issues',
  deployments: 'deployments',
  releases: 'releases',
};
/** Each resource's order key: the harvest stops paging once a page reaches back past `since`. */
const KEY: Record<GraphQLResource, 'updatedAt' | 'createdAt'> = {
  pull_requests: 'updatedAt',
  issues: 'updatedAt',
  deployments: 'createdAt',
  releases: 'createdAt',
};

/**
 * Deployments and releases are listed by creation time, but both change later: a deployment's
 * status, and a release's draft flag (release-drafter keeps a draft for weeks
 * before it is published). Re-reading weeks of them every run would cost pages; instead a pass
 * reaches back to the oldest record still unsettled: a deployment with no terminal status from
 * the last three days, or a release still a draft (unpublished) from the last
 * 90 days. Two release changes leave nothing stored to reach back to, or would make every run
 * pay: a draft the token could not see (it needs push access) is not stored at all, and a
 * pre-release can be promoted to a full release at any time (repositories with nightly
 * pre-releases would pay for reaching back to them on every run). So the weekly run that
 * lists the open items again (open-items.ts) re-reads every release created in the last
 * 90 days; unchanged ones are recognised by their `updatedAt` and skipped.
 */
const UNSETTLED: Record<'deployments' | 'releases', string> = {
  deployments: `coalesce(latest_state, 'PENDING') IN ('PENDING', 'QUEUED', 'IN_PROGRESS', 'WAITING') AND created_at > $w::TIMESTAMPTZ - INTERVAL 3 DAY`,
  releases: `(is_draft OR published_at IS NULL) AND created_at > $w::TIMESTAMPTZ - INTERVAL 90 DAY`,
};
const RELEASES_WEEKLY_REACH_BACK_MS = 90 * 86_400_000;

async function unsettledOverlap(store: Store, table: 'deployments' | 'releases', repoId: string, state: SyncState | undefined, baseMs: number, weekly: boolean): Promise<number> {
  if (!state?.watermark) return baseMs;
  const floorMs = table === 'releases' && weekly ? Math.max(baseMs, RELEASES_WEEKLY_REACH_BACK_MS) : baseMs;
  const [row] = await store.query<{ oldest: string | null }>(
    `SELECT strftime(min(created_at), '%Y-%m-%dT%H:%M:%S.%gZ') AS oldest FROM ${table} WHERE repo_id = $r AND ${UNSETTLED[table]}`,
    { r: repoId, w: state.watermark },
  );
  return row?.oldest ? Math.max(floorMs, Date.parse(state.watermark) - Date.parse(row.oldest) + 1000) : floorMs;
}

async function findRepoId(store: Store, fullName: string): Promise<string | null> {
  const rows = await store.query<{ id: string }>('SELECT id FROM repositories WHERE lower(full_name) = lower($n)', { n: fullName });
  return rows[0]?.id ?? null;
}

/**
 * Harvests pull requests, issues, deployments and releases of one repository by GraphQL,
 * a page of each per request, storing each page (with its sync state) in one transaction.
 * Then, once per repository and again weekly, the open-items sweep (open-items.ts) stores the
 * open pull requests and issues that no change brought within the backfill, and marks gone
 * those deleted or transferred away.
 */
export async function syncRepositoryGraphQL(client: GitHubClient, store: Store, log: Logger, fullName: string, options: RepositorySyncOptions): Promise<RepositorySyncResult> {
  const knownId = await findRepoId(store, fullName);
  const states: Map<Resource, SyncState> = knownId ? await loadSyncStates(store, knownId) : new Map();
  // The weekly run (the open items are listed again) also settles what may change at any time.
  const listing = openListing(states.get('open_items'), options.now());
  const overlapMs = { ...options.overlapMs };
  if (knownId) {
    for (const table of ['deployments', 'releases'] as const) overlapMs[table] = await unsettledOverlap(store, table, knownId, states.get(table), overlapMs[table], listing !== null);
  }
  const passes = new Map<GraphQLResource, SyncPass>(
    RESOURCES.map((r) => [r, planPass(r, states.get(r), { backfillSince: options.backfillSince, overlapMs: overlapMs[r], forceSince: options.forceSince })]),
  );
  const sync: PassRunner = { client, store, log, fullName, options, states, rows: options.rows ?? {}, pages: 0 };
  const repo = await runPasses(sync, passes, listing);
  if (listing) {
    const { stored, gone } = await settleOpenItems(client, store, log, repo.id, listing, options);
    // Counted (and logged per repository) only when there are any: items older than the
    // backfill, and items deleted or transferred away.
    if (stored.pulls) sync.rows.older_open_pull_requests = stored.pulls;
    if (stored.issues) sync.rows.older_open_issues = stored.issues;
    if (gone.pulls) sync.rows.gone_pull_requests = gone.pulls;
    if (gone.issues) sync.rows.gone_issues = gone.issues;
    const goneNote = gone.pulls || gone.issues
      ? `; ${gone.pulls} pull requests and ${gone.issues} issues stored as open are deleted or transferred away, and no longer count`
      : '';
    log.info(`${fullName}: ${listing.pulls.items.length} open pull requests and ${listing.issues.items.length} open issues, of any age; ${stored.pulls} and ${stored.issues} of them were not stored yet${goneNote}`);
  }
  return { repoId: repo.id, isPrivate: repo.isPrivate, defaultBranch: repo.defaultBranch, rows: sync.rows, pages: sync.pages };
}

interface PassRunner {
  client: GitHubClient;
  store: Store;
  log: Logger;
  fullName: string;
  options: RepositorySyncOptions;
  states: Map<Resource, SyncState>;
  /** Records read per resource, and stored by the open-items sweep. */
  rows: Record<string, number>;
  pages: number;
}

/**
 * Pages every pass to its end, one request for all of them, collecting the open-items
 * listing (when asked) in the same requests.
 */
async function runPasses(sync: PassRunner, passes: Map<GraphQLResource, SyncPass>, listing: OpenListing | null): Promise<{ id: string; isPrivate: boolean; defaultBranch: string | null }> {
  const { client, store, log, fullName, options, rows } = sync;
  const [owner, name] = fullName.split('/') as [string, string];
  const pageSize = { value: options.pageSize, min: 5 };
  const runner = graphQLRunner(client, log, options.pageFetch);
  let result = { id: '', isPrivate: false, defaultBranch: null as string | null };

  while ([...passes.values()].some((p) => !p.done) || !listingDone(listing)) {
    // Issues, deployments and releases are light next to a PR with its reviews and timeline,
    // so they page at twice the PR page size (GitHub's maximum is 100).
    const size = (pass: SyncPass) => {
      const full = pass.resource === 'pull_requests' ? pageSize.value : Math.min(100, 2 * pageSize.value);
      return pass.incremental && pass.pages === 0 ? Math.min(options.incrementalPageSize, full) : full;
    };
    const data = await fetchPage<{ repository: GqlRepository | null }>(client, log, pageSize, () => {
      const v: Record<string, unknown> = { owner, name, nested: NESTED_PAGE, timelineTypes: [...TIMELINE_ITEM_TYPES] };
      for (const [resource, prefix] of [['pull_requests', 'pulls'], ['issues', 'issues'], ['deployments', 'deployments'], ['releases', 'releases']] as const) {
        const pass = passes.get(resource);
        v[`with${prefix[0]!.toUpperCase()}${prefix.slice(1)}`] = pass ? !pass.done : false;
        v[`${prefix}First`] = pass ? size(pass) : 1;
        v[`${prefix}After`] = pass?.after ?? null;
      }
      v.issuesSince = passes.get('issues')?.since;
      Object.assign(v, listingVariables(listing));
      return { query: repositorySyncDocument(), variables: v };
    }, options.pageFetch);
    sync.pages++;
    const repo = data.repository;
    if (!repo) throw new Error(`Repository ${fullName} not found, or the token cannot read it: check the \`repositories\` input and the token's access.`);
    result = { id: repo.id, isPrivate: repo.isPrivate, defaultBranch: repo.defaultBranchRef?.name ?? null };
    const harvestedAt = options.now().toISOString();
    addListingPage(listing, repo);

    // Records re-read only because of the overlap are already stored whole: skip them, and
    // with them any follow-up requests their long review or comment lists would need.
    const pulls = await changedOnly(store, 'pull_requests', repo.pullRequests?.nodes ?? []);
    const issues = await changedOnly(store, 'issues', repo.issues?.nodes ?? []);
    await completeOverflowingConnections(runner, pulls, issues);

    const batch = new PageBatch();
    for (const pr of pulls) addPullRequest(batch, repo.id, pr, harvestedAt);
    for (const issue of issues) addIssue(batch, repo.id, issue, harvestedAt);
    for (const d of repo.deployments?.nodes ?? []) addDeployment(batch, repo.id, d);
    for (const r of repo.releases?.nodes ?? []) addRelease(batch, repo.id, r);

    const progressed: SyncPass[] = [];
    for (const [resource, pass] of passes) {
      const connection = repo[FIELD[resource]] as GqlConnection<Record<string, string>> | undefined;
      if (pass.done || !connection) continue;
      const keys = connection.nodes.map((n) => n[KEY[resource]]!).filter(Boolean);
      for (const key of keys) pass.target = laterOf(pass.target, key);
      const oldest = keys.length ? keys.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
      const reachedSince = resource !== 'issues' && oldest !== null && Date.parse(oldest) < Date.parse(pass.since);
      pass.pages++;
      pass.after = connection.pageInfo?.endCursor ?? null;
      pass.done = !connection.pageInfo?.hasNextPage || reachedSince;
      rows[pass.resource] = (rows[pass.resource] ?? 0) + connection.nodes.length;
      progressed.push(pass);
    }
    await store.transaction(async (connection) => {
      await upsertRows(connection, 'repositories', [repositoryRow(repo, harvestedAt)], ['id']);
      await batch.write(connection);
      for (const pass of progressed) await savePassProgress(connection, repo.id, pass, sync.states.get(pass.resource)?.watermark ?? null, harvestedAt);
    });
    // A long backfill reports as it goes: every fifth page, with the budget left.
    if (sync.pages % 5 === 0) {
      const so = Object.entries(rows).map(([k, n]) => `${n} ${k.replaceAll('_', ' ')}`).join(', ');
      log.info(`${fullName}: ${sync.pages} pages so far (${so}); rate limit remaining ${client.meter.snapshot().rateLimitRemaining ?? 'unknown'}`);
    }
  }
  return result;
}
