import { LOW_SAMPLE, type Distribution, type Figure, type Figures, type Unit } from './model.js';

/** Rounds for the model: hours and rates to 3 decimals, so reports are stable byte for byte. */
export function round(value: number | null | undefined, digits = 3): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function distribution(row: { n?: number | null; p50?: number | null; p75?: number | null; p90?: number | null; mean?: number | null } | undefined): Distribution {
  const n = Number(row?.n ?? 0);
  return { n, p50: round(row?.p50), p75: round(row?.p75), p90: round(row?.p90), mean: round(row?.mean), lowSample: n < LOW_SAMPLE };
}

export function figure(label: string, unit: Unit, value: number | null, n: number, previous: number | null): Figure {
  const v = round(value);
  const p = round(previous);
  return { value: v, n, unit, lowSample: n < LOW_SAMPLE, previous: p, delta: v !== null && p !== null ? round(v - p) : null, label };
}

/** `flow.cycle_time.p50`, `.p75`, `.p90` from a distribution and its previous-period twin. */
export function distributionFigures(id: string, label: string, current: Distribution, previous: Distribution): Figures {
  const figures: Figures = {};
  for (const q of ['p50', 'p75', 'p90'] as const) figures[`${id}.${q}`] = figure(`${label} (${q})`, 'hours', current[q], current.n, previous[q]);
  return figures;
}

/** The figures with no previous value or delta: the previous period was not harvested. */
export function withoutPrevious(figures: Figures): Figures {
  return Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, { ...f, previous: null, delta: null }]));
}

/**
 * A section without its previous-period numbers: every key named `previous…`, at any depth
 * of its objects, becomes null. Sections hold such numbers beside their figures (flow's
 * `previousStages` and `throughput.previous`, DORA's `previousTotals`, CI's and issues'
 * `previous`, …); a previous period the harvest read only in part must not show in any.
 * Rows of lists are left alone: none of them is a previous-period value.
 */
export function sectionWithoutPrevious<T>(section: T): T {
  if (section === null || typeof section !== 'object' || Array.isArray(section)) return section;
  return Object.fromEntries(
    Object.entries(section).map(([key, value]) => [key, /^previous/.test(key) ? null : sectionWithoutPrevious(value)]),
  ) as T;
}
