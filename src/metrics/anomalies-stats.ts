/**
 * The robust z-score behind anomaly flags (Iglewicz & Hoaglin's modified z-score): how far a
 * week's value lies from the median of the weeks before it, in units of their median absolute
 * deviation (MAD). Median and MAD ignore a few wild weeks in the baseline, unlike mean and
 * standard deviation, so one bad week does not hide the next.
 */
export const Z_THRESHOLD = 3.5;
/** The baseline: the 12 ISO weeks before the week judged. */
export const BASELINE_WEEKS = 12;
/** Fewer baseline weeks with a value than this and the week is not judged. */
export const MIN_BASELINE = 8;
/** 0.6745 = Φ⁻¹(0.75): makes MAD comparable to a standard deviation for normal data. */
const MAD_FACTOR = 0.6745;
/** When MAD is 0 the mean absolute deviation stands in: 1.253314 = √(π/2) (IBM SPSS's rule). */
const MEAN_AD_FACTOR = 1.253314;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RobustScore {
  median: number | null;
  mad: number | null;
  /** Which spread the score is in units of; null when there is none (all baseline weeks equal). */
  scale: 'mad' | 'mean_absolute_deviation' | null;
  z: number | null;
}

/**
 * z = 0.6745 × (x − median) / MAD. With MAD = 0 (most baseline weeks equal), the mean absolute
 * deviation is used: z = (x − median) / (1.253314 × meanAD). With that 0 too (every week the
 * same), there is no spread to measure against and z is null: nothing is flagged.
 */
export function robustZ(value: number, baseline: number[]): RobustScore {
  const m = median(baseline);
  if (m === null) return { median: null, mad: null, scale: null, z: null };
  const deviations = baseline.map((v) => Math.abs(v - m));
  const mad = median(deviations)!;
  if (mad > 0) return { median: m, mad, scale: 'mad', z: (MAD_FACTOR * (value - m)) / mad };
  const meanAd = deviations.reduce((a, b) => a + b, 0) / deviations.length;
  if (meanAd > 0) return { median: m, mad, scale: 'mean_absolute_deviation', z: (value - m) / (MEAN_AD_FACTOR * meanAd) };
  return { median: m, mad, scale: null, z: null };
}

export const isFlagged = (z: number | null): boolean => z !== null && Math.abs(z) >= Z_THRESHOLD;
