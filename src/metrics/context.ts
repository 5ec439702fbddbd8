import type { Store } from '../store/database.js';
import { loadDuckDB } from '../store/duckdb-engine.js';
import { BASELINE_WEEKS } from './anomalies-stats.js';
import type { MetricsConfig } from './metrics-config.js';
import { query } from './named-queries.js';
import { installDurationMacro } from './durations.js';
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

const DAY_MS = 86_400_000;

/**
 * The earliest moment any family measures a PR's timeline columns (facts.sql pr-facts reads
 * reviews, comments and draft events only for PRs still open or active since then): the
 * previous period less the anomaly baseline (12 weeks before its first ISO week, which may
 * start 6 days early), and the sprint windows (up to one more sprint than fit the range, at
 * least two, back from the range end). Generous on purpose: too early only costs time.
 */
export function timelineFactsFrom(range: Period, now: Date, sprintDays: number): string {
  const previousFrom = Date.parse(previousPeriod(range).from);
  const anomalies = previousFrom - (BASELINE_WEEKS + 2) * 7 * DAY_MS;
  const reference = Math.min(Date.parse(range.to), now.getTime());
  const length = Math.max(1, sprintDays) * DAY_MS;
  const rangeSprints = Math.ceil(Math.max(0, reference - Date.parse(range.from)) / length) + 1;
  const sprints = reference - (Math.max(2, rangeSprints) + 2) * length;
  return new Date(Math.min(anomalies, sprints, Date.parse(range.from))).toISOString();
}

/** The period a report covers: `from`/`to` when given, else the last `config.weeks` ISO weeks. */
export function reportRange(config: MetricsConfig, now: Date, options: ContextOptions = {}): Period {
  const fallback = defaultRange(now, config.weeks);
  return { from: options.from ?? fallback.from, to: options.to ?? fallback.to };
}

/**
 * What prepareFacts built: the temp tables every family reads, with review and timeline
 * columns read back to `factsFrom`. One build serves every report over the same config whose
 * period needs no earlier facts (the site's three presets), and costs most of a report.
 */
export interface PreparedFacts {
  readonly factsFrom: string;
  readonly teamsFrom: TeamsSource;
  readonly harvestedSince: string | null;
  readonly firstActivityAt: string | null;
}

/**
 * Whether the harvest read everything from `from` on, so a period starting there can be
 * compared with. Unknown coverage (null) is taken as complete: flowmeter cannot tell.
 */
export function harvestedFrom(harvestedSince: string | null, from: string): boolean {
  return harvestedSince === null || Date.parse(harvestedSince) <= Date.parse(from);
}

/** timelineFactsFrom, or earlier when milestone or iteration sprints reach further back. */
async function factsFromFor(runner: StatementRunner, config: MetricsConfig, now: Date, range: Period): Promise<string> {
  const timeline = timelineFactsFrom(range, now, config.sprints['length-days']);
  if (config.sprints.source === 'fixed') return timeline;
  const first = (await planSprints(runner.rows, config, now, range)).windows[0]?.from;
  return first !== undefined && Date.parse(first) < Date.parse(timeline) ? new Date(first).toISOString() : timeline;
}

/** Builds the shared temp tables (facts.sql) for reports over `ranges`. */
export async function prepareFacts(store: Store, config: MetricsConfig, now: Date, ranges: Period[]): Promise<PreparedFacts> {
  const runner = statementRunner(store, config, now, ranges[0] ?? reportRange(config, now), await loadDuckDB());
  const candidates = await Promise.all((ranges.length > 0 ? ranges : [reportRange(config, now)]).map((range) => factsFromFor(runner, config, now, range)));
  const factsFrom = candidates.sort()[0]!;
  await installDurationMacro(store, config);
  const teamsFrom = await loadTeamMembers(store, config, runner);
  for (const macro of ['week-key', 'week-start', 'week-label', 'day-key', 'size-bucket', 'pr-type']) await runner.exec('facts.sql', macro);
  await runner.exec('facts.sql', 'actor-is-bot');
  await runner.exec('facts.sql', 'bot-logins');
  await runner.exec('facts.sql', 'pr-keys', { facts_from: factsFrom });
  await runner.exec('facts.sql', 'human-reviews');
  await runner.exec('facts.sql', 'pr-facts');
  const [coverage] = await runner.rows<{ since: string | null }>('facts.sql', 'harvested-since');
  const [first] = await runner.rows<{ at: string | null }>('facts.sql', 'first-activity');
  return { factsFrom, teamsFrom, harvestedSince: coverage?.since ?? null, firstActivityAt: first?.at ?? null };
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
    bot_pattern: config.bots.patterns.join('|'),
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
 * prepareFacts with the same config) already covers this period.
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
  if (!prepared) prepared = await prepareFacts(store, config, now, [range]);
  else if ((await factsFromFor(runner, config, now, range)) < prepared.factsFrom) {
    throw new Error(`metrics facts were prepared from ${prepared.factsFrom}, later than the period ${range.from}–${range.to} needs`);
  }
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
