/** Plain-TypeScript statistics for oracle tests, independent of DuckDB. */

/** Linear interpolation between closest ranks: DuckDB's quantile_cont, and numpy's default. */
export function quantileCont(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export const hoursBetween = (from: string | null | undefined, to: string | null | undefined): number | null =>
  from && to ? Math.max(0, Date.parse(to) - Date.parse(from)) / 3_600_000 : null;

export const earliest = (times: Array<string | null | undefined>): string | null => {
  const present = times.filter((t): t is string => !!t);
  return present.length ? present.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
};

/** Asserts-friendly summary of a sample: n and the three quantiles, rounded like the model. */
export function summary(values: number[]): { n: number; p50: number | null; p75: number | null; p90: number | null } {
  const r = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return { n: values.length, p50: r(quantileCont(values, 0.5)), p75: r(quantileCont(values, 0.75)), p90: r(quantileCont(values, 0.9)) };
}
