import type { MetricsConfig } from './metrics-config.js';
import { currentAndPreviousSprint, type LabelledPeriod, type Period } from './windows.js';

/**
 * Which sprints a report measures (docs/metrics/sprints.md, "Sprint windows"): fixed windows
 * from the anchor, the windows between milestone due dates, or the iterations of a GitHub
 * Projects iteration field. Oldest first, the current sprint last, at least two, at most
 * HISTORY_SPRINTS. When the chosen source cannot give two sprints up to the reference moment
 * (nothing harvested yet, a token that cannot read the project), the fixed windows are used
 * and `note` says why, rather than failing the report.
 */
export interface SprintPlan {
  source: 'fixed' | 'milestones' | 'iterations';
  note: string | null;
  windows: LabelledPeriod[];
}

export const HISTORY_SPRINTS = 26;
const DAY_MS = 86_400_000;

/** Runs a named query of metrics/sql (the context's `rows`). */
export type RowReader = <T>(file: string, name: string, params?: Record<string, unknown>) => Promise<T[]>;

/** The moment sprints are judged at: the report's end, or now if that is earlier. */
export function sprintReference(range: Period, now: Date): Date {
  return new Date(Math.min(Date.parse(range.to), now.getTime()));
}

/** The fixed sprint containing the reference moment and those before it, oldest first. */
export function fixedSprints(reference: Date, anchor: string, lengthDays: number, count: number): LabelledPeriod[] {
  const sprints: LabelledPeriod[] = [];
  let at = new Date(reference.getTime() - 1);
  for (let i = 0; i < count; i++) {
    const { current } = currentAndPreviousSprint(at, anchor, lengthDays);
    sprints.unshift(current);
    at = new Date(Date.parse(current.from) - 1);
  }
  return sprints;
}

/** Labels must tell sprints apart (figures are keyed by them): a repeated title gets " (2)". */
function uniqueLabels(windows: LabelledPeriod[]): LabelledPeriod[] {
  const seen = new Map<string, number>();
  return windows.map((w) => {
    const n = (seen.get(w.label) ?? 0) + 1;
    seen.set(w.label, n);
    return n === 1 ? w : { ...w, label: `${w.label} (${n})` };
  });
}

/**
 * Of explicit windows (sorted by start), those the report shows: the last one starting before
 * the reference moment is current, then back through those overlapping the range, at least two.
 */
function pick(windows: LabelledPeriod[], reference: Date, range: Period): LabelledPeriod[] | null {
  const started = windows.filter((w) => Date.parse(w.from) < reference.getTime());
  if (started.length < 2) return null;
  const overlapping = started.filter((w) => Date.parse(w.to) > Date.parse(range.from));
  const count = Math.min(HISTORY_SPRINTS, Math.max(2, overlapping.length));
  return started.slice(-count);
}

type IterationRow = { title: string | null; start: string; end: string };
type DueRow = { due_end: string; title: string | null };

export async function planSprints(rows: RowReader, config: MetricsConfig, now: Date, range: Period): Promise<SprintPlan> {
  const settings = config.sprints;
  const reference = sprintReference(range, now);
  const fallback = (note: string | null): SprintPlan => {
    const lengthDays = settings['length-days'];
    const rangeSprints = Math.ceil((reference.getTime() - Date.parse(range.from)) / (lengthDays * DAY_MS)) + 1;
    return { source: 'fixed', note, windows: fixedSprints(reference, settings.anchor, lengthDays, Math.min(HISTORY_SPRINTS, Math.max(2, rangeSprints))) };
  };
  if (settings.source === 'iterations') {
    const found = await rows<IterationRow>('sprints.sql', 'iteration-windows', { project: settings.project, field: settings['iteration-field'] });
    const windows = uniqueLabels(found.map((r, i) => ({ label: r.title ?? `Iteration ${i + 1}`, from: r.start, to: r.end })));
    const picked = pick(windows, reference, range);
    if (picked) return { source: 'iterations', note: null, windows: picked };
    return fallback(`sprints.source is "iterations", but the iteration field "${settings['iteration-field']}" of project ${settings.project} has fewer than two iterations before ${reference.toISOString().slice(0, 10)} in the database (is the token allowed to read the project?): sprints are fixed windows of length-days from the anchor instead.`);
  }
  if (settings.source === 'milestones') {
    const dues = await rows<DueRow>('sprints.sql', 'milestone-due-dates');
    // Each due date ends a sprint that began at the one before it.
    const windows = uniqueLabels(dues.slice(1).map((d, i) => ({ label: d.title ?? `Milestone ${i + 1}`, from: dues[i]!.due_end, to: d.due_end })));
    const picked = pick(windows, reference, range);
    if (picked) return { source: 'milestones', note: null, windows: picked };
    return fallback(`sprints.source is "milestones", but the harvested repositories' milestone due dates mark out fewer than two sprints begun by ${reference.toISOString().slice(0, 10)}: sprints are fixed windows of length-days from the anchor instead.`);
  }
  return fallback(null);
}
