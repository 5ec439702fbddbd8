import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/metrics/model.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { bigReport } from './big-report.js';
import { cellSeparators, mentionsOutsideCode, stripCode } from './markdown-checks.js';

/**
 * Length limits on a hand-made report with 5,000 waiting PRs, every one with a long hostile
 * title and several reviewers: GitHub rejects a comment over 65,536 characters, so the body
 * must drop rows and sections (least important first) and say what is missing.
 */
const GITHUB_LIMIT = 65_536;
const SITE = 'https://acme.github.io/flowmeter/';

const anomaly = (k: number) => ({
  week: `2026-W${30 + (k % 10)}`, from: '', to: '', value: 9, n: 40, baselineWeeks: 12, median: 3, mad: 1, scale: 'mad', z: 4 + k / 10, flagged: true,
  metric: 'merged', label: `Merged PRs per week @octocat ${k}`, unit: 'prs', direction: 'high',
  drivers: [0, 1, 2].map((d) => ({ repo: 'acme/api', number: k * 3 + d, title: '<b>x</b>', url: `https://github.com/acme/api/pull/${k * 3 + d}`, value: 1, unit: 'lines' })),
});

const bigReportOf = (prs: number): ReportModel =>
  bigReport(prs, {
    title: (i) => `<img src=x onerror=alert(${i})> @octocat please \`fix\` | this ](javascript:alert(1)) ${'long words '.repeat(12)}`,
    waitingOn: (i) => (i % 2 ? ['rev-a', 'rev`b', 'rev|c', 'rev-d'] : [`author-${i}`]),
    anomalies: Array.from({ length: 40 }, (_, k) => anomaly(k)),
    figures: { 'throughput.merged': { value: 2600, n: 2600, unit: 'prs', lowSample: false, previous: 2500, delta: 100, label: 'Merged PRs' } },
  });

/** Every table row whole: starts and ends with a pipe, as many cells as its header. */
function expectWholeTables(markdown: string): void {
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('|')) return;
    expect(line.endsWith(' |'), `line ${i} ends its row`).toBe(true);
    let header = i;
    while (header > 0 && lines[header - 1]!.startsWith('|')) header--;
    expect(cellSeparators(line), `line ${i}: ${line.slice(0, 80)}`).toBe(cellSeparators(lines[header]!));
  });
  // No code span or link left open: outside code, every [ and ] and ` is escaped or paired.
  const prose = stripCode(markdown);
  expect(prose.replace(/\\[`[\]]/g, '')).not.toContain('`');
  const opens = prose.match(/(?<!\\)\[/g)?.length ?? 0;
  const closes = prose.match(/(?<!\\)\]\(https:\/\//g)?.length ?? 0;
  expect(opens).toBe(closes);
}

describe('a 5,000-PR report', () => {
  it('stays under GitHub’s comment limit with the default ten rows and says how many more there are', () => {
    const markdown = renderMarkdown(bigReportOf(5000), { siteUrl: SITE });
    expect(markdown.length).toBeLessThan(GITHUB_LIMIT);
    expect(markdown).toContain(`… and 4,990 more waiting PRs, see the [site](${SITE}).`);
    expect(markdown).not.toContain('truncated');
    expectWholeTables(markdown);
  });

  it('listing every PR, drops rows from the bottom to fit and ends with the truncation note', () => {
    const markdown = renderMarkdown(bigReportOf(5000), { siteUrl: SITE, maxWaitingPrs: Infinity });
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    expect(markdown.length).toBeGreaterThan(60_000);
    const rows = markdown.split('\n').filter((l) => /^\| (🔴|🟠) /.test(l)).length;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(5000);
    expect(markdown.trimEnd().endsWith(`_… truncated: ${(5000 - rows).toLocaleString('en-US')} more waiting PRs, see the [site](${SITE})._`)).toBe(true);
    // Rows go before any section: the anomalies and flow stages are all still there.
    expect(markdown.split('\n').filter((l) => l.startsWith('| 2026-W')).length).toBe(40);
    expect(markdown).toContain('### ⏱️ Flow stages');
    expect(markdown).not.toContain('… and ');
    expectWholeTables(markdown);
    expect(mentionsOutsideCode(markdown)).toEqual([]);
    expect(stripCode(markdown)).not.toContain('<');
  });

  it('under a tight limit, drops whole sections least important first and names them', () => {
    const markdown = renderMarkdown(bigReportOf(5000), { maxLength: 4000 });
    expect(markdown.length).toBeLessThanOrEqual(4000);
    expect(markdown).toContain('### 📌 Key figures');
    expect(markdown).not.toContain('### ⏱️ Flow stages');
    expect(markdown).toMatch(/_… truncated: 4,99\d more waiting PRs, \d+ more anomalies and the (throughput chart and flow stages|flow stages) sections?, see the site\._\n$/);
    expectWholeTables(markdown);
  });

  it('refuses a limit too small for the title and key figures', () => {
    expect(() => renderMarkdown(bigReportOf(10), { maxLength: 300 })).toThrow(RangeError);
  });

  it('renders the same bytes twice', () => {
    expect(renderMarkdown(bigReportOf(5000), { maxWaitingPrs: Infinity })).toBe(renderMarkdown(bigReportOf(5000), { maxWaitingPrs: Infinity }));
  });
});
