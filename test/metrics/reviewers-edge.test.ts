import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReviewers, type ReviewersSection } from '../../src/metrics/reviewers.js';
import type { Figures } from '../../src/metrics/model.js';
import { familyContext, harvestedStore } from './reviewers-harness.js';
import { at, NOW, reviewersEdgeDataset, TEAMS } from './reviewers-edge-dataset.js';

/** The named edge cases of the reviewers family, harvested through the simulator. */
describe('reviewers: edge cases', () => {
  let store: Store;
  let section: ReviewersSection;
  let figures: Figures;
  let withBots: ReviewersSection;
  const range = { from: at(-24), to: new Date(NOW).toISOString() };

  beforeAll(async () => {
    store = await harvestedStore(reviewersEdgeDataset(), 'reviewers-edge');
    ({ section, figures } = await computeReviewers(await familyContext(store, parseMetricsConfig({ teams: TEAMS }), new Date(NOW), range)));
    ({ section: withBots } = await computeReviewers(await familyContext(store, parseMetricsConfig({ teams: TEAMS, bots: { include: true } }), new Date(NOW), range)));
  }, 120_000);
  afterAll(() => store?.close());

  const row = (s: ReviewersSection, login: string | null) => s.load.find((r) => r.login === login);

  it('a PR reviewed only by its author gives no load and no network edge', () => {
    expect(row(section, 'ana')).toBeUndefined();
    expect(section.network.filter((e) => e.reviewer === 'ana')).toEqual([]);
  });

  it('response from each request: re-request after a review is its own request; a repeat while pending is not', () => {
    const ben = row(section, 'ben')!;
    expect(ben).toMatchObject({ reviews: 4, prsReviewed: 3, requests: 2, answered: 2, unanswered: 0, withdrawn: 0, outstanding: 0 });
    expect(ben.responseTime).toMatchObject({ n: 2, p50: 2.5, p90: 2.9, lowSample: true });
    const cy = row(section, 'cy')!;
    expect(cy).toMatchObject({ reviews: 0, requests: 1, answered: 0, unanswered: 1, outstanding: 1, oldestOutstandingWaitHours: 167, teams: ['core'] });
    expect(cy.responseTime).toMatchObject({ n: 0, p50: null });
    expect(row(section, 'dee')).toMatchObject({ reviews: 1, requests: 1, answered: 0, unanswered: 0, withdrawn: 1 });
  });

  it('never-answered requests are counted, not dropped; withdrawn ones apart', () => {
    expect(section.requests).toMatchObject({ requests: 4, answered: 2, unanswered: 1, withdrawn: 1 });
    expect(section.requests.responseTime).toMatchObject({ n: 2, p50: 2.5 });
    expect(figures['reviewers.unanswered_requests']).toMatchObject({ value: 1, n: 4 });
    expect(figures['reviewers.response_time.p50']).toMatchObject({ value: 2.5, n: 2, lowSample: true });
    expect(section.outstanding).toEqual({ personal: 1, team: 0, oldestWaitHours: 167 });
  });

  it('team requests per team: members answer a configured team, anyone an unconfigured one', () => {
    expect(section.teams.map((t) => ({ team: t.team, requests: t.requests, answered: t.answered, unanswered: t.unanswered, p50: t.responseTime.p50 }))).toEqual([
      { team: 'core', requests: 2, answered: 1, unanswered: 1, p50: 4 },
      { team: 'web', requests: 1, answered: 1, unanswered: 0, p50: 0.5 },
    ]);
    expect(section.teamRequests).toMatchObject({ requests: 3, answered: 2, unanswered: 1 });
  });

  it('bots: a bot review never counts, a bot PR is left out unless include-bots', () => {
    expect(row(section, 'github-actions')).toBeUndefined();
    expect(section.network.some((e) => e.author === 'dependabot')).toBe(false);
    expect(row(withBots, 'ben')).toMatchObject({ reviews: 5, requests: 3, answered: 3 });
    expect(row(withBots, 'ben')!.responseTime.p50).toBe(2);
    expect(withBots.network).toContainEqual({ author: 'dependabot', reviewer: 'ben', reviews: 1, prs: 1 });
    expect(row(withBots, 'github-actions')).toBeUndefined();
  });

  it('deleted (null) users are kept: as authors and as reviewers, but not both at once', () => {
    expect(row(section, null)).toMatchObject({ login: null, reviews: 1, prsReviewed: 1, requests: 0 });
    const sorted = [...section.network].sort((a, b) => `${a.author}>${a.reviewer}`.localeCompare(`${b.author}>${b.reviewer}`));
    expect(sorted).toEqual([
      { author: 'ana', reviewer: 'ben', reviews: 3, prs: 2 },
      { author: 'ana', reviewer: 'dee', reviews: 1, prs: 1 },
      { author: 'ana', reviewer: 'eve', reviews: 1, prs: 1 },
      { author: 'ana', reviewer: null, reviews: 1, prs: 1 },
      { author: null, reviewer: 'ben', reviews: 1, prs: 1 },
    ]);
    expect(section.totals).toEqual({ reviews: 7, prsReviewed: 4, reviewers: 4 });
  });

  it('per team: the load of the configured team members', () => {
    expect(section.byTeam).toEqual([{ team: 'core', reviews: 1, prsReviewed: 1, requests: 1, answered: 0, unanswered: 1, responseP50: null, responseP90: null }]);
  });
});

describe('reviewers: an empty database', () => {
  it('reports empty sections and zero counts, not errors', async () => {
    const store = await openStore(':memory:');
    const now = new Date('2026-11-16T12:00:00Z');
    const { section, figures } = await computeReviewers(await familyContext(store, parseMetricsConfig({ teams: TEAMS }), now));
    await store.close();
    expect(section.load).toEqual([]);
    expect(section.network).toEqual([]);
    expect(section.teams).toEqual([]);
    expect(section.requests).toMatchObject({ requests: 0, answered: 0, unanswered: 0, withdrawn: 0, responseTime: { n: 0, p50: null } });
    expect(section.outstanding).toEqual({ personal: 0, team: 0, oldestWaitHours: null });
    expect(section.byTeam).toEqual([{ team: 'core', reviews: 0, prsReviewed: 0, requests: 0, answered: 0, unanswered: 0, responseP50: null, responseP90: null }]);
    expect(figures['reviewers.response_time.p50']).toMatchObject({ value: null, n: 0, previous: null, delta: null });
    expect(figures['reviewers.unanswered_requests']).toMatchObject({ value: 0, previous: 0 });
    expect(JSON.stringify({ section, figures })).not.toMatch(/bigint/i);
  });
});
