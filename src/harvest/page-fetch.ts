import { GraphQLPartialError, type GitHubClient } from '../github/client.js';
import { RateLimitError } from '../errors.js';
import type { Logger } from '../log.js';

export type GraphQLRunner = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export interface PageFetchOptions {
  /** Attempts per page before the harvest stops (state up to the last stored page is kept). */
  attempts?: number;
  /** Delay before the first retry; doubles each time. */
  backoffMs?: number;
}

/**
 * Whether an answer's errors are all NOT_FOUND on entries of the given top-level lists: a
 * `nodes(ids:)` list naming something deleted since, which is an answer, not a failure.
 */
function onlyMissingNodes(error: unknown, lists: readonly string[]): boolean {
  return error instanceof GraphQLPartialError && error.data !== null && error.errors.length > 0
    && error.errors.every((e) => e.type === 'NOT_FOUND' && e.path?.length === 2 && lists.includes(String(e.path[0])));
}

/** 502/504 and timeouts mean the query was too heavy for GitHub's time budget. */
export function isTooHeavy(error: unknown): boolean {
  const e = error as { status?: number; name?: string; message?: string; cause?: { name?: string } };
  if (e.status === 502 || e.status === 504) return true;
  const text = `${e.name ?? ''} ${e.message ?? ''} ${e.cause?.name ?? ''}`;
  return /timeout|aborted|TimeoutError|AbortError|ECONNRESET|socket hang up|other side closed|fetch failed/i.test(text);
}

function isRetriable(error: unknown): boolean {
  // A spent budget resets later than a run waits: retrying only spends the run's time.
  if (error instanceof RateLimitError) return false;
  if (error instanceof GraphQLPartialError) return true;
  const status = (error as { status?: number }).status;
  return isTooHeavy(error) || status === 500 || status === 503 || status === 403 || status === 429;
}

/**
 * Runs one page request with the page-level recovery GitHub asks for: on 502/504 or a
 * timeout the page size is halved (down to `minPageSize`) and the page retried; a response
 * with GraphQL errors is never used, only retried. Octokit's own plugins have already
 * retried rate limits and transient errors by the time an error reaches here.
 */
export async function fetchPage<T>(
  client: GitHubClient,
  log: Logger,
  pageSize: { value: number; min: number },
  build: (pageSize: number) => { query: string; variables: Record<string, unknown> },
  options: PageFetchOptions = {},
  /** Top-level `nodes` lists whose NOT_FOUND entries are answers (null), not errors. */
  nodeLists: readonly string[] = [],
): Promise<T> {
  const attempts = options.attempts ?? 6;
  let delay = options.backoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    const { query, variables } = build(pageSize.value);
    try {
      return await client.graphql<T>(query, variables);
    } catch (error) {
      if (onlyMissingNodes(error, nodeLists)) return (error as GraphQLPartialError).data as T;
      if (attempt >= attempts || !isRetriable(error)) throw error;
      client.meter.recordRetry();
      if (isTooHeavy(error) && pageSize.value > pageSize.min) {
        pageSize.value = Math.max(pageSize.min, Math.floor(pageSize.value / 2));
        log.info(`GitHub timed out; page size halved to ${pageSize.value}`);
      } else {
        log.info(`Page request failed (${(error as Error).message.slice(0, 160)}); retry ${attempt} in ${delay} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30_000);
    }
  }
}

/** A runner for follow-up requests, with the same retries but no page size to halve. */
export function graphQLRunner(client: GitHubClient, log: Logger, options: PageFetchOptions = {}): GraphQLRunner {
  return <T>(query: string, variables: Record<string, unknown>) =>
    fetchPage<T>(client, log, { value: 1, min: 1 }, () => ({ query, variables }), options);
}
