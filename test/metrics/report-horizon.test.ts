// A report's pr_facts holds only the PRs its windows can read (facts.sql pr-facts, context.ts
// reportHorizon). The oracle is the build over all of history: for every deployment source,
// sprint source and kind of range, the reports over the pruned facts must equal the reports
// over every PR, and the pruning must really have left PRs out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doraFixture, type DoraFixture } from './dora-harness.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReports } from '../../src/metrics/report.js';
import { markPrsStale } from '../../src/store/stale-facts.js';
import type { ContextOptions } from '../../src/metrics/context.js';
import type { DoraSection } from '../../src/metrics/dora.js';

const WEEK = 7 * 86_400_000;
let fx: DoraFixture;

/**
 * The generated org's history is dense, so three things that reach before a horizon are
 * written in: a revert merged lately of a change merged long ago (its incident began when the
 * change went live), an incident issue (labelled `bug`, the incident label here) opened long ago and closed lately (under `merges` it
 * follows a merge from before the horizon), and a member whose only PR ended long ago.
 */
async function reachBack(): Promise<void> {
  const at = (weeks: number) => new Date(Date.parse(fx.dataset.now) - weeks * WEEK).toISOString();
  await computeReports(fx.store, parseMetricsConfig({}), new Date(fx.dataset.now), [{}]);
  const [pair] = await fx.store.query<{ original: string }>(
    `SELECT o.pr_id AS original FROM facts_cache.prs r JOIN facts_cache.prs o ON o.repo_id = r.repo_id AND o.number = r.reverted_number
      WHERE r.is_revert AND r.merged_at >= '${at(6)}' ORDER BY r.merged_at DESC, r.pr_id LIMIT 1`);
  const [old] = await fx.store.query<{ id: string }>(
    `SELECT pr_id AS id FROM facts_cache.prs WHERE state <> 'OPEN' AND NOT is_bot AND greatest(created_at, closed_at, merged_at) < '${at(20)}' ORDER BY pr_id LIMIT 1`);
  const [incident] = await fx.store.query<{ id: string }>(
    `SELECT id FROM issues WHERE closed_at >= '${at(2)}' AND list_contains(labels, 'bug') ORDER BY id LIMIT 1`);
  expect([pair, old, incident].every(Boolean), 'the generated org has a revert, an old PR and an incident to move').toBe(true);
  await fx.store.run(`UPDATE pull_requests SET created_at = '${at(25)}', merged_at = '${at(24)}', closed_at = '${at(24)}' WHERE id = '${pair!.original}'`);
  await fx.store.run(`UPDATE pull_requests SET author_login = 'former-member' WHERE id = '${old!.id}'`);
  await fx.store.run(`UPDATE issues SET created_at = '${at(26)}' WHERE id = '${incident!.id}'`);
  await markPrsStale(fx.store.connection, [pair!.original, old!.id]);
}

beforeAll(async () => {
  fx = await doraFixture(23, 600);
  await reachBack();
}, 180_000);

afterAll(async () => {
  await fx?.store.close();
});

/** An ISO-week-aligned range `weeksBack` weeks before the dataset's now, `length` weeks long. */
function pastRange(weeksBack: number, length: number): ContextOptions {
  const now = Date.parse(fx.dataset.now);
  const monday = now - ((new Date(now).getUTCDay() + 6) % 7) * 86_400_000;
  const from = new Date(monday - weeksBack * WEEK);
  from.setUTCHours(0, 0, 0, 0);
  return { from: from.toISOString(), to: new Date(from.getTime() + length * WEEK).toISOString() };
}

async function both(raw: Record<string, unknown>, periods: ContextOptions[]) {
  const config = parseMetricsConfig({ incidents: { label: '^bug$' }, ...raw });
  const now = new Date(fx.dataset.now);
  const pruned = await computeReports(fx.store, config, now, periods);
  const [kept] = await fx.store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pr_facts');
  const whole = await computeReports(fx.store, config, now, periods, { wholeHistory: true });
  const [all] = await fx.store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pr_facts');
  return { pruned, whole, kept: kept!.n, all: all!.n };
}

describe('the report horizon', () => {
  const leaderboard = { leaderboard: { enabled: true } };

  it.each(['auto', 'deployments', 'workflow', 'releases', 'merges'])('leaves the reports unchanged under deployment source %s', async (source) => {
    // A short range in the past, the site's presets, and a range that ends at now. Weekly
    // sprints reach back less far than the period before a range.
    const periods = [pastRange(8, 2), { from: pastRange(3, 3).from }, {}];
    const { pruned, whole, kept, all } = await both({ deployments: { source }, weeks: 4, sprints: { 'length-days': 7 }, ...leaderboard }, periods);
    expect(kept, 'the horizon left PRs out').toBeLessThan(all * 0.8);
    expect(pruned).toEqual(whole);
    const dora = whole[0]!.sections.dora as DoraSection;
    expect(dora.totals.deployments, 'the short range has deployments').toBeGreaterThan(0);
    expect(dora.leadTime.n, 'and PRs they shipped').toBeGreaterThan(0);
  }, 120_000);

  it('leaves sprints by milestone, bots included and business time unchanged', async () => {
    const raw = {
      weeks: 3,
      sprints: { source: 'milestones' },
      bots: { include: true },
      'business-time': { enabled: true, holidays: ['2026-01-01'] },
      ...leaderboard,
    };
    const { pruned, whole, kept, all } = await both(raw, [{}, pastRange(12, 1)]);
    expect(kept).toBeLessThan(all);
    expect(pruned).toEqual(whole);
  }, 120_000);
});
