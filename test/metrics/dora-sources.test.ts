import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doraOracle, type Source } from './dora-oracle.js';
import { doraFixture, reposWithSource, type DoraFixture } from './dora-harness.js';
import { defaultRange } from '../../src/metrics/windows.js';

/**
 * All four DORA keys (and rework rate) for each deployment source, recomputed in plain
 * TypeScript from the generator's records and compared with computeReport on the harvested
 * database: per PR (deployed_at), per deployment, per repository and for the whole org.
 */
let fx: DoraFixture;

/** Both sides are rounded to 3 decimals, so they may differ by one unit in the last place. */
function near(got: number | null | undefined, want: number, label?: string): void {
  expect(got, label).not.toBeNull();
  expect(Math.abs(got! - want), `${label ?? ''}: ${got} vs ${want}`).toBeLessThanOrEqual(0.0011);
}

beforeAll(async () => {
  fx = await doraFixture(11, 600);
}, 180_000);

afterAll(async () => {
  await fx?.store.close();
});

describe.each(['deployments', 'workflow', 'releases', 'merges'] as Source[])('deployment source %s', (source) => {
  it('matches the oracle on every PR, deployment, repository and figure', async () => {
    // 13 weeks: the generated org's 28 weeks of history hold the period before them in full,
    // so the previous-period figures are compared (the oracle checks them too).
    const { report, dora, deployedAt } = await fx.report(source, defaultRange(new Date(fx.dataset.now), 13));
    expect(report.coverage.previousRangeHarvested).toBe(true);
    const oracle = doraOracle(fx.dataset, { source, from: report.range.from, to: report.range.to });
    const repos = reposWithSource(fx.dataset, source);
    expect(repos.length, `the generated org has a repository deploying by ${source}`).toBeGreaterThan(0);

    expect(dora.source).toBe(source);
    expect(new Set(dora.sourcesByRepository.map((r) => r.source))).toEqual(new Set([source]));

    // deployed_at of every PR the report read, merged or not. pr_facts leaves out PRs that
    // ended before the report's earliest window (facts.sql pr-facts), never one deployed in it.
    const mismatched = oracle.prs.filter((p) => deployedAt.has(p.pr.id) && deployedAt.get(p.pr.id) !== p.deployedAt).map((p) => `${p.repo}#${p.pr.number}`);
    expect(mismatched).toEqual([]);
    const missing = oracle.prs.filter((p) => !deployedAt.has(p.pr.id));
    expect(missing.filter((p) => p.deployedAt !== null && p.deployedAt >= Date.parse(report.previousRange.from)).map((p) => `${p.repo}#${p.pr.number}`)).toEqual([]);
    const shippedInRepos = oracle.prs.filter((p) => repos.includes(p.repo) && p.deployedAt !== null);
    expect(shippedInRepos.length).toBeGreaterThan(10);

    // The deployments list: the same deployments, PRs and incident follow-ups, newest first.
    const window = oracle.deployments
      .filter((d) => d.at >= Date.parse(report.range.from) && d.at < Date.parse(report.range.to))
      .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
      .slice(0, 500);
    expect(dora.deployments.map((d) => [d.repo, d.id, Date.parse(d.deployed_at), d.prs, d.incidents, d.sha])).toEqual(
      window.map((d) => [d.repo, d.id, Math.floor(d.at / 1000) * 1000, d.prs.length, d.incidents.length, d.sha]),
    );

    // The weekly series behind the Four Keys band: deployments and distinct UTC deployment days.
    const start = Date.parse(report.range.from);
    expect(dora.weekly.map((w) => [w.week, w.deployments, w.deploy_days])).toEqual(report.weeks.map((w) => {
      const inWeek = oracle.deployments.filter((d) => d.at >= Math.max(start, Date.parse(w.from)) && d.at < Date.parse(w.to));
      return [w.label, inWeek.length, new Set(inWeek.map((d) => new Date(d.at).toISOString().slice(0, 10))).size];
    }));
    expect(dora.frequency?.cadence).toBeDefined();

    // Per repository that really deploys this way.
    for (const repo of repos) {
      const want = oracle.summarize(report.range.from, report.range.to, repo);
      const got = dora.byRepository.find((r) => r.repo === repo)!;
      expect(got.deployments, `${repo} deployments`).toBe(want.deployments);
      expect(want.deployments, `${repo} has deployments in the window`).toBeGreaterThan(0);
      expect(got.failed, `${repo} failed`).toBe(want.failed);
      expect(got.reworked, `${repo} reworked`).toBe(want.reworked);
      expect(got.lead_time_n, `${repo} lead n`).toBe(want.leadTime.n);
      near(got.lead_time_p50, want.leadTime.p50!, `${repo} lead p50`);
      expect(got.recovery_n, `${repo} recovery n`).toBe(want.recoveryTime.n);
      if (want.recoveryTime.n > 0) near(got.recovery_time_p50, want.recoveryTime.p50!, `${repo} recovery p50`);
    }

    // Whole org, current and previous period.
    const now = oracle.summarize(report.range.from, report.range.to);
    const before = oracle.summarize(report.previousRange.from, report.previousRange.to);
    const f = report.figures;
    expect([f['dora.deployments']!.value, f['dora.deployments']!.previous]).toEqual([now.deployments, before.deployments]);
    near(f['dora.deployment_frequency.per_week']!.value, now.perWeek);
    near(f['dora.deployment_frequency.per_week']!.previous, before.perWeek);
    expect([dora.totals.failed, dora.totals.reworked, dora.previousTotals!.failed]).toEqual([now.failed, now.reworked, before.failed]);
    expect(f['dora.change_failure_rate']!.value).toBe(now.changeFailureRate);
    expect(f['dora.change_failure_rate']!.previous).toBe(before.changeFailureRate);
    expect(f['dora.rework_rate']!.value).toBe(now.reworkRate);
    for (const q of ['p50', 'p75', 'p90'] as const) {
      expect(f[`dora.lead_time.${q}`]!.n).toBe(now.leadTime.n);
      near(f[`dora.lead_time.${q}`]!.value, now.leadTime[q]!, `lead ${q}`);
      expect(f[`dora.lead_time.${q}`]!.previous ?? null, `previous lead ${q}`).toBe(before.leadTime[q]);
      expect(f[`dora.recovery_time.${q}`]!.n).toBe(now.recoveryTime.n);
      near(f[`dora.recovery_time.${q}`]!.value, now.recoveryTime[q]!, `recovery ${q}`);
      // The flow family's deploy time reads the deployed_at prepared here.
      expect(f[`flow.deploy_time.${q}`]!.n).toBe(now.deployTime.n);
      near(f[`flow.deploy_time.${q}`]!.value, now.deployTime[q]!, `deploy time ${q}`);
    }
    expect(dora.incidents.total).toBe(now.incidents);
    expect([f['dora.incidents']!.value, f['dora.incidents']!.previous]).toEqual([now.incidents, before.incidents]);
    expect(now.failed).toBeGreaterThan(0);
    expect(now.recoveryTime.n).toBeGreaterThan(0);
  }, 60_000);
});

describe('deployment source auto', () => {
  it('picks each repository its own source, the first with data in the window, and matches the oracle', async () => {
    const { report, dora } = await fx.report('auto');
    const oracle = doraOracle(fx.dataset, { source: 'auto', from: report.range.from, to: report.range.to });
    const truth = fx.dataset.truth!.deploySourceByRepo as Record<string, string>;
    const chosen = Object.fromEntries(dora.sourcesByRepository.map((r) => [r.repo, r.source]));
    expect(chosen).toEqual(Object.fromEntries(Object.entries(truth).map(([name, s]) => [`${fx.dataset.org}/${name}`, s])));
    expect(chosen).toEqual(oracle.sourceByRepo);
    expect(dora.source).toBe('mixed');

    const now = oracle.summarize(report.range.from, report.range.to);
    expect(dora.totals.deployments).toBe(now.deployments);
    expect(dora.totals.failed).toBe(now.failed);
    expect(dora.totals.reworked).toBe(now.reworked);
    expect(dora.totals.changeFailureRate).toBe(now.changeFailureRate);
    expect(dora.leadTime.n).toBe(now.leadTime.n);
    near(dora.leadTime.p50, now.leadTime.p50!);
    near(dora.recoveryTime.p50, now.recoveryTime.p50!);
  }, 60_000);
});
