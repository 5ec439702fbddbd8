import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeClaude, type FakeClaude, type FakeStep } from '../fakes/fake-claude.js';
import { harvestedReport, INJECTION_TITLE, toolInput, type HarvestedReport } from './report-fixture.js';
import { streamLogger } from '../../src/log.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import type { OpenWorkSection } from '../../src/metrics/open-work.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { computeSiteReports, type SiteReports } from '../../src/render/site/site-reports.js';
import { rulesSummary } from '../../src/summary/rules-summary.js';
import type { SprintSummary } from '../../src/summary/summary-model.js';
import { DATA_CLOSE, DATA_OPEN } from '../../src/summary/summary-prompt.js';
import type { SummaryBody } from '../../src/summary/summary-validation.js';
import { DEFAULT_MODEL, writeSummary, type SummaryOptions } from '../../src/summary/write-summary.js';

/**
 * The Arabic summary through the real SDK and the loopback fake: with the site's languages the
 * summary stage asks Claude a second time, in Modern Standard Arabic, over the same data block;
 * the answer is checked like the English one (and must be Arabic), cached under its own key,
 * and shown on the Arabic overview while the English pages, comment and markdown keep English.
 */
const API_KEY = 'sk-ant-fake-key-for-tests-0123456789';
const BOTH = ['en', 'ar'] as const;

let harvested: HarvestedReport;
let fake: FakeClaude;
let logs: string[];

const reword = (summary: SprintSummary, prefix: string): SummaryBody => {
  const items = (list: SprintSummary['insights']) => list.map((i) => ({ ...i, text: `${prefix}${i.text}` }));
  return { insights: items(summary.insights), risks: items(summary.risks), recommendations: items(summary.recommendations) };
};
const englishAnswer = () => reword(rulesSummary(harvested.report), 'Per the report: ');
const arabicAnswer = () => reword(rulesSummary(harvested.report, 'ar'), 'بحسب التقرير: ');
const tool = (body: SummaryBody): FakeStep => ({ kind: 'tool', input: toolInput(body) });
const options = (extra: Partial<SummaryOptions> = {}): SummaryOptions => ({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 10_000, maxRetries: 2, languages: BOTH, log: streamLogger((line) => logs.push(line), true), ...extra });
const dataOf = (content: string) => content.slice(content.indexOf(DATA_OPEN), content.indexOf(DATA_CLOSE) + DATA_CLOSE.length);

beforeAll(async () => {
  harvested = await harvestedReport();
}, 60_000);

afterAll(async () => {
  await harvested?.store.close();
});

beforeEach(async () => {
  fake = await startFakeClaude();
  logs = [];
  await harvested.store.run('DELETE FROM summary_cache');
});

afterEach(async () => {
  await fake.close();
  expect(logs.join('\n')).not.toContain(API_KEY);
});

describe('the Arabic summary with Claude', () => {
  it('is a second request, in Modern Standard Arabic, over the same data; its answer is the Arabic translation', async () => {
    fake.script(tool(englishAnswer()), tool(arabicAnswer()));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(fake.requests).toHaveLength(2);
    const [english, arabic] = fake.requests.map((r) => r.body);
    expect(english!.system).not.toContain('Arabic');
    expect(arabic!.system).toContain('Modern Standard Arabic');
    expect(arabic!.system).toContain('Latin digits 0-9');
    expect(arabic!.messages![0]!.content).toMatch(/^Write the sprint-health summary of this report data, in Modern Standard Arabic\./);
    expect(dataOf(arabic!.messages![0]!.content)).toBe(dataOf(english!.messages![0]!.content));
    expect({ ...arabic, system: '', messages: [] }).toEqual({ ...english, system: '', messages: [] });

    const { translations, ...main } = summary;
    expect(main).toEqual({ source: 'claude', model: DEFAULT_MODEL, ...englishAnswer() });
    expect(translations).toEqual({ ar: { source: 'claude', model: DEFAULT_MODEL, language: 'ar', ...arabicAnswer() } });
  });

  it('falls back to the Arabic rules summary, alone, when the Arabic answer is in English', async () => {
    fake.script(tool(englishAnswer()), tool(englishAnswer()));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.source).toBe('claude');
    const arabic = summary.translations!.ar!;
    expect(arabic.source).toBe('rules');
    expect(arabic.fallbackReason).toContain('insights[0] is not written in Arabic');
    expect({ ...arabic, fallbackReason: undefined }).toEqual({ ...rulesSummary(harvested.report, 'ar'), fallbackReason: undefined });
    expect(logs.some((line) => line.startsWith('warning: Summary (Arabic): rule-based.'))).toBe(true);
  });

  it('checks the numbers of the Arabic answer, in Arabic-Indic digits too', async () => {
    const body = arabicAnswer();
    body.risks[0] = { ...body.risks[0]!, text: `${body.risks[0]!.text} والمراجعة تستغرق ٩٨٧٦٥٤٫٣ س.` };
    fake.script(tool(englishAnswer()), tool(body));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.translations!.ar!.source).toBe('rules');
    expect(summary.translations!.ar!.fallbackReason).toContain('risks[0]: the number "987654.3 س"');
  });

  it('caches each language under its own key: a rerun makes no request', async () => {
    fake.script(tool(englishAnswer()), tool(arabicAnswer()));
    const first = await writeSummary(harvested.store, harvested.report, options());
    const second = await writeSummary(harvested.store, harvested.report, options());
    expect(fake.requests).toHaveLength(2);
    expect(second).toEqual(first);
    expect(await harvested.store.query('SELECT count(*)::INTEGER AS n FROM summary_cache')).toEqual([{ n: 2 }]);
    // English alone reads its own entry and asks nothing.
    const english = await writeSummary(harvested.store, harvested.report, options({ languages: ['en'] }));
    expect(english).toEqual({ ...first, translations: undefined });
    expect(fake.requests).toHaveLength(2);
  });

  it('after the API hangs for English, asks nothing in Arabic and uses both rules summaries', async () => {
    fake.script({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const summary = await writeSummary(harvested.store, harvested.report, options({ timeoutMs: 1_500, maxRetries: 0 }));
    expect(fake.requests).toHaveLength(1);
    expect(summary.source).toBe('rules');
    expect(summary.translations!.ar!).toEqual({ ...rulesSummary(harvested.report, 'ar'), fallbackReason: summary.fallbackReason });
  }, 6_000);

  it('without a key writes both rules summaries and touches no network', async () => {
    const summary = await writeSummary(harvested.store, harvested.report, options({ apiKey: undefined }));
    expect(summary).toEqual({ ...rulesSummary(harvested.report), translations: { ar: rulesSummary(harvested.report, 'ar') } });
    expect(fake.requests).toHaveLength(0);
  });

  it('sends a steering title only as quoted data, in the Arabic request as in the English one', async () => {
    const hostile = structuredClone(harvested.report);
    for (const pr of (hostile.sections.openWork as OpenWorkSection).waiting) pr.title = INJECTION_TITLE;
    fake.script(tool(englishAnswer()), tool(arabicAnswer()));
    await writeSummary(harvested.store, hostile, options());
    const arabic = fake.requests[1]!.body;
    const content = arabic.messages![0]!.content;
    expect(content).toContain(JSON.stringify(INJECTION_TITLE));
    expect(content.replace(dataOf(content), '')).not.toContain(INJECTION_TITLE);
    expect(JSON.stringify({ ...arabic, messages: [] })).not.toContain(INJECTION_TITLE);
  });
});

describe('the Arabic summary on the site', () => {
  let reports: SiteReports;
  let dir: string;
  let summary: SprintSummary;

  beforeAll(async () => {
    reports = await computeSiteReports(harvested.store, parseMetricsConfig({}), new Date(harvested.report.range.to));
  }, 60_000);

  it('shows the Arabic answer on the Arabic overviews and the English one on the English overviews', async () => {
    const report = reports.periods[26];
    const english = reword(rulesSummary(report), 'Per the report: ');
    const arabic = reword(rulesSummary(report, 'ar'), 'بحسب التقرير: ');
    fake.script(tool(english), tool(arabic));
    summary = await writeSummary(harvested.store, report, options());
    expect(summary.translations?.ar?.source).toBe('claude');
    dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-arabic-summary-')), 'site');
    await renderSite(reports, summary, {}, dir);
    // PR references and ISO weeks in RTL text are isolated (<bdi dir="ltr">) so they read as written.
    const read = (path: string) => readFileSync(join(dir, path), 'utf8').replace(/<bdi dir="ltr">([^<]*)<\/bdi>/g, '$1');
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const path of ['ar/index.html', 'ar/w4/index.html']) {
      const html = read(path);
      for (const item of [...arabic.insights, ...arabic.risks, ...arabic.recommendations]) expect(html, path).toContain(`<p>${escaped(item.text)}</p>`);
      expect(html, path).not.toContain('Per the report: ');
      expect(html, path).toMatch(/<ul class="summary-items">/);
      expect(readFileSync(join(dir, path), 'utf8'), `${path} isolates a PR reference`).toMatch(/<bdi dir="ltr">[\w.-]+\/[\w.-]+#\d+<\/bdi>/);
    }
    for (const path of ['index.html', 'w12/index.html']) {
      const html = read(path);
      expect(html, path).toContain(`<p>${escaped(english.insights[0]!.text)}</p>`);
      expect(html, path).not.toContain('بحسب التقرير');
    }
  }, 60_000);
});
