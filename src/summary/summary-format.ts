import type { Figure, Unit } from '../metrics/model.js';

/**
 * Numbers as the rules summary writes them. Every form here is one the grounding check reads
 * back (summary-grounding.ts): durations as minutes under an hour, hours up to 48 h and days
 * above; shares as percent and their changes in percentage points; counts grouped by thousands.
 * No locale APIs, so the same report gives the same bytes everywhere.
 */
function grouped(value: number): string {
  const [whole = '0', fraction] = value.toString().split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

export function formatHours(hours: number): string {
  const h = Math.abs(hours);
  const minutes = Math.round(h * 60);
  if (minutes < 60) return `${minutes} min`;
  if (h <= 48) return `${h.toFixed(1)} h`;
  return `${(h / 24).toFixed(1)} d`;
}

/** A magnitude in its unit (changes are written with a word for their direction, never a sign). */
export function formatAmount(value: number, unit: Unit | string, asChange = false): string {
  const v = Math.abs(value);
  switch (unit) {
    case 'hours':
      return formatHours(v);
    case 'days':
      return `${v.toFixed(1)} d`;
    case 'share':
      return asChange ? `${(v * 100).toFixed(1)} pp` : `${(v * 100).toFixed(1)}%`;
    case 'per_day':
      return `${v.toFixed(1)} per day`;
    case 'per_week':
      return `${v.toFixed(1)} per week`;
    case 'ratio':
      return v.toFixed(2);
    default:
      return Number.isInteger(v) ? grouped(v) : grouped(Number(v.toFixed(1)));
  }
}

/** True when a written amount shows as zero ("0 min", "0.0 pp"). */
const showsZero = (text: string) => !/[1-9]/.test(text);

/** "up 1.3 h from 12.0 h", "unchanged", or "" when there is no previous period. */
export function changePhrase(figure: Figure): string {
  if (figure.delta === null || figure.previous === null) return '';
  const size = formatAmount(figure.delta, figure.unit, true);
  if (figure.delta === 0 || showsZero(size)) return 'unchanged';
  return `${figure.delta > 0 ? 'up' : 'down'} ${size} from ${formatAmount(figure.previous, figure.unit)}`;
}

/** "Cycle time (p50) is 12.3 h, down 1.3 h from 13.6 h" */
export function figureSentence(label: string, figure: Figure): string {
  const change = changePhrase(figure);
  return `${label} is ${formatAmount(figure.value ?? 0, figure.unit)}${change ? `, ${change}` : ''}`;
}

/** The relative change in percent, or null when there is no previous value to divide by. */
export function relativeChange(figure: Figure | undefined): number | null {
  if (!figure || figure.delta === null || !figure.previous) return null;
  return figure.delta / figure.previous;
}

export const prReference = (pr: { repository: string; number: number }): string => `${pr.repository}#${pr.number}`;

/** "a", "a and b", "a, b and c" */
export function listOf(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
