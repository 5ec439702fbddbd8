import type { Store } from '../store/database.js';
import { businessCalendar, offsetFrom, EPOCH_SHIFT_S, type BusinessCalendar, type BusinessTimeConfig } from './business-calendar.js';
import { query } from './named-queries.js';

/**
 * Installs `dur_h(a, b)` as business time: the hours of [a, b] inside work hours on work days,
 * in the configured time zone (DST-correct), holidays excluded; never negative, NULL when an
 * end is NULL. The macro is integer arithmetic with the calendar's constants written in,
 * because converting every timestamp with ICU costs several times more at a million PRs.
 * See sql/business-time.sql and docs/metrics/business-time.md.
 */
export async function installBusinessTimeMacro(store: Store, config: BusinessTimeConfig): Promise<void> {
  const [range] = await store.query<{ lo_s: number | null; hi_s: number | null }>(query('business-time.sql', 'data-range'));
  const span = range?.lo_s != null && range.hi_s != null ? { from: range.lo_s, to: range.hi_s } : null;
  // With no data, clock-change days are still worked out for a generous span, for ad-hoc use.
  const calendar = businessCalendar(config, span?.from ?? EMPTY_SPAN.from, span?.to ?? EMPTY_SPAN.to);
  const sql = renderBusinessTimeSql(calendar, config['time-zone'], span);
  for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean)) await store.run(statement);
}

const MICROS = 1_000_000;
const EMPTY_SPAN = { from: Date.UTC(2000, 0, 1) / 1000, to: Date.UTC(2040, 0, 1) / 1000 };

const int = (value: number): string => {
  if (!Number.isFinite(value)) throw new Error(`business time: not a finite number: ${value}`);
  return String(Math.round(value));
};
const micros = (seconds: number): string => int(seconds * MICROS);

/**
 * A nested CASE that finds which of keys.length + 1 intervals `variable` lies in by halving:
 * leaf(i) applies when keys[i-1] <= variable < keys[i]. Depth log2(n), so a hundred holidays
 * or clock changes cost seven comparisons per row, not a hundred.
 */
export function bisect(keys: string[], variable: string, leaf: (i: number) => string, lo = 0, hi = keys.length): string {
  if (lo === hi) return leaf(lo);
  const mid = Math.ceil((lo + hi) / 2);
  return `CASE WHEN ${variable} < ${keys[mid - 1]} THEN ${bisect(keys, variable, leaf, lo, mid - 1)} ELSE ${bisect(keys, variable, leaf, mid, hi)} END`;
}

/** The UTC offset at u: from the calendar within the data's span, from DuckDB's ICU outside. */
function offsetExpression(calendar: BusinessCalendar, timeZone: string, span: { from: number; to: number } | null): string {
  const { transitions, initialOffset } = calendar;
  if (transitions.length === 0) return micros(initialOffset);
  const icu = `epoch_us(timezone('${timeZone.replace(/'/g, "''")}', t::TIMESTAMPTZ)) - u`;
  if (!span) return icu;
  const inside = transitions.filter((t) => t.at > span.from && t.at < span.to);
  const first = offsetFrom(initialOffset, transitions, span.from);
  const tree = bisect(inside.map((t) => micros(t.at)), 'u', (i) => micros(i === 0 ? first : inside[i - 1]!.offset));
  return `CASE WHEN u >= ${micros(span.from)} AND u < ${micros(span.to)} THEN ${tree} ELSE ${icu} END`;
}

/**
 * What exception days add to the weekday rule up to u: each whole one before u its delta; on
 * the day itself, the real worked part (counted in UTC, so a clock change inside work hours
 * counts the time that really passed) instead of the weekday rule's wall-clock part.
 */
function exceptionsExpression(calendar: BusinessCalendar): string {
  const days = calendar.exceptions;
  if (days.length === 0) return '0';
  const cumulative: number[] = [0];
  for (const d of days) cumulative.push(cumulative[cumulative.length - 1]! + d.delta);
  const clamp = (x: string, length: number) => `least(greatest(${x}, 0), ${micros(length)})`;
  const keys = days.flatMap((d) => [micros(d.startUtc), micros(d.endUtc)]);
  return bisect(keys, 'u', (j) => {
    if (j % 2 === 0) return micros(cumulative[j / 2]!);
    const d = days[(j - 1) / 2]!;
    const exact = d.length > 0 ? clamp(`u - ${micros(d.workStartUtc)}`, d.length) : '0';
    // The wall clock's work start that day, in UTC, before and after any change in it.
    const startBefore = (d.day - 3) * 86_400 + calendar.dayStart - d.offsetBefore;
    const startAfter = (d.day - 3) * 86_400 + calendar.dayStart - d.offsetAfter;
    const wallStart = d.offsetBefore === d.offsetAfter ? micros(startBefore) : `CASE WHEN u < ${micros(d.changeAt)} THEN ${micros(startBefore)} ELSE ${micros(startAfter)} END`;
    return `${micros(cumulative[(j - 1) / 2]!)} + ${exact} - ${clamp(`u - ${wallStart}`, calendar.dayLength)}`;
  });
}

export function renderBusinessTimeSql(calendar: BusinessCalendar, timeZone: string, span: { from: number; to: number } | null): string {
  const prefix: number[] = [];
  let before = 0;
  for (const works of calendar.workWeekdays) {
    prefix.push(before);
    if (works) before += calendar.dayLength;
  }
  const tokens: Record<string, string> = {
    offset: offsetExpression(calendar, timeZone, span),
    epoch_shift: micros(EPOCH_SHIFT_S),
    week: micros(before),
    prefix: `[${prefix.map(micros).join(', ')}]::BIGINT[]`,
    works: `[${calendar.workWeekdays.map((w) => (w ? 1 : 0)).join(', ')}]::BIGINT[]`,
    start: micros(calendar.dayStart),
    length: micros(calendar.dayLength),
    exceptions: exceptionsExpression(calendar),
  };
  return query('business-time.sql', 'macros').replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`business-time.sql: unknown token ${name}`);
    return value;
  });
}
