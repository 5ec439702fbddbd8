import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { filtersSchema } from './filters-config.js';

/**
 * How metrics are computed: the `metrics` part of `.github/flowmeter.yml` (or `--config`).
 * Every field has a default, so no file at all is a valid configuration. Keys are kebab-case
 * in YAML; a wrong field fails with one error naming its path in the file, e.g.
 * `metrics.sprints.length-days` or `metrics.filters.titles.exclude[2]`.
 */
const regex = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');

export const DEFAULT_BOT_PATTERNS = ['\\[bot\\]$', '^dependabot', '^renovate', '^github-actions', '^snyk-bot$', '^mergify', '^codecov', '^netlify', '^vercel', '^imgbot', '^allcontributors', '-bot$'];

const schema = z
  .object({
    weeks: z.number().int().min(1).max(260).default(26),
    bots: z.object({ patterns: z.array(regex).default(DEFAULT_BOT_PATTERNS), include: z.boolean().default(false) }).strict().default({ patterns: DEFAULT_BOT_PATTERNS, include: false }),
    teams: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
    deployments: z
      .object({
        source: z.enum(['auto', 'deployments', 'workflow', 'releases', 'merges']).default('auto'),
        environment: regex.default('^(prod|production|live)$'),
        workflow: regex.default('deploy|release|publish'),
      })
      .strict()
      .default({ source: 'auto', environment: '^(prod|production|live)$', workflow: 'deploy|release|publish' }),
    incidents: z.object({ label: regex.default('incident') }).strict().default({ label: 'incident' }),
    sprints: z
      .object({
        'length-days': z.number().int().min(1).max(90).default(14),
        anchor: isoDate.default('2024-01-01'),
        source: z.enum(['fixed', 'milestones', 'iterations']).default('fixed'),
        // For source: iterations, the GitHub Project ("owner/number", as in its URL) and the
        // name of its iteration field.
        project: z.string().regex(/^[A-Za-z0-9_.-]+\/\d+$/, 'must be the project\'s owner and number, e.g. acme/7').optional(),
        'iteration-field': z.string().min(1).default('Iteration'),
      })
      .strict()
      .superRefine((sprints, ctx) => {
        if (sprints.source === 'iterations' && !sprints.project) {
          ctx.addIssue({ code: 'custom', path: ['project'], message: 'is required when source is iterations: the project\'s owner and number, e.g. acme/7' });
        }
      })
      .default({ 'length-days': 14, anchor: '2024-01-01', source: 'fixed', 'iteration-field': 'Iteration' }),
    'business-time': z
      .object({
        enabled: z.boolean().default(false),
        'time-zone': z.string().default('UTC').refine((tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        }, 'must be an IANA time zone such as Europe/Berlin'),
        'work-days': z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
        'work-hours': z.object({ start: hhmm, end: hhmm }).strict().default({ start: '09:00', end: '17:00' }),
        holidays: z.array(isoDate).default([]),
      })
      .strict()
      .default({ enabled: false, 'time-zone': 'UTC', 'work-days': [1, 2, 3, 4, 5], 'work-hours': { start: '09:00', end: '17:00' }, holidays: [] }),
    waiting: z.object({ 'warning-hours': z.number().positive().default(24), 'critical-hours': z.number().positive().default(72) }).strict().default({ 'warning-hours': 24, 'critical-hours': 72 }),
    activity: z.object({ days: z.number().int().min(1).max(365).default(14) }).strict().default({ days: 14 }),
    leaderboard: z
      .object({
        enabled: z.boolean().default(false),
        points: z
          .object({ 'merged-pr': z.number().default(3), review: z.number().default(2), 'review-comment': z.number().default(1), 'pr-comment': z.number().default(1) })
          .strict()
          .default({ 'merged-pr': 3, review: 2, 'review-comment': 1, 'pr-comment': 1 }),
      })
      .strict()
      .default({ enabled: false, points: { 'merged-pr': 3, review: 2, 'review-comment': 1, 'pr-comment': 1 } }),
    filters: filtersSchema,
  })
  .strict();

export type MetricsConfig = z.infer<typeof schema>;

/** A field's path as written in the file: `metrics.filters.titles.exclude[2]`. */
export function metricsField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : `${field}.${String(key)}`), 'metrics');
}

/** Validates a parsed `metrics` object; `source` names the file in errors. */
export function parseMetricsConfig(raw: unknown, source = 'configuration'): MetricsConfig {
  const result = schema.safeParse(raw ?? {});
  if (result.success) {
    const config = result.data;
    const bt = config['business-time'];
    if (bt['work-hours'].start >= bt['work-hours'].end) throw new ConfigError(`${source}: metrics.business-time.work-hours`, 'start must be before end');
    if (config.waiting['warning-hours'] > config.waiting['critical-hours']) throw new ConfigError(`${source}: metrics.waiting.warning-hours`, 'must not exceed metrics.waiting.critical-hours');
    return config;
  }
  const issue = result.error.issues[0]!;
  const path = metricsField(issue.path);
  const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling against docs/configuration.md` : issue.message;
  throw new ConfigError(`${source}: ${path}`, message);
}

/** Reads the `metrics` section of a YAML file; a missing file is fine unless it was asked for. */
export function loadMetricsConfig(file: string | undefined, required: boolean): MetricsConfig {
  if (!file || !existsSync(file)) {
    if (required && file) throw new ConfigError('config-file', `${file} does not exist`);
    return parseMetricsConfig({});
  }
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const metrics = (document as { metrics?: unknown } | null)?.metrics;
  return parseMetricsConfig(metrics ?? {}, file);
}
