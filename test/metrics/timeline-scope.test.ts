// pr_facts reads a PR's review and timeline columns only when it was active since
// timelineFactsFrom (facts.sql pr-keys `in_scope`). These pin that moment before every window
// a family measures those columns in: the anomaly baseline and the sprint windows.
import { describe, expect, it } from 'vitest';
import { timelineFactsFrom } from '../../src/metrics/context.js';
import { BASELINE_WEEKS } from '../../src/metrics/anomalies-stats.js';
import { fixedSprints, HISTORY_SPRINTS } from '../../src/metrics/sprint-windows.js';
import { isoWeekStart, previousPeriod, type Period } from '../../src/metrics/windows.js';

const DAY = 86_400_000;
const NOW = new Date('2025-06-02T12:00:00Z');

const ranges: Period[] = [
  { from: '2024-12-02T00:00:00.000Z', to: NOW.toISOString() },
  { from: '2025-05-01T00:00:00.000Z', to: '2025-05-20T00:00:00.000Z' },
  { from: '2025-05-28T00:00:00.000Z', to: '2025-05-29T00:00:00.000Z' },
  { from: '2024-09-01T00:00:00.000Z', to: '2024-10-01T00:00:00.000Z' },
  { from: '2019-01-01T00:00:00.000Z', to: NOW.toISOString() },
  // A range ending after now: sprints are measured up to now.
  { from: '2025-05-01T00:00:00.000Z', to: '2025-09-01T00:00:00.000Z' },
];

describe('timelineFactsFrom', () => {
  for (const range of ranges) {
    for (const days of [1, 7, 14, 30, 90]) {
      it(`precedes the anomaly baseline and every sprint of ${range.from}–${range.to}, ${days}-day sprints`, () => {
        const scope = Date.parse(timelineFactsFrom(range, NOW, days));
        const previous = previousPeriod(range);
        // The first judged week starts at or after the ISO week of previous.from; its baseline is the 12 weeks before.
        const baseline = isoWeekStart(new Date(previous.from)).getTime() - BASELINE_WEEKS * 7 * DAY;
        expect(scope).toBeLessThanOrEqual(baseline);
        expect(scope).toBeLessThanOrEqual(Date.parse(range.from));
        // As computeSprints asks for them, at the most sprints it ever asks for.
        const reference = new Date(Math.min(Date.parse(range.to), NOW.getTime()));
        for (const anchor of ['2024-01-01', '2025-05-31', '2026-01-07']) {
          const rangeSprints = Math.ceil((reference.getTime() - Date.parse(range.from)) / (days * DAY)) + 1;
          const asked = fixedSprints(reference, anchor, days, Math.min(HISTORY_SPRINTS, Math.max(2, rangeSprints)));
          for (const sprint of asked) expect(scope).toBeLessThanOrEqual(Date.parse(sprint.from));
        }
      });
    }
  }
});
