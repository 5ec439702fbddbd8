import type { Figure, Unit } from '../metrics/model.js';
import { ARABIC_PHRASES } from './locales/summary-phrases-ar.js';
import { ENGLISH_PHRASES, type SummaryPhrase } from './locales/summary-phrases-en.js';
import type { SummaryLanguage } from './summary-model.js';

/**
 * How the rules summary writes, per language: its fixed phrases (locales/summary-phrases-*.ts)
 * and its numbers. Every number form here is one the grounding check reads back
 * (summary-grounding.ts): durations as minutes under an hour, hours up to 48 h and days above;
 * shares as percent and their changes in percentage points; counts grouped by thousands. Both
 * languages write Latin digits with `.` and `,`; only the unit words differ. No locale APIs,
 * so the same report gives the same bytes everywhere.
 */
export interface SummaryWriter {
  readonly language: SummaryLanguage;
  say(key: SummaryPhrase, params?: Record<string, string | number>): string;
  /** A magnitude in its unit (changes are written with a word for their direction, never a sign). */
  amount(value: number, unit: Unit | string, asChange?: boolean): string;
  /** "up 1.3 h from 12.0 h", "unchanged", or "" when there is no previous period. */
  change(figure: Figure): string;
  /** The change as a clause to append (", up 1.3 h from 12.0 h"), or "". */
  changeClause(figure: Figure): string;
  /** "Cycle time (p50) is 12.3 h, down 1.3 h from 13.6 h" */
  sentence(label: string, figure: Figure): string;
  /** "a", "a and b", "a, b and c" */
  list(parts: string[]): string;
  /** A sprint's name: fixed windows are numbered in the language ("Sprint 76"), other titles kept. */
  sprint(label: string): string;
}

const PHRASES: Record<SummaryLanguage, Record<SummaryPhrase, string>> = { en: ENGLISH_PHRASES, ar: ARABIC_PHRASES };

function grouped(value: number): string {
  const [whole = '0', fraction] = value.toString().split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** True when a written amount shows as zero ("0 min", "0.0 pp"). */
const showsZero = (text: string) => !/[1-9]/.test(text);

export function summaryWriter(language: SummaryLanguage = 'en'): SummaryWriter {
  const phrases = PHRASES[language];
  const say = (key: SummaryPhrase, params: Record<string, string | number> = {}) =>
    phrases[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

  const hours = (value: number): string => {
    const h = Math.abs(value);
    const minutes = Math.round(h * 60);
    if (minutes < 60) return say('unit.minutes', { n: minutes });
    if (h <= 48) return say('unit.hours', { n: h.toFixed(1) });
    return say('unit.days', { n: (h / 24).toFixed(1) });
  };

  const amount = (value: number, unit: Unit | string, asChange = false): string => {
    const v = Math.abs(value);
    switch (unit) {
      case 'hours':
        return hours(v);
      case 'days':
        return say('unit.days', { n: v.toFixed(1) });
      case 'share':
        return say(asChange ? 'unit.points' : 'unit.percent', { n: (v * 100).toFixed(1) });
      case 'per_day':
        return say('unit.per_day', { n: v.toFixed(1) });
      case 'per_week':
        return say('unit.per_week', { n: v.toFixed(1) });
      case 'ratio':
        return v.toFixed(2);
      default:
        return Number.isInteger(v) ? grouped(v) : grouped(Number(v.toFixed(1)));
    }
  };

  const change = (figure: Figure): string => {
    if (figure.delta === null || figure.previous === null) return '';
    const size = amount(figure.delta, figure.unit, true);
    if (figure.delta === 0 || showsZero(size)) return say('change.same');
    return say(figure.delta > 0 ? 'change.up' : 'change.down', { size, previous: amount(figure.previous, figure.unit) });
  };
  const changeClause = (figure: Figure): string => {
    const text = change(figure);
    return text ? say('change.clause', { change: text }) : '';
  };

  return {
    language,
    say,
    amount,
    change,
    changeClause,
    sentence: (label, figure) => say('figure.sentence', { label, value: amount(figure.value ?? 0, figure.unit), change: changeClause(figure) }),
    list: (parts) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(say('list.separator'))}${say('list.last')}${parts[parts.length - 1]}`),
    sprint: (label) => {
      const fixed = /^Sprint (-?\d+)$/.exec(label);
      return fixed ? say('sprint.label', { n: fixed[1]! }) : label;
    },
  };
}

/** The relative change in percent, or null when there is no previous value to divide by. */
export function relativeChange(figure: Figure | undefined): number | null {
  if (!figure || figure.delta === null || !figure.previous) return null;
  return figure.delta / figure.previous;
}

export const prReference = (pr: { repository: string; number: number }): string => `${pr.repository}#${pr.number}`;
