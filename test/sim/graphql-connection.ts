/**
 * One Relay connection implementation for every list the simulator serves. Cursors are opaque
 * base64 of the item's sort key (not its offset), so a page boundary stays put when items are
 * added or reordered between requests, as GitHub's keyset cursors do.
 */
import { GitHubGraphQLError, Plain } from './graphql-field-resolver.js';
import { epochMs } from './timestamps.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export type SortKey = ReadonlyArray<string | number>;

export interface ConnectionOptions<T> {
  /** Sort key per item; include a unique tiebreaker. Defaults to the position in `items`. */
  key?: (item: T, position: number) => SortKey;
  descending?: boolean;
  /** Turns a dataset item into the GraphQL source for `nodes` / `edges.node`. */
  node: (item: T) => unknown;
  /** Extra connection fields (e.g. `filteredCount`). */
  extra?: Record<string, unknown>;
}

/** GitHub's pagination-argument errors, shared with the pre-execution cost analysis. */
export function paginationError(connection: string, first: number | null | undefined, last: number | null | undefined):
  { message: string; type: string } | null {
  if (first == null && last == null) {
    return { type: 'MISSING_PAGINATION_BOUNDARIES', message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.` };
  }
  if (first != null && last != null) {
    return { type: 'INVALID_PAGINATION', message: `Passing both \`first\` and \`last\` to paginate the \`${connection}\` connection is not supported.` };
  }
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value == null) continue;
    if (value < 0) return { type: 'INVALID_PAGINATION', message: `\`${name}\` on the \`${connection}\` connection cannot be less than zero.` };
    if (value > MAX_PAGE_SIZE) {
      return { type: 'EXCESSIVE_PAGINATION', message: `Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE_SIZE} records.` };
    }
  }
  return null;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(`cursor:v2:${JSON.stringify(key)}`).toString('base64');
}

export function decodeCursor(cursor: string): SortKey {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith('cursor:v2:')) throw new GitHubGraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
  try {
    const key: unknown = JSON.parse(text.slice('cursor:v2:'.length));
    if (Array.isArray(key)) return key as SortKey;
  } catch { /* fall through to the GitHub-style error */ }
  throw new GitHubGraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
}

function compareKeys(a: SortKey, b: SortKey): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function connection<T>(name: string, items: readonly T[], args: PageArgs, options: ConnectionOptions<T>): Plain {
  const problem = paginationError(name, args.first, args.last);
  if (problem) throw new GitHubGraphQLError(problem.message, problem.type);
  const sign = options.descending ? -1 : 1;
  const keyOf = options.key ?? ((_item: T, position: number) => [position]);
  const keyed = items.map((item, position) => ({ item, key: keyOf(item, position) }));
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key));

  let start = 0;
  let end = keyed.length;
  if (args.after != null) {
    const after = decodeCursor(args.after);
    while (start < end && sign * compareKeys(keyed[start]!.key, after) <= 0) start++;
  }
  if (args.before != null) {
    const before = decodeCursor(args.before);
    let stop = start;
    while (stop < end && sign * compareKeys(keyed[stop]!.key, before) < 0) stop++;
    end = stop;
  }
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const page = keyed.slice(start, end);

  const nodes = () => page.map((entry) => options.node(entry.item));
  const edges = () => page.map((entry) => new Plain({ node: options.node(entry.item), cursor: encodeCursor(entry.key) }));
  const first = page[0];
  const last = page[page.length - 1];
  return new Plain({
    totalCount: items.length,
    nodes,
    edges,
    pageInfo: new Plain({
      hasNextPage: end < keyed.length,
      hasPreviousPage: start > 0,
      startCursor: first ? encodeCursor(first.key) : null,
      endCursor: last ? encodeCursor(last.key) : null,
    }),
    ...options.extra,
  });
}

// Sort keys for GitHub's `orderBy` inputs. Keys end with a unique tiebreaker so cursors are
// unambiguous; timestamps compare as instants because datasets may mix UTC offsets.
export interface OrderInput {
  field?: string;
  direction?: 'ASC' | 'DESC';
}

export interface Ordering<T> {
  key: (item: T) => SortKey;
  descending: boolean;
}

/** Builds an ordering from a map of supported `field` values; unknown fields are an error. */
export function ordering<T>(
  label: string,
  orderBy: unknown,
  fields: Record<string, (item: T) => string | number>,
  tiebreak: (item: T) => number | string,
  fallback: { field: string; direction: 'ASC' | 'DESC' },
): Ordering<T> {
  const input = (orderBy ?? fallback) as OrderInput;
  const field = input.field ?? fallback.field;
  const pick = fields[field];
  if (!pick) throw new GitHubGraphQLError(`flowmeter simulator: ${label} orderBy field ${field} is not implemented`, 'NOT_IMPLEMENTED');
  return { key: (item) => [pick(item), tiebreak(item)], descending: (input.direction ?? fallback.direction) === 'DESC' };
}

export const at = (value: string | null | undefined): number => epochMs(value);
