import type { Unit } from '../../metrics/model.js';
import type { Translate } from './site-i18n.js';

/**
 * Numbers and dates for one language, through Intl with fixed options and the UTC time zone:
 * the same report gives the same text on every machine (Node ships full ICU). Arabic gets
 * Arabic-Indic digits from the `ar` locale. Durations are hours in the model; they read as
 * minutes under an hour, hours up to 48 h, and days above (as the markdown renderer does).
 */
export interface SiteFormat {
  readonly lang: string;
  number(value: number | null | undefined, digits?: number): string;
  integer(value: number | null | undefined): string;
  value(value: number | null | undefined, unit: Unit): string;
  /** A signed change in the figure's unit; shares change in percentage points. */
  delta(value: number | null | undefined, unit: Unit): string;
  hours(value: number | null | undefined): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** Short label for a week starting at `iso` (chart axes). */
  weekLabel(iso: string): string;
}

const DASH = '—';

/** Intl locale per site language: Arabic asks for Arabic-Indic digits explicitly (CLDR's `ar` default is Latin). */
const INTL_LOCALES: Record<string, string> = { ar: 'ar-u-nu-arab', en: 'en-GB' };

export function createFormat(lang: string, t: Translate): SiteFormat {
  const locale = INTL_LOCALES[lang] ?? lang;
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const nf = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const weekFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' });
  const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || !Number.isFinite(v);

  const hours = (value: number | null | undefined): string => {
    if (missing(value)) return DASH;
    const h = Math.abs(value);
    const sign = value < 0 ? '−' : '';
    const minutes = Math.round(h * 60);
    if (minutes < 60) return sign + t('unit.minutes', { n: nf(0).format(minutes) });
    if (h <= 48) return sign + t('unit.hours', { n: nf(1).format(h) });
    return sign + t('unit.days', { n: nf(1).format(h / 24) });
  };

  const magnitude = (v: number, unit: Unit, asDelta: boolean): string => {
    switch (unit) {
      case 'hours':
        return hours(v);
      case 'days':
        return t('unit.days', { n: nf(1).format(v) });
      case 'share':
        return asDelta ? t('unit.points', { n: nf(1).format(v * 100) }) : t('unit.percent', { n: nf(1).format(v * 100) });
      case 'per_day':
        return t('unit.per_day', { n: nf(1).format(v) });
      case 'per_week':
        return t('unit.per_week', { n: nf(1).format(v) });
      case 'ratio':
        return nf(2).format(v);
      case 'count':
      case 'prs':
        return nf(Number.isInteger(v) ? 0 : 1).format(v);
    }
  };

  return {
    lang,
    number: (value, digits = 1) => (missing(value) ? DASH : nf(digits).format(value)),
    integer: (value) => (missing(value) ? DASH : nf(0).format(value)),
    value: (value, unit) => (missing(value) ? DASH : (value < 0 ? '−' : '') + magnitude(Math.abs(value), unit, false)),
    delta: (value, unit) => {
      if (missing(value)) return DASH;
      const text = magnitude(Math.abs(value), unit, true);
      if (!/[1-9١-٩]/.test(text)) return '±' + text;
      return (value < 0 ? '−' : '+') + text;
    },
    hours,
    date: (iso) => (iso ? dateFormat.format(new Date(iso)) : DASH),
    dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : DASH),
    weekLabel: (iso) => weekFormat.format(new Date(iso)),
  };
}
