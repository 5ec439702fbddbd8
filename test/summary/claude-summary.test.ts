import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeClaude, type FakeClaude, type FakeStep } from '../fakes/fake-claude.js';
import { harvestedReport, INJECTION_TITLE, toolInput, type HarvestedReport } from './report-fixture.js';
import type { AnomaliesSection } from '../../src/metrics/anomalies.js';
import type { ReportModel } from '../../src/metrics/model.js';
import type { OpenWorkSection } from '../../src/metrics/open-work.js';
import { streamLogger } from '../../src/log.js';
import { rulesSummary } from '../../src/summary/rules-summary.js';
import { buildSummaryInput } from '../../src/summary/summary-input.js';
import type { SprintSummary } from '../../src/summary/summary-model.js';
import { DATA_CLOSE, DATA_OPEN, TOOL_NAME } from '../../src/summary/summary-prompt.js';
import { summaryProblems, type SummaryBody } from '../../src/summary/summary-validation.js';
import { DEFAULT_MODEL, writeSummary, type SummaryOptions } from '../../src/summary/write-summary.js';

/**
 * The Claude path for real: the Anthropic SDK against the loopback fake, a report from the
 * real pipeline, and the cache in the harvested DuckDB file.
 */
const API_KEY = 'sk-ant-fake-key-for-tests-0123456789';

let harvested: HarvestedReport;
let fake: FakeClaude;
let logs: string[];

/** Claude's answer in these tests: the rules summary reworded, so its numbers stay grounded but the source is recognisable. */
function claudeBody(summary: SprintSummary): SummaryBody {
  const reword = (items: SprintSummary['insights']) => items.map((i) => ({ ...i, text: `Per the report: ${i.text}` }));
  return { insights: reword(summary.insights), risks: reword(summary.risks), recommendations: reword(summary.recommendations) };
}

const tool = (body: SummaryBody): FakeStep => ({ kind: 'tool', input: toolInput(body) });

function options(extra: Partial<SummaryOptions> = {}): SummaryOptions {
  return { apiKey: API_KEY, baseURL: fake.url, timeoutMs: 10_000, maxRetries: 2, log: streamLogger((line) => logs.push(line), true), ...extra };
}

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

describe('writeSummary with Claude', () => {
  it('uses a valid tool answer, sent with temperature 0, bounded tokens and the forced tool', async () => {
    const body = claudeBody(rulesSummary(harvested.report));
    fake.script(tool(body));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary).toEqual({ source: 'claude', model: DEFAULT_MODEL, ...body });
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.url).toBe('/v1/messages');
    expect(request.headers.authorization ?? request.headers['x-api-key']).toMatch(new RegExp(`^(Bearer )?${API_KEY}$`));
    expect(request.body).toMatchObject({ model: DEFAULT_MODEL, temperature: 0, tool_choice: { type: 'tool', name: TOOL_NAME } });
    expect(request.body.max_tokens).toBeLessThanOrEqual(1024);
  });

  it('rejects an answer with a number that is not in the report, and says which', async () => {
    const body = claudeBody(rulesSummary(harvested.report));
    body.risks[1] = { ...body.risks[1]!, text: `${body.risks[1]!.text} Reviews now take 987654.3 h.` };
    fake.script(tool(body));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.source).toBe('rules');
    expect(summary.fallbackReason).toContain('987654.3 h');
    expect(summary.fallbackReason).toContain('risks[1]');
    expect({ ...summary, fallbackReason: undefined }).toEqual({ ...rulesSummary(harvested.report), fallbackReason: undefined });
    expect(logs.some((line) => line.startsWith('warning:') && line.includes('987654.3 h'))).toBe(true);
  });

  it('rejects an answer of the wrong shape', async () => {
    const body = claudeBody(rulesSummary(harvested.report));
    fake.script(tool({ ...body, risks: [...body.risks, body.risks[0]!] }));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.source).toBe('rules');
    expect(summary.fallbackReason).toContain('risks must have exactly 2 items');
  });

  it('retries a 429 with retry-after, then uses the answer', async () => {
    const body = claudeBody(rulesSummary(harvested.report));
    fake.script({ kind: 'status', status: 429, headers: { 'retry-after': '1' } }, tool(body));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.source).toBe('claude');
    expect(fake.requests).toHaveLength(2);
  });

  it('retries a 500, then uses the answer', async () => {
    const body = claudeBody(rulesSummary(harvested.report));
    fake.script({ kind: 'status', status: 500 }, tool(body));
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.source).toBe('claude');
    expect(fake.requests).toHaveLength(2);
  });

  it('does not sleep past the timeout when retry-after asks for longer', async () => {
    fake.script({ kind: 'status', status: 429, headers: { 'retry-after': '120' } }, tool(claudeBody(rulesSummary(harvested.report))));
    const summary = await writeSummary(harvested.store, harvested.report, options({ timeoutMs: 5_000 }));
    expect(summary.source).toBe('rules');
    expect(summary.fallbackReason).toContain('retry after 120 s');
    expect(fake.requests).toHaveLength(1);
  }, 4_000);

  // A missing overall deadline would take 3 attempts × 1.5 s plus backoff, past this test's 4 s.
  it('falls back to rules when the API hangs, within the timeout', async () => {
    fake.script({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const summary = await writeSummary(harvested.store, harvested.report, options({ timeoutMs: 1_500, maxRetries: 2 }));
    expect(summary.source).toBe('rules');
    expect(summary.fallbackReason).toContain('no answer within the 1.5 s timeout');
    expect(fake.requests.length).toBeGreaterThanOrEqual(1);
  }, 4_000);

  it('caches a valid answer: the same report again makes no request', async () => {
    const body = claudeBody(rulesSummary(harvested.report));
    fake.script(tool(body));
    const first = await writeSummary(harvested.store, harvested.report, options());
    const second = await writeSummary(harvested.store, harvested.report, options());
    expect(fake.requests).toHaveLength(1);
    expect(second).toEqual(first);
    const rows = await harvested.store.query<{ model: string; n: number }>('SELECT model, count(*)::INTEGER AS n FROM summary_cache GROUP BY model');
    expect(rows).toEqual([{ model: DEFAULT_MODEL, n: 1 }]);
    // Another model is another key.
    fake.script(tool(body));
    await writeSummary(harvested.store, harvested.report, options({ model: 'claude-opus-4-6' }));
    expect(fake.requests).toHaveLength(2);
  });

  it('does not cache a rejected answer', async () => {
    fake.script({ kind: 'status', status: 400, message: 'bad request' });
    const summary = await writeSummary(harvested.store, harvested.report, options());
    expect(summary.fallbackReason).toContain('400');
    expect(await harvested.store.query('SELECT * FROM summary_cache')).toEqual([]);
  });

  it('uses the rules summary without touching the network when no key is given', async () => {
    const summary = await writeSummary(harvested.store, harvested.report, options({ apiKey: undefined }));
    expect(summary).toEqual(rulesSummary(harvested.report));
    expect(fake.requests).toHaveLength(0);
  });

  it('sends no temperature to a model that rejects sampling parameters', async () => {
    fake.script(tool(claudeBody(rulesSummary(harvested.report))));
    const summary = await writeSummary(harvested.store, harvested.report, options({ model: 'claude-sonnet-5' }));
    expect(summary.source).toBe('claude');
    expect(fake.requests[0]!.body).not.toHaveProperty('temperature');
    expect(fake.requests[0]!.body).toMatchObject({ thinking: { type: 'disabled' } });
  });

  it('on the 5.5 generation, which refuses a forced tool and disabled thinking, offers the tool and skips the thinking block', async () => {
    for (const model of ['claude-sonnet-5-5', 'claude-opus-5-5']) {
      await harvested.store.run('DELETE FROM summary_cache');
      const body = claudeBody(rulesSummary(harvested.report));
      fake.script(tool(body));
      const before = fake.requests.length;
      const summary = await writeSummary(harvested.store, harvested.report, options({ model }));
      expect(summary.fallbackReason, model).toBeUndefined();
      expect(summary.source).toBe('claude');
      expect(summary.insights[0]!.text).toBe(body.insights[0]!.text);
      const sent = fake.requests.slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.body).toMatchObject({ model, tool_choice: { type: 'auto' }, output_config: { effort: 'low' } });
      for (const key of ['temperature', 'thinking']) expect(sent[0]!.body).not.toHaveProperty(key);
    }
  });
});

/** The harvested report with every waiting PR and anomaly driver retitled, as a hostile author would. */
function retitled(report: ReportModel, title: string): ReportModel {
  const copy = structuredClone(report);
  for (const pr of (copy.sections.openWork as OpenWorkSection).waiting) pr.title = title;
  for (const anomaly of (copy.sections.anomalies as AnomaliesSection).anomalies) for (const pr of anomaly.drivers) pr.title = title;
  return copy;
}

describe('a PR title that tries to steer the model', () => {
  let hostile: HarvestedReport;

  beforeAll(() => {
    hostile = { report: retitled(harvested.report, INJECTION_TITLE), store: harvested.store };
  });

  it('reaches the API only as quoted data inside the data block', async () => {
    const input = buildSummaryInput(hostile.report);
    const titles = [...input.waitingPullRequests, ...input.anomalies.flatMap((a) => a.pullRequests)].map((p) => p.title);
    expect(titles.length, 'the input to carry titles').toBeGreaterThan(0);
    expect(titles.every((t) => t === INJECTION_TITLE)).toBe(true);

    fake.script(tool(claudeBody(rulesSummary(hostile.report))));
    const summary = await writeSummary(hostile.store, hostile.report, options());
    const { body } = fake.requests[0]!;
    expect(body.system).not.toContain(INJECTION_TITLE);
    expect(body.messages).toHaveLength(1);
    const message = body.messages![0]!.content;
    const open = message.indexOf(DATA_OPEN);
    const close = message.indexOf(DATA_CLOSE);
    expect(open).toBeGreaterThan(-1);
    expect(message.indexOf(DATA_OPEN, open + 1), 'one data block').toBe(-1);
    expect(message.indexOf(DATA_CLOSE, close + 1), 'one data block').toBe(-1);
    const outside = message.slice(0, open) + message.slice(close + DATA_CLOSE.length);
    expect(outside).not.toContain(INJECTION_TITLE);
    const inside = message.slice(open + DATA_OPEN.length, close);
    const occurrences = inside.split(INJECTION_TITLE).length - 1;
    expect(occurrences).toBe(titles.length);
    expect(inside.split(JSON.stringify(INJECTION_TITLE)).length - 1, 'every occurrence a JSON string').toBe(occurrences);
    expect(JSON.parse(inside)).toEqual(JSON.parse(JSON.stringify(input)));
    // Nothing else in the request carries it (the tool definition, the parameters).
    expect(JSON.stringify({ ...body, messages: [] })).not.toContain(INJECTION_TITLE);

    expect(summary.source).toBe('claude');
    expect(summaryProblems(summary, hostile.report, input)).toEqual([]);
  });

  it('changes neither the structure nor the numbers of the rules summary', () => {
    const plain = rulesSummary(harvested.report);
    const steered = rulesSummary(hostile.report);
    expect(steered).toEqual(plain);
    expect(JSON.stringify(steered)).not.toContain(INJECTION_TITLE);
  });
});
