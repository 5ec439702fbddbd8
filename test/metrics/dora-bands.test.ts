import { describe, expect, it } from 'vitest';
import { changeFailureBand, frequencyCadence, leadTimeBand, median, recoveryBand } from '../../src/metrics/dora-bands.js';

/** Weeks from a Monday, `days[i]` deployment days in week i. */
function weeks(start: string, days: number[]) {
  return days.map((d, i) => ({ from: new Date(Date.parse(start) + i * 7 * 86_400_000).toISOString(), deployDays: d }));
}

describe('the Four Keys deployment-frequency rule', () => {
  it('is daily (elite) when the median week has at least three deployment days', () => {
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [3, 5, 0, 4]))).toMatchObject({ cadence: 'daily', band: 'elite', medianDeployDaysPerWeek: 3.5 });
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [3, 2, 0, 4]))!.cadence).toBe('weekly'); // median 2.5
  });

  it('is weekly (high) when most weeks have a deployment', () => {
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [1, 1, 0, 2, 1]))).toMatchObject({ cadence: 'weekly', band: 'high', medianWeekDeployed: 1 });
    // Exactly half the weeks: the median of 0s and 1s is 0.5, not "most weeks".
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [1, 0, 1, 0]))!.cadence).toBe('monthly');
  });

  it('is monthly (medium) when the median week sits in a month with a deployment week', () => {
    // January 2026 weeks (Mondays 5, 12, 19, 26) and February (2, 9, 16, 23): one deploy week each.
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [0, 2, 0, 0, 0, 0, 1, 0]))).toMatchObject({ cadence: 'monthly', band: 'medium', medianDeployWeeksPerMonth: 1 });
  });

  it('is yearly (low) when most weeks fall in months without deployments', () => {
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toMatchObject({ cadence: 'yearly', band: 'low' });
  });

  it('has no cadence without deployments', () => {
    expect(frequencyCadence(weeks('2026-01-05T00:00:00Z', [0, 0, 0]))).toBeNull();
    expect(frequencyCadence([])).toBeNull();
  });

  it('takes the median as quantile_cont does', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('2023 State of DevOps thresholds', () => {
  it('bands lead time: under a day, a week, a month, else low', () => {
    expect([23.9, 24, 167.9, 168, 719.9, 720].map(leadTimeBand)).toEqual(['elite', 'high', 'high', 'medium', 'medium', 'low']);
    expect(leadTimeBand(null)).toBeNull();
  });

  it('bands change failure rate at 5%, 10% and 15%', () => {
    expect([0, 0.05, 0.051, 0.1, 0.15, 0.151, 1].map(changeFailureBand)).toEqual(['elite', 'elite', 'high', 'high', 'medium', 'low', 'low']);
    expect(changeFailureBand(null)).toBeNull();
  });

  it('bands recovery time: under an hour, a day, a week, else low', () => {
    expect([0.99, 1, 23.9, 24, 167.9, 168].map(recoveryBand)).toEqual(['elite', 'high', 'high', 'medium', 'medium', 'low']);
  });
});
