import { ConfigError } from '../errors.js';
import { INPUT_DEFAULTS } from './inputs.js';

/** Raw inputs by Action input name (`page-size`), as strings; empty means "not set". */
export type RawInputs = Readonly<Record<string, string | undefined>>;

export function value(raw: RawInputs, name: string): string {
  const given = raw[name]?.trim();
  return given ? given : (INPUT_DEFAULTS[name] ?? '');
}

export function integer(raw: RawInputs, name: string, min: number, max: number): number {
  const text = value(raw, name);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new ConfigError(name, `"${text}" must be a whole number from ${min} to ${max}`);
  return n;
}

export function date(raw: RawInputs, name: string): string | undefined {
  const text = value(raw, name);
  if (!text) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) throw new ConfigError(name, `"${text}" is not a date; write YYYY-MM-DD`);
  return new Date(ms).toISOString();
}


/** `true`/`false` (GitHub's YAML booleans arrive as these strings). */
export function boolean(raw: RawInputs, name: string): boolean {
  const text = value(raw, name).toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new ConfigError(name, `"${text}" must be true or false`);
}

export function oneOf<T extends string>(raw: RawInputs, name: string, allowed: readonly T[]): T {
  const text = value(raw, name);
  if (!(allowed as readonly string[]).includes(text)) throw new ConfigError(name, `"${text}" must be one of ${allowed.join(', ')}`);
  return text as T;
}
