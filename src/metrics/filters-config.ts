import { z } from 'zod';

/**
 * `metrics.filters`: which pull requests, issues and repositories a report reads
 * (docs/configuration.md "Filters", docs/metrics/README.md "Filters"). Each of labels,
 * authors, titles and repositories has an `include` and an `exclude` list; an empty list
 * filters nothing. Everything is matched case-insensitively, and an exclude wins over an
 * include. The lists are applied in SQL (metrics/sql/filters.sql).
 */

/**
 * What DuckDB's regular expressions (RE2) refuse although JavaScript accepts it: lookaround,
 * named groups written `(?<name>…)`, and backreferences. Outside a character class only; an
 * escaped character is skipped. Returns the construct found, or null.
 */
export function re2Unsupported(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `the backreference \\${next}`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return 'a named backreference (\\k<…>)';
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === ']') i++; // a leading ] is a literal
    } else if (c === '(' && pattern[i + 1] === '?') {
      const kind = pattern.slice(i + 2, i + 4);
      if (kind.startsWith('=') || kind.startsWith('!')) return 'a lookahead (?= or (?!';
      if (kind === '<=' || kind === '<!') return 'a lookbehind (?<= or (?<!';
      if (kind.startsWith('<')) return 'a named group (?<name>…); use an unnamed group (…) instead';
    }
  }
  return null;
}

const titlePattern = z.string().min(1).superRefine((pattern, ctx) => {
  try {
    new RegExp(pattern, 'i');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not a valid regular expression (${(error as Error).message}); escape special characters such as ( [ . * + ? with a backslash` });
    return;
  }
  const unsupported = re2Unsupported(pattern);
  if (unsupported) ctx.addIssue({ code: 'custom', message: `uses ${unsupported}, which DuckDB's regular expressions (RE2) do not support` });
});

/** owner/name, where `*` stands for any characters (`acme/*`, `*\/docs`, `acme/web-*`). */
const repositoryPattern = z
  .string()
  .regex(/^[A-Za-z0-9_.*-]+\/[A-Za-z0-9_.*-]+$/, 'must be owner/name, with * for any characters (e.g. acme/* or acme/web-*)');

/** A GitHub login (Enterprise managed users' have an underscore); a bot's may end in [bot]. */
const login = z.string().regex(/^[A-Za-z0-9_.-]+(?:\[bot\])?$/, 'must be a GitHub login such as octocat (without @)');

const label = z.string().trim().min(1, 'must not be empty');

function includeExclude<T extends z.ZodType<string>>(item: T) {
  return z.object({ include: z.array(item).default([]), exclude: z.array(item).default([]) }).strict().default({ include: [], exclude: [] });
}

export const filtersSchema = z
  .object({
    labels: includeExclude(label),
    authors: includeExclude(login),
    titles: includeExclude(titlePattern),
    repositories: includeExclude(repositoryPattern),
  })
  .strict()
  .default({ labels: { include: [], exclude: [] }, authors: { include: [], exclude: [] }, titles: { include: [], exclude: [] }, repositories: { include: [], exclude: [] } });

export type MetricsFilters = z.infer<typeof filtersSchema>;
export type FilterKind = keyof MetricsFilters;
export const FILTER_KINDS: readonly FilterKind[] = ['labels', 'authors', 'titles', 'repositories'];

/** True when any list names anything: only then does a report filter at all. */
export function hasFilters(filters: MetricsFilters): boolean {
  return FILTER_KINDS.some((kind) => filters[kind].include.length > 0 || filters[kind].exclude.length > 0);
}

/** One regex that matches when any of `patterns` does; '' for none (filters.sql reads '' as "no list"). */
export function anyOf(patterns: readonly string[]): string {
  return patterns.map((p) => `(?:${p})`).join('|');
}

/** Repository globs as one anchored, lower-case regex ('' for none): `*` is any characters. */
export function repositoryRegex(globs: readonly string[]): string {
  if (globs.length === 0) return '';
  return `^(?:${globs.map((g) => g.toLowerCase().replace(/\./g, '\\.').replace(/\*/g, '.*')).join('|')})$`;
}
