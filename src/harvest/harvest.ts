import { randomUUID } from 'node:crypto';
import { FlowmeterError, GitHubApiError, RateLimitError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { CostSnapshot } from '../github/cost-meter.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { upsertRows } from '../store/upsert.js';
import type { PageFetchOptions } from './page-fetch.js';
import { syncDeploymentAncestry, type AncestryPatterns } from './deployment-ancestry.js';
import { syncRepositoryGraphQL } from './repository-sync.js';
import { syncReviewComments } from './review-comments.js';
import { syncIterations, syncMilestones, type SprintSourceRequest } from './sprint-sources.js';
import { syncTeams, type TeamsHarvest } from './teams.js';
import { syncWorkflowRuns } from './workflow-runs.js';

export interface HarvestOptions {
  repositories: string[];
  /** First run: how far back to go. */
  backfillDays: number;
  /** An explicit start date: a full pass from there, whatever the watermarks say. */
  since?: string;
  pageSize: number;
  incrementalPageSize: number;
  trigger: string;
  pageFetch?: PageFetchOptions;
  now?: () => Date;
  /** Read the owners' GitHub teams too (default true); pointless when the configuration names teams. */
  teams?: boolean;
  /** Milestones or a project's iterations, when sprints come from them (metrics.sprints). */
  sprints?: SprintSourceRequest;
  /** Compare consecutive deployments' commits (deployment-ancestry.ts); off when absent. */
  ancestry?: AncestryPatterns;
}

export interface RepositoryHarvest {
  fullName: string;
  repoId: string | null;
  isPrivate: boolean;
  rows: Record<string, number>;
  cost: CostSnapshot;
  error: string | null;
}

export interface HarvestStats {
  runId: string;
  repositories: RepositoryHarvest[];
  /** Per owner: teams and memberships read, or why not (empty when not asked for). */
  teams: TeamsHarvest[];
  cost: CostSnapshot;
  durationMs: number;
}

export class HarvestError extends FlowmeterError {
  /** `rateLimit`: every failure was the token's budget running out (this one's reset is named). */
  constructor(readonly stats: HarvestStats, failed: RepositoryHarvest[], rateLimit: RateLimitError | null = null) {
    super(
      rateLimit
        ? `${rateLimit.message}, with ${failed.length} of ${stats.repositories.length} repositories not yet harvested in full (${failed.map((r) => r.fullName).join(', ')}). ` +
            'Everything harvested so far is stored; the next run resumes from there (a first harvest of many repositories can take several runs).'
        : `Harvest failed for ${failed.map((r) => `${r.fullName} (${r.error})`).join('; ')}. Everything harvested before the failure is stored; the next run resumes from there.`,
    );
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OVERLAP = 10 * 60_000;

/** Harvests every repository in turn; one repository's failure does not stop the others. */
export async function harvest(client: GitHubClient, store: Store, log: Logger, options: HarvestOptions): Promise<HarvestStats> {
  const now = options.now ?? (() => new Date());
  const runId = randomUUID();
  const startedAt = now();
  const before = client.meter.snapshot();
  const backfillSince = new Date(startedAt.getTime() - options.backfillDays * DAY).toISOString();
  await upsertRows(store.connection, 'harvest_runs', [{ id: runId, started_at: startedAt.toISOString(), status: 'running', trigger: options.trigger, repos: options.repositories, requests: 0, graphql_requests: 0, graphql_points: 0, rest_requests: 0, retries: 0, errors: 0, rows_written: 0 }], ['id']);

  const results: RepositoryHarvest[] = [];
  let rateLimit: RateLimitError | null = null;
  const rateLimited = new Set<string>();
  for (const fullName of options.repositories) {
    const repoBefore = client.meter.snapshot();
    const result: RepositoryHarvest = { fullName, repoId: null, isPrivate: false, rows: {}, cost: repoBefore, error: null };
    await log.group(`Harvest ${fullName}`, async () => {
      try {
        const graph = await syncRepositoryGraphQL(client, store, log, fullName, {
          rows: result.rows,
          backfillSince,
          forceSince: options.since,
          pageSize: options.pageSize,
          incrementalPageSize: options.incrementalPageSize,
          // Re-read a little before the watermark: GitHub's update-time ordering is not a snapshot.
          overlapMs: { pull_requests: OVERLAP, issues: OVERLAP, deployments: OVERLAP, releases: 7 * DAY },
          pageFetch: options.pageFetch,
          now,
        });
        result.repoId = graph.repoId;
        result.isPrivate = graph.isPrivate;
        result.rows.workflow_runs = await syncWorkflowRuns(client, store, log, fullName, graph.repoId, {
          backfillSince,
          forceSince: options.since,
          overlapMs: 2 * DAY,
          now,
        });
        result.rows.review_comments = await syncReviewComments(client, store, log, fullName, graph.repoId, {
          backfillSince,
          forceSince: options.since,
          overlapMs: OVERLAP,
          now,
        });
        if (options.ancestry) {
          const ancestry = await syncDeploymentAncestry(client, store, log, fullName, graph.repoId, options.ancestry, now);
          result.rows.commit_comparisons = ancestry.comparisons;
        }
        if (options.sprints?.source === 'milestones') {
          result.rows.milestones = await syncMilestones(client, store, log, fullName, graph.repoId, now(), options.pageFetch);
        }
      } catch (error) {
        // Bad credentials fail every repository alike: stop at once with GitHub's answer.
        if (error instanceof GitHubApiError && error.status === 401) throw error;
        if (error instanceof RateLimitError) {
          rateLimit = rateLimit && rateLimit.resetAt > error.resetAt ? rateLimit : error;
          rateLimited.add(fullName);
        }
        result.error = error instanceof Error ? error.message : String(error);
        log.warning(`${fullName}: ${result.error}`);
      }
      result.cost = client.meter.since(repoBefore);
      const counts = Object.entries(result.rows).map(([k, v]) => `${v} ${k.replaceAll('_', ' ')}`).join(', ');
      const stored = result.error ? `stored before the failure: ${counts || 'nothing'}` : counts || 'nothing new';
      log.info(`${fullName}: ${stored}; ${result.cost.requests} requests, ${result.cost.graphqlPoints} points; rate limit remaining ${result.cost.rateLimitRemaining ?? 'unknown'}`);
    });
    results.push(result);
  }

  const teams = options.teams === false ? [] : await harvestTeams(client, store, log, options.repositories, now(), options.pageFetch);
  const sprints = options.sprints;
  if (sprints?.source === 'iterations' && sprints.project) {
    await log.group('Sprint iterations', () => optional(log, 'Iterations', () => syncIterations(client, store, log, sprints.project!, sprints.field, now())));
  }
  const cost = client.meter.since(before);
  const failed = results.filter((r) => r.error);
  const stats: HarvestStats = { runId, repositories: results, teams, cost, durationMs: now().getTime() - startedAt.getTime() };
  await upsertRows(store.connection, 'harvest_runs', [{
    id: runId,
    started_at: startedAt.toISOString(),
    finished_at: now().toISOString(),
    status: failed.length ? 'failed' : 'ok',
    trigger: options.trigger,
    repos: options.repositories,
    requests: cost.requests,
    graphql_requests: cost.graphqlRequests,
    graphql_points: cost.graphqlPoints,
    rest_requests: cost.restRequests,
    retries: cost.retries,
    rate_limit_remaining: cost.rateLimitRemaining,
    rate_limit_reset: cost.rateLimitReset,
    errors: failed.length,
    error_messages: failed.map((r) => `${r.fullName}: ${r.error}`),
    rows_written: results.reduce((sum, r) => sum + Object.values(r.rows).reduce((a, b) => a + b, 0), 0),
  }], ['id']);
  if (failed.length) throw new HarvestError(stats, failed, failed.every((r) => rateLimited.has(r.fullName)) ? rateLimit : null);
  return stats;
}

/**
 * Teams and iterations only refine the report: only bad credentials stop the run; any other
 * failure is logged, what was read before stays in use, and the next run tries again.
 */
async function optional<T>(log: Logger, what: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 401) throw error;
    log.warning(`${what} were not read: ${error instanceof Error ? error.message : String(error)}. What was read before stays in use; the next run tries again.`);
    return null;
  }
}

async function harvestTeams(client: GitHubClient, store: Store, log: Logger, repositories: string[], now: Date, pageFetch?: PageFetchOptions): Promise<TeamsHarvest[]> {
  return log.group('Teams', async () => (await optional(log, 'Teams', () => syncTeams(client, store, log, repositories, now, pageFetch))) ?? []);
}
