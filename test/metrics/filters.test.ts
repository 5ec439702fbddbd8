import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createContext, prepareFacts } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import type { ReportModel } from '../../src/metrics/model.js';
import { computeReport } from '../../src/metrics/report.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { computeSiteReports } from '../../src/render/site/site-reports.js';
import { openStore, type Store } from '../../src/store/database.js';
import { harvestedStore } from './reviewers-harness.js';
import { at, filtersDataset, NOW } from './filters-dataset.js';

/**
 * metrics.filters over every family, on the hand-built dataset of filters-dataset.ts (its
 * header lists each PR, issue, release and run, and the unfiltered figures). Each case states
 * what the filter leaves out and checks the figures it moves.
 */
type Sections = Record<string, any>;

let store: Store;
const report = async (filters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  computeReport(store, parseMetricsConfig({ filters, leaderboard: { enabled: true }, ...extra }), NOW);
const sections = (r: ReportModel) => r.sections as Sections;
const lead = (r: ReportModel) => [sections(r).dora.leadTime.n, sections(r).dora.leadTime.p50];
const reviewLoad = (r: ReportModel) => sections(r).reviewers.load.map((l: any) => [l.login, l.reviews]);
const leaderboard = (r: ReportModel) => sections(r).people.leaderboard.entries.map((e: any) => [e.login, e.mergedPrs, e.reviews, e.reviewComments, e.prComments]);

beforeAll(async () => {
  store = await harvestedStore(filtersDataset(), 'filters');
}, 120_000);
afterAll(() => store?.close());

describe('metrics.filters', () => {
  it('unfiltered: the dataset\'s own figures, and the report says no filter is active', async () => {
    const r = await report();
    const s = sections(r);
    expect(r.filters).toBeNull();
    expect(s.flow.throughput.merged).toBe(6);
    expect(s.dora.totals).toMatchObject({ deployments: 4, failed: 2, reworked: 2, withoutPrs: 0, changeFailureRate: 0.5, reworkRate: 0.5 });
    expect(lead(r)).toEqual([6, 8.5]);
    expect(s.dora.incidents).toMatchObject({ total: 3, issues: 1, reverts: 1, hotfixes: 1 });
    expect([s.issues.opened, s.ci.overall.runs]).toEqual([2, 4]);
    expect(reviewLoad(r)).toEqual([['ana', 2], ['cy', 1], ['ben', 1]]);
    expect(sections(r).reviewers.load.find((l: any) => l.login === 'cy')).toMatchObject({ requests: 1, answered: 1 });
    expect(leaderboard(r)).toEqual([['ana', 2, 2, 0, 0], ['ben', 2, 1, 0, 1], ['cy', 2, 1, 1, 0]]);
    expect(r.repositories.map((x) => x.fullName)).toEqual(['acme/api', 'acme/web']);
  });

  it('labels: case-insensitive; an include list needs one of its labels (no labels: out); an exclude wins over it', async () => {
    const r = await report({ labels: { include: ['BACKEND'], exclude: ['Deps'] } });
    const s = sections(r);
    // #1 [Backend] and #4 [backend] stay; #2 [Backend, deps] is excluded; #3 (no labels), #5 and #10 are not included.
    expect(s.flow.throughput.merged).toBe(2);
    expect(s.flow.sizeVsCycle.map((p: any) => p.number).sort()).toEqual([1, 4]);
    expect(lead(r)).toEqual([2, 17.5]);
    // Every release still counts (their repositories are in); R3 and W1 now ship no PR that counts.
    expect(s.dora.totals).toMatchObject({ deployments: 4, withoutPrs: 2, failed: 1, reworked: 1, changeFailureRate: 0.25 });
    // The incident issue has no backend label, nor the hotfix: only the revert is left.
    expect(s.dora.incidents).toMatchObject({ total: 1, issues: 0, reverts: 1, hotfixes: 0 });
    expect(s.issues.opened).toBe(0);
    expect(s.openWork.waiting.map((w: any) => w.number)).toEqual([6]);
    expect(r.filters).toMatchObject({ labels: { include: ['BACKEND'], exclude: ['Deps'] }, leftOut: { pullRequests: 4, issues: 2, repositories: 0 } });
  });

  it('authors: an excluded author\'s PRs leave every PR figure, while their reviews of others\' PRs still count', async () => {
    const r = await report({ authors: { exclude: ['ANA'] } });
    const s = sections(r);
    expect(s.flow.throughput.merged).toBe(4);
    expect(lead(r)).toEqual([4, 8.5]);
    // ana reviewed #2 and #3 (cy's and ben's): still 2 reviews. ben's and cy's only reviews,
    // cy's review request, cy's diff comment and ben's comment were on ana's PRs: all gone.
    expect(reviewLoad(r)).toEqual([['ana', 2]]);
    expect(leaderboard(r)).toEqual([['ben', 2, 0, 0, 0], ['cy', 2, 0, 0, 0], ['ana', 0, 2, 0, 0]]);
    expect(s.people.members.find((m: any) => m.login === 'ana')).toMatchObject({ prsOpened: 0, reviews: 2, active: true });
    expect(s.reviewers.network.filter((e: any) => e.author === 'ana')).toEqual([]);
    expect(s.reviewers.network.filter((e: any) => e.reviewer === 'ana').map((e: any) => e.author).sort()).toEqual(['ben', 'cy']);
    // ana opened no issue: the issues stay.
    expect(s.issues.opened).toBe(2);
    expect(s.sprints.current.merged).toBe(4);
  });

  it('authors include: only the listed logins\' PRs and issues', async () => {
    const s = sections(await report({ authors: { include: ['Cy'] } }));
    expect(s.flow.throughput.merged).toBe(2);
    expect(s.issues.opened).toBe(1);
    expect(s.openWork.waiting.map((w: any) => w.number)).toEqual([6]);
    // Logins match whatever their case: Eve opened #30.
    const withoutEve = sections(await report({ authors: { exclude: ['eve'] } }));
    expect([withoutEve.issues.opened, withoutEve.flow.throughput.merged]).toEqual([1, 6]);
  });

  it('titles: case-insensitive regexes with escaped special characters', async () => {
    const r = await report({ titles: { exclude: ['^\\[wip\\]', 'chore\\(DEPS\\):'] } });
    // Only #2 `[WIP] chore(deps): bump` goes: its 3 h lead time with it.
    expect(sections(r).flow.throughput.merged).toBe(5);
    expect(lead(r)).toEqual([5, 10]);
    expect(r.filters!.leftOut).toMatchObject({ pullRequests: 1, issues: 0 });
    // A pattern whose special characters are not escaped means something else: `[wip]` is a character class.
    const loose = await report({ titles: { include: ['^[wip]'] } });
    expect(sections(loose).flow.throughput.merged).toBe(0);
  });

  it('titles: a pattern DuckDB refuses is a configuration error naming the field, before any figure', async () => {
    // JavaScript reads \Z as a plain Z; RE2 refuses the escape.
    const config = parseMetricsConfig({ filters: { titles: { include: ['feat'], exclude: ['ok', 'end\\Z'] } } });
    const attempt = computeReport(store, config, NOW);
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(computeReport(store, config, NOW)).rejects.toThrow(/metrics\.filters\.titles\.exclude\[1\]: is not a regular expression DuckDB accepts/);
  });

  it('repositories: an excluded repository\'s PRs, deployments, CI runs and issues all go; globs and case do not matter', async () => {
    for (const filters of [{ repositories: { exclude: ['acme/WEB'] } }, { repositories: { include: ['Acme/a*'] } }]) {
      const r = await report(filters);
      const s = sections(r);
      expect(r.repositories.map((x) => x.fullName)).toEqual(['acme/api']);
      expect(s.flow.throughput.merged).toBe(5);
      expect(s.dora.sourcesByRepository).toEqual([{ repo: 'acme/api', source: 'releases', deployments: 3 }]);
      expect(s.dora.totals).toMatchObject({ deployments: 3, failed: 2, changeFailureRate: 0.667 });
      expect(s.ci.overall).toMatchObject({ runs: 2, success: 2, failed: 0 });
      expect(s.ci.workflows.map((w: any) => w.repo)).toEqual(['acme/api']);
      expect(s.issues.opened).toBe(1);
      expect(s.issues.byRepository.map((x: any) => x.repo)).toEqual(['acme/api']);
      expect(r.filters!.leftOut).toMatchObject({ pullRequests: 1, issues: 1, repositories: 1, privateRepositories: 0 });
    }
    // The anomaly family's weekly CI series reads the same runs (W0 holds every run).
    const ctx = await createContext(store, parseMetricsConfig({ filters: { repositories: { exclude: ['acme/web'] } } }), NOW);
    expect(await ctx.rows('anomalies.sql', 'weekly-ci-series', { from: at(0), to: NOW.toISOString() })).toEqual([{ week: '2026-11-02T00:00:00Z', succeeded: 2, decided: 2 }]);
  });

  it('DORA: PR filters move lead time, change failure and rework; deployments of included repositories all count', async () => {
    const r = await report({ labels: { exclude: ['skip-metrics'] } });
    const s = sections(r);
    // #5, the hotfix, is out: no hotfix incident after R2, no rework in R3, and R3 ships no counted PR.
    expect(s.dora.totals).toMatchObject({ deployments: 4, failed: 1, reworked: 1, withoutPrs: 1, changeFailureRate: 0.25, reworkRate: 0.25 });
    expect(s.dora.incidents).toMatchObject({ total: 2, hotfixes: 0 });
    expect(lead(r)).toEqual([5, 10]);
    expect(r.figures['dora.change_failure_rate']!.value).toBe(0.25);
    expect(r.figures['dora.lead_time.p50']).toMatchObject({ value: 10, n: 5 });
  });

  it('an empty result after filtering is a report of empty figures, not an error', async () => {
    const nobody = await report({ authors: { include: ['nobody'] } });
    const s = sections(nobody);
    expect([s.flow.throughput.merged, s.flow.throughput.opened, s.issues.opened, s.openWork.waiting.length]).toEqual([0, 0, 0, 0]);
    expect(lead(nobody)).toEqual([0, null]);
    expect(s.dora.totals).toMatchObject({ deployments: 4, withoutPrs: 4, failed: 0 });
    expect([s.reviewers.load, s.people.members, s.people.leaderboard.entries]).toEqual([[], [], []]);
    // Authors filter PRs and issues only: CI is about the pipeline.
    expect(s.ci.overall.runs).toBe(4);

    const none = await report({ repositories: { include: ['elsewhere/*'] } });
    expect(none.repositories).toEqual([]);
    expect(sections(none).dora.totals).toMatchObject({ deployments: 0, changeFailureRate: null });
    expect([sections(none).ci.overall.runs, sections(none).flow.throughput.merged, sections(none).issues.opened]).toEqual([0, 0, 0]);
    expect(none.filters!.leftOut).toMatchObject({ pullRequests: 7, issues: 2, repositories: 2 });
  });
});

describe('metrics.filters in the markdown summary', () => {
  it('says under the period which filters apply and what they left out, in code spans; nothing when unfiltered', async () => {
    expect(renderMarkdown(await report())).not.toContain('Filtered');
    const markdown = renderMarkdown(await report({ labels: { exclude: ['@team', 'skip-metrics'] }, repositories: { include: ['acme/a*'] } }));
    expect(markdown).toContain('🔎 Filtered (`metrics.filters`): repositories only `acme/a*` · labels not `@team`, `skip-metrics` — 2 pull requests, 1 issue and 1 repository left out');
  });
});

describe('metrics.filters on the site', () => {
  it('the overview says which filters apply and what they left out, in both languages', async () => {
    const config = parseMetricsConfig({ filters: { labels: { exclude: ['skip-metrics'] }, repositories: { include: ['acme/a*'] } } });
    const dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-filters-site-')), 'site');
    await renderSite(await computeSiteReports(store, config, NOW), null, { title: 'Filtered' }, dir);
    const en = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(en).toContain('Filtered by metrics.filters: labels: not skip-metrics · repositories: only acme/a*. Left out: pull requests 2, issues 1, repositories 1.');
    expect(readFileSync(join(dir, 'ar/index.html'), 'utf8')).toContain('مصفّى بإعدادات metrics.filters');
    const plain = join(mkdtempSync(join(tmpdir(), 'flowmeter-unfiltered-site-')), 'site');
    await renderSite(await computeSiteReports(store, parseMetricsConfig({}), NOW), null, { title: 'All' }, plain);
    expect(readFileSync(join(plain, 'index.html'), 'utf8')).not.toContain('metrics.filters');
  });
});

describe('metrics.filters and the facts cache', () => {
  it('one warm cache serves unfiltered and filtered reports alike, each equal to a report over a rebuilt cache', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-filters-cache-')), 'copy.duckdb');
    await store.checkpoint();
    copyFileSync(store.path, path);
    const copy = await openStore(path);
    try {
      const plain = parseMetricsConfig({ leaderboard: { enabled: true } });
      const filtered = parseMetricsConfig({ leaderboard: { enabled: true }, filters: { labels: { exclude: ['skip-metrics'] }, authors: { exclude: ['ana'] } } });
      const before = await computeReport(copy, plain, NOW);
      // The cache is warm: a filtered report neither rebuilds nor recomputes it…
      expect((await prepareFacts(copy, filtered, NOW)).cache).toEqual({ rebuilt: false, prs: 0 });
      const warmFiltered = await computeReport(copy, filtered, NOW);
      const after = await computeReport(copy, plain, NOW);
      // …and reads no filtered fact into an unfiltered report, nor the other way round.
      expect(after).toEqual(before);
      expect(sections(warmFiltered).flow.throughput.merged).toBe(3);
      expect(sections(warmFiltered).dora.totals).toMatchObject({ failed: 1, reworked: 1, withoutPrs: 2 });
      expect(sections(before).flow.throughput.merged).toBe(6);

      await copy.run('DROP TABLE facts_cache.state');
      expect((await prepareFacts(copy, filtered, NOW)).cache.rebuilt).toBe(true);
      expect(await computeReport(copy, filtered, NOW)).toEqual(warmFiltered);
    } finally {
      await copy.close();
    }
  });
});
