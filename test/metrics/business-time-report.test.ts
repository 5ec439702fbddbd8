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
import { summary } from './oracle-stats.js';
import { referenceBusinessHours, type ReferenceConfig } from './business-time-reference.js';
import { oraclePrs, within } from './pr-timeline-oracle.js';

/**
 * With business time enabled, computeReport's flow figures are the working hours of each
 * stage: recomputed here from the generator's records with the quarter-hour reference, and
 * different from the calendar-time report of the same database.
 */
const ZONE: ReferenceConfig = { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', holidays: ['2026-10-03', '2026-10-26', '2026-11-02'] };

function oracle(dataset: SimDataset, from: string, to: string) {
  const stages: Record<'cycle_time' | 'pickup_time' | 'review_time', number[]> = { cycle_time: [], pickup_time: [], review_time: [] };
  const hours = (a: string | null, b: string | null) => referenceBusinessHours(ZONE, a, b);
  for (const pr of oraclePrs(dataset)) {
    if (pr.isBot || !within(pr.mergedAt, Date.parse(from), Date.parse(to))) continue;
    stages.cycle_time.push(hours(pr.readyAt, pr.mergedAt)!);
    if (pr.firstReviewAt) {
      stages.pickup_time.push(hours(pr.readyAt, pr.firstReviewAt)!);
      stages.review_time.push(hours(pr.firstReviewAt, pr.mergedAt)!);
    }
  }
  return Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, summary(v)]));
}

describe('business time through computeReport on the generated org', () => {
  let dataset: SimDataset;
  let business: ReportModel;
  let calendar: ReportModel;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 33, size: 500 });
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-business-time-')), 'bt.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    const bt = { enabled: true, 'time-zone': ZONE.timeZone, 'work-days': ZONE.workDays, 'work-hours': { start: ZONE.start, end: ZONE.end }, holidays: ZONE.holidays };
    business = await computeReport(store, parseMetricsConfig({ 'business-time': bt }), new Date(dataset.now));
    calendar = await computeReport(store, parseMetricsConfig({}), new Date(dataset.now));
    await store.close();
  }, 180_000);

  it('cycle, pickup and review time equal the working-hours oracle', () => {
    const expected = oracle(dataset, business.range.from, business.range.to);
    for (const [stage, want] of Object.entries(expected)) {
      expect(want.n, `${stage} has data`).toBeGreaterThan(50);
      const got = { n: business.figures[`flow.${stage}.p50`]!.n, p50: business.figures[`flow.${stage}.p50`]!.value, p75: business.figures[`flow.${stage}.p75`]!.value, p90: business.figures[`flow.${stage}.p90`]!.value };
      for (const q of ['p50', 'p75', 'p90'] as const) expect(Math.abs(got[q]! - want[q]!), `${stage}.${q}: ${got[q]} vs ${want[q]}`).toBeLessThanOrEqual(0.001);
      expect(got.n, `${stage} n`).toBe(want.n);
    }
  });

  it('differs from calendar time: working hours are fewer', () => {
    for (const stage of ['cycle_time', 'pickup_time', 'review_time']) {
      const b = business.figures[`flow.${stage}.p50`]!.value!;
      const c = calendar.figures[`flow.${stage}.p50`]!.value!;
      expect(b, stage).toBeLessThan(c);
    }
    // The sprint and anomaly families read the same macro.
    expect(business.figures['sprint.cycle_time.p90']!.previous).not.toBe(calendar.figures['sprint.cycle_time.p90']!.previous);
  });
});
