import type { Store } from '../store/database.js';
import { loadDuckDB } from '../store/duckdb-engine.js';
import type { MetricsConfig } from './metrics-config.js';
import { query } from './named-queries.js';
import { installDurationMacro } from './durations.js';
import { refreshFactsCache, type FactsCacheRefresh } from './facts-cache.js';
import type { ReportFilters } from './model.js';
import { applyReportFilters } from './report-filters.js';
import { planSprints } from './sprint-windows.js';
import { defaultRange, monthsOf, previousPeriod, weeksOf, type LabelledPeriod, type Period } from './windows.js';

/** What every metric family receives: the store with `pr_facts` built, the windows, the config. */
export interface MetricsContext {
  readonly store: Store;
  readonly config: MetricsConfig;
  readonly now: Date;
  readonly range: Period;
  readonly previous: Period;
  readonly weeks: LabelledPeriod[];
  readonly months: LabelledPeriod[];
  /** Where team membership came from: the configuration, GitHub's teams, or nowhere. */
  readonly teamsFrom: TeamsSource;
  /** Every record from this moment on is harvested (facts.sql harvested-since); null: unknown. */
  readonly harvestedSince: string | null;
  /** The earliest record of all (facts.sql first-activity); null in an empty database. */
  readonly firstActivityAt: string | null;
  /** Runs a named query of `metrics/sql/<file>` with the common parameters plus `params`. */
  rows<T = Record<string, unknown>>(file: string, name: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Runs a statement (CREATE TEMP …) of `metrics/sql/<file>`. */
  exec(file: string, name: string, params?: Record<string, unknown>): Promise<void>;
}

export type TeamsSource = 'configuration' | 'github' | null;

export interface ContextOptions {
  from?: string;
  to?: string;
}

/**
 * Only the parameters a statement uses may be bound (DuckDB rejects extras). A `$name` in a
 * `--` comment is not a use; the queries' string literals hold no `--` or `$`.
 */
function bindable(sql: string, params: Record<string, unknown>): Record<string, unknown> {
  const code = sql.replace(/--[^\n]*/g, '');
  const used: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) if (new RegExp(`\\$${name}\\b`).test(code)) used[name] = value;
  return used;
}

/** The period a report covers: `from`/`to` when given, else the last `config.weeks` ISO weeks. */
export function reportRange(config: MetricsConfig, now: Date, options: ContextOptions = {}): Period {
  const fallback = defaultRange(now, config.weeks);
  return { from: options.from ?? fallback.from, to: options.to ?? fallback.to };
}

/**
 * What prepareFacts built: the temp tables every family reads, over all of history. One build
 * serves every report over the same config (the site's three presets).
 */
export interface PreparedFacts {
  readonly teamsFrom: TeamsSource;
  readonly harvestedSince: string | null;
  readonly firstActivityAt: string | null;
  /** What the facts cache recomputed for this build (facts-cache.ts). */
  readonly cache: FactsCacheRefresh;
  /** The `metrics.filters` applied (report-filters.ts); null when none is configured. */
  readonly filters: ReportFilters | null;
}

/**
 * Whether the harvest read everything from `from` on, so a period starting there can be
 * compared with. Unknown coverage (null) is taken as complete: flowmeter cannot tell.
 */
export function harvestedFrom(harvestedSince: string | null, from: string): boolean {
  return harvestedSince === null || Date.parse(harvestedSince) <= Date.parse(from);
}

/**
 * The earliest instant any window of these reports begins: each range, the period before
 * it, and the sprints the sprint family compares (sprint-windows.ts). pr_facts holds the PRs
 * such windows can read (facts.sql pr-facts), so a report's cost follows its windows, not
 * the length of the history; the statements that look further back read all_pr_facts.
 */
async function reportHorizon(rows: StatementRunner['rows'], config: MetricsConfig, now: Date, periods: ContextOptions[]): Promise<string> {
  let earliest = Infinity;
  for (const options of periods) {
    const range = reportRange(config, now, options);
    earliest = Math.min(earliest, Date.parse(range.from), Date.parse(previousPeriod(range).from));
    for (const sprint of (await planSprints(rows, config, now, range)).windows) earliest = Math.min(earliest, Date.parse(sprint.from));
  }
  return new Date(earliest).toISOString();
}

/** Tests only: `wholeHistory` builds pr_facts of every PR, the oracle for the horizon. */
export interface PrepareOptions {
  wholeHistory?: boolean;
}

/**
 * Builds the shared temp tables (facts.sql) the reports over `periods` read, after bringing
 * the facts cache up to date (facts-cache.ts). Needs a writable store: the cache lives in it.
 */
export async function prepareFacts(store: Store, config: MetricsConfig, now: Date, periods: ContextOptions[] = [{}], options: PrepareOptions = {}): Promise<PreparedFacts> {
  const runner = statementRunner(store, config, now, reportRange(config, now), await loadDuckDB());
  await installDurationMacro(store, config);
  const teamsFrom = await loadTeamMembers(store, config, runner);
  for (const macro of ['week-key', 'week-start', 'week-label', 'day-key', 'hours-sum', 'hours-mean', 'size-bucket', 'pr-type']) await runner.exec('facts.sql', macro);
  await runner.exec('facts.sql', 'actor-is-bot');
  await runner.exec('facts.sql', 'bot-logins');
  const cache = await refreshFactsCache(store, runner, botPattern(config));
  // After the refresh, never before: the cache holds every PR's facts whatever the filters.
  const filters = await applyReportFilters(runner, config.filters);
  const { deployments } = config;
  await runner.exec('dora.sql', 'deployment-candidates', { environment_pattern: deployments.environment, workflow_pattern: deployments.workflow });
  await runner.exec('dora.sql', 'deployment-ranges');
  const horizon = options.wholeHistory ? '-infinity' : await reportHorizon(runner.rows, config, now, periods);
  await runner.exec('facts.sql', 'all-pr-facts');
  for (const step of ['pr-facts', 'pr-facts-reaching-back']) await runner.exec('facts.sql', step, { horizon });
  for (const table of ['pr-keys', 'human-reviews']) await runner.exec('facts.sql', table);
  const [coverage] = await runner.rows<{ since: string | null }>('facts.sql', 'harvested-since');
  const [first] = await runner.rows<{ at: string | null }>('facts.sql', 'first-activity');
  return { teamsFrom, harvestedSince: coverage?.since ?? null, firstActivityAt: first?.at ?? null, cache, filters };
}

/** The configured bot patterns as the one regex the SQL matches logins with. */
function botPattern(config: MetricsConfig): string {
  return config.bots.patterns.join('|');
}

/**
 * Team membership as rows the families join on (temp table team_members): the configuration's
 * teams when it names any, which replace GitHub's entirely; else the teams the harvest read
 * from GitHub, when the token could read them.
 */
async function loadTeamMembers(store: Store, config: MetricsConfig, runner: StatementRunner): Promise<TeamsSource> {
  await store.run('CREATE OR REPLACE TEMP TABLE team_members (team VARCHAR, login VARCHAR)');
  const members = Object.entries(config.teams).flatMap(([team, logins]) => logins.map((login) => ({ team, login })));
  if (members.length > 0) {
    const duckdb = await loadDuckDB();
    await store.connection.run('INSERT INTO team_members SELECT unnest($teams), unnest($logins)', {
      teams: duckdb.listValue(members.map((m) => m.team)),
      logins: duckdb.listValue(members.map((m) => m.login)),
    });
    return 'configuration';
  }
  if (Object.keys(config.teams).length > 0) return 'configuration';
  await runner.exec('facts.sql', 'github-team-members');
  const [row] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM team_members');
  return (row?.n ?? 0) > 0 ? 'github' : null;
}

type StatementRunner = Pick<MetricsContext, 'rows' | 'exec'>;

function statementRunner(store: Store, config: MetricsConfig, now: Date, range: Period, duckdb: Awaited<ReturnType<typeof loadDuckDB>>): StatementRunner {
  const common: Record<string, unknown> = {
    bot_pattern: botPattern(config),
    include_bots: config.bots.include,
    now: now.toISOString(),
    from: range.from,
    to: range.to,
  };
  const toValue = (v: unknown) => (Array.isArray(v) ? duckdb.listValue(v) : v);
  const prepare = (sql: string, params: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(bindable(sql, { ...common, ...params })).map(([k, v]) => [k, toValue(v)]));
  return {
    async rows<T>(file: string, name: string, params: Record<string, unknown> = {}) {
      const sql = query(file, name);
      const reader = await store.connection.runAndReadAll(sql, prepare(sql, params) as never);
      return reader.getRowObjectsJson() as T[];
    },
    async exec(file, name, params = {}) {
      const sql = query(file, name);
      await store.connection.run(sql, prepare(sql, params) as never);
    },
  };
}

/**
 * The context of one report. Builds the shared facts first unless `prepared` (from
 * prepareFacts with the same config) is given.
 */
export async function createContext(
  store: Store,
  config: MetricsConfig,
  now: Date,
  options: ContextOptions = {},
  prepared?: PreparedFacts,
): Promise<MetricsContext> {
  const range = reportRange(config, now, options);
  const runner = statementRunner(store, config, now, range, await loadDuckDB());
  if (!prepared) prepared = await prepareFacts(store, config, now, [options]);
  return {
    store,
    config,
    now,
    range,
    previous: previousPeriod(range),
    weeks: weeksOf(range),
    months: monthsOf(range),
    teamsFrom: prepared.teamsFrom,
    harvestedSince: prepared.harvestedSince,
    firstActivityAt: prepared.firstActivityAt,
    ...runner,
  };
}
