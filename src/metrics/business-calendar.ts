import type { MetricsConfig } from './metrics-config.js';

/**
 * The working calendar behind business time, worked out once per report in TypeScript so the
 * SQL macro stays integer arithmetic: the time zone's UTC offset changes (from the JavaScript
 * runtime's time-zone data) and the "exception" days whose working time differs from their
 * weekday's: holidays, and work days with a clock change inside work hours.
 *
 * All times are epoch seconds. Local days are numbered from Monday 1969-12-29, so
 * `day % 7` is the weekday with Monday = 0.
 */
export type BusinessTimeConfig = MetricsConfig['business-time'];

export const DAY_S = 86_400;
/** Monday 1969-12-29 is day 0; 1970-01-01 (epoch 0) is day 3. */
export const EPOCH_SHIFT_S = 3 * DAY_S;
/** Offset changes are looked for in this range; outside it the nearest known offset holds. */
const SCAN_FROM_S = Date.UTC(1970, 0, 1) / 1000;
const SCAN_TO_S = Date.UTC(2100, 0, 1) / 1000;
/** Scan step: two clock changes less than a week apart that cancel out would be missed. */
const SCAN_STEP_S = 7 * DAY_S;

export interface OffsetTransition {
  /** UTC moment of the change. */
  at: number;
  /** Offset (seconds east of UTC) from `at` on. */
  offset: number;
}

export interface ExceptionDay {
  day: number;
  /** The local day as a UTC interval [start, end). */
  startUtc: number;
  endUtc: number;
  /** Real working seconds that day (0 for a holiday), counted from workStartUtc. */
  length: number;
  workStartUtc: number;
  /** length minus the normal day length. */
  delta: number;
  /** The weekday rule's partial uses the wall clock; its offset may change once that day. */
  offsetBefore: number;
  offsetAfter: number;
  changeAt: number;
}

export interface BusinessCalendar {
  /** Local seconds after midnight when work starts; length of a normal work day. */
  dayStart: number;
  dayLength: number;
  /** Index 0 = Monday … 6 = Sunday. */
  workWeekdays: boolean[];
  initialOffset: number;
  transitions: OffsetTransition[];
  exceptions: ExceptionDay[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Seconds east of UTC in force at `epochS`, e.g. 7200 for Berlin in summer. */
export function offsetAt(timeZone: string, epochS: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, format);
  }
  const name = format.formatToParts(new Date(epochS * 1000)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match?.[1]) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
  return match[1] === '-' ? -seconds : seconds;
}

const transitionCache = new Map<string, { initialOffset: number; transitions: OffsetTransition[] }>();

export function offsetTransitions(timeZone: string): { initialOffset: number; transitions: OffsetTransition[] } {
  const cached = transitionCache.get(timeZone);
  if (cached) return cached;
  const initialOffset = offsetAt(timeZone, SCAN_FROM_S);
  const transitions: OffsetTransition[] = [];
  let previous = initialOffset;
  for (let t = SCAN_FROM_S + SCAN_STEP_S; t <= SCAN_TO_S; t += SCAN_STEP_S) {
    const offset = offsetAt(timeZone, t);
    if (offset === previous) continue;
    let lo = t - SCAN_STEP_S;
    let hi = t;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    transitions.push({ at: hi, offset });
    previous = offset;
  }
  const result = { initialOffset, transitions };
  transitionCache.set(timeZone, result);
  return result;
}

export function offsetFrom(initialOffset: number, transitions: OffsetTransition[], epochS: number): number {
  let offset = initialOffset;
  for (const t of transitions) {
    if (t.at > epochS) break;
    offset = t.offset;
  }
  return offset;
}

/**
 * The UTC moment of a local wall-clock time (local seconds since 1970-01-01). In a skipped
 * hour the offset before the change applies; in a repeated hour, the later moment, as in
 * DuckDB's ICU and most libraries.
 */
export function localToUtc(initialOffset: number, transitions: OffsetTransition[], localS: number): number {
  const before = offsetFrom(initialOffset, transitions, localS - 14 * 3600);
  const after = offsetFrom(initialOffset, transitions, localS + 14 * 3600);
  const consistent = [before, after].map((o) => localS - o).filter((u) => offsetFrom(initialOffset, transitions, u) === localS - u);
  return consistent.length > 0 ? Math.max(...consistent) : localS - before;
}

const secondsOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
/** Local day number of a YYYY-MM-DD date. */
export const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 1000 / DAY_S + 3;

/**
 * The calendar for a configuration. Clock-change days are looked for only within
 * [fromS, toS) (the data's range), to keep the macro small; elsewhere such a day counts its
 * nominal length.
 */
export function businessCalendar(config: BusinessTimeConfig, fromS = SCAN_FROM_S, toS = SCAN_TO_S): BusinessCalendar {
  const dayStart = secondsOf(config['work-hours'].start);
  const dayLength = secondsOf(config['work-hours'].end) - dayStart;
  const workWeekdays = [1, 2, 3, 4, 5, 6, 7].map((iso) => config['work-days'].includes(iso));
  const { initialOffset, transitions } = offsetTransitions(config['time-zone']);
  const toUtc = (localS: number) => localToUtc(initialOffset, transitions, localS);
  const isWork = (day: number) => workWeekdays[((day % 7) + 7) % 7]!;

  const exception = (day: number, holiday: boolean): ExceptionDay => {
    const midnight = (day - 3) * DAY_S;
    const startUtc = toUtc(midnight);
    const endUtc = toUtc(midnight + DAY_S);
    const workStartUtc = toUtc(midnight + dayStart);
    const real = Math.max(toUtc(midnight + dayStart + dayLength) - workStartUtc, 0);
    const length = holiday ? 0 : real;
    const change = transitions.find((t) => t.at > startUtc && t.at < endUtc);
    const offsetBefore = offsetFrom(initialOffset, transitions, startUtc);
    return { day, startUtc, endUtc, length, workStartUtc, delta: length - dayLength, offsetBefore, offsetAfter: change?.offset ?? offsetBefore, changeAt: change?.at ?? endUtc };
  };

  const days = new Map<number, ExceptionDay>();
  for (const t of transitions) {
    if (t.at < fromS || t.at >= toS) continue;
    const localDay = Math.floor((t.at + t.offset + EPOCH_SHIFT_S) / DAY_S);
    for (const day of [localDay - 1, localDay, localDay + 1]) {
      if (!isWork(day)) continue;
      const candidate = exception(day, false);
      if (candidate.length !== dayLength) days.set(day, candidate);
    }
  }
  for (const holiday of config.holidays) {
    const day = dayNumber(holiday);
    if (isWork(day)) days.set(day, exception(day, true));
  }
  return { dayStart, dayLength, workWeekdays, initialOffset, transitions, exceptions: [...days.values()].sort((a, b) => a.day - b.day) };
}
