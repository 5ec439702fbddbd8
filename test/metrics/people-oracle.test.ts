import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import type { Store } from '../../src/store/database.js';
import { DEFAULT_BOT_PATTERNS, parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import type { FamilyResult } from '../../src/metrics/model.js';
import { computePeople, type PeopleSection } from '../../src/metrics/people.js';
import { botCheck, DAY, familyContext, harvestedStore } from './reviewers-harness.js';
import { membersAt, peopleOracle, type PeopleOracleOptions } from './people-oracle.js';

/**
 * Member activity, leaderboard points, the longest streak and the spotlights, recomputed in
 * plain TypeScript from the generator's own records and compared with computePeople.
 */
describe('people against a TypeScript oracle on the generated org', () => {
  let dataset: SimDataset;
  let store: Store;
  let result: FamilyResult<PeopleSection>;
  let options: PeopleOracleOptions;
  const points = { 'merged-pr': 5, review: 2, 'review-comment': 7, 'pr-comment': 1 };

  beforeAll(async () => {
    dataset = generateDataset({ seed: 11, size: 500 });
    store = await harvestedStore(dataset, 'people-oracle');
    const teams = dataset.truth!.teams as Record<string, string[]>;
    const config = parseMetricsConfig({ teams, activity: { days: 14 }, leaderboard: { enabled: true, points } });
    const now = Date.parse(dataset.now);
    const from = new Date(now - 84 * DAY).toISOString();
    options = {
      from, to: dataset.now, now: dataset.now, teams, isBot: botCheck(dataset, DEFAULT_BOT_PATTERNS), days: 14,
      points: { mergedPr: 5, review: 2, reviewComment: 7, prComment: 1 },
    };
    result = await computePeople(await familyContext(store, config, new Date(now), { from, to: dataset.now }));
  }, 120_000);
  afterAll(() => store?.close());

  it('member activity: active flag, last activity, teams and window counts per member', () => {
    const want = peopleOracle(dataset, options).members;
    const got = result.section.members;
    const pick = (m: { login: string; active: boolean; lastActivityAt: string | null; teams: string[]; prsOpened: number; reviews: number; comments: number }) =>
      [m.login, { active: m.active, lastActivityAt: m.lastActivityAt, teams: m.teams, prsOpened: m.prsOpened, reviews: m.reviews, comments: m.comments }];
    expect(Object.fromEntries(got.map(pick))).toEqual(Object.fromEntries(want.map(pick)));
    expect(got.length).toBe(25);
    expect(got.some((m) => m.active) && got.some((m) => !m.active)).toBe(true);
  });

  it('the generator\'s departed members are inactive', () => {
    const departed = dataset.truth!.inactiveMembers as string[];
    expect(departed.length).toBeGreaterThan(0);
    for (const login of departed) expect(result.section.members.find((m) => m.login === login)?.active, login).toBe(false);
  });

  it('figures: active and inactive members now, and as of the start of the range', () => {
    const now = membersAt(dataset, options, Date.parse(dataset.now));
    const before = membersAt(dataset, options, Date.parse(options.from));
    const count = (ms: typeof now, active: boolean) => ms.filter((m) => m.active === active).length;
    expect(result.figures['people.active_members']).toMatchObject({ value: count(now, true), previous: count(before, true) });
    expect(result.figures['people.inactive_members']).toMatchObject({ value: count(now, false), previous: count(before, false) });
    expect(result.section).toMatchObject({ active: count(now, true), inactive: count(now, false) });
  });

  it('leaderboard: points per event with configured weights, shared ranks for equal points', () => {
    const want = peopleOracle(dataset, options).entries;
    expect(want.length).toBeGreaterThan(15);
    // Review comments (weight 7) are part of it: not a column of zeros.
    expect(want.filter((e) => e.reviewComments > 0).length).toBeGreaterThan(5);
    expect(result.section.leaderboard.entries).toEqual(want);
  });

  it('spotlights: longest streak of ISO weeks with a merge, fastest reviewer (≥ 5), most reviews, most comments', () => {
    const want = peopleOracle(dataset, options).spotlights;
    expect(want.longestStreak!.weeks).toBeGreaterThan(2);
    expect(want.fastestReviewer).not.toBeNull();
    expect(result.section.leaderboard.spotlights).toEqual(want);
  });
});
