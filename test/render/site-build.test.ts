import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { computeSiteReports, type SiteReports } from '../../src/render/site/site-reports.js';
import { MAIN_PAGES, repositoryPagePath, teamPagePath } from '../../src/render/site/page-model.js';
import type { SprintSummary } from '../../src/summary/summary-model.js';
import type { AnomaliesSection } from '../../src/metrics/anomalies.js';
import type { SprintsSection } from '../../src/metrics/sprints.js';
import { HOSTILE_DRIVER_TITLE, plantHostileAnomaly } from '../browser/hostile-dataset.js';
import { absoluteUrls, figureValues, listFiles, read, references, resolveReference } from './site-checks.js';

/**
 * The site of a real harvested database: a generated org through the simulator into DuckDB,
 * open PRs carrying hostile titles, a planted anomaly whose PRs carry one too, two configured
 * teams and a summary with hostile text.
 */
const EVIL_TITLE = '<img src=x onerror=alert(1)>';
const EVIL_LABEL = '"><script>alert(2)</script>';

describe('report site of a harvested database', () => {
  let reports: SiteReports;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    const dataset = generateDataset({ seed: 5, size: 300 });
    let hostile = 0;
    for (const repo of dataset.repositories) for (const pr of repo.pullRequests) if (pr.state === 'OPEN') ((pr.title = hostile++ % 2 ? EVIL_TITLE : EVIL_LABEL));
    expect(hostile).toBeGreaterThan(1);
    plantHostileAnomaly(dataset);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-')), 'site.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    const logins = (await store.query<{ login: string }>('SELECT DISTINCT login FROM actors WHERE login IS NOT NULL ORDER BY login LIMIT 4')).map((r) => r.login);
    const config = parseMetricsConfig({ teams: { core: logins.slice(0, 2), [EVIL_LABEL.replace(/[^a-z]/g, '') || 'x']: logins.slice(2) } });
    reports = await computeSiteReports(store, config, new Date(dataset.now));
    await store.close();
    const evidence = reports.periods[26].figures['flow.cycle_time.p50'] ? ['flow.cycle_time.p50'] : [];
    const item = { text: `Watch ${EVIL_TITLE} and ${EVIL_LABEL}`, figures: evidence, pullRequests: [{ repository: reports.periods[26].repositories[0]!.fullName, number: 1 }] };
    const summary: SprintSummary = { source: 'rules', insights: [item, item, item], risks: [item, item], recommendations: [item, item, item] };
    dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-out-')), 'site');
    await renderSite(reports, summary, { title: `Acme ${EVIL_LABEL}` }, dir);
    files = listFiles(dir);
  }, 240_000);

  it('writes every page in both languages and all period presets, plus repository and team pages', () => {
    for (const prefix of ['', 'ar/']) {
      for (const period of ['', 'w12/', 'w4/']) for (const page of MAIN_PAGES) expect(files, `${prefix}${period}${page.path}`).toContain(`${prefix}${period}${page.path}`);
      for (const repo of reports.periods[26].repositories) expect(files).toContain(prefix + repositoryPagePath(repo.fullName));
      for (const team of Object.keys(reports.teams)) expect(files).toContain(prefix + teamPagePath(team));
    }
    // The team page says where the teams came from (here: the configuration).
    expect(read(dir, 'team.html')).toContain('Teams as named in the configuration file');
    for (const data of ['data/report.json', 'data/report-w12.json', 'data/report-w4.json', 'data/pull_requests.csv', 'assets/site.css', 'assets/theme.js', 'assets/charts.js', 'assets/vega.min.js']) expect(files).toContain(data);
  });

  it('marks the week still in progress: dashed in the sparklines, "so far" in weekly charts and tables', () => {
    // The generated org's "now" is a Monday noon: its last week has half a day of counts.
    const weeks = reports.periods[26].weeks;
    expect(Date.parse(weeks.at(-1)!.to) - Date.parse(weeks.at(-1)!.from)).toBeLessThan(86_400_000);
    const overview = read(dir, 'index.html');
    expect(overview).toMatch(/<svg class="sparkline"[^>]*aria-label="[^"]*the last week is still in progress[^>]*>.*?<polyline class="partial"/);
    expect(read(dir, 'flow.html')).toContain('(so far)');
    expect(read(dir, 'ar/flow.html')).toContain('(حتى الآن)');
    // Only the last week: no other label says so.
    expect(read(dir, 'flow.html').match(/\(so far\)/g)!.length).toBeLessThan(weeks.length);
  });

  it('links only to files of the site, relatively, and to nothing outside except github.com', () => {
    let checked = 0;
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = read(dir, page);
      for (const ref of references(html)) {
        if (/^https?:/.test(ref)) {
          expect(ref, `${page}: ${ref}`).toMatch(/^https:\/\/github\.com\//);
          continue;
        }
        expect(ref.startsWith('/'), `${page}: ${ref} is absolute`).toBe(false);
        const target = resolveReference(page, ref);
        if (target === null) continue;
        expect(files, `${page} → ${ref}`).toContain(target);
        checked += 1;
      }
      // Text mentions (SVG namespaces aside) must not point anywhere but GitHub either.
      for (const url of absoluteUrls(html.replace(/xmlns(:xlink)?="[^"]*"/g, ''))) expect(url, page).toMatch(/^https:\/\/github\.com\//);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('shows every figure with the raw value of its period report', () => {
    const periods: Array<[prefix: string, weeks: 26 | 12 | 4]> = [['', 26], ['w12/', 12], ['w4/', 4], ['ar/', 26], ['ar/w12/', 12], ['ar/w4/', 4]];
    for (const [prefix, weeks] of periods) {
      const figures = reports.periods[weeks].figures;
      for (const page of MAIN_PAGES) {
        for (const { id, raw } of figureValues(read(dir, prefix + page.path))) {
          expect(figures[id], `${prefix}${page.path} ${id}`).toBeDefined();
          expect(raw, `${prefix}${page.path} ${id}`).toBe(figures[id]!.value === null ? '' : String(figures[id]!.value));
        }
      }
      const overview = figureValues(read(dir, `${prefix}index.html`)).map((f) => f.id);
      for (const id of ['flow.cycle_time.p50', 'flow.pickup_time.p50', 'flow.review_time.p50', 'throughput.merged', 'throughput.opened', 'flow.unreviewed_merge_share', 'dora.deployments', 'dora.lead_time.p50', 'dora.change_failure_rate', 'dora.recovery_time.p50', 'ci.success_rate']) {
        expect(overview, `${prefix}index.html ${id}`).toContain(id);
      }
    }
  });

  it('shows the sprints: the comparison with its figures, two charts and every sprint of the period, in both languages', () => {
    const sprints = reports.periods[26].sections.sprints as SprintsSection;
    const html = read(dir, 'sprints.html');
    const shown = figureValues(html).map((f) => f.id);
    for (const row of sprints.comparison) expect(shown, row.id).toContain(row.id);
    for (const id of ['sprints-throughput', 'sprints-speed']) expect(html).toContain(`data-chart="${id}"`);
    const history = html.slice(html.indexOf('<caption>Every sprint of this period</caption>'));
    const rows = history.slice(history.indexOf('<tbody>'), history.indexOf('</tbody>')).match(/<tr>/g) ?? [];
    expect(rows.length).toBe(sprints.history.length);
    expect(html).toContain(`Sprint ${sprints.current.label.replace('Sprint ', '')}`);
    const arabic = read(dir, 'ar/sprints.html');
    expect(arabic).toContain('هذا السباق مقارنة بالسابق');
    // Fixed sprints are numbered in Arabic, with Arabic-Indic digits; no English label is left.
    expect(arabic).toMatch(/السباق [٠-٩]+/);
    expect(arabic).not.toMatch(/Sprint -?\d/);
    expect(read(dir, 'index.html')).toMatch(/<a href="sprints.html">Sprints<\/a>/);
  });

  it('shows the flagged weeks and the PRs behind them, titles escaped, linked to GitHub', () => {
    const anomalies = (reports.periods[26].sections.anomalies as AnomaliesSection).anomalies;
    expect(anomalies.length, 'the planted anomaly is flagged').toBeGreaterThan(0);
    const planted = anomalies.flatMap((a) => a.drivers).filter((d) => d.title === HOSTILE_DRIVER_TITLE);
    expect(planted.length, 'its PRs carry the hostile title').toBeGreaterThan(0);
    for (const page of ['anomalies.html', 'ar/anomalies.html']) {
      const html = read(dir, page);
      expect(html, page).toContain('&quot;&gt;&lt;img src=x onerror=alert(4)&gt;');
      for (const a of anomalies) expect(html, `${page} ${a.week}`).toContain(a.week);
      for (const d of planted) expect(html, `${page} links ${d.repo}#${d.number}`).toContain(`href="https://github.com/${d.repo}/pull/${d.number}" rel="noopener"`);
    }
    expect(read(dir, 'anomalies.html')).toContain('data-chart="anomalies-cycle-time"');
  });

  it('escapes hostile titles, logins, team names and summary text', () => {
    const openWork = read(dir, 'open-work.html');
    expect(openWork).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(openWork).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    const overview = read(dir, 'index.html');
    expect(overview).toContain('Watch &lt;img src=x onerror=alert(1)&gt;');
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = read(dir, page);
      expect(html, page).not.toContain('<img src=x');
      expect(html, page).not.toMatch(/<script>alert/);
      expect(html, page).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    }
  });

  it('sets language and direction, and links each page to its other-language twin', () => {
    const en = read(dir, 'flow.html');
    const ar = read(dir, 'ar/w12/flow.html');
    expect(en).toMatch(/<html lang="en" dir="ltr"/);
    expect(ar).toMatch(/<html lang="ar" dir="rtl"/);
    expect(en).toMatch(/<a id="language-toggle" hreflang="ar"[^>]*href="ar\/flow.html"/);
    expect(ar).toMatch(/<a id="language-toggle" hreflang="en"[^>]*href="..\/..\/w12\/flow.html"/);
    // Arabic-Indic digits in the Arabic overview.
    expect(read(dir, 'ar/index.html')).toMatch(/[٠-٩]/);
    // A summary with no Arabic translation is shown in English there, marked as English.
    expect(read(dir, 'ar/index.html')).toContain('<ul class="summary-items" lang="en" dir="ltr">');
    expect(read(dir, 'index.html')).toContain('<ul class="summary-items">');
    for (const weeks of ['4', '12', '26']) expect(en).toContain(`class="period-preset" data-weeks="${weeks}"`);
  });

  it('on GitHub Enterprise Server links to its host, and nowhere else', async () => {
    const ghes = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-ghes-')), 'site');
    await renderSite(reports, null, { title: 'x', serverUrl: 'https://ghes.example.com/' }, ghes);
    let links = 0;
    for (const page of ['index.html', 'open-work.html', 'flow.html', 'issues.html', 'delivery.html', 'ar/open-work.html', repositoryPagePath(reports.periods[26].repositories[0]!.fullName)]) {
      const html = read(ghes, page);
      for (const url of absoluteUrls(html.replace(/xmlns(:xlink)?="[^"]*"/g, ''))) {
        expect(url, page).toMatch(/^https:\/\/ghes\.example\.com\/acme\//);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(20);
    await expect(renderSite(reports, null, { serverUrl: 'javascript:alert(1)' }, ghes)).rejects.toThrow(/Invalid server URL/);
  }, 60_000);

  it('renders the same bytes twice', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-again-')), 'site');
    await renderSite(reports, null, { title: 'x' }, again);
    const first = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-first-')), 'site');
    await renderSite(reports, null, { title: 'x' }, first);
    for (const page of ['index.html', 'flow.html', 'ar/w4/reviews.html', 'data/report.json']) expect(read(again, page), page).toBe(read(first, page));
  }, 60_000);
});
