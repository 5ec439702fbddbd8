import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport, harvestedReport, type HarvestedReport } from './report-fixture.js';
import { rulesSummary } from '../../src/summary/rules-summary.js';
import { numberTokens, ungroundedNumbers } from '../../src/summary/summary-grounding.js';
import { buildSummaryInput } from '../../src/summary/summary-input.js';
import type { SprintSummary, SummaryItem } from '../../src/summary/summary-model.js';
import { languageProblems, SECTION_NAMES } from '../../src/summary/summary-validation.js';

/**
 * The rules summary in Arabic, for the site's Arabic pages: its fixed text is Arabic (no English
 * phrase is left), it states exactly the numbers and cites exactly the figures and PRs of the
 * English summary, and the grounding check reads Arabic units and digits as strictly as English.
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
/** What an Arabic text keeps in Latin letters: PR references, ISO weeks, percentiles (p50). */
const latinNames = /[\w.-]+\/[\w.-]+#\d+|\b\d{4}-W\d{2}\b|\bp\d{2}\b/g;
const values = (text: string) => numberTokens(text.replace(latinNames, ' ')).map((t) => t.value);

describe.each([
  ['a harvested org', () => harvested],
  ['an empty database', () => empty],
])('the Arabic rules summary of %s', (_name, fixture) => {
  it('has no English fixed phrase: once names are set aside, no Latin letter is left', () => {
    const summary = rulesSummary(fixture().report, 'ar');
    expect(summary.language).toBe('ar');
    for (const item of allItems(summary)) {
      expect(item.text.replace(latinNames, ' '), item.text).not.toMatch(/\p{Script=Latin}/u);
      expect(item.text, 'Arabic letters').toMatch(/\p{Script=Arabic}{3}/u);
    }
    expect(languageProblems(summary, 'ar')).toEqual([]);
    expect(languageProblems(rulesSummary(fixture().report), 'ar'), 'the English summary is not Arabic').toHaveLength(8);
  });

  it('says what the English summary says: the same numbers, figures and PRs, item by item', () => {
    const english = allItems(rulesSummary(fixture().report));
    const arabic = allItems(rulesSummary(fixture().report, 'ar'));
    expect(arabic).toHaveLength(english.length);
    arabic.forEach((item, i) => {
      expect(item.figures, item.text).toEqual(english[i]!.figures);
      expect(item.pullRequests, item.text).toEqual(english[i]!.pullRequests);
      expect(values(item.text).sort((a, b) => a - b), `${item.text} / ${english[i]!.text}`).toEqual(values(english[i]!.text).sort((a, b) => a - b));
    });
  });
});

describe('number grounding of Arabic text', () => {
  const item = (text: string, figures: string[]): SummaryItem => ({ text, figures, pullRequests: [] });
  const check = (i: SummaryItem) => ungroundedNumbers(i, harvested.report, buildSummaryInput(harvested.report));
  const cycle = () => harvested.report.figures['flow.cycle_time.p50']!.value!;
  const toArabicIndic = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))).replace('.', '\u066B');

  it('reads the Arabic unit abbreviations and words, converted like English units', () => {
    const id = ['flow.cycle_time.p50'];
    expect(check(item(`زمن الدورة ${cycle().toFixed(1)} س.`, id))).toEqual([]);
    expect(check(item(`زمن الدورة ${(cycle() / 24).toFixed(2)} ي.`, id))).toEqual([]);
    expect(check(item(`زمن الدورة ${Math.round(cycle() * 60)} دقيقة.`, id))).toEqual([]);
    expect(check(item(`زمن الدورة ${cycle().toFixed(1)} ساعة.`, id))).toEqual([]);
    // A unit word is a claim: the right number in the wrong unit does not pass.
    expect(check(item(`زمن الدورة ${cycle().toFixed(1)} ي.`, id))).toEqual([`${cycle().toFixed(1)} ي`]);
    expect(check(item(`زمن الدورة ${cycle().toFixed(1)}٪.`, id))).toEqual([`${cycle().toFixed(1)}٪`]);
  });

  it('reads a word after a number as a unit only when it is one, vowel marks or not', () => {
    expect(numberTokens('وفي السباق 76 دُمج 5 حتى الآن').map((t) => [t.value, t.suffix])).toEqual([[76, null], [5, null]]);
    expect(numberTokens('بلغ 12.5 ساعةً و3 أيامٍ و45 دقيقةً').map((t) => [t.value, t.suffix])).toEqual([[12.5, 'ساعة'], [3, 'أيام'], [45, 'دقيقة']]);
  });

  it('checks numbers in Arabic-Indic digits rather than skipping them', () => {
    const id = ['flow.cycle_time.p50'];
    expect(check(item(`زمن الدورة ${toArabicIndic(cycle().toFixed(1))} س.`, id))).toEqual([]);
    expect(check(item('زمن الدورة ٩٨٧٦٥٤٫٣ س.', id))).toEqual(['987654.3 س']);
  });

  it('checks a number that runs into an Arabic word, which a Latin one (p50) would make a name', () => {
    expect(check(item('انتظر بـ987654 طلبًا.', []))).toEqual(['987654']);
    expect(check(item('زمن p50 وp90 فقط.', []))).toEqual([]);
  });

  it('reads shares in ٪ and their changes in نقطة مئوية', () => {
    const f = harvested.report.figures['flow.unreviewed_merge_share']!;
    const text = `نسبة الدمج دون مراجعة ${(f.value! * 100).toFixed(1)}٪${f.delta !== null ? `، بتغير ${Math.abs(f.delta * 100).toFixed(1)} نقطة مئوية` : ''}.`;
    expect(check(item(text, ['flow.unreviewed_merge_share']))).toEqual([]);
  });
});
