import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { ReportModel } from '../../src/metrics/model.js';
import type { FlowSection } from '../../src/metrics/flow.js';
import type { OpenWorkSection } from '../../src/metrics/open-work.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { mentionsOutsideCode, parseShown, rowCells, stripCode } from './markdown-checks.js';

/**
 * The renderer on real reports: a generated org harvested through the simulator into DuckDB,
 * whose open PRs carry hostile titles (so they went through the harvester and SQL like any
 * title), and a report over an empty database.
 */
const EVIL_TITLES = ['<img src=x onerror=alert(1)>', '@octocat please', 'tick ` and ``double``', 'pipe | in | title', '](javascript:alert(1))', '<script>alert(1)</script> [x](javascript:alert(1)) @team/admins'];

/** The headline rows the renderer must show, with which way is better, independent of the renderer's own table. */
const HEADLINE: Array<[label: string, id: string, better: 'higher' | 'lower']> = [
  ['Cycle time (p50)', 'flow.cycle_time.p50', 'lower'],
  ['Pickup time (p50)', 'flow.pickup_time.p50', 'lower'],
  ['Merged PRs', 'throughput.merged', 'higher'],
  ['Unreviewed merges', 'flow.unreviewed_merge_share', 'lower'],
  ['Deployments', 'dora.deployments', 'higher'],
  ['Change failure rate', 'dora.change_failure_rate', 'lower'],
  ['Change lead time (p50)', 'dora.lead_time.p50', 'lower'],
  ['CI success rate', 'ci.success_rate', 'higher'],
];

describe('markdown summary of a harvested report', () => {
  let report: ReportModel;
  let markdown: string;

  beforeAll(async () => {
    const dataset = generateDataset({ seed: 11, size: 500 });
    let i = 0;
    for (const repo of dataset.repositories) {
      for (const pr of repo.pullRequests) if (pr.state === 'OPEN') pr.title = EVIL_TITLES[i++ % EVIL_TITLES.length]!;
    }
    expect(i, 'open PRs to carry the hostile titles').toBeGreaterThan(EVIL_TITLES.length);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-markdown-')), 'report.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    report = await computeReport(store, parseMetricsConfig({}), new Date(dataset.now));
    await store.close();
    markdown = renderMarkdown(report, { siteUrl: 'https://acme.github.io/flowmeter/', title: 'Weekly flow' });
  }, 180_000);

  it('shows every headline figure as in report.figures: value, n and the direction of the change', () => {
    for (const [label, id, better] of HEADLINE) {
      const figure = report.figures[id];
      expect(figure, id).toBeDefined();
      const [, value, n, change] = rowCells(markdown, label) ?? [];
      if (figure!.value === null) expect(value).toBe('—');
      else {
        const shown = parseShown(value!);
        expect(shown, `${label}: ${value}`).not.toBeNull();
        expect(Math.abs(shown!.value - figure!.value), `${label}: ${value} vs ${figure!.value}`).toBeLessThanOrEqual(shown!.tolerance);
      }
      expect(Number(n!.split(' ')[0]!.replace(/,/g, '')), `${label} n`).toBe(figure!.n);
      expect(n!.includes('low sample'), `${label} low sample`).toBe(figure!.lowSample);
      if (figure!.delta === null || figure!.value === null) expect(change).toBe('no previous data');
      else if (change !== '→ no change') {
        expect(change!.startsWith(figure!.delta > 0 ? '↑' : '↓'), `${label}: ${change}`).toBe(true);
        const good = figure!.delta > 0 === (better === 'higher');
        expect(change!.endsWith(good ? ', better' : ', worse'), `${label}: ${change}`).toBe(true);
      }
    }
  });

  it('charts merged PRs per ISO week', () => {
    const weekly = (report.sections.flow as FlowSection).throughputWeekly;
    expect(markdown).toContain('```mermaid\nxychart-beta\n');
    expect(markdown).toContain(`x-axis [${weekly.map((w) => `"${w.label}"`).join(', ')}]`);
    expect(markdown).toContain(`bar [${weekly.map((w) => w.merged).join(', ')}]`);
  });

  it('lists the longest waits (ten at most), linked to GitHub, and counts the rest', () => {
    const open = report.sections.openWork as OpenWorkSection;
    expect(open.counts.waiting, 'waiting PRs in the generated org').toBeGreaterThan(EVIL_TITLES.length);
    const rows = markdown.split('\n').filter((l) => /^\| (🔴|🟠|🟢) /.test(l));
    expect(rows).toHaveLength(Math.min(10, open.counts.waiting));
    open.waiting.slice(0, 10).forEach((pr, i) => expect(rows[i]).toContain(`](${pr.url})`));
    const more = `… and ${open.counts.waiting - rows.length} more waiting PRs, see the [site](https://acme.github.io/flowmeter/).`;
    expect(markdown.includes(more)).toBe(open.counts.waiting > 10);
    const fewer = renderMarkdown(report, { siteUrl: 'https://acme.github.io/flowmeter/', maxWaitingPrs: 3 });
    expect(fewer).toContain(`… and ${open.counts.waiting - 3} more waiting PRs, see the [site](https://acme.github.io/flowmeter/).`);
  });

  it('shows hostile titles as text: no HTML, no link, no mention outside code spans', () => {
    const prose = stripCode(markdown);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(prose).not.toMatch(/<img|<script/i);
    expect(prose).not.toContain('<');
    expect(prose).not.toMatch(/(?<!\\)\](\(|: ?)javascript/i);
    expect(mentionsOutsideCode(markdown)).toEqual([]);
    expect(markdown).toContain('@\u200Boctocat please');
    expect(markdown).toContain('pipe \\| in \\| title');
  });

  it('links the site and names the sections', () => {
    expect(markdown.startsWith('## 📈 Weekly flow\n')).toBe(true);
    expect(markdown).toContain('📊 **[Open the full report](https://acme.github.io/flowmeter/)**');
    for (const heading of ['### 📌 Key figures', '### ⏳ Waiting PRs', '### 🚀 DORA', '### ⏱️ Flow stages']) expect(markdown).toContain(heading);
  });

  it('gives the same bytes for the same report, including after a JSON round trip', () => {
    const again = renderMarkdown(JSON.parse(JSON.stringify(report)) as ReportModel, { siteUrl: 'https://acme.github.io/flowmeter/', title: 'Weekly flow' });
    expect(again).toBe(markdown);
  });
});

describe('markdown summary of an empty database', () => {
  it('renders every section without data, without errors', async () => {
    const store = await openStore(':memory:');
    const report = await computeReport(store, parseMetricsConfig({}), new Date('2026-11-16T12:00:00Z'));
    await store.close();
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('## 📈 flowmeter report');
    expect(markdown).toContain('0 repositories');
    expect(markdown).toContain('No PR is waiting.');
    expect(markdown).toContain('No deployments found: set `deployments` or add a deploy workflow.');
    expect(rowCells(markdown, 'Cycle time (p50)')?.slice(1, 3)).toEqual(['—', '0 ⚠️ low sample']);
    expect(markdown).not.toContain('NaN');
    expect(markdown).not.toContain('undefined');
    expect(markdown).not.toContain('truncated');
  });

  it('renders a report with no sections at all', () => {
    const bare = { schemaVersion: 2, generatedAt: '2026-11-16T12:00:00.000Z', range: { from: '2026-11-09T00:00:00.000Z', to: '2026-11-16T12:00:00.000Z' }, previousRange: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-09T00:00:00.000Z' }, coverage: { harvestedSince: null, firstActivityAt: null, rangeHarvested: true, previousRangeHarvested: true }, weeks: [], repositories: [], sections: {}, figures: {} } as ReportModel;
    const markdown = renderMarkdown(bare);
    expect(rowCells(markdown, 'Merged PRs')).toEqual(['Merged PRs', '—', '0', 'no data', '']);
    expect(markdown).not.toContain('undefined');
  });
});
