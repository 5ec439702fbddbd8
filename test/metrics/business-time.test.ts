import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { installBusinessTimeMacro } from '../../src/metrics/business-time.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { referenceBusinessHours, type ReferenceConfig } from './business-time-reference.js';

/**
 * dur_h with business time against the quarter-hour reference (business-time-reference.ts):
 * weekends, holidays, both Berlin clock changes, offset timestamps, NULLs and reversed ends,
 * and configurations whose work hours contain a clock change. Each configuration runs twice:
 * on an empty database (offsets from ICU) and with data (offsets from the calendar's table).
 */
interface Case {
  name: string;
  config: ReferenceConfig;
  pairs: Array<[string | null, string | null]>;
}

const BERLIN: ReferenceConfig = { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: ['2026-04-03', '2026-04-06', '2026-12-25'] };

const CASES: Case[] = [
  {
    name: 'Berlin office hours',
    config: BERLIN,
    pairs: [
      ['2026-03-27T15:00:00Z', '2026-03-30T08:30:00Z'], // Friday afternoon over a weekend with the spring change: 1 h Fri + 1.5 h Mon
      ['2026-03-28T10:00:00Z', '2026-03-29T10:00:00Z'], // inside the weekend: 0
      ['2026-04-02T12:00:00+02:00', '2026-04-07T10:15:00+02:00'], // Easter: Good Friday and Easter Monday are holidays
      ['2026-10-23T07:00:00Z', '2026-10-27T16:59:00Z'], // over the autumn change
      ['2026-12-24T16:00:00-05:00', '2026-12-28T09:01:00+01:00'], // offsets on both ends, Christmas holiday between
      ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'], // a whole month
      ['2026-06-03T11:22:33Z', '2026-06-03T11:22:34.5Z'], // a second and a half
      ['2026-05-01T10:00:00Z', '2026-04-01T00:00:00Z'], // reversed: 0, never negative
      [null, '2026-01-01T00:00:00Z'],
      ['2026-01-01T00:00:00Z', null],
    ],
  },
  {
    name: 'work hours containing the clock changes',
    config: { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5, 6, 7], start: '01:30', end: '03:30', holidays: ['2026-10-25'] },
    pairs: [
      ['2026-03-28T20:00:00Z', '2026-03-29T12:00:00Z'], // the skipped hour: 1 h that night
      ['2026-03-29T00:40:00Z', '2026-03-29T01:10:00Z'],
      ['2026-10-24T20:00:00Z', '2026-10-26T12:00:00Z'], // the repeated hour falls on a holiday
      ['2026-10-31T20:00:00Z', '2026-11-02T12:00:00Z'],
    ],
  },
  {
    name: 'New York, odd work days and quarter-hour bounds',
    config: { timeZone: 'America/New_York', workDays: [2, 4, 7], start: '08:15', end: '18:45', holidays: ['2026-03-08', '2026-11-03'] },
    pairs: [
      ['2026-03-06T00:00:00Z', '2026-03-13T00:00:00Z'],
      ['2026-10-30T13:07:00Z', '2026-11-06T02:00:00Z'],
      ['2026-01-01T00:00:00Z', '2026-12-31T23:59:59Z'],
    ],
  },
  {
    name: 'Lord Howe (half-hour clock change), every day',
    config: { timeZone: 'Australia/Lord_Howe', workDays: [1, 2, 3, 4, 5, 6, 7], start: '01:00', end: '03:00', holidays: [] },
    pairs: [
      ['2026-04-03T00:00:00Z', '2026-04-07T00:00:00Z'],
      ['2026-10-02T00:00:00Z', '2026-10-06T00:00:00Z'],
    ],
  },
  {
    name: 'Kolkata (+05:30, no clock changes)',
    config: { timeZone: 'Asia/Kolkata', workDays: [1, 2, 3, 4, 5, 6], start: '10:00', end: '19:00', holidays: ['2026-01-26'] },
    pairs: [['2026-01-23T10:00:00Z', '2026-01-28T03:00:00Z']],
  },
];

function metricsConfig(c: ReferenceConfig) {
  return parseMetricsConfig({ 'business-time': { enabled: true, 'time-zone': c.timeZone, 'work-days': c.workDays, 'work-hours': { start: c.start, end: c.end }, holidays: c.holidays } })['business-time'];
}

async function durations(store: Store, pairs: Array<[string | null, string | null]>): Promise<Array<number | null>> {
  const out: Array<number | null> = [];
  for (const [a, b] of pairs) {
    const sql = `SELECT dur_h(${a ? `TIMESTAMPTZ '${a}'` : 'NULL'}, ${b ? `TIMESTAMPTZ '${b}'` : 'NULL'})::DOUBLE AS h`;
    out.push((await store.query<{ h: number | null }>(sql))[0]!.h);
  }
  return out;
}

for (const withData of [false, true]) {
  describe(`dur_h in business time against the reference (${withData ? 'with data' : 'empty database'})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(':memory:');
      if (withData) {
        await store.run(`INSERT INTO pull_requests (id, repo_id, number, state, is_draft, created_at, updated_at, harvested_at)
                         VALUES ('PR_1', 'R_1', 1, 'OPEN', false, '2025-11-01T00:00:00Z', '2026-06-01T00:00:00Z', '2026-06-01T00:00:00Z')`);
      }
    });
    afterAll(async () => store.close());

    for (const c of CASES) {
      it(c.name, async () => {
        await installBusinessTimeMacro(store, metricsConfig(c.config));
        const got = await durations(store, c.pairs);
        c.pairs.forEach(([a, b], i) => {
          const want = referenceBusinessHours(c.config, a, b);
          if (want === null) expect(got[i], `${a} → ${b}`).toBeNull();
          else expect(got[i], `${a} → ${b}`).toBeCloseTo(want, 9);
        });
      });
    }
  });
}

describe('business time: the hand-checked Berlin figures', () => {
  it('a Friday-to-Monday span over the spring clock change is 2.5 working hours', async () => {
    const store = await openStore(':memory:');
    await installBusinessTimeMacro(store, metricsConfig(BERLIN));
    // Friday 16:00–17:00 CET, then Monday 09:00–10:30 CEST (08:30 UTC).
    expect(await durations(store, [['2026-03-27T15:00:00Z', '2026-03-30T08:30:00Z']])).toEqual([2.5]);
    // Thursday 13:00 CEST to Tuesday 12:15 CEST over Good Friday and Easter Monday: 4 h + 3.25 h.
    expect(await durations(store, [['2026-04-02T13:00:00+02:00', '2026-04-07T12:15:00+02:00']])).toEqual([7.25]);
    await store.close();
  });
});
