// Metrics scale (issue 3, "Bench"): for 10k, 100k and 1M PRs (about 5 reviews and 2 workflow
// runs per PR) build a database directly in DuckDB, then time computeReport with the default
// configuration and record its peak memory. Each build and each compute runs in a child
// process of its own (bench/metrics-scale-worker.ts), so peak RSS is that of the report alone.
// Targets at 1M PRs: at most 10 s and 2 GiB RSS on the 2-core machine, roughly linear growth.
// A database is reported on as a scheduled run does, twice: its first report builds the facts
// cache (`firstReport`); then a day of harvest writes the PRs updated that day, and the report
// after it (`computeSeconds`, the figure the targets are for) recomputes only those. That
// report runs three times, each on its own copy of the database as the day left it, and the
// median run is reported (`computeRuns` has all three): on this shared machine one run of the
// same code varies by a second or more at 1M PRs.
// BENCH_METRICS_SIZES=10000,100000 picks the sizes.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, fsyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_SECONDS = 10;
const TARGET_RSS_MIB = 2048;
const TARGET_PRS = 1_000_000;
const COMPUTE_RUNS = 3;

export function benchSizes(text = process.env.BENCH_METRICS_SIZES): number[] {
  if (!text) return [10_000, 100_000, 1_000_000];
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_METRICS_SIZES must be positive integers separated by commas, not ${text}`);
  return sizes;
}

/** Runs the worker in a fresh Node with tsx's loader; its last stdout line is the JSON result. */
function worker(args: string[]): Record<string, unknown> {
  const script = fileURLToPath(new URL('./metrics-scale-worker.ts', import.meta.url));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !last) throw new Error(`metrics-scale worker ${args[0]} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(last) as Record<string, unknown>;
}

interface SizeResult {
  prs: number;
  reviews: number;
  runs: number;
  buildSeconds: number;
  computeSeconds: number;
  computeCpuSeconds: number;
  peakRssMiB: number;
  figuresCount: number;
  [detail: string]: unknown;
}

/** Writes a file's dirty pages out now, so writing back the copy does not slow the run timed next. */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function pick(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, from[k]]));
}

function measure(prs: number): SizeResult {
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-metrics-bench-'));
  const db = join(dir, 'synthetic.duckdb');
  try {
    const built = worker(['build', db, String(prs)]);
    const rows = built.rows as Record<string, number>;
    // Other work on this machine shows in wall time, not in CPU time: keep the load with the figures.
    const first = worker(['first', db, String(built.now)]);
    const day = worker(['day', db, String(built.now)]);
    const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
    // Each run refreshes the facts cache of its copy: every run starts from the same day.
    const afterDay = join(dir, 'after-day.duckdb');
    copyFileSync(db, afterDay);
    const runs: Array<Record<string, unknown>> = [];
    for (let i = 0; i < COMPUTE_RUNS; i++) {
      const copy = join(dir, `run-${i}.duckdb`);
      copyFileSync(afterDay, copy);
      flushToDisk(copy);
      // The site's presets are timed once, after the first run.
      runs.push(worker(['compute', copy, String(built.now), ...(i === 0 ? [] : ['without-presets'])]));
      rmSync(copy, { force: true });
    }
    const computed = { ...[...runs].sort((a, b) => (a.seconds as number) - (b.seconds as number))[Math.floor(runs.length / 2)]!, ...pick(runs[0]!, ['sitePresetsSeconds', 'sitePresetsCpuSeconds']) };
    return {
      prs,
      reviews: rows.pr_reviews ?? 0,
      runs: rows.workflow_runs ?? 0,
      buildSeconds: built.seconds as number,
      computeSeconds: computed.seconds as number,
      computeCpuSeconds: computed.cpuSeconds as number,
      // The highest of the runs: memory is not a median.
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB as number)),
      computeRuns: runs.map((r) => pick(r, ['seconds', 'cpuSeconds', 'peakRssMiB', 'machineReferenceCpuSeconds'])),
      // The first report of the database, which builds the facts cache for every PR.
      firstReport: first,
      // The day of harvest before the report above: PRs written, and marked stale.
      harvestedDay: day,
      // The site's 26/12/4-week presets, sharing one build of the per-PR facts.
      sitePresetsSeconds: computed.sitePresetsSeconds,
      sitePresetsCpuSeconds: computed.sitePresetsCpuSeconds,
      // How fast this machine was at the time: compare compute figures across days relative to it.
      machineReferenceCpuSeconds: computed.machineReferenceCpuSeconds,
      figuresCount: computed.figuresCount as number,
      figuresWithValue: computed.figuresWithValue,
      loadAverageBeforeCompute: loadBefore,
      openSeconds: computed.openSeconds,
      buildPeakRssMiB: built.peakRssMiB,
      rows,
      buildSteps: built.steps,
      sectionBytes: computed.sectionBytes,
      bySqlFile: computed.bySqlFile,
      slowestStatements: computed.slowestStatements,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function metricsScaleBench(sizes = benchSizes()): Promise<Record<string, unknown>> {
  const results: SizeResult[] = [];
  for (const prs of sizes) {
    process.stderr.write(`metrics-scale: ${prs} PRs…\n`);
    results.push(measure(prs));
  }
  // Time per PR at the largest size over the next largest: 1 is perfectly linear.
  const ordered = [...results].sort((a, b) => a.prs - b.prs);
  const big = ordered[ordered.length - 1];
  const small = ordered[ordered.length - 2];
  const linearity = big && small ? { from: small.prs, to: big.prs, ratio: Math.round(((big.computeSeconds / big.prs) / (small.computeSeconds / small.prs)) * 100) / 100 } : null;
  const atTarget = results.find((r) => r.prs === TARGET_PRS);
  return {
    bench: 'metrics-scale',
    targets: {
      prs: TARGET_PRS,
      seconds: TARGET_SECONDS,
      rssMiB: TARGET_RSS_MIB,
      met: atTarget ? atTarget.computeSeconds <= TARGET_SECONDS && atTarget.peakRssMiB <= TARGET_RSS_MIB : null,
    },
    linearity,
    sizes: results,
  };
}
