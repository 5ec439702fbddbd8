import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import type { Simulator } from '../sim/server.js';
import { harvestInto, harvestShallowAndDeep, type ShallowAndDeep } from '../harvest/harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { ReportModel } from '../../src/metrics/model.js';
import type { SprintsSection } from '../../src/metrics/sprints.js';
import type { AnomaliesSection } from '../../src/metrics/anomalies.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { rulesSummary } from '../../src/summary/rules-summary.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { computeSiteReports } from '../../src/render/site/site-reports.js';
import { read } from '../render/site-checks.js';
import { defaultRange } from '../../src/metrics/windows.js';

/**
 * A first run harvests `backfill-days` of history (365 by default). A shorter backfill reaches
 * less far back than a 26-week report and the 26 weeks before it. The period before the harvest began then holds only the
 * few records updated since, so comparing with it would show every count rising from nearly
 * nothing. The harvest records how far back it read; the report compares only with a period
 * read in full.
 */
const DAY = 86_400_000;

describe('history harvested: no comparison with a period the harvest did not read', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let shallow: Store;
  let deep: Store;
  let now: Date;
  const coverageRows = async (store: Store) =>
    store.query<{ resource: string; since: string | null }>(
      "SELECT resource, strftime(min(covered_since), '%Y-%m-%dT%H:%M:%S.%gZ') AS since FROM sync_state WHERE resource NOT LIKE 'open_%' GROUP BY resource ORDER BY resource");

  let both: ShallowAndDeep;
  beforeAll(async () => {
    dataset = generateDataset({ seed: 11, size: 300 });
    now = new Date(dataset.now);
    both = await harvestShallowAndDeep(dataset, { 'backfill-days': '120' });
    ({ simulator, shallow, deep } = both);
  }, 180_000);
  afterAll(async () => {
    await both?.close();
  });

  it('a first harvest records how far back it read, for every repository and resource', async () => {
    const rows = await coverageRows(shallow);
    expect(rows.map((r) => r.resource)).toEqual(expect.arrayContaining(['deployments', 'issues', 'pull_requests', 'releases', 'workflow_runs']));
    for (const row of rows) {
      // The run's clock started at the dataset's "now": 120 days before it, to the second.
      expect(Math.abs(Date.parse(row.since!) - (now.getTime() - 120 * DAY))).toBeLessThan(60_000);
    }
    const [unknown] = await shallow.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM sync_state WHERE covered_since IS NULL AND resource NOT LIKE 'open_%'");
    expect(unknown!.n).toBe(0);
  });

  it('the report compares with nothing the harvest did not read, and says so', async () => {
    const report = await computeReport(shallow, parseMetricsConfig({}), now);
    expect(report.coverage).toMatchObject({ rangeHarvested: false, previousRangeHarvested: false });
    expect(Date.parse(report.coverage.harvestedSince!)).toBeGreaterThan(Date.parse(report.previousRange.from));
    const figures = Object.entries(report.figures).filter(([id]) => !id.startsWith('sprint.'));
    expect(figures.length).toBeGreaterThan(20);
    for (const [id, f] of figures) expect([id, f.previous, f.delta]).toEqual([id, null, null]);
    // Nor does any section: the numbers beside the figures are the same previous period.
    expect(previousNumbers(report.sections)).toEqual([]);
    // The figures themselves are those of the records stored.
    expect(report.figures['throughput.merged']!.value).toBeGreaterThan(0);

    const markdown = renderMarkdown(report, { title: 'Weekly flow' });
    expect(markdown).toContain('not compared with the period before: history harvested since');
    const summary = rulesSummary(report);
    expect(JSON.stringify(summary)).not.toMatch(/\bup \d|\bdown \d/);
  });

  it('the site says, in both languages, why no tile shows a change', async () => {
    const reports = await computeSiteReports(shallow, parseMetricsConfig({}), now);
    const dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-coverage-site-')), 'site');
    await renderSite(reports, rulesSummary(reports.periods[26]), { title: 'Acme' }, dir);
    const since = new Date(reports.periods[26].coverage.harvestedSince!);
    const day = `${since.getUTCDate()}`;
    expect(read(dir, 'index.html')).toMatch(new RegExp(`The history was harvested from [^<]*${day}[^<]*: this period is only partly harvested`));
    expect(read(dir, 'index.html')).not.toMatch(/vs previous period/);
    expect(read(dir, 'ar/index.html')).toContain('جُمع السجل ابتداءً من');
    // Pages with weekly series mark the weeks that began before it, and say what the mark means.
    for (const page of ['flow.html', 'reviews.html', 'delivery.html', 'ci.html', 'issues.html']) {
      expect(read(dir, page), page).toContain('Weeks marked * began before the history harvested from');
    }
    const partialWeeks = reports.periods[26].weeks.filter((w) => Date.parse(w.from) < since.getTime()).length;
    expect(partialWeeks).toBeGreaterThan(0);
    // The flow page's weekly table: one marked row per partial week.
    expect((read(dir, 'flow.html').match(/<th[^>]*>[^<]*\*<\/th>|<td[^>]*>[^<]*\*<\/td>/g) ?? []).length).toBeGreaterThanOrEqual(partialWeeks);
  }, 120_000);

  it('the same data read in full is compared as before', async () => {
    // The org's 28 weeks of history hold 13 weeks and the 13 before them.
    const report = await computeReport(deep, parseMetricsConfig({}), now, defaultRange(now, 13));
    expect(report.coverage).toMatchObject({ rangeHarvested: true, previousRangeHarvested: true });
    expect(report.figures['throughput.merged']!.previous).not.toBeNull();
    expect(report.figures['flow.cycle_time.p50']!.delta).not.toBeNull();
    // The same walk finds the previous-period numbers when they may be shown.
    expect(previousNumbers(report.sections)).toEqual(expect.arrayContaining([
      'flow.previousStages', 'flow.throughput.previous', 'dora.previousTotals', 'dora.previousLeadTime', 'ci.previous', 'issues.previous', 'reviewers.previousRequests',
    ]));
  });

  it('read in full, a period that began before the first activity of all is not compared with either', async () => {
    const report = await computeReport(deep, parseMetricsConfig({}), now);
    const first = Math.min(...dataset.repositories.flatMap((r) => [
      ...r.pullRequests, ...r.issues, ...r.workflowRuns, ...r.deployments, ...r.releases,
    ].map((x) => Date.parse(x.createdAt))));
    expect(Date.parse(report.coverage.firstActivityAt!)).toBe(Math.floor(first / 1000) * 1000);
    // The harvest read it all; the repositories simply had no history before their first weeks.
    expect(Date.parse(report.coverage.harvestedSince!)).toBeLessThan(Date.parse(report.previousRange.from));
    expect(first).toBeGreaterThan(Date.parse(report.previousRange.from));
    expect(report.coverage).toMatchObject({ rangeHarvested: true, previousRangeHarvested: false });
    for (const [id, f] of Object.entries(report.figures).filter(([id]) => !id.startsWith('sprint.'))) expect([id, f.previous, f.delta]).toEqual([id, null, null]);
    expect(renderMarkdown(report, { title: 'Weekly flow' })).toContain('not compared with the period before: the first activity stored is on');
    expect(JSON.stringify(rulesSummary(report))).not.toMatch(/\bup \d|\bdown \d/);
    // The site says why, in both languages; the 12-week preset is compared.
    const reports = await computeSiteReports(deep, parseMetricsConfig({}), now);
    const dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-first-activity-')), 'site');
    await renderSite(reports, rulesSummary(reports.periods[26]), { title: 'Acme' }, dir);
    expect(read(dir, 'index.html')).toMatch(/The first activity stored is on [^<]*, after the previous period began/);
    expect(read(dir, 'ar/index.html')).toContain('أول نشاط مخزَّن في');
    expect(read(dir, 'w12/index.html')).toMatch(/vs previous period/);
  }, 60_000);

  it('sprints and anomaly weeks before the harvest began are not compared or judged', async () => {
    const report: ReportModel = await computeReport(shallow, parseMetricsConfig({}), now);
    const since = Date.parse(report.coverage.harvestedSince!);
    const sprints = report.sections.sprints as SprintsSection;
    for (const s of sprints.history) expect(s.harvested).toBe(Date.parse(s.from) >= since);
    expect(sprints.history.some((s) => !s.harvested) && sprints.history.some((s) => s.harvested)).toBe(true);
    const anomalies = report.sections.anomalies as AnomaliesSection;
    for (const point of anomalies.series.flatMap((s) => s.points)) {
      if (Date.parse(point.from) < since) expect([point.value, point.z]).toEqual([null, null]);
      // No baseline reaches before the harvest: at most the weeks since it began.
      expect(point.baselineWeeks).toBeLessThanOrEqual(Math.max(0, Math.floor((Date.parse(point.from) - since) / (7 * DAY))));
    }
  });

  it('a first backfill still under way compares with nothing, and says the period is partly harvested', async () => {
    // As a run stopped by the rate limit leaves it: a cursor saved, no coverage recorded yet.
    await deep.run("UPDATE sync_state SET cursor = 'Y3Vyc29yOjUw', since = covered_since, covered_since = NULL WHERE resource = 'pull_requests' AND repo_id = (SELECT min(repo_id) FROM sync_state)");
    try {
      const report = await computeReport(deep, parseMetricsConfig({}), now);
      expect(report.coverage).toMatchObject({ rangeHarvested: false, previousRangeHarvested: false });
      expect(report.figures['throughput.merged']).toMatchObject({ previous: null, delta: null });
    } finally {
      await deep.run("UPDATE sync_state SET covered_since = since, cursor = NULL, since = NULL WHERE cursor = 'Y3Vyc29yOjUw'");
    }
    expect((await computeReport(deep, parseMetricsConfig({}), now, defaultRange(now, 13))).coverage.previousRangeHarvested).toBe(true);
  });

  it('an incremental run keeps the coverage; a deeper --since extends it', async () => {
    const before = await coverageRows(shallow);
    await harvestInto(shallow, simulator, dataset, { 'backfill-days': '120' });
    expect(await coverageRows(shallow)).toEqual(before);
    await harvestInto(shallow, simulator, dataset, { since: new Date(now.getTime() - 400 * DAY).toISOString().slice(0, 10) });
    const deeper = await coverageRows(shallow);
    for (const row of deeper) expect(row.since!.slice(0, 10)).toBe(new Date(now.getTime() - 400 * DAY).toISOString().slice(0, 10));
    const report = await computeReport(shallow, parseMetricsConfig({}), now, defaultRange(now, 13));
    expect(report.coverage).toMatchObject({ rangeHarvested: true, previousRangeHarvested: true });
    const full = await computeReport(deep, parseMetricsConfig({}), now, defaultRange(now, 13));
    expect(report.figures['throughput.merged']).toEqual(full.figures['throughput.merged']);
  });
});

/** Paths of previous-period values (keys named `previous…`) that hold something, sprints aside. */
function previousNumbers(sections: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      const at = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
      if (/^previous/.test(key) && v !== null) found.push(at);
      else walk(v, at);
    }
  };
  for (const [name, section] of Object.entries(sections)) if (name !== 'sprints') walk(section, name);
  return found;
}
