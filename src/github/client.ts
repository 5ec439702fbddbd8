import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { createAppAuth } from '@octokit/auth-app';
import Bottleneck from 'bottleneck';
import { GitHubApiError, RateLimitError } from '../errors.js';
import { addSecret, type Logger } from '../log.js';
import { proxyAwareFetch } from '../network/proxy-fetch.js';
import { FLOWMETER_VERSION } from '../version.js';
import { CostMeter } from './cost-meter.js';

export type GitHubAuth =
  | { kind: 'token'; token: string }
  | { kind: 'app'; appId: string; privateKey: string; installationId?: number; owner: string };

export interface GitHubClientOptions {
  auth: GitHubAuth;
  /** https://api.github.com, a GHES `https://HOST/api/v3`, or the simulator's URL. */
  apiUrl: string;
  /** Per-request timeout; a request that takes longer is aborted and retried. */
  timeoutMs?: number;
  /** Longest wait for a primary rate-limit reset before giving up (state is saved first). */
  maxRateLimitWaitSeconds?: number;
  /** Base of the retry backoff and of `retry-after` waits; tests shorten it. */
  retryBaseMs?: number;
  /**
   * Pause between POSTs (GraphQL queries are POSTs). GitHub asks for one second between
   * writes to stay clear of secondary rate limits; the simulator needs none.
   */
  minPostIntervalMs?: number;
  log: Logger;
}

export interface RestResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GitHubClient {
  readonly meter: CostMeter;
  /** Runs a GraphQL document; a response carrying `errors` throws `GraphQLPartialError`. */
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  rest<T>(route: string, params?: Record<string, unknown>): Promise<RestResponse<T>>;
}

/** A GraphQL answer that came with errors: its data is incomplete and must not be stored. */
export interface GraphQLErrorEntry {
  type?: string;
  message: string;
  /** Where in the answer the error struck, e.g. ['organization'] (GitHub sends it). */
  path?: Array<string | number>;
}

export class GraphQLPartialError extends Error {
  /** `data` is what came with the errors: only a caller that knows which errors are harmless may read it. */
  constructor(readonly errors: GraphQLErrorEntry[], readonly data: unknown = null) {
    super(`GitHub GraphQL returned errors: ${errors.map((e) => `${e.type ?? 'ERROR'}: ${e.message}`).join('; ')}`);
  }
}

const FlowmeterOctokit = Octokit.plugin(throttling, retry, paginateRest);

/**
 * Where `POST /graphql` goes. GitHub Enterprise Server serves GraphQL at `/api/graphql`, beside
 * the REST root `/api/v3`, not under it (as @octokit/graphql also does); github.com and the
 * simulator serve both from one root. The route stays `/graphql`, so the throttling plugin
 * still recognises GraphQL requests and their RATE_LIMITED answers.
 */
export function graphqlBaseUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.slice(0, -'/v3'.length) : base;
}

export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const meter = new CostMeter();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 900;
  const log = options.log;
  // Through HTTPS_PROXY/HTTP_PROXY when set (NO_PROXY respected), for every request the client
  // makes: REST, GraphQL and the App's installation-token requests alike.
  const baseFetch = proxyAwareFetch(process.env, log);
  const timedFetch: typeof fetch = (input, init) =>
    baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });

  const installationId = options.auth.kind === 'app' ? await findInstallation(options, timedFetch) : undefined;
  if (options.auth.kind === 'token') addSecret(options.auth.token);
  if (options.auth.kind === 'app') addSecret(options.auth.privateKey);

  const graphqlBase = graphqlBaseUrl(options.apiUrl);
  // Per budget (GraphQL points, REST requests), set when a rate-limited request gave up: that
  // request and every later one on the same budget fail with it, without another call.
  const exhausted = new Map<'graphql' | 'core', RateLimitError>();
  const send = <R>(budget: 'graphql' | 'core', request: () => Promise<R>) => requestOrExplain(request, () => exhausted.get(budget) ?? null);
  const octokit = new FlowmeterOctokit({
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `flowmeter/${FLOWMETER_VERSION}`,
    request: { fetch: timedFetch },
    ...(options.auth.kind === 'token'
      ? { auth: options.auth.token }
      : { authStrategy: createAppAuth, auth: { appId: options.auth.appId, privateKey: options.auth.privateKey, installationId } }),
    retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minPostIntervalMs ?? 1000 }),
      // Comment and issue creation: GitHub's content-creation limit asks for more spacing.
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minPostIntervalMs === undefined ? 3000 : options.minPostIntervalMs * 3 }),
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryAfter > maxWait || retryCount >= 3) {
          log.warning(`Rate limit reached on ${request.method} ${request.url}; reset in ${retryAfter}s is past the ${maxWait}s wait limit`);
          exhausted.set(String(request.url).endsWith('/graphql') ? 'graphql' : 'core', new RateLimitError(new Date(Date.now() + retryAfter * 1000), maxWait));
          return false;
        }
        log.info(`Rate limit reached; waiting ${retryAfter}s for the reset`);
        meter.recordRetry();
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryCount >= 5) return false;
        log.info(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        meter.recordRetry();
        return true;
      },
    },
  });

  octokit.hook.after('request', (response, request) => {
    meter.recordRequest(String(request.url).endsWith('/graphql'), response.headers as never);
  });
  octokit.hook.error('request', (error, request) => {
    const e = error as { status?: number; response?: { headers?: Record<string, string> } };
    meter.recordRequest(String(request.url).endsWith('/graphql'), e.response?.headers);
    if (e.status === 304) {
      meter.recordNotModified();
      return { status: 304, data: undefined, headers: e.response?.headers ?? {}, url: String(request.url) } as never;
    }
    throw error;
  });

  return {
    meter,
    async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const response = await send('graphql', () => octokit.request('POST /graphql', { query, variables, baseUrl: graphqlBase }));
      const body = response.data as { data?: T & { rateLimit?: { cost: number; remaining: number; resetAt: string } }; errors?: GraphQLErrorEntry[] };
      meter.recordGraphQLCost(body.data?.rateLimit);
      if (body.errors?.length) throw new GraphQLPartialError(body.errors, body.data ?? null);
      if (!body.data) throw new GraphQLPartialError([{ message: 'response had no data' }]);
      return body.data;
    },
    async rest<T>(route: string, params: Record<string, unknown> = {}): Promise<RestResponse<T>> {
      const response = await send('core', () => octokit.request(route, params));
      return { status: response.status, data: response.data as T, headers: response.headers as RestResponse<T>['headers'] };
    },
  };
}

/** Turns the errors no retry can fix into one clear message; others pass through to the caller's retry. */
async function requestOrExplain<R>(send: () => Promise<R>, exhausted: () => RateLimitError | null): Promise<R> {
  const spent = exhausted();
  if (spent) throw spent;
  try {
    return await send();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) {
      throw new GitHubApiError('GitHub rejected the credentials (401 Bad credentials): check the `token` input, or `app-id` and `private-key`.', 401, { cause: error });
    }
    throw exhausted() ?? error;
  }
}

/** The App's installation on the repositories' owner, unless `installationId` was given. */
async function findInstallation(options: GitHubClientOptions, timedFetch: typeof fetch): Promise<number> {
  const auth = options.auth as Extract<GitHubAuth, { kind: 'app' }>;
  if (auth.installationId) return auth.installationId;
  const appOctokit = new Octokit({
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    request: { fetch: timedFetch },
    authStrategy: createAppAuth,
    auth: { appId: auth.appId, privateKey: auth.privateKey },
  });
  try {
    const { data } = await appOctokit.request('GET /orgs/{org}/installation', { org: auth.owner });
    return data.id;
  } catch {
    try {
      const { data } = await appOctokit.request('GET /users/{username}/installation', { username: auth.owner });
      return data.id;
    } catch (error) {
      throw new GitHubApiError(`The GitHub App ${auth.appId} is not installed on ${auth.owner}: install it there, or set \`installation-id\`.`, (error as { status?: number }).status, { cause: error });
    }
  }
}
