import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import type { Store } from '../../src/store/database.js';
import { DEFAULT_BOT_PATTERNS, parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import type { FamilyResult } from '../../src/metrics/model.js';
import { computeReviewers, type ReviewersSection } from '../../src/metrics/reviewers.js';
import { botCheck, DAY, familyContext, harvestedStore } from './reviewers-harness.js';
import { reviewersOracle, type OracleOptions } from './reviewers-oracle.js';

/**
 * Review load, response to review requests (never-answered requests counted), outstanding
 * requests and the review network, recomputed in plain TypeScript from the generator's own
 * records and compared with computeReviewers over the harvested database.
 */
const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const key = (login: string | null) => login ?? '(deleted)';

describe('reviewers against a TypeScript oracle on the generated org', () => {
  let dataset: SimDataset;
  let store: Store;
  let result: FamilyResult<ReviewersSection>;
  let previous: FamilyResult<ReviewersSection>;
  let options: OracleOptions;
  let previousOptions: OracleOptions;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 11, size: 500 });
    store = await harvestedStore(dataset, 'reviewers-oracle');
    const teams = dataset.truth!.teams as Record<string, string[]>;
    const config = parseMetricsConfig({ teams });
    const now = Date.parse(dataset.now);
    // Twelve weeks, so the window cuts through requests and reviews; the previous twelve too.
    const from = new Date(now - 84 * DAY).toISOString();
    const before = new Date(now - 168 * DAY).toISOString();
    const isBot = botCheck(dataset, DEFAULT_BOT_PATTERNS);
    options = { from, to: dataset.now, now: dataset.now, teams, isBot };
    previousOptions = { ...options, from: before, to: from };
    result = await computeReviewers(await familyContext(store, config, new Date(now), { from, to: dataset.now }));
    previous = await computeReviewers(await familyContext(store, config, new Date(now), { from: before, to: from }));
  }, 120_000);
  afterAll(() => store?.close());

  it('the dataset exercises every case: unanswered, re-requested, team, deleted reviewers', () => {
    const oracle = reviewersOracle(dataset, options);
    expect(oracle.personal.unanswered).toBeGreaterThan(5);
    expect(oracle.team.requests).toBeGreaterThan(5);
    expect(oracle.network.some((e) => e.reviewer === null)).toBe(true);
    const rerequested = oracle.episodes.filter((e, i) => oracle.episodes.findIndex((x) => x.pr === e.pr && x.key === e.key) !== i);
    expect(rerequested.length).toBeGreaterThan(10);
  });

  for (const [name, pick, opts] of [
    ['current', () => result, () => options],
    ['previous', () => previous, () => previousOptions],
  ] as const) {
    it(`${name} period: personal and team request outcomes and response-time quantiles`, () => {
      const oracle = reviewersOracle(dataset, opts());
      const s = pick().section;
      for (const [got, want] of [[s.requests, oracle.personal], [s.teamRequests, oracle.team]] as const) {
        expect({ requests: got.requests, answered: got.answered, unanswered: got.unanswered, withdrawn: got.withdrawn }).toEqual({
          requests: want.requests, answered: want.answered, unanswered: want.unanswered, withdrawn: want.withdrawn,
        });
        const { n, p50, p75, p90 } = got.responseTime;
        expect({ n, p50, p75, p90 }).toEqual(want.response);
      }
    });
  }

  it('figures: response time p50/p75/p90 with previous, unanswered and outstanding counts', () => {
    const now = reviewersOracle(dataset, options);
    const before = reviewersOracle(dataset, previousOptions);
    const f = result.figures;
    for (const q of ['p50', 'p75', 'p90'] as const) {
      expect(f[`reviewers.response_time.${q}`]).toMatchObject({ value: now.personal.response[q], n: now.personal.response.n, previous: before.personal.response[q] });
    }
    expect(f['reviewers.unanswered_requests']).toMatchObject({ value: now.personal.unanswered, previous: before.personal.unanswered });
    expect(f['reviewers.outstanding_requests']!.value).toBe(now.outstandingPersonal);
    expect(f['reviewers.reviews']).toMatchObject({ value: now.reviews, previous: before.reviews });
  });

  it('load per reviewer: reviews, PRs, requests and their outcome, response quantiles, outstanding', () => {
    const oracle = reviewersOracle(dataset, options);
    const got = Object.fromEntries(result.section.load.map((r) => [key(r.login), {
      reviews: r.reviews, prsReviewed: r.prsReviewed, requests: r.requests, answered: r.answered, unanswered: r.unanswered, withdrawn: r.withdrawn,
      response: { n: r.responseTime.n, p50: r.responseTime.p50, p75: r.responseTime.p75, p90: r.responseTime.p90 },
      outstanding: r.outstanding, oldestWait: r.oldestOutstandingWaitHours,
    }]));
    const want = Object.fromEntries(oracle.load.map((r) => [key(r.login), {
      reviews: r.reviews, prsReviewed: r.prsReviewed, requests: r.requests, answered: r.answered, unanswered: r.unanswered, withdrawn: r.withdrawn,
      response: r.response, outstanding: r.outstanding, oldestWait: round(r.oldestWait),
    }]));
    expect(Object.keys(want).length).toBeGreaterThan(15);
    expect(got).toEqual(want);
    const teams = dataset.truth!.teams as Record<string, string[]>;
    for (const r of result.section.load) {
      expect(r.teams, key(r.login)).toEqual(Object.keys(teams).filter((t) => teams[t]!.includes(r.login ?? '')).sort());
    }
  });

  it('team requests are reported per team', () => {
    const oracle = reviewersOracle(dataset, options);
    const got = result.section.teams.map((t) => ({ team: t.team, requests: t.requests, answered: t.answered, unanswered: t.unanswered, outstanding: t.outstanding, p50: t.responseTime.p50 }));
    const want = oracle.teams.map((t) => ({ team: t.team, requests: t.requests, answered: t.answered, unanswered: t.unanswered, outstanding: t.outstanding, p50: t.response.p50 }));
    expect(got).toEqual(want.sort((a, b) => a.team.localeCompare(b.team)));
  });

  it('review network: author × reviewer counts of reviews by others', () => {
    const oracle = reviewersOracle(dataset, options);
    const sort = <T extends { author: string | null; reviewer: string | null }>(edges: T[]) =>
      [...edges].sort((a, b) => key(a.author).localeCompare(key(b.author)) || key(a.reviewer).localeCompare(key(b.reviewer)));
    expect(oracle.network.length).toBeGreaterThan(50);
    expect(sort(result.section.network)).toEqual(sort(oracle.network));
    expect(result.section.network.every((e) => e.author !== e.reviewer)).toBe(true);
  });
});
