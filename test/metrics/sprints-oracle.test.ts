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
import type { SprintsSection, SprintValues } from '../../src/metrics/sprints.js';
import { quantileCont } from './oracle-stats.js';
import { oraclePrs, within, type OraclePr } from './pr-timeline-oracle.js';

/**
 * Sprint health recomputed in plain TypeScript from the generator's records: fixed 14-day
 * sprints anchored on Monday 2024-01-08, so the generated org's "now" (Monday 2026-11-16
 * 12:00) lies a week into a sprint. Deployments come from merges (each merge to the default
 * branch is one), which the oracle can count without the DORA rules.
 */
const ANCHOR = '2024-01-08';
const LENGTH_MS = 14 * 86_400_000;
const r3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const hours = (a: string, b: string) => Math.max(0, Date.parse(b) - Date.parse(a)) / 3_600_000;

function sprintOf(at: number): { from: number; to: number; index: number } {
  const anchor = Date.parse(`${ANCHOR}T00:00:00Z`);
  const index = Math.floor((at - anchor) / LENGTH_MS);
  return { from: anchor + index * LENGTH_MS, to: anchor + (index + 1) * LENGTH_MS, index };
}

function oracle(prs: OraclePr[], from: number, to: number): Omit<SprintValues, 'failedDeployments' | 'changeFailureRate'> {
  const human = prs.filter((p) => !p.isBot);
  const merged = human.filter((p) => within(p.mergedAt, from, to));
  const cycle = merged.map((p) => hours(p.readyAt, p.mergedAt!));
  const pickup = merged.filter((p) => p.firstReviewAt).map((p) => hours(p.readyAt, p.firstReviewAt!));
  const endOf = (p: OraclePr) => (p.closedAt ? Date.parse(p.closedAt) : Infinity);
  return {
    merged: merged.length,
    cycleTimeP50: r3(quantileCont(cycle, 0.5)),
    cycleTimeP90: r3(quantileCont(cycle, 0.9)),
    pickupTimeP50: r3(quantileCont(pickup, 0.5)),
    pickupN: pickup.length,
    unreviewedShare: merged.length ? r3(merged.filter((p) => p.reviewsByOthers === 0).length / merged.length) : null,
    // Every merge into the default branch, bots' too: deployments are not people metrics.
    deployments: prs.filter((p) => within(p.mergedAt, from, to) && p.baseRef === p.defaultBranch).length,
    carryover: human.filter((p) => Date.parse(p.createdAt) < from && endOf(p) >= to).length,
    scope: human.filter((p) => within(p.createdAt, from, to)).length,
  };
}

describe('sprint health against a TypeScript oracle on the generated org', () => {
  let dataset: SimDataset;
  let report: ReportModel;
  let section: SprintsSection;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 45, size: 600 });
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-sprints-')), 'sprints.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    const config = parseMetricsConfig({ sprints: { 'length-days': 14, anchor: ANCHOR }, deployments: { source: 'merges' } });
    report = await computeReport(store, config, new Date(dataset.now));
    section = report.sections.sprints as SprintsSection;
    await store.close();
  }, 180_000);

  it('the running sprint and the one before are the anchored windows around now', () => {
    const now = Date.parse(dataset.now);
    const current = sprintOf(now);
    expect([section.current.from, section.current.to, section.current.measuredTo]).toEqual([new Date(current.from).toISOString(), new Date(current.to).toISOString(), new Date(now).toISOString()]);
    expect([section.previous.from, section.previous.to]).toEqual([new Date(current.from - LENGTH_MS).toISOString(), new Date(current.from).toISOString()]);
    expect(section.current.label).toBe(`Sprint ${current.index + 1}`);
    expect(section.current.complete).toBe(false);
    expect(section.current.elapsedShare).toBeCloseTo((now - current.from) / LENGTH_MS, 3);
    expect(section.previous.complete).toBe(true);
  });

  it('every sprint of the history equals the oracle', () => {
    const prs = oraclePrs(dataset);
    expect(section.history.length).toBeGreaterThanOrEqual(13);
    for (const sprint of section.history) {
      const want = oracle(prs, Date.parse(sprint.from), Date.parse(sprint.measuredTo));
      const { failedDeployments: _f, changeFailureRate: _c, ...got } = { ...sprint };
      const picked = Object.fromEntries(Object.keys(want).map((k) => [k, (got as Record<string, unknown>)[k]]));
      expect([sprint.label, picked]).toEqual([sprint.label, want]);
    }
    const busy = section.history.filter((s) => s.merged > 20 && s.carryover > 0 && s.deployments! > 0);
    expect(busy.length, 'sprints with merges, carryover and deployments').toBeGreaterThan(8);
  });

  it('figures compare the running sprint with the previous one, with directions', () => {
    const c = section.current;
    const p = section.previous;
    expect(report.figures['sprint.throughput']).toMatchObject({ value: c.merged, previous: p.merged, delta: c.merged - p.merged, unit: 'prs' });
    expect(report.figures['sprint.cycle_time.p50']).toMatchObject({ value: c.cycleTimeP50, previous: p.cycleTimeP50, n: c.merged });
    expect(report.figures['sprint.carryover']).toMatchObject({ value: c.carryover, previous: p.carryover });
    expect(report.figures['sprint.scope']).toMatchObject({ value: c.scope, previous: p.scope });
    expect(report.figures['sprint.deployments']).toMatchObject({ value: c.deployments, previous: p.deployments });
    const byId = new Map(section.comparison.map((m) => [m.id, m]));
    // A running sprint's count is judged against the previous count scaled to the time elapsed.
    const pace = p.merged * c.elapsedShare;
    expect(byId.get('sprint.throughput')).toMatchObject({ paced: true, better: 'higher', direction: c.merged > pace ? 'better' : c.merged < pace ? 'worse' : 'same' });
    const cycle = byId.get('sprint.cycle_time.p50')!;
    expect(cycle.direction).toBe(c.cycleTimeP50! < p.cycleTimeP50! ? 'better' : c.cycleTimeP50! > p.cycleTimeP50! ? 'worse' : 'same');
    expect(byId.get('sprint.scope')).toMatchObject({ better: null, direction: null });
    expect(section.comparison.map((m) => m.id)).toEqual(['sprint.throughput', 'sprint.cycle_time.p50', 'sprint.cycle_time.p90', 'sprint.pickup_time.p50', 'sprint.unreviewed_merge_share', 'sprint.deployments', 'sprint.change_failure_rate', 'sprint.carryover', 'sprint.scope']);
  });
});
