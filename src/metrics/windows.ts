/**
 * Report windows, all in UTC: the report range and the previous range of equal length, ISO
 * weeks (Monday 00:00), calendar months, and sprints of a fixed length from an anchor date.
 * A duration metric of a merged PR belongs to the window of its merged_at (METRICS.md).
 */
export interface Period {
  from: string;
  to: string;
}

export interface LabelledPeriod extends Period {
  label: string;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;

export function isoWeekStart(at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(day.getTime() - weekday * DAY);
}

/** ISO week label, e.g. `2026-W47` (the ISO year may differ from the calendar year). */
export function isoWeekLabel(weekStart: Date): string {
  const thursday = new Date(weekStart.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const firstThursday = isoWeekStart(new Date(Date.UTC(year, 0, 4))).getTime() + 3 * DAY;
  const week = 1 + Math.round((thursday.getTime() - firstThursday) / WEEK);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The default range: the last `weeks` ISO weeks, the current (partial) week included. */
export function defaultRange(now: Date, weeks: number): Period {
  const from = new Date(isoWeekStart(now).getTime() - (weeks - 1) * WEEK);
  return { from: from.toISOString(), to: now.toISOString() };
}

export function previousPeriod(range: Period): Period {
  const length = Date.parse(range.to) - Date.parse(range.from);
  return { from: new Date(Date.parse(range.from) - length).toISOString(), to: range.from };
}

/** Every ISO week that overlaps the range, clipped to it. */
export function weeksOf(range: Period): LabelledPeriod[] {
  const weeks: LabelledPeriod[] = [];
  const end = Date.parse(range.to);
  for (let start = isoWeekStart(new Date(range.from)).getTime(); start < end; start += WEEK) {
    weeks.push({ label: isoWeekLabel(new Date(start)), from: new Date(start).toISOString(), to: new Date(Math.min(start + WEEK, end)).toISOString() });
  }
  return weeks;
}

export function monthsOf(range: Period): LabelledPeriod[] {
  const months: LabelledPeriod[] = [];
  const start = new Date(range.from);
  const end = Date.parse(range.to);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) < end; m === 11 ? ((y += 1), (m = 0)) : (m += 1)) {
    const next = m === 11 ? Date.UTC(y + 1, 0, 1) : Date.UTC(y, m + 1, 1);
    months.push({ label: `${y}-${String(m + 1).padStart(2, '0')}`, from: new Date(Date.UTC(y, m, 1)).toISOString(), to: new Date(Math.min(next, end)).toISOString() });
  }
  return months;
}

/** The sprint containing `now` and the one before it, for fixed-length sprints from `anchor`. */
export function currentAndPreviousSprint(now: Date, anchor: string, lengthDays: number): { current: LabelledPeriod; previous: LabelledPeriod } {
  const length = lengthDays * DAY;
  const anchorMs = Date.parse(`${anchor}T00:00:00Z`);
  const index = Math.floor((now.getTime() - anchorMs) / length);
  const start = anchorMs + index * length;
  const sprint = (i: number, s: number): LabelledPeriod => ({ label: `Sprint ${i + 1}`, from: new Date(s).toISOString(), to: new Date(s + length).toISOString() });
  return { current: sprint(index, start), previous: sprint(index - 1, start - length) };
}

/**
 * One row per ISO week of the window, in order, labelled: weeks with no data get `empty`
 * (zeros for counts, nulls for medians) so charts and anomaly detection see every week.
 */
export function fillWeeks<T extends { week: string }>(rows: T[], weeks: LabelledPeriod[], empty: Omit<T, 'week'>): Array<T & { label: string }> {
  const byStart = new Map(rows.map((r) => [Date.parse(r.week), r]));
  return weeks.map((w) => {
    const start = Date.parse(isoWeekStart(new Date(w.from)).toISOString());
    const row = byStart.get(start) ?? ({ ...empty, week: new Date(start).toISOString().replace('.000Z', 'Z') } as T);
    return { ...row, label: w.label };
  });
}
