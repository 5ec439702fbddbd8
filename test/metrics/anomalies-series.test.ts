import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { upsertRows } from '../../src/store/upsert.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeAnomalies, type AnomaliesSection } from '../../src/metrics/anomalies.js';
import { median, robustZ } from '../../src/metrics/anomalies-stats.js';

/** The robust z-score on series small enough to check by hand, then end to end on hand-made weeks. */
describe('robust z-score by hand', () => {
  it('median and MAD of twelve weeks, and the score of an outlier', () => {
    const baseline = [10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11];
    // Sorted: 10 10 11 11 11 11 12 12 12 12 13 13 → median (11 + 12) / 2 = 11.5.
    // |x − 11.5|: eight weeks 0.5, four weeks 1.5 → MAD 0.5. z(30) = 0.6745 × 18.5 / 0.5 = 24.9565.
    expect(median(baseline)).toBe(11.5);
    const score = robustZ(30, baseline);
    expect(score).toMatchObject({ median: 11.5, mad: 0.5, scale: 'mad' });
    expect(score.z).toBeCloseTo(24.9565, 4);
    expect(robustZ(12, baseline).z).toBeCloseTo(0.6745, 4);
  });

  it('MAD 0 falls back to the mean absolute deviation; no spread at all scores nothing', () => {
    // Nine weeks of 4 and three of 6: median 4, MAD 0, mean |x − 4| = 6 / 12 = 0.5.
    const score = robustZ(10, [4, 4, 4, 6, 4, 4, 6, 4, 4, 4, 6, 4]);
    expect(score).toMatchObject({ median: 4, mad: 0, scale: 'mean_absolute_deviation' });
    expect(score.z).toBeCloseTo(6 / (1.253314 * 0.5), 6);
    expect(robustZ(9, Array(12).fill(3))).toMatchObject({ median: 3, mad: 0, scale: null, z: null });
  });
});

// ---- end to end: hand-made weeks in a database --------------------------------------------

const WEEK = 7 * 86_400_000;
const FIRST = Date.parse('2026-05-04T00:00:00Z'); // a Monday; 28 weeks of data up to 2026-11-16
const SPIKE = Date.parse('2026-10-12T00:00:00Z'); // 20 merges instead of 6–8
const SLOW = Date.parse('2026-09-14T00:00:00Z'); // cycle times of days instead of hours
const HALF_UNREVIEWED = Date.parse('2026-08-24T00:00:00Z');
const NOW = new Date('2026-11-20T12:00:00Z');

interface Planned { id: string; number: number; created: number; merged: number; reviewed: boolean; size: number }

/** Week w has 6 + (w mod 3) merges, each Tuesday 10:00 plus i hours, cycle 10 + (i mod 5) h. */
function plan(): Planned[] {
  const prs: Planned[] = [];
  for (let w = 0; w < 28; w++) {
    const week = FIRST + w * WEEK;
    const count = week === SPIKE ? 20 : 6 + (w % 3);
    for (let i = 0; i < count; i++) {
      const merged = week + 86_400_000 + (10 + i) * 3_600_000;
      const cycle = week === SLOW ? 100 + 10 * i : 10 + (i % 5);
      const number = prs.length + 1;
      prs.push({ id: `PR_${number}`, number, created: merged - cycle * 3_600_000, merged, reviewed: !(week === HALF_UNREVIEWED && i % 2 === 0), size: 10 * number });
    }
  }
  return prs;
}

/** The test's own modified z-score, written out again rather than imported. */
function z(value: number, baseline: number[]): number | null {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const m = mid(baseline);
  const mad = mid(baseline.map((x) => Math.abs(x - m)));
  return mad > 0 ? (0.6745 * (value - m)) / mad : null;
}

describe('anomalies on hand-made weeks', () => {
  let store: Store;
  let section: AnomaliesSection;
  const prs = plan();

  beforeAll(async () => {
    store = await openStore(':memory:');
    const iso = (ms: number) => new Date(ms).toISOString();
    await upsertRows(store.connection, 'repositories', [{ id: 'R_1', owner: 'o', name: 'r', full_name: 'o/r', default_branch: 'main' }], ['id']);
    await upsertRows(store.connection, 'pull_requests', prs.map((p) => ({
      id: p.id, repo_id: 'R_1', number: p.number, title: `fix: change ${p.number}`, url: `https://github.com/o/r/pull/${p.number}`, state: 'MERGED', is_draft: false,
      created_at: iso(p.created), updated_at: iso(p.merged), closed_at: iso(p.merged), merged_at: iso(p.merged), additions: p.size, deletions: 0,
      author_login: 'ana', author_kind: 'User', labels: [], harvested_at: iso(NOW.getTime()),
    })), ['id']);
    await upsertRows(store.connection, 'pr_reviews', prs.filter((p) => p.reviewed).map((p) => ({
      id: `R_${p.id}`, pr_id: p.id, repo_id: 'R_1', author_login: 'ben', author_kind: 'User', state: 'APPROVED', submitted_at: iso(p.created + 3_600_000), created_at: iso(p.created + 3_600_000),
    })), ['id']);
    const ctx = await createContext(store, parseMetricsConfig({}), NOW, { from: '2026-08-03T00:00:00Z', to: NOW.toISOString() });
    section = (await computeAnomalies(ctx)).section;
  });
  afterAll(async () => store.close());

  it('judges the complete weeks of the range only', () => {
    expect(section.evaluatedWeeks[0]).toBe('2026-W32');
    expect(section.evaluatedWeeks.at(-1)).toBe('2026-W46'); // W47 is still running on 2026-11-20
  });

  it('flags the spike in merges and the slow week, newest first, with the test\'s own z', () => {
    const flagged = section.anomalies.map((a) => [a.metric, a.week, a.direction]);
    expect(flagged).toEqual([['merged', '2026-W42', 'high'], ['cycle_time', '2026-W38', 'high']]);
    const countOf = (week: number) => prs.filter((p) => p.merged >= week && p.merged < week + WEEK).length;
    const baseline = Array.from({ length: 12 }, (_, i) => countOf(SPIKE - (i + 1) * WEEK));
    expect(section.anomalies[0]!.z).toBe(Math.round(z(20, baseline)! * 1000) / 1000);
    expect(section.anomalies[0]!.median).toBe(7);
  });

  it('lists the PRs behind a flag: the slowest five of the slow week, the largest five of the spike', () => {
    const slow = section.anomalies.find((a) => a.metric === 'cycle_time')!;
    const week = prs.filter((p) => p.merged >= SLOW && p.merged < SLOW + WEEK);
    const slowest = [...week].sort((a, b) => (b.merged - b.created) - (a.merged - a.created)).slice(0, 5);
    expect(slow.drivers.map((d) => [d.number, d.value, d.unit])).toEqual(slowest.map((p) => [p.number, (p.merged - p.created) / 3_600_000, 'hours']));
    expect(slow.drivers[0]).toMatchObject({ repo: 'o/r', url: `https://github.com/o/r/pull/${slowest[0]!.number}` });
    const spike = section.anomalies.find((a) => a.metric === 'merged')!;
    const largest = prs.filter((p) => p.merged >= SPIKE && p.merged < SPIKE + WEEK).sort((a, b) => b.size - a.size).slice(0, 5);
    expect(spike.drivers.map((d) => d.number)).toEqual(largest.map((p) => p.number));
  });

  it('a jump from a baseline with no spread at all is not scored (unreviewed share 0 → 4 of 7)', () => {
    const unreviewed = section.series.find((s) => s.metric === 'unreviewed_share')!;
    const point = unreviewed.points.find((p) => p.from === new Date(HALF_UNREVIEWED).toISOString())!;
    expect(point).toMatchObject({ value: 0.571, n: 7, median: 0, mad: 0, scale: null, z: null, flagged: false });
    expect(section.series.map((s) => s.metric)).toEqual(['merged', 'cycle_time', 'pickup_time', 'unreviewed_share']); // no workflow runs: no CI series
  });
});
