import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import { query } from '../metrics/named-queries.js';
import type { Store } from '../store/database.js';
import { upsertRows } from '../store/upsert.js';

/**
 * Which commits each deployment brought, read with REST compare (`base...head`) between a
 * deployment's commit and the one before it of the same repository and source. The metrics
 * credit a merged PR to the first deployment whose commits include its merge commit
 * (dora.sql pr-deployments); pairs not compared yet fall back to the time rule there.
 *
 * Cost: one request per pair and one more per further 250 commits. A pair never changes, so
 * each is compared once; an interrupted run keeps every pair it finished (each is written
 * in its own transaction after its last page) and the next run goes on with the rest.
 */
export const COMPARE_PAGE_SIZE = 250;
/** Pairs compared per repository and run, newest first: a first harvest of a busy deploy
 * workflow must not spend the whole budget here; later runs fill in the older pairs. */
export const COMPARISONS_PER_RUN = 200;

export interface AncestryPatterns {
  /** The deployment source and how deployments are recognised, as for the metrics (metrics.deployments). */
  source: 'auto' | 'deployments' | 'workflow' | 'releases' | 'merges';
  environment: string;
  workflow: string;
}

/** Comparing stops while the token has fewer core requests left than this: the rest of the
 * harvest (other repositories' workflow runs, comments) needs them more; the next run goes on. */
export const ANCESTRY_BUDGET_RESERVE = 300;

/** Under `auto`, a source with a deployment in this many days before the run is preferred. */
const RECENT_DAYS = 365;

export interface AncestryStats {
  comparisons: number;
  commits: number;
  requests: number;
  /** Pairs GitHub could not compare (a commit force-pushed away or a tag deleted). */
  missing: number;
}

interface CompareResponse {
  status: 'ahead' | 'behind' | 'identical' | 'diverged';
  ahead_by: number;
  behind_by: number;
  total_commits: number;
  commits: Array<{ sha: string }>;
}

export async function syncDeploymentAncestry(
  client: GitHubClient,
  store: Store,
  log: Logger,
  fullName: string,
  repoId: string,
  patterns: AncestryPatterns,
  now: () => Date,
): Promise<AncestryStats> {
  const [owner, repo] = fullName.split('/') as [string, string];
  await store.run(query('dora.sql', 'deployment-candidates'), { environment_pattern: patterns.environment, workflow_pattern: patterns.workflow });
  await store.run(query('dora.sql', 'deployment-ranges'));
  if (patterns.source === 'merges') return { comparisons: 0, commits: 0, requests: 0, missing: 0 };
  const since = new Date(now().getTime() - RECENT_DAYS * 86_400_000).toISOString();
  const pairs = await store.query<{ base_sha: string; head_sha: string }>(query('dora.sql', 'ancestry-pairs'), {
    repo_id: repoId, source: patterns.source, since, limit: COMPARISONS_PER_RUN,
  });
  const stats: AncestryStats = { comparisons: 0, commits: 0, requests: 0, missing: 0 };
  if (pairs.length === 0) return stats;
  log.info(`${fullName}: comparing ${pairs.length} consecutive deployment commits${pairs.length === COMPARISONS_PER_RUN ? ' (the rest next run)' : ''}`);

  for (const pair of pairs) {
    const remaining = client.meter.snapshot().rateLimitRemaining;
    if (remaining !== null && remaining < ANCESTRY_BUDGET_RESERVE) {
      log.info(`${fullName}: ${pairs.length - stats.comparisons} deployment comparisons left for the next run (rate limit remaining ${remaining})`);
      break;
    }
    const commits: string[] = [];
    let result: CompareResponse | null = null;
    for (let page = 1; ; page++) {
      stats.requests++;
      let data: CompareResponse;
      try {
        ({ data } = await client.rest<CompareResponse>('GET /repos/{owner}/{repo}/compare/{basehead}', {
          owner, repo, basehead: `${pair.base_sha}...${pair.head_sha}`, per_page: COMPARE_PAGE_SIZE, page,
        }));
      } catch (error) {
        // 404: a commit GitHub no longer has; 422: histories with no common ancestor.
        const status = (error as { status?: number }).status;
        if (page === 1 && (status === 404 || status === 422)) break;
        throw error;
      }
      result = data;
      commits.push(...data.commits.map((c) => c.sha));
      // Whatever page size GitHub granted, pages are numbered in it: stop when all are read.
      if (commits.length >= data.total_commits || data.commits.length === 0) break;
    }
    await store.transaction(async (connection) => {
      await upsertRows(connection, 'commit_comparisons', [{
        repo_id: repoId,
        base_sha: pair.base_sha,
        head_sha: pair.head_sha,
        status: result?.status ?? 'missing',
        ahead_by: result?.ahead_by ?? null,
        behind_by: result?.behind_by ?? null,
        total_commits: result?.total_commits ?? null,
        compared_at: now().toISOString(),
      }], ['repo_id', 'base_sha', 'head_sha']);
      await upsertRows(connection, 'comparison_commits', commits.map((sha) => ({ repo_id: repoId, base_sha: pair.base_sha, head_sha: pair.head_sha, sha })), ['repo_id', 'base_sha', 'head_sha', 'sha']);
    });
    stats.comparisons++;
    stats.commits += commits.length;
    if (!result) stats.missing++;
  }
  log.info(`${fullName}: ${stats.comparisons} deployment comparisons, ${stats.commits} commits, ${stats.requests} requests${stats.missing ? `; ${stats.missing} could not be compared (commit gone from GitHub)` : ''}`);
  return stats;
}
