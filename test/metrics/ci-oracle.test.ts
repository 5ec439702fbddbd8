import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset, SimRepository, SimWorkflowRun } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeCi, type CiSection } from '../../src/metrics/ci.js';
import type { Figures } from '../../src/metrics/model.js';
import { summary } from './oracle-stats.js';

/**
 * CI health recomputed in plain TypeScript from the generator's workflow runs (each attempt
 * is its own run record there), following METRICS.md and docs/metrics/ci.md, and compared
 * with computeCi; flaky pairs also against what the generator planted on purpose.
 */
const HOUR = 3_600_000;
const ms = (t: string) => Date.parse(t);
const r3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
type Run = SimWorkflowRun & { repo: string; workflow: string };

function runsOf(dataset: SimDataset): Run[] {
  const name = (repo: SimRepository, id: number) => repo.workflows.find((w) => w.id === id)?.name ?? '';
  return dataset.repositories.flatMap((repo) => repo.workflowRuns.map((run) => ({ ...run, repo: `${repo.owner}/${repo.name}`, workflow: name(repo, run.workflowId) })));
}

/** Flaky pairs with the created time of the first success that follows a failure. */
function flakyPairs(runs: Run[]): Map<string, number> {
  const groups = new Map<string, Run[]>();
  for (const run of runs) {
    const key = `${run.repo}|${run.workflow}|${run.headSha}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  const pairs = new Map<string, number>();
  for (const [key, group] of groups) {
    group.sort((a, b) => ms(a.runStartedAt) - ms(b.runStartedAt) || a.runAttempt - b.runAttempt);
    let failedBefore = false;
    for (const run of group) {
      if (run.conclusion === 'success' && failedBefore) {
        pairs.set(key, Math.min(pairs.get(key) ?? Infinity, ms(run.createdAt)));
      }
      if (run.conclusion && FAILED.has(run.conclusion)) failedBefore = true;
    }
  }
  return pairs;
}

function oracle(all: Run[], from: string, to: string) {
  const runs = all.filter((r) => ms(r.createdAt) >= ms(from) && ms(r.createdAt) < ms(to));
  const success = runs.filter((r) => r.conclusion === 'success').length;
  const failed = runs.filter((r) => r.conclusion && FAILED.has(r.conclusion));
  const duration = (r: Run) => Math.max(0, ms(r.updatedAt) - ms(r.runStartedAt)) / HOUR;
  const completed = runs.filter((r) => r.status === 'completed');
  const queued = runs.filter((r) => r.runAttempt === 1 && r.status !== 'queued').map((r) => Math.max(0, ms(r.runStartedAt) - ms(r.createdAt)) / HOUR);
  const flaky = [...flakyPairs(all).values()].filter((t) => t >= ms(from) && t < ms(to)).length;
  return {
    runs: runs.length,
    success,
    failed: failed.length,
    cancelled: runs.filter((r) => r.conclusion === 'cancelled').length,
    skipped: runs.filter((r) => r.conclusion === 'skipped').length,
    successRate: success + failed.length ? r3(success / (success + failed.length)) : null,
    rerunRate: runs.length ? r3(runs.filter((r) => r.runAttempt > 1).length / runs.length) : null,
    flakyPairs: flaky,
    // Summed in whole milliseconds, as exactly as the report sums (facts.sql hours_sum).
    timeLostHours: r3(failed.reduce((s, r) => s + Math.max(0, ms(r.updatedAt) - ms(r.runStartedAt)), 0) / HOUR),
    duration: summary(completed.map(duration)),
    queueTime: summary(queued),
  };
}

const pick = (s: CiSection['overall']) => ({
  runs: s.runs, success: s.success, failed: s.failed, cancelled: s.cancelled, skipped: s.skipped, successRate: s.successRate, rerunRate: s.rerunRate,
  flakyPairs: s.flakyPairs, timeLostHours: s.timeLostHours,
  duration: { n: s.duration.n, p50: s.duration.p50, p75: s.duration.p75, p90: s.duration.p90 },
  queueTime: { n: s.queueTime.n, p50: s.queueTime.p50, p75: s.queueTime.p75, p90: s.queueTime.p90 },
});

describe('CI health against a TypeScript oracle on the generated org', () => {
  let dataset: SimDataset;
  let runs: Run[];
  let section: CiSection;
  let figures: Figures;
  let allTime: CiSection;
  let range: { from: string; to: string };

  beforeAll(async () => {
    dataset = generateDataset({ seed: 7, size: 500 });
    runs = runsOf(dataset);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-ci-oracle-')), 'ci.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    const ctx = await createContext(store, parseMetricsConfig({}), new Date(dataset.now));
    range = ctx.range;
    ({ section, figures } = await computeCi(ctx));
    const whole = await createContext(store, parseMetricsConfig({}), new Date(dataset.now), { from: '2020-01-01T00:00:00Z', to: dataset.now });
    allTime = (await computeCi(whole)).section;
    await store.close();
  }, 120_000);

  it('overall: success rate, duration, queue time, re-runs, flaky pairs and time lost', () => {
    const want = oracle(runs, range.from, range.to);
    expect(want.failed).toBeGreaterThan(50);
    expect(want.flakyPairs).toBeGreaterThan(10);
    expect(pick(section.overall)).toEqual(want);
    expect(figures['ci.success_rate']).toMatchObject({ value: want.successRate, n: want.success + want.failed });
    expect(figures['ci.duration.p50']!.value).toBe(want.duration.p50);
    expect(figures['ci.duration.p90']!.value).toBe(want.duration.p90);
    expect(figures['ci.queue_time.p50']!.value).toBe(want.queueTime.p50);
    expect(figures['ci.flaky_pairs']!.value).toBe(want.flakyPairs);
    expect(figures['ci.time_lost_hours']!.value).toBe(want.timeLostHours);
  });

  it('the previous period too', () => {
    const length = ms(range.to) - ms(range.from);
    expect(pick(section.previous!)).toEqual(oracle(runs, new Date(ms(range.from) - length).toISOString(), range.from));
  });

  it('per workflow', () => {
    const keys = [...new Set(runs.map((r) => `${r.repo}|${r.workflow}`))].sort();
    const got = Object.fromEntries(section.workflows.map((w) => [`${w.repo}|${w.workflow}`, pick(w)]));
    for (const key of keys) {
      const want = oracle(runs.filter((r) => `${r.repo}|${r.workflow}` === key), range.from, range.to);
      if (want.runs > 0) expect([key, got[key]]).toEqual([key, want]);
    }
    expect(section.workflows.length).toBeGreaterThanOrEqual(8);
  });

  it('weekly success rate and median duration', () => {
    for (const week of section.weekly) {
      const want = oracle(runs, week.from, new Date(ms(week.from) + 7 * 24 * HOUR).toISOString());
      expect([week.week, week.runs, week.successRate, week.durationP50]).toEqual([week.week, want.runs, want.successRate, want.duration.p50]);
    }
  });

  it('flaky pairs over all time: the oracle\'s, and every pair the generator planted', () => {
    const got = new Set(allTime.flaky.map((f) => `${f.repo}|${f.workflow}|${f.headSha}`));
    expect(got).toEqual(new Set(flakyPairs(runs).keys()));
    expect(allTime.overall.flakyPairs).toBe(got.size);
    // The generator records a pair only when a re-run of the same trigger passes after it
    // failed. METRICS.md asks for any failure then success on the workflow and SHA, so a
    // failed run followed by a passing run of another trigger (the push and pull_request
    // runs of one commit, or nightly runs on an unchanged head) is flaky too.
    const truth = new Set((dataset.truth!.flakyRuns as Array<[string, string, string]>).map(([repo, wf, sha]) => `${dataset.org}/${repo}|${wf}|${sha}`));
    expect([...truth].filter((k) => !got.has(k))).toEqual([]);
    for (const extra of [...got].filter((k) => !truth.has(k))) {
      const group = runs.filter((r) => `${r.repo}|${r.workflow}|${r.headSha}` === extra);
      const failedRuns = new Set(group.filter((r) => r.conclusion && FAILED.has(r.conclusion)).map((r) => r.runNumber));
      const passedRuns = group.filter((r) => r.conclusion === 'success').map((r) => r.runNumber);
      expect(passedRuns.some((n) => !failedRuns.has(n)), extra).toBe(true);
    }
  });
});
