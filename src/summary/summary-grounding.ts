import type { ReportModel, Unit } from '../metrics/model.js';
import type { SummaryInput } from './summary-input.js';
import type { SummaryItem } from './summary-model.js';

/**
 * Number grounding: every number written in an item's text must be one the item rests on.
 * The rule (docs/summary.md, "Grounding") in short: a number token, read with the precision it
 * is written in, must equal — after rounding to that precision — one of the item's facts,
 * converted to the unit written after it. Facts are the value, previous value, delta, sample
 * size and relative change of each cited figure, the numbers of cited PRs and what the input
 * says about them, the anomalies the item cites, and the input's counts.
 */
type FactUnit = Unit | 'relative' | 'plain';

export interface Fact {
  value: number;
  unit: FactUnit;
}

export interface NumberToken {
  text: string;
  value: number;
  decimals: number;
  suffix: string | null;
  /** Written as `#123`: only a cited PR number matches. */
  pullRequest: boolean;
}

// ISO dates and weeks are names of periods, not quantities: they are removed before scanning.
const DATES = /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b|\b\d{4}-W\d{2}\b/g;
/**
 * The unit words a number may carry, longest first: English, then Arabic (the site's
 * abbreviations د، س، ي، ٪ and the words; docs/summary.md, "The grounding rule").
 */
const UNITS = [
  'percentage points?', 'percent', 'pp', '%', 'minutes?', 'mins?', 'hours?', 'hrs?', 'h', 'days?', 'd', 'weeks?', 'wks?', 'w',
  '٪', 'نقاط مئوية', 'نقطة مئوية', 'نقطة', 'بالمئة', 'في المئة', 'دقائق', 'دقيقة', 'د', 'ساعات', 'ساعة', 'س', 'أيام', 'يومًا', 'يوما', 'يوم', 'ي', 'أسابيع', 'أسبوعًا', 'أسبوعا', 'أسبوع',
].join('|');
// Only a Latin letter before the digits makes a name of them (p50, W47, v2): an Arabic word
// may run into a number ("بـ12"), and that number is checked like any other.
const NUMBER = new RegExp(`(?<![\\p{Script=Latin}\\d.,])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.(\\d+))?(?:\\s?(${UNITS})(?![\\p{L}\\p{M}\\d]))?`, 'gu');

/**
 * The text as the scan reads it: Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits,
 * and the Arabic decimal and thousands separators, as Latin digits, `.` and `,`, so a number is
 * checked whatever digits it is written in, never skipped; and without Arabic short vowels,
 * tanween and tatweel, so "ساعةً" reads as the unit ساعة and "دُمج" (merged) not as د (minutes).
 */
export function scannableText(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

export function numberTokens(text: string): NumberToken[] {
  const scanned = scannableText(text).replace(DATES, ' ');
  const tokens: NumberToken[] = [];
  for (const m of scanned.matchAll(NUMBER)) {
    const whole = m[1]!.replace(/,/g, '');
    const fraction = m[2] ?? '';
    tokens.push({
      text: m[0],
      value: Number(fraction ? `${whole}.${fraction}` : whole),
      decimals: fraction.length,
      suffix: m[3]?.toLowerCase() ?? null,
      pullRequest: scanned[m.index - 1] === '#',
    });
  }
  return tokens;
}

type SuffixKind = 'none' | 'percent' | 'minutes' | 'hours' | 'days' | 'weeks';
function suffixKind(suffix: string | null): SuffixKind {
  if (suffix === null) return 'none';
  if (/^(?:%|pp|percent|٪|نقط|نقاط|بالمئة|في المئة)/.test(suffix)) return 'percent';
  if (/^(?:min|د)/.test(suffix)) return 'minutes';
  if (/^(?:h|س)/.test(suffix)) return 'hours';
  if (/^(?:d|ي|أيام)/.test(suffix)) return 'days';
  return 'weeks';
}

/** The ways a fact may be written with this suffix, as numbers in the written unit. */
export function writtenForms(fact: Fact, suffix: string | null): number[] {
  const kind = suffixKind(suffix);
  const v = Math.abs(fact.value);
  if (fact.unit === 'hours' || fact.unit === 'days') {
    const hours = fact.unit === 'hours' ? v : v * 24;
    const byKind = { minutes: [hours * 60], hours: [hours], days: [hours / 24], weeks: [hours / 168], percent: [] as number[] };
    return kind === 'none' ? [v, hours * 60, hours, hours / 24, hours / 168] : byKind[kind];
  }
  if (fact.unit === 'share') return kind === 'percent' ? [v * 100] : kind === 'none' ? [v, v * 100] : [];
  if (fact.unit === 'relative') return kind === 'percent' ? [v] : [];
  return kind === 'none' ? [v] : [];
}

/** A token matches a form when the form, rounded to the token's decimals, gives the token (either way at a tie). */
export function tokenMatches(token: NumberToken, fact: Fact): boolean {
  if (token.pullRequest && fact.unit !== 'plain') return false;
  const tolerance = 0.5 * 10 ** -token.decimals + 1e-9;
  return writtenForms(fact, token.suffix).some((form) => Math.abs(form - token.value) <= tolerance);
}

const COUNT_UNITS: Array<[RegExp, FactUnit]> = [[/Hours$/, 'hours'], [/Days$/, 'days']];

/** The facts one item may quote. */
export function itemFacts(item: SummaryItem, report: ReportModel, input: SummaryInput): { facts: Fact[]; pullRequestNumbers: Set<number> } {
  const facts: Fact[] = [];
  const add = (value: number | null | undefined, unit: FactUnit) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) facts.push({ value, unit });
  };
  for (const [key, value] of Object.entries(input.counts)) add(value, COUNT_UNITS.find(([re]) => re.test(key))?.[1] ?? 'count');
  for (const label of [input.sprint?.current.label, input.sprint?.previous.label]) {
    for (const m of (label ?? '').matchAll(/\d+/g)) add(Number(m[0]), 'count');
  }
  for (const id of item.figures) {
    const f = report.figures[id];
    if (!f) continue;
    add(f.value, f.unit);
    add(f.previous, f.unit);
    add(f.delta, f.unit);
    add(f.n, 'count');
    if (f.delta !== null && f.previous) add((f.delta / f.previous) * 100, 'relative');
  }
  const cited = new Set(item.pullRequests.map((p) => `${p.repository}#${p.number}`));
  const pullRequestNumbers = new Set(item.pullRequests.map((p) => p.number));
  for (const n of pullRequestNumbers) add(n, 'plain');
  for (const w of input.waitingPullRequests) {
    if (!cited.has(`${w.repository}#${w.number}`)) continue;
    add(w.waitDays, 'days');
    add(w.size, 'count');
  }
  const citesAnomalies = item.figures.includes('anomalies.flagged');
  for (const a of input.anomalies) {
    const drivers = a.pullRequests.filter((d) => cited.has(`${d.repository}#${d.number}`));
    for (const d of drivers) add(d.value, d.unit === 'hours' ? 'hours' : 'count');
    if (!citesAnomalies && drivers.length === 0) continue;
    add(a.value, a.unit);
    add(a.median, a.unit);
    add(a.z, 'ratio');
  }
  return { facts, pullRequestNumbers };
}

/** `owner/name#123`: checked as a whole against the cited PRs, so digits in a repository name are not read as numbers. */
const PR_REFERENCE = /(?<![\w.\/-])([\w.-]+\/[\w.-]+)#(\d+)/g;

/** The tokens of an item's text that no fact of the item matches. */
export function ungroundedNumbers(item: SummaryItem, report: ReportModel, input: SummaryInput): string[] {
  const { facts, pullRequestNumbers } = itemFacts(item, report, input);
  const cited = new Set(item.pullRequests.map((p) => `${p.repository}#${p.number}`));
  const bad: string[] = [];
  const rest = scannableText(item.text).replace(PR_REFERENCE, (whole: string) => {
    if (!cited.has(whole)) bad.push(whole);
    return ' ';
  });
  for (const token of numberTokens(rest)) {
    if (token.pullRequest ? !pullRequestNumbers.has(token.value) : !facts.some((fact) => tokenMatches(token, fact))) {
      bad.push(token.pullRequest ? `#${token.text}` : token.text);
    }
  }
  return bad;
}
