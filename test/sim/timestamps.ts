/**
 * GitHub always answers in UTC with a `Z` suffix and no fractional seconds, while datasets may
 * store any ISO-8601 offset. Everything the simulator emits goes through `isoUtc` so a harvester
 * never sees a shape GitHub would not send.
 */

export function isoUtc(value: string): string;
export function isoUtc(value: string | null | undefined): string | null;
export function isoUtc(value: string | null | undefined): string | null {
  if (value == null) return null;
  // Already GitHub-shaped: return untouched so "exactly as stored" holds byte for byte.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`invalid timestamp in dataset: ${JSON.stringify(value)}`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Milliseconds since the epoch, for ordering values that may carry different offsets. */
export function epochMs(value: string | null | undefined): number {
  if (value == null) return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`invalid timestamp in dataset: ${JSON.stringify(value)}`);
  return ms;
}

/** GitHub-shaped UTC timestamp for a moment the simulator itself produces (e.g. a new comment). */
export function isoFromDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
