import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { harvest, type HarvestStats } from './harvest.js';
import type { PageFetchOptions } from './page-fetch.js';
import { resolveRepositories } from './repository-list.js';

export interface HarvestStageOptions {
  trigger: string;
  now?: () => Date;
  /** Tests shorten the backoffs. */
  retryBaseMs?: number;
  /** The simulator needs no pacing between POSTs (see GitHubClientOptions). */
  minPostIntervalMs?: number;
  pageFetch?: PageFetchOptions;
}

/** The harvest stage as the Action and the CLI both run it: client, repositories, harvest. */
export async function runHarvestStage(config: Config, store: Store, log: Logger, options: HarvestStageOptions): Promise<HarvestStats> {
  if (!config.auth) throw new ConfigError('token', 'is empty; pass `token: ${{ github.token }}` or set GITHUB_TOKEN');
  const client = await createGitHubClient({
    auth: config.auth,
    apiUrl: config.apiUrl,
    timeoutMs: config.requestTimeoutMs,
    retryBaseMs: options.retryBaseMs,
    minPostIntervalMs: options.minPostIntervalMs,
    log,
  });
  const repositories = await log.group('Resolve repositories', async () => {
    const names = await resolveRepositories(client, [...config.repositories]);
    log.info(`${names.length} repositories: ${names.join(', ')}`);
    return names;
  });
  return harvest(client, store, log, {
    repositories,
    backfillDays: config.backfillDays,
    since: config.since,
    pageSize: config.pageSize,
    incrementalPageSize: 10,
    trigger: options.trigger,
    pageFetch: options.pageFetch,
    now: options.now,
    // Teams named in the configuration replace GitHub's, so reading GitHub's would be wasted.
    teams: Object.keys(config.metrics.teams).length === 0,
    // Which deployments to compare follows the metrics' own choice of deployments.
    ancestry: { source: config.metrics.deployments.source, environment: config.metrics.deployments.environment, workflow: config.metrics.deployments.workflow },
    sprints: { source: config.metrics.sprints.source, project: config.metrics.sprints.project, field: config.metrics.sprints['iteration-field'] },
  });
}

/** Rows per table, for progress logs and the demo. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = await store.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM main."${name}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}
