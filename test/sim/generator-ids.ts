/**
 * Identifiers and time formatting for generated datasets. Node ids are unique across the whole
 * dataset (one counter for every kind), databaseIds are unique per kind, commit oids carry a
 * counter so they can never collide, whatever the random part.
 */
import type { Rng } from './generator-random.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** GitHub-style prefixes, so a node id says what it is in test failures. */
export type NodeKind =
  | 'U' | 'BOT' | 'R' | 'LA' | 'PR' | 'PRR' | 'IC' | 'I' | 'C'
  | 'RRE' | 'RRRE' | 'RFRE' | 'CTDE' | 'CE' | 'REE' | 'ME' | 'HRFPE'
  | 'WF' | 'WFR' | 'DE' | 'DES' | 'RE';

export class IdFactory {
  private nodeCounter = 0;
  private oidCounter = 0;
  private readonly dbCounters = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  node(kind: NodeKind): string {
    this.nodeCounter += 1;
    return `${kind}_kwDOsim${this.nodeCounter.toString(36).padStart(6, '0')}`;
  }

  /** Per-kind REST id; each kind starts at its own base so ids look like GitHub's. */
  database(kind: string, base = 1_000_000): number {
    const next = (this.dbCounters.get(kind) ?? 0) + 1;
    this.dbCounters.set(kind, next);
    return base + next;
  }

  /** A 40-hex commit oid: 8 hex of counter (uniqueness) + 32 random hex (looks real). */
  oid(): string {
    this.oidCounter += 1;
    return this.rng.hex(32) + this.oidCounter.toString(16).padStart(8, '0');
  }
}

/**
 * ISO-8601 without milliseconds, as GitHub prints it. With `offsetHours`, the same instant is
 * written in that offset (`…T14:00:00+02:00`), which consumers must normalise to UTC.
 */
export function iso(ms: number, offsetHours = 0): string {
  const whole = Math.floor(ms / SECOND) * SECOND;
  if (offsetHours === 0) return `${new Date(whole).toISOString().slice(0, 19)}Z`;
  const shifted = new Date(whole + offsetHours * HOUR).toISOString().slice(0, 19);
  const sign = offsetHours >= 0 ? '+' : '-';
  const abs = Math.abs(offsetHours);
  return `${shifted}${sign}${String(Math.floor(abs)).padStart(2, '0')}:${String(Math.round((abs % 1) * 60)).padStart(2, '0')}`;
}

export function parseTime(value: string, what: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`${what}: not an ISO-8601 timestamp: ${JSON.stringify(value)}`);
  return ms;
}

/** Moves a time onto a working day, so weekends stay quiet the way they are in real teams. */
export function onWorkday(ms: number): number {
  const day = new Date(ms).getUTCDay();
  if (day === 6) return ms + 2 * DAY;
  if (day === 0) return ms + DAY;
  return ms;
}

/** A time of day in working hours (UTC 07:00–19:00, centred on 13:00). */
function workTimeOfDay(rng: Rng): number {
  const hours = Math.min(19, Math.max(7, 13 + rng.normal() * 2.8));
  return hours * HOUR;
}

/**
 * When something is opened in [from, to): working hours on working days, with activity
 * growing over the period (density rising linearly from 0.6 to 1.4), as a growing team shows.
 */
export function openingTime(rng: Rng, from: number, to: number): number {
  const a = 0.6;
  const b = 0.8;
  const x = (-a + Math.sqrt(a * a + 2 * b * rng.next())) / b;
  const days = Math.floor((to - from) / DAY);
  const day = from + Math.floor(x * days) * DAY;
  const ms = onWorkday(day - (day % DAY)) + workTimeOfDay(rng);
  return ms < to ? ms : to - rng.int(10, 360) * MINUTE;
}
