import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { ReportModel } from '../../src/metrics/model.js';
import type { AnomaliesSection } from '../../src/metrics/anomalies.js';
import { quantileCont } from './oracle-stats.js';
import { mondayOf, oraclePrs, within } from './pr-timeline-oracle.js';

/**
 * Anomalies on the generated org with one planted outlier week: every PR merged in the week of
 * 2026-10-19 is made to have been opened ten days earlier, so that week's cycle time jumps. The
 * whole family is then recomputed in plain TypeScript from the mutated generator records —
 * weekly series, baselines, robust z-scores, flags and the PRs behind them — and compared.
 */
const WEEK = 7 * 86_400_000;
const OUTLIER = Date.parse('2026-10-19T00:00:00Z');
const SHIFT = 10 * 86_400_000;
const r3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

function plantOutlier(dataset: SimDataset): number {
  let planted = 0;
  for (const repo of dataset.repositories) {
    for (const pr of repo.pullRequests) {
      const draft = pr.timeline.some((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent');
      if (!pr.mergedAt || draft || !within(pr.mergedAt, OUTLIER, OUTLIER + WEEK)) continue;
      const earlier = (t: string) => new Date(Date.parse(t) - SHIFT).toISOString();
      pr.createdAt = earlier(pr.createdAt);
      for (const c of pr.commits) Object.assign(c, { authoredDate: earlier(c.authoredDate), committedDate: earlier(c.committedDate) });
      planted += 1;
    }
  }
  return planted;
}

type Obs = { value: number | null; n: number };

/** Each metric's weekly observations from the records, from the first week with data on. */
function weeklySeries(dataset: SimDataset, from: number, to: number): Record<string, Map<number, Obs>> {
  const prs = oraclePrs(dataset).filter((p) => !p.isBot);
  const runs = dataset.repositories.flatMap((r) => r.workflowRuns);
  const prStart = mondayOf(Math.min(...prs.map((p) => Date.parse(p.createdAt))));
  const runStart = mondayOf(Math.min(...runs.map((r) => Date.parse(r.createdAt))));
  const series: Record<string, Map<number, Obs>> = { merged: new Map(), cycle_time: new Map(), pickup_time: new Map(), unreviewed_share: new Map(), ci_success_rate: new Map() };
  const hours = (a: string, b: string) => Math.max(0, Date.parse(b) - Date.parse(a)) / 3_600_000;
  for (let week = from; week < to; week += WEEK) {
    if (week >= prStart) {
      const merged = prs.filter((p) => within(p.mergedAt, week, week + WEEK));
      const pickups = merged.filter((p) => p.firstReviewAt).map((p) => hours(p.readyAt, p.firstReviewAt!));
      series.merged!.set(week, { value: merged.length, n: merged.length });
      series.cycle_time!.set(week, { value: quantileCont(merged.map((p) => hours(p.readyAt, p.mergedAt!)), 0.5), n: merged.length });
      series.pickup_time!.set(week, { value: quantileCont(pickups, 0.5), n: pickups.length });
      series.unreviewed_share!.set(week, { value: merged.length ? merged.filter((p) => p.reviewsByOthers === 0).length / merged.length : null, n: merged.length });
    }
    if (week >= runStart) {
      const inWeek = runs.filter((r) => within(r.createdAt, week, week + WEEK));
      const decided = inWeek.filter((r) => ['success', 'failure', 'timed_out', 'startup_failure'].includes(r.conclusion ?? '')).length;
      series.ci_success_rate!.set(week, { value: decided ? inWeek.filter((r) => r.conclusion === 'success').length / decided : null, n: decided });
    }
  }
  return series;
}

/** Modified z over the 12 weeks before; MAD 0 → mean absolute deviation × √(π/2); else none. */
function score(obs: Map<number, Obs>, week: number, count: boolean): number | null {
  const own = obs.get(week);
  const baseline = Array.from({ length: 12 }, (_, i) => obs.get(week - (i + 1) * WEEK)?.value).filter((v): v is number => v !== null && v !== undefined);
  if (!own || own.value === null || baseline.length < 8 || (!count && own.n < 5)) return null;
  const median = quantileCont(baseline, 0.5)!;
  const deviations = baseline.map((v) => Math.abs(v - median));
  const mad = quantileCont(deviations, 0.5)!;
  if (mad > 0) return (0.6745 * (own.value - median)) / mad;
  const meanAd = deviations.reduce((a, b) => a + b, 0) / deviations.length;
  return meanAd > 0 ? (own.value - median) / (Math.sqrt(Math.PI / 2) * meanAd) : null;
}

describe('anomalies against a TypeScript oracle on the generated org with a planted outlier', () => {
  let dataset: SimDataset;
  let report: ReportModel;
  let section: AnomaliesSection;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 21, size: 700 });
    expect(plantOutlier(dataset)).toBeGreaterThan(10);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-anomalies-')), 'anomalies.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    report = await computeReport(store, parseMetricsConfig({}), new Date(dataset.now));
    section = report.sections.anomalies as AnomaliesSection;
    await store.close();
  }, 180_000);

  it('every judged week of every metric scores as the oracle does', () => {
    const weeks = section.evaluatedWeeks.length;
    const first = Date.parse(section.series[0]!.points[0]!.from);
    expect(weeks).toBe(25); // 26 weeks in the range, the running one not judged
    const oracle = weeklySeries(dataset, first - 12 * WEEK, first + weeks * WEEK);
    expect(section.series.map((s) => s.metric)).toEqual(Object.keys(oracle));
    let scored = 0;
    for (const s of section.series) {
      for (const p of s.points) {
        const want = score(oracle[s.metric]!, Date.parse(p.from), s.metric === 'merged');
        const own = oracle[s.metric]!.get(Date.parse(p.from));
        expect([s.metric, p.week, p.value, p.n]).toEqual([s.metric, p.week, r3(own?.value ?? null), own?.n ?? 0]);
        if (want === null) expect(p.z, `${s.metric} ${p.week}`).toBeNull();
        else expect(Math.abs(p.z! - want), `${s.metric} ${p.week}: ${p.z} vs ${want}`).toBeLessThanOrEqual(0.0011);
        if (want !== null) scored += 1;
      }
    }
    expect(scored).toBeGreaterThan(80);
  });

  it('the planted week is flagged for cycle time, and the flags are exactly the oracle\'s, newest first', () => {
    const oracle = weeklySeries(dataset, mondayOf(Date.parse(report.range.from)) - 12 * WEEK, Date.parse(report.range.to));
    const expected: Array<[string, string, string]> = [];
    for (const s of section.series) {
      for (const p of s.points) {
        const z = score(oracle[s.metric]!, Date.parse(p.from), s.metric === 'merged');
        if (z !== null && Math.abs(z) >= 3.5) expected.push([p.from, s.metric, z > 0 ? 'high' : 'low']);
      }
    }
    const got = section.anomalies.map((a) => [a.from, a.metric, a.direction]);
    expect([...got].sort()).toEqual([...expected].sort());
    expect(got.map((g) => g[0])).toEqual([...got.map((g) => g[0])].sort().reverse());
    expect(got).toContainEqual([new Date(OUTLIER).toISOString(), 'cycle_time', 'high']);
    expect(report.figures['anomalies.flagged']!.value).toBe(expected.length);
  });

  it('the planted anomaly lists the five slowest PRs of that week', () => {
    const anomaly = section.anomalies.find((a) => a.metric === 'cycle_time' && a.from === new Date(OUTLIER).toISOString())!;
    const hours = (a: string, b: string) => Math.max(0, Date.parse(b) - Date.parse(a)) / 3_600_000;
    const slowest = oraclePrs(dataset)
      .filter((p) => !p.isBot && within(p.mergedAt, OUTLIER, OUTLIER + WEEK))
      .map((p) => ({ repo: p.repo, number: p.number, hours: hours(p.readyAt, p.mergedAt!), merged: Date.parse(p.mergedAt!) }))
      .sort((a, b) => b.hours - a.hours || a.merged - b.merged)
      .slice(0, 5);
    expect(anomaly.drivers.map((d) => [d.repo, d.number, d.value])).toEqual(slowest.map((p) => [p.repo, p.number, r3(p.hours)]));
  });

  it('a drop in CI success lists the PRs whose commits failed most that week', () => {
    const drops = section.anomalies.filter((a) => a.metric === 'ci_success_rate' && a.direction === 'low');
    expect(drops.length, 'the generated org has a bad CI week').toBeGreaterThan(0);
    const prs = oraclePrs(dataset).filter((p) => !p.isBot);
    for (const drop of drops) {
      const from = Date.parse(drop.from);
      const failed = dataset.repositories.flatMap((r) => r.workflowRuns.filter((run) => within(run.createdAt, from, from + WEEK) && ['failure', 'timed_out', 'startup_failure'].includes(run.conclusion ?? '')).map((run) => ({ repoId: r.id, sha: run.headSha })));
      const counted = prs
        .map((p) => ({ repo: p.repo, number: p.number, runs: failed.filter((f) => f.repoId === p.repoId && p.commitShas.includes(f.sha)).length }))
        .filter((p) => p.runs > 0)
        .sort((a, b) => b.runs - a.runs || a.repo.localeCompare(b.repo) || a.number - b.number)
        .slice(0, 5);
      expect(drop.drivers.map((d) => [d.repo, d.number, d.value, d.unit])).toEqual(counted.map((p) => [p.repo, p.number, p.runs, 'failed_runs']));
    }
  });
});
