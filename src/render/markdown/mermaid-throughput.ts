import type { FlowSection } from '../../metrics/flow.js';
import { isoWeekLabel } from '../../metrics/windows.js';

/**
 * A mermaid `xychart-beta` bar chart of merged PRs per ISO week, which GitHub renders in
 * comments and job summaries. Everything inside the fence is generated here: labels are
 * reduced to `[0-9A-Za-z-]` and values to integers, so no text from the data can end the
 * fence or inject mermaid directives.
 */

type ThroughputWeek = FlowSection['throughputWeekly'][number];

/** The ISO week label of a weekly point (`2026-W47`), computed when the model did not carry one. */
export function weekLabel(point: Pick<ThroughputWeek, 'week' | 'label'>): string {
  const given = point.label ?? (Number.isNaN(Date.parse(point.week)) ? '' : isoWeekLabel(new Date(point.week)));
  const safe = given.replace(/[^0-9A-Za-z-]/g, '');
  return safe === '' ? '?' : safe;
}

/** A round axis top at or above the largest value: 1, 2 or 5 times a power of ten. */
export function axisTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const count = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
};

/** The fenced chart, or null when there are no weeks to draw. */
export function throughputChart(weekly: readonly ThroughputWeek[] | undefined): string[] | null {
  if (!weekly || weekly.length === 0) return null;
  const labels = weekly.map((w) => JSON.stringify(weekLabel(w)));
  const merged = weekly.map((w) => count(w.merged));
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Merged PRs per week"',
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "Merged PRs" 0 --> ${axisTop(Math.max(...merged))}`,
    `    bar [${merged.join(', ')}]`,
    '```',
  ];
}
