/**
 * An independent reference for business time, for oracle tests. It cuts [a, b) into UTC
 * quarter hours and asks the JavaScript runtime for each quarter's local date, weekday and
 * time in the zone: a quarter inside work hours on a work day that is not a holiday counts
 * whole (or the part of it inside [a, b)). Slow and plainly right; the SQL macro must agree.
 * Exact when every UTC offset of the zone and both work-hour bounds are whole quarter hours
 * (true of every zone in use today and of the configurations the tests use).
 */
export interface ReferenceConfig {
  timeZone: string;
  workDays: number[]; // ISO, 1 = Monday
  start: string; // HH:MM
  end: string;
  holidays: string[]; // YYYY-MM-DD, local
}

const QUARTER = 15 * 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const partsCache = new Map<string, { date: string; weekday: number; minutes: number }>();

function localParts(timeZone: string, ms: number): { date: string; weekday: number; minutes: number } {
  const key = `${timeZone}@${ms}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  const result = { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  partsCache.set(key, result);
  return result;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Working hours in [a, b); 0 when b <= a; null when an end is missing. */
export function referenceBusinessHours(config: ReferenceConfig, a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  const start = minutesOf(config.start);
  const end = minutesOf(config.end);
  if (start % 15 !== 0 || end % 15 !== 0) throw new Error('reference: work hours must be whole quarter hours');
  const from = Date.parse(a);
  const to = Date.parse(b);
  const holidays = new Set(config.holidays);
  let ms = 0;
  for (let slot = Math.floor(from / QUARTER) * QUARTER; slot < to; slot += QUARTER) {
    const local = localParts(config.timeZone, slot);
    if (!config.workDays.includes(local.weekday) || holidays.has(local.date)) continue;
    if (local.minutes < start || local.minutes >= end) continue;
    ms += Math.min(slot + QUARTER, to) - Math.max(slot, from);
  }
  return ms / 3_600_000;
}
