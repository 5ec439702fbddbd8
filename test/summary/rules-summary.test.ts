import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport, harvestedReport, type HarvestedReport } from './report-fixture.js';
import { rulesSummary } from '../../src/summary/rules-summary.js';
import { numberTokens, ungroundedNumbers } from '../../src/summary/summary-grounding.js';
import { buildSummaryInput, type SummaryInput } from '../../src/summary/summary-input.js';
import type { SprintSummary, SummaryItem } from '../../src/summary/summary-model.js';
import { MAX_WORDS, SECTION_NAMES, SECTION_SIZES, summaryProblems, wordCount } from '../../src/summary/summary-validation.js';

/**
 * The rules summary and the grounding check on real reports: a harvested org and an empty
 * database. The rules summary must be deterministic, exactly shaped, grounded by the same
 * check Claude's answer meets, and read as something a team can act on.
 */
let harvested: HarvestedReport;
let empty: HarvestedReport;

beforeAll(async () => {
  harvested = await harvestedReport();
  empty = await emptyReport();
}, 60_000);

afterAll(async () => {
  await harvested?.store.close();
  await empty?.store.close();
});

const allItems = (s: SprintSummary): SummaryItem[] => SECTION_NAMES.flatMap((name) => s[name]);

/** Hours as the text writes them (min, h, d), read back independently of the formatter. */
function hoursIn(text: string, after: string): number | null {
  const m = new RegExp(`${after.replace(/[()]/g, '\\$&')} is (\\d+(?:\\.\\d+)?) (min|h|d)\\b`).exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  return m[2] === 'min' ? value / 60 : m[2] === 'd' ? value * 24 : value;
}

describe.each([
  ['a harvested org', () => harvested, 'en'],
  ['an empty database', () => empty, 'en'],
  ['a harvested org, in Arabic', () => harvested, 'ar'],
  ['an empty database, in Arabic', () => empty, 'ar'],
] as const)('rules summary of %s', (_name, fixture, language) => {
  it('is deterministic: the same bytes twice, and from a copy of the report', () => {
    const { report } = fixture();
    const first = JSON.stringify(rulesSummary(report, language));
    expect(JSON.stringify(rulesSummary(report, language))).toBe(first);
    expect(JSON.stringify(rulesSummary(structuredClone(report), language))).toBe(first);
  });

  it('has exactly the summary shape', () => {
    const summary = rulesSummary(fixture().report, language);
    expect(Object.keys(summary).sort()).toEqual(language === 'en' ? ['insights', 'recommendations', 'risks', 'source'] : ['insights', 'language', 'recommendations', 'risks', 'source']);
    expect(summary.source).toBe('rules');
    for (const name of SECTION_NAMES) expect(summary[name]).toHaveLength(SECTION_SIZES[name]);
    for (const item of allItems(summary)) {
      expect(Object.keys(item).sort()).toEqual(['figures', 'pullRequests', 'text']);
      expect(item.text.trim()).not.toBe('');
      expect(item.text).not.toMatch(/NaN|null|undefined|Infinity/);
    }
    expect(allItems(summary).reduce((n, i) => n + wordCount(i.text), 0)).toBeLessThanOrEqual(MAX_WORDS);
    expect(new Set(allItems(summary).map((i) => i.text)).size, 'no item repeated').toBe(8);
  });

  it('passes the grounding check that Claude answers must pass', () => {
    const { report } = fixture();
    expect(summaryProblems(rulesSummary(report, language), report, buildSummaryInput(report), language)).toEqual([]);
  });
});

describe('rules summary reads as useful', () => {
  it('quotes the cycle time of the report with its unit and cites it', () => {
    const { report } = harvested;
    const summary = rulesSummary(report);
    const cycle = report.figures['flow.cycle_time.p50']!;
    expect(cycle.value).not.toBeNull();
    const insight = summary.insights[0]!;
    expect(insight.figures).toContain('flow.cycle_time.p50');
    const written = hoursIn(insight.text, 'Cycle time (p50)');
    expect(written).not.toBeNull();
    // One decimal in the unit written: within 0.05 d at most.
    expect(Math.abs(written! - cycle.value!)).toBeLessThanOrEqual(0.05 * 24 + 1e-9);
  });

  it('raises the longest-waiting PR as a risk and names it', () => {
    const { report } = harvested;
    const input = buildSummaryInput(report);
    expect(input.counts.waitingCritical, 'the generated org to have critical waits').toBeGreaterThan(0);
    const longest = input.waitingPullRequests[0]!;
    const summary = rulesSummary(report);
    const risk = summary.risks.find((r) => r.figures.includes('open.waiting_critical'));
    expect(risk).toBeDefined();
    expect(risk!.text).toContain(`${longest.repository}#${longest.number}`);
    expect(risk!.text).toContain(`${input.counts.waitingCritical} PR`);
    expect(risk!.pullRequests).toContainEqual({ repository: longest.repository, number: longest.number });
    const recommendation = summary.recommendations.find((r) => r.pullRequests.some((p) => p.number === longest.number && p.repository === longest.repository));
    expect(recommendation, 'a recommendation that names the PR to unblock').toBeDefined();
  });

  it('cites a figure or PR in every item that states a number, and never quotes a title', () => {
    const { report } = harvested;
    const input = buildSummaryInput(report);
    const titles = [...input.waitingPullRequests, ...input.anomalies.flatMap((a) => a.pullRequests)].map((p) => p.title).filter((t): t is string => !!t && t.length > 12);
    for (const item of allItems(rulesSummary(report))) {
      if (/\d/.test(item.text)) expect(item.figures.length + item.pullRequests.length, item.text).toBeGreaterThan(0);
      for (const title of titles) expect(item.text).not.toContain(title);
    }
  });

  it('says plainly that there is nothing to measure on an empty database', () => {
    const summary = rulesSummary(empty.report);
    expect(summary.insights[0]!.text).toMatch(/^No PR was merged/);
    expect(summary.risks.map((r) => r.text).join(' ')).toMatch(/No PR has waited|No week was flagged/);
  });
});

const item = (text: string, figures: string[], pullRequests: SummaryItem['pullRequests'] = []): SummaryItem => ({ text, figures, pullRequests });
const check = (i: SummaryItem) => ungroundedNumbers(i, harvested.report, buildSummaryInput(harvested.report));
const figure = (id: string) => {
  const f = harvested.report.figures[id];
  if (!f || f.value === null) throw new Error(`the report has no value for ${id}`);
  return f as typeof f & { value: number };
};

/**
 * The grounding rule of docs/summary.md, case by case, on figures of the same report: a number
 * passes when, rounded to the precision written and converted to the unit written, it is a
 * fact of the figures, PRs or counts the item cites.
 */
describe('number grounding', () => {
  let input: SummaryInput;
  beforeAll(() => {
    input = buildSummaryInput(harvested.report);
  });

  it('accepts a duration in hours, days or minutes at the precision written', () => {
    const { value } = figure('flow.cycle_time.p50');
    const id = ['flow.cycle_time.p50'];
    expect(check(item(`Cycle time is ${value.toFixed(1)} h.`, id))).toEqual([]);
    expect(check(item(`Cycle time is ${value.toFixed(2)} hours.`, id))).toEqual([]);
    expect(check(item(`Cycle time is ${(value / 24).toFixed(2)} days.`, id))).toEqual([]);
    expect(check(item(`Cycle time is ${Math.round(value * 60)} min.`, id))).toEqual([]);
    expect(check(item(`Cycle time is about ${Math.round(value)}h.`, id))).toEqual([]);
  });

  it('accepts the previous value, the delta, n and the relative change of a cited figure', () => {
    const f = figure('flow.cycle_time.p50');
    expect(f.previous).not.toBeNull();
    expect(f.delta).not.toBeNull();
    const relative = Math.abs((f.delta! / f.previous!) * 100);
    const text = `From ${f.previous!.toFixed(1)} h by ${Math.abs(f.delta!).toFixed(1)} h (${relative.toFixed(0)}%) over ${f.n} PRs.`;
    expect(check(item(text, ['flow.cycle_time.p50']))).toEqual([]);
  });

  it('accepts a share as percent and its change in percentage points', () => {
    const f = figure('flow.unreviewed_merge_share');
    const text = `Unreviewed merges are ${(f.value * 100).toFixed(1)}%${f.delta !== null ? `, a change of ${Math.abs(f.delta * 100).toFixed(1)} pp` : ''}.`;
    expect(check(item(text, ['flow.unreviewed_merge_share']))).toEqual([]);
  });

  it('rejects a number that is no fact, naming it', () => {
    expect(check(item('Reviews take 987654.3 h now.', ['flow.review_time.p50']))).toEqual(['987654.3 h']);
  });

  it('rejects a right number when its figure is not cited', () => {
    const { value } = figure('flow.cycle_time.p50');
    const written = value.toFixed(3);
    expect(check(item(`Cycle time is ${written} h.`, ['flow.cycle_time.p50']))).toEqual([]);
    expect(check(item(`Cycle time is ${written} h.`, ['ci.runs']))).toEqual([`${written} h`]);
  });

  it('rejects a duration written as a percentage', () => {
    const { value } = figure('flow.cycle_time.p50');
    expect(check(item(`Cycle time is ${value.toFixed(1)}%.`, ['flow.cycle_time.p50']))).toEqual([`${value.toFixed(1)}%`]);
  });

  it('checks PR references against the cited PRs, whole', () => {
    const pr = input.waitingPullRequests[0];
    expect(pr, 'the report to list a waiting PR').toBeDefined();
    const ref = { repository: pr!.repository, number: pr!.number };
    expect(check(item(`Unblock ${pr!.repository}#${pr!.number} first.`, [], [ref]))).toEqual([]);
    expect(check(item(`Unblock ${pr!.repository}#${pr!.number} first.`, []))).toEqual([`${pr!.repository}#${pr!.number}`]);
    expect(check(item(`Unblock #${pr!.number} first.`, [], [ref]))).toEqual([]);
    expect(check(item(`It waited ${pr!.waitDays} days.`, [], [ref]))).toEqual([]);
  });

  it('quotes counts anywhere, and anomaly numbers only when the item cites the anomalies', () => {
    expect(check(item(`${input.counts.waitingPullRequests} PRs wait.`, []))).toEqual([]);
    const anomaly = input.anomalies.find((a) => a.median !== null && a.unit === 'prs');
    if (anomaly) {
      const text = `Week ${anomaly.week} merged ${anomaly.value} against a usual ${anomaly.median}.`;
      expect(check(item(text, ['anomalies.flagged']))).toEqual([]);
    }
  });

  it('reads dates, ISO weeks, percentiles and thousands the way a reader does', () => {
    expect(numberTokens('From 2026-11-02 to 2026-W47, p50 and p90: 1,234.5 h, 12 min, 3 d, 5 deployments, 7pp')).toEqual([
      { text: '1,234.5 h', value: 1234.5, decimals: 1, suffix: 'h', pullRequest: false },
      { text: '12 min', value: 12, decimals: 0, suffix: 'min', pullRequest: false },
      { text: '3 d', value: 3, decimals: 0, suffix: 'd', pullRequest: false },
      { text: '5', value: 5, decimals: 0, suffix: null, pullRequest: false },
      { text: '7pp', value: 7, decimals: 0, suffix: 'pp', pullRequest: false },
    ]);
  });
});
