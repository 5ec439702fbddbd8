// One measurement of the metrics-scale bench in a process of its own, so the sizes and the
// build do not pollute each other's peak memory. Prints one JSON line on stdout.
//   build   DB PRS     fills a new database with buildSyntheticDatabase
//   compute DB NOW [without-presets]
//                      times computeReport on it, with the peak RSS (VmHWM) of this process,
//                      then the site's three presets unless told not to
//   first DB NOW       the same for the first report of a database, which builds the facts
//                      cache (metrics/facts-cache.ts); no statement profile, no presets
//   day DB NOW         a day of harvest: writes the PRs updated in the day before NOW again,
//                      through the harvest's own upsert, which marks them stale
import { readdirSync, readFileSync } from 'node:fs';
import { openStore, type Store } from '../src/store/database.js';
import { computeReport, computeReports } from '../src/metrics/report.js';
import { defaultRange } from '../src/metrics/windows.js';
import { PERIOD_PRESETS } from '../src/render/site/site-reports.js';
import { loadDuckDB } from '../src/store/duckdb-engine.js';
import { parseMetricsConfig } from '../src/metrics/metrics-config.js';
import { namedQueries } from '../src/metrics/named-queries.js';
import { buildSyntheticDatabase } from './synthetic-database.js';
import { upsertRows } from '../src/store/upsert.js';

function peakRssMiB(): number {
  const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Math.round(process.memoryUsage().rss / 1024 / 1024);
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

interface StatementTime {
  query: string;
  calls: number;
  ms: number;
  /** Process CPU while it ran: DuckDB's threads are this process's, and the wall time is unreliable on a busy machine. */
  cpuMs: number;
}

/**
 * Times every statement the store's connection runs, named `file:query` when it is one of
 * src/metrics/sql's named queries. Wraps this connection object only; no metrics code changes.
 */
function profileStatements(store: Store): Map<string, StatementTime> {
  const names = new Map<string, string>();
  const dir = new URL('../src/metrics/sql/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
    for (const [name, sql] of namedQueries(file)) names.set(sql, `${file}:${name}`);
  }
  const times = new Map<string, StatementTime>();
  type Runner = (sql: string, ...rest: unknown[]) => Promise<unknown>;
  const connection = store.connection as unknown as Record<'run' | 'runAndReadAll', Runner>;
  // runAndReadAll calls run itself: time only the outermost call.
  let depth = 0;
  for (const method of ['run', 'runAndReadAll'] as const) {
    const original = connection[method].bind(store.connection);
    connection[method] = async (sql: string, ...rest: unknown[]) => {
      if (depth > 0) return original(sql, ...rest);
      depth++;
      const started = performance.now();
      const cpu = process.cpuUsage();
      try {
        return await original(sql, ...rest);
      } finally {
        depth--;
        const used = process.cpuUsage(cpu);
        const query = names.get(sql) ?? sql.replace(/\s+/g, ' ').trim().slice(0, 80);
        const entry = times.get(query) ?? { query, calls: 0, ms: 0, cpuMs: 0 };
        entry.calls++;
        entry.ms += performance.now() - started;
        entry.cpuMs += (used.user + used.system) / 1000;
        times.set(query, entry);
      }
    };
  }
  return times;
}

/**
 * A fixed DuckDB workload (grouping and joining numbers and strings, 2 threads) whose CPU time
 * tells how fast this machine is right now: the same code and data have taken from 22 to
 * 40 CPU-s here on different days, so compare compute figures across days relative to this.
 */
async function machineReferenceCpuSeconds(): Promise<number> {
  const duckdb = await loadDuckDB();
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  await connection.run(`CREATE TEMP TABLE t AS SELECT i, 'PR_kwDOBx' || lpad((i * 7919 % 500000)::VARCHAR, 12, '0') AS s FROM range(1000000) r(i)`);
  // The least of three: a busy moment only ever adds time.
  let least = Infinity;
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage();
    await connection.run('SELECT count(*) FROM (SELECT s, min(i), count(*) FROM t GROUP BY s)');
    await connection.run('SELECT count(*) FROM t a JOIN (SELECT DISTINCT s FROM t WHERE i % 3 = 0) b ON a.s = b.s');
    await connection.run('SELECT count(*) FROM (SELECT i % 1000 AS g, quantile_cont(i, 0.5) FROM t GROUP BY g)');
    const used = process.cpuUsage(cpu);
    least = Math.min(least, (used.user + used.system) / 1e6);
  }
  connection.closeSync();
  instance.closeSync();
  return round(least, 3);
}

async function build(path: string, prs: number): Promise<Record<string, unknown>> {
  const store = await openStore(path);
  const started = performance.now();
  const summary = await buildSyntheticDatabase(store, { prs });
  await store.close();
  return { ...summary, seconds: round((performance.now() - started) / 1000, 2), peakRssMiB: peakRssMiB() };
}

async function compute(path: string, now: string, presets = true): Promise<Record<string, unknown>> {
  const opened = performance.now();
  const store = await openStore(path);
  const openSeconds = (performance.now() - opened) / 1000;
  const rssBeforeMiB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const times = profileStatements(store);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await computeReport(store, parseMetricsConfig({}), new Date(now));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const peak = peakRssMiB();
  const figures = Object.values(report.figures);
  const statements = [...times.values()].map((s) => ({ ...s })).sort((a, b) => b.cpuMs - a.cpuMs);
  const byFile = new Map<string, { seconds: number; cpuSeconds: number }>();
  for (const s of statements) {
    const file = s.query.includes('.sql:') ? s.query.slice(0, s.query.indexOf(':')) : 'other';
    const entry = byFile.get(file) ?? { seconds: 0, cpuSeconds: 0 };
    entry.seconds += s.ms / 1000;
    entry.cpuSeconds += s.cpuMs / 1000;
    byFile.set(file, entry);
  }
  // After the profile and the peak: the site's three period presets over one build of the facts (computeSiteReports).
  const presetsCpu = process.cpuUsage();
  const presetsStarted = performance.now();
  if (presets) await computeReports(store, parseMetricsConfig({}), new Date(now), PERIOD_PRESETS.map((weeks) => defaultRange(new Date(now), weeks)));
  const presetsSeconds = presets ? (performance.now() - presetsStarted) / 1000 : null;
  const presetsUsed = process.cpuUsage(presetsCpu);
  await store.close();
  return {
    seconds: round(seconds),
    sitePresetsSeconds: presetsSeconds === null ? null : round(presetsSeconds),
    sitePresetsCpuSeconds: presetsSeconds === null ? null : round((presetsUsed.user + presetsUsed.system) / 1e6, 2),
    machineReferenceCpuSeconds: await machineReferenceCpuSeconds(),
    cpuSeconds: round((used.user + used.system) / 1e6, 2),
    openSeconds: round(openSeconds),
    // Converting rows to JSON and assembling the model, outside DuckDB.
    outsideSqlSeconds: round(seconds - statements.reduce((sum, s) => sum + s.ms, 0) / 1000),
    peakRssMiB: peak,
    rssBeforeMiB,
    figuresCount: figures.length,
    figuresWithValue: figures.filter((f) => f.value !== null).length,
    sectionBytes: Object.fromEntries(Object.entries(report.sections).map(([name, section]) => [name, JSON.stringify(section ?? null).length])),
    bySqlFile: Object.fromEntries(
      [...byFile].sort((a, b) => b[1].cpuSeconds - a[1].cpuSeconds).map(([file, t]) => [file, { seconds: round(t.seconds), cpuSeconds: round(t.cpuSeconds) }]),
    ),
    slowestStatements: statements.slice(0, 12).map((s) => ({ query: s.query, calls: s.calls, seconds: round(s.ms / 1000), cpuSeconds: round(s.cpuMs / 1000) })),
  };
}

async function firstReport(path: string, now: string): Promise<Record<string, unknown>> {
  const store = await openStore(path);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await computeReport(store, parseMetricsConfig({}), new Date(now));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const peak = peakRssMiB();
  await store.close();
  return { seconds: round(seconds), cpuSeconds: round((used.user + used.system) / 1e6, 2), peakRssMiB: peak };
}

/**
 * What a scheduled run writes in a day at this size: every PR updated in the 24 hours before
 * `now`, written again whole by upsertRows (the harvest's write path), in one transaction.
 */
async function harvestDay(path: string, now: string): Promise<Record<string, unknown>> {
  const store = await openStore(path);
  const started = performance.now();
  const since = new Date(Date.parse(now) - 86_400_000).toISOString();
  const rows = await store.query<Record<string, unknown>>('SELECT * FROM pull_requests WHERE updated_at >= $since::TIMESTAMPTZ', { since });
  await store.transaction((connection) => upsertRows(connection, 'pull_requests', rows, ['id']));
  const [stale] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM facts_cache.stale_prs');
  await store.close();
  return { prsWritten: rows.length, stalePrs: stale?.n ?? 0, seconds: round((performance.now() - started) / 1000) };
}

const MODES: Record<string, (path: string, arg: string) => Promise<Record<string, unknown>>> = {
  build: (path, prs) => build(path, Number(prs)),
  compute: (path, now) => compute(path, now, process.argv[5] !== 'without-presets'),
  first: firstReport,
  day: harvestDay,
};
const [mode, path, arg] = process.argv.slice(2);
const run = mode ? MODES[mode] : undefined;
if (!path || !arg || !run) {
  process.stderr.write('usage: metrics-scale-worker.ts build DB PRS | first DB NOW | day DB NOW | compute DB NOW\n');
  process.exit(2);
}
const result = await run(path, arg);
process.stdout.write(JSON.stringify(result) + '\n');
