import type { Unit } from '../../metrics/model.js';

/**
 * Numbers for people, the same bytes on every machine: no locale APIs, only toFixed and a
 * hand-written thousands separator. Durations are hours in the model; they read as minutes
 * under an hour, hours up to 48 h, and days above.
 */

export type Verdict = 'better' | 'worse' | 'same';
export type Better = 'higher' | 'lower' | null;

const MINUS = '−';

export function groupThousands(value: number): string {
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? MINUS : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A duration in hours, unsigned. */
export function formatHours(hours: number): string {
  const h = Math.abs(hours);
  const minutes = Math.round(h * 60);
  if (minutes < 60) return `${minutes} min`;
  if (h <= 48) return `${h.toFixed(1)} h`;
  return `${(h / 24).toFixed(1)} d`;
}

/** The magnitude of a value in its unit, without sign handling beyond what the unit needs. */
function magnitude(value: number, unit: Unit, asDelta: boolean): string {
  const v = Math.abs(value);
  switch (unit) {
    case 'hours':
      return formatHours(v);
    case 'days':
      return `${v.toFixed(1)} d`;
    case 'share':
      // A change of a share is in percentage points, not a percent of a percent.
      return asDelta ? `${(v * 100).toFixed(1)} pp` : `${(v * 100).toFixed(1)}%`;
    case 'per_day':
      return `${v.toFixed(1)}/day`;
    case 'per_week':
      return `${v.toFixed(1)}/week`;
    case 'ratio':
      return v.toFixed(2);
    case 'count':
    case 'prs':
      return Number.isInteger(v) ? groupThousands(v) : groupThousands(Number(v.toFixed(1)));
  }
}

/** A value in its unit, or an em dash when there is none. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value < 0 ? MINUS : ''}${magnitude(value, unit, false)}`;
}

/** True when a formatted number shows as zero ("0 min", "0.0 pp", "0"). */
const showsZero = (text: string) => !/[1-9]/.test(text);

export function verdictOf(better: Better, delta: number | null): Verdict | null {
  if (better === null || delta === null) return null;
  if (delta === 0) return 'same';
  return delta > 0 === (better === 'higher') ? 'better' : 'worse';
}

/**
 * The change against the previous period: an arrow for the direction of the number (so no
 * sign) and a word for whether that is good, e.g. "↓ 42 min, better". A change that rounds to nothing reads as
 * "→ no change" whatever its sign.
 */
export function formatChange(delta: number | null | undefined, unit: Unit, verdict: Verdict | null): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return 'no previous data';
  const size = magnitude(delta, unit, true);
  if (delta === 0 || showsZero(size)) return '→ no change';
  const word = verdict === 'better' || verdict === 'worse' ? `, ${verdict}` : '';
  return `${delta > 0 ? '↑' : '↓'} ${size}${word}`;
}

/** `n`, flagged when the sample is too small to trust. */
export function formatN(n: number | null | undefined, lowSample: boolean): string {
  const count = groupThousands(n ?? 0);
  return lowSample ? `${count} ⚠️ low sample` : count;
}

/** The date part of an ISO instant (`2026-11-16`), or an em dash. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '—' : new Date(time).toISOString().slice(0, 10);
}

/** `2026-11-16 12:00 UTC` */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '—' : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupThousands(n)} ${n === 1 ? one : many}`;
}
