import { EventPayloadError } from '../../errors.js';
import { actorFromRest, type ActorRef } from '../actors.js';

export type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Typed access to one webhook payload by dotted path (`pull_request.head.sha`). Every failure
 * names the event and the path, so a payload that is not what its event name says fails with
 * one line a user can act on.
 *
 * The optional readers distinguish three cases on purpose: `undefined` when the field is absent
 * (the payload does not know it, so the stored value must be kept), `null` when the payload says
 * null (the value really is empty now), and the value itself.
 */
export class EventPayload {
  readonly root: JsonObject;

  constructor(readonly eventName: string, payload: unknown) {
    if (!isObject(payload)) throw new EventPayloadError(`${eventName} event payload is not a JSON object`);
    this.root = payload;
  }

  /** The webhook's `action`, or '' for events that have none. */
  get action(): string {
    return typeof this.root.action === 'string' ? this.root.action : '';
  }

  value(path: string): unknown {
    let current: unknown = this.root;
    for (const key of path.split('.')) {
      if (!isObject(current)) return undefined;
      current = current[key];
    }
    return current;
  }

  /** True when the path holds an object (not null, not absent). */
  hasObject(path: string): boolean {
    return isObject(this.value(path));
  }

  fail(path: string, problem = 'has no'): never {
    throw new EventPayloadError(`${this.eventName} event payload ${problem} ${path}`);
  }

  requireObject(path: string): JsonObject {
    const value = this.value(path);
    if (!isObject(value)) this.fail(path);
    return value;
  }

  requireString(path: string): string {
    const value = this.value(path);
    if (typeof value !== 'string' || value === '') this.fail(path);
    return value;
  }

  requireNumber(path: string): number {
    const value = this.value(path);
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(path);
    return value;
  }

  requireTime(path: string): string {
    const value = this.time(path);
    if (value == null) this.fail(path);
    return value;
  }

  string(path: string): string | null | undefined {
    return this.typed(path, 'string', (v): v is string => typeof v === 'string');
  }

  number(path: string): number | null | undefined {
    return this.typed(path, 'number', (v): v is number => typeof v === 'number' && Number.isFinite(v));
  }

  boolean(path: string): boolean | null | undefined {
    return this.typed(path, 'boolean', (v): v is boolean => typeof v === 'boolean');
  }

  /**
   * An ISO-8601 UTC string. Webhooks give most times as ISO strings, but the `repository`
   * object of some events gives `created_at`/`pushed_at` as unix seconds.
   */
  time(path: string): string | null | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) return value;
    const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) this.fail(path, 'has an invalid time in');
    return new Date(ms).toISOString();
  }

  /** Names of a list of `{ name }` objects (labels), or of plain strings (topics). */
  names(path: string): string[] | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) this.fail(path, 'has a non-list');
    return value
      .map((item: unknown) => (typeof item === 'string' ? item : isObject(item) ? item.name : undefined))
      .filter((name): name is string => typeof name === 'string');
  }

  /** A REST user object as a normalised actor; undefined when absent, null for a deleted account. */
  actor(path: string): ActorRef | null | undefined {
    const value = this.value(path);
    if (value === undefined) return undefined;
    return actorFromRest(isObject(value) ? (value as Parameters<typeof actorFromRest>[0]) : null);
  }

  /** The list at `path` (absent or null → empty). */
  list(path: string): unknown[] {
    const value = this.value(path);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(path, 'has a non-list');
    return value;
  }

  private typed<T>(path: string, type: string, check: (v: unknown) => v is T): T | null | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) return value;
    if (!check(value)) this.fail(path, `has a non-${type}`);
    return value;
  }
}

/** REST gives enum values in lower case; GraphQL (and so the schema) in upper case. */
export function upper<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.toUpperCase() : value) as T;
}
