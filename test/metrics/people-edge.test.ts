import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computePeople } from '../../src/metrics/people.js';
import { familyContext, harvestedStore } from './reviewers-harness.js';
import { at, NOW, reviewersEdgeDataset, TEAMS } from './reviewers-edge-dataset.js';

/** The named edge cases of the people family, harvested through the simulator. */
describe('people: edge cases', () => {
  let store: Store;
  const now = new Date(NOW);
  const range = { from: at(-14 * 24), to: now.toISOString() };
  const points = { 'merged-pr': 5, review: 2, 'review-comment': 7, 'pr-comment': 1 };
  const config = (extra: Record<string, unknown> = {}) => parseMetricsConfig({ teams: TEAMS, leaderboard: { enabled: true, points }, ...extra });
  const people = async (extra: Record<string, unknown> = {}, window = range) => computePeople(await familyContext(store, config(extra), now, window));

  beforeAll(async () => {
    store = await harvestedStore(reviewersEdgeDataset(), 'people-edge');
  }, 120_000);
  afterAll(() => store?.close());

  it('member activity: active within 14 days of now, inactive beyond; bots, ghosts and bot-PR-only people are not members', async () => {
    const { section, figures } = await people();
    const state = Object.fromEntries(section.members.map((m) => [m.login, [m.active, m.lastActivityAt]]));
    expect(state).toEqual({
      ana: [true, at(3)], ben: [true, at(9)], cy: [true, at(3)], dee: [true, at(1.5)], eve: [true, at(5)],
      gus: [true, at(-6 * 24 - 2)], jo: [true, at(-160)],
      fay: [false, at(-400)], kim: [false, at(-170)], hal: [false, null],
    });
    expect(section.members.find((m) => m.login === 'hal')).toMatchObject({ teams: ['core'], daysSinceActivity: null });
    expect(section.members.find((m) => m.login === 'kim')!.daysSinceActivity).toBeCloseTo(338 / 24, 3);
    expect(section.byTeam).toEqual([{ team: 'core', members: 3, active: 2, inactive: 1 }]);
    expect(figures['people.active_members']).toMatchObject({ value: 7, n: 10, previous: 2 });
    expect(figures['people.inactive_members']).toMatchObject({ value: 3, previous: 3 });
  });

  it('include-bots: activity on a bot\'s PR counts, and a bot PR\'s review scores', async () => {
    const { section } = await people({ bots: { include: true } });
    expect(section.members.find((m) => m.login === 'ivy')).toMatchObject({ active: true, lastActivityAt: at(2) });
    expect(section.members.some((m) => m.login === 'dependabot')).toBe(false);
    expect(section.leaderboard.entries.find((e) => e.login === 'ben')).toMatchObject({ reviews: 5, points: 10 });
  });

  it('leaderboard: configured points per event in the window, shared ranks, review comments on diff lines', async () => {
    const { section } = await people();
    expect(section.leaderboard.entries.map((e) => [e.rank, e.login, e.mergedPrs, e.reviews, e.reviewComments, e.prComments, e.points])).toEqual([
      [1, 'ana', 3, 0, 0, 1, 16],
      [1, 'eve', 0, 1, 2, 0, 16],
      [3, 'gus', 2, 0, 0, 0, 10],
      [4, 'ben', 0, 4, 0, 0, 8],
      [5, 'dee', 0, 1, 0, 0, 2],
      [6, 'cy', 0, 0, 0, 1, 1],
      [6, 'jo', 0, 0, 0, 1, 1],
      [6, 'kim', 0, 0, 0, 1, 1],
    ]);
    expect(section.leaderboard.spotlights).toEqual({
      longestStreak: { login: 'gus', weeks: 3, firstWeek: '2026-10-12T00:00:00Z', lastWeek: '2026-10-26T00:00:00Z' },
      fastestReviewer: null, // nobody has five answered requests
      mostReviews: { login: 'ben', reviews: 4 },
      // eve's two diff comments outnumber anyone's one conversation comment.
      mostComments: { login: 'eve', comments: 2 },
    });
  });

  it('a streak counts when its last week overlaps the window, even if it began (and its last merge fell) before it', async () => {
    const { section } = await people({}, { from: at(-5 * 24), to: now.toISOString() });
    expect(section.leaderboard.spotlights!.longestStreak).toMatchObject({ login: 'gus', weeks: 3 });
  });

  it('disabled (the default): the section says so and lists nothing', async () => {
    const { section } = await computePeople(await familyContext(store, parseMetricsConfig({ teams: TEAMS }), now, range));
    expect(section.leaderboard).toEqual({ enabled: false, points: { mergedPr: 3, review: 2, reviewComment: 1, prComment: 1 }, entries: [], spotlights: null });
    expect(section.members.length).toBe(10);
  });
});

describe('people: an empty database', () => {
  it('reports empty sections, not errors', async () => {
    const store = await openStore(':memory:');
    const config = parseMetricsConfig({ leaderboard: { enabled: true } });
    const { section, figures } = await computePeople(await familyContext(store, config, new Date('2026-11-16T12:00:00Z')));
    await store.close();
    expect(section).toMatchObject({ members: [], active: 0, inactive: 0, byTeam: [] });
    expect(section.leaderboard).toMatchObject({ enabled: true, entries: [], spotlights: { longestStreak: null, fastestReviewer: null, mostReviews: null, mostComments: null } });
    expect(figures['people.active_members']).toMatchObject({ value: 0, previous: 0, delta: 0 });
  });
});
