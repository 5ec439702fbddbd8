import { ConfigError } from '../errors.js';
import type { GitHubAuth } from '../github/client.js';
import { parseRepositorySpecs, type RepositorySpec } from '../harvest/repository-list.js';
import { loadMetricsConfig, type MetricsConfig } from '../metrics/metrics-config.js';
import { INPUT_DEFAULTS } from './inputs.js';
import { date, integer, value, type RawInputs } from './input-values.js';
import { parseOutputConfig, type OutputConfig } from './output-config.js';

export type { RawInputs } from './input-values.js';

export type HarvestMode = 'auto' | 'always' | 'never';

/** The validated, frozen configuration every stage receives. */
export interface Config {
  readonly repositories: readonly RepositorySpec[];
  readonly auth: GitHubAuth | null;
  readonly apiUrl: string;
  readonly database: string;
  readonly backfillDays: number;
  readonly since: string | undefined;
  readonly harvest: HarvestMode;
  readonly pageSize: number;
  readonly requestTimeoutMs: number;
  readonly metrics: MetricsConfig;
  /** What the run produces after the harvest: report period, summary, site, data branch, comments. */
  readonly output: OutputConfig;
}

function auth(raw: RawInputs, owner: string): GitHubAuth | null {
  const appId = value(raw, 'app-id');
  const privateKey = value(raw, 'private-key');
  if (appId || privateKey) {
    if (!appId) throw new ConfigError('app-id', 'is empty but `private-key` is set; set both to authenticate as a GitHub App');
    if (!privateKey.includes('PRIVATE KEY')) throw new ConfigError('private-key', 'is not a PEM private key; paste the App\'s .pem file contents (from a secret)');
    const installation = value(raw, 'installation-id');
    if (installation && !/^\d+$/.test(installation)) throw new ConfigError('installation-id', `"${installation}" must be a number`);
    return { kind: 'app', appId, privateKey, installationId: installation ? Number(installation) : undefined, owner };
  }
  const token = value(raw, 'token');
  return token ? { kind: 'token', token } : null;
}

/**
 * Validates raw inputs into a Config. Each problem is a ConfigError naming the input and how
 * to fix it. `defaultRepository` is the workflow's own repository (GITHUB_REPOSITORY).
 */
export function parseConfig(raw: RawInputs, defaultRepository?: string): Config {
  const repoInput = value(raw, 'repositories') || defaultRepository || '';
  if (!repoInput) throw new ConfigError('repositories', 'is empty and GITHUB_REPOSITORY is not set; list owner/name lines');
  const repositories = parseRepositorySpecs(repoInput);
  const firstOwner = repositories[0]!.kind === 'org' ? (repositories[0] as { org: string }).org : (repositories[0] as { fullName: string }).fullName.split('/')[0]!;
  const apiUrl = value(raw, 'api-url') || 'https://api.github.com';
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new ConfigError('api-url', `"${apiUrl}" is not an http(s) URL`);
  const harvest = value(raw, 'harvest');
  if (!['auto', 'always', 'never'].includes(harvest)) throw new ConfigError('harvest', `"${harvest}" must be auto, always or never`);
  const database = value(raw, 'database');
  if (!database) throw new ConfigError('database', 'is empty; give a file path such as .flowmeter/flowmeter.duckdb');
  return Object.freeze({
    repositories: Object.freeze(repositories),
    auth: auth(raw, firstOwner),
    apiUrl,
    database,
    backfillDays: integer(raw, 'backfill-days', 1, 3650),
    since: date(raw, 'since'),
    harvest: harvest as HarvestMode,
    pageSize: integer(raw, 'page-size', 5, 100),
    requestTimeoutMs: integer(raw, 'request-timeout', 1, 600) * 1000,
    output: parseOutputConfig(raw, defaultRepository, apiUrl),
    metrics: loadMetricsConfig(value(raw, 'config-file'), Boolean(raw['config-file']?.trim()) && value(raw, 'config-file') !== INPUT_DEFAULTS['config-file']),
  });
}
