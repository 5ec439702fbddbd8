/**
 * The GitHub simulator: one loopback HTTP server answering GraphQL at `/graphql` and the REST
 * routes flowmeter uses, over a live in-memory dataset. Octokit points its `baseUrl` here.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimDataset } from './dataset.js';
import { DatasetIndex } from './dataset-index.js';
import { type FaultConfig, FaultInjector, parseFaultConfig } from './faults.js';
import { handleGraphQL } from './graphql-endpoint.js';
import { sendEmpty, sendFault, sendJson } from './http-responses.js';
import { RateLimiter, rateLimitHeaders } from './rate-limit.js';
import { AuthGate } from './request-auth.js';
import { actionsRoutes } from './rest-actions.js';
import { appAuthRoutes } from './rest-app-auth.js';
import { commentRoutes } from './rest-comments.js';
import { issueRoutes } from './rest-issues.js';
import { repoRoutes } from './rest-repos.js';
import { compareRoutes } from './rest-compare.js';
import { DOCS, notFound, type RestContext, RestRouter } from './rest-router.js';
import { type SimulatorStats, StatsRecorder } from './simulator-stats.js';

export type { FaultConfig } from './faults.js';
export type { SimulatorStats } from './simulator-stats.js';

export interface SimulatorOptions {
  dataset: SimDataset;
  /** 0 or omitted: any free port. */
  port?: number;
  faults?: FaultConfig | null;
  /** Points (GraphQL) and requests (REST) per token per hour. Default 5,000. */
  rateLimit?: number;
  /** A string requires `Authorization: token|Bearer <it>`; null (default) accepts anything. */
  token?: string | null;
  /** Clock for timestamps of things the simulator creates (issues, comments). */
  now?: () => Date;
  /** false: the token may not read the organisation's teams, as with a workflow's GITHUB_TOKEN. Default true. */
  teamsReadable?: boolean;
  /**
   * Serve as GitHub Enterprise Server does: REST under `/api/v3`, GraphQL at `/api/graphql`
   * (not under `/api/v3`), and `url` ends in `/api/v3`, what a workflow's `github.api_url` is there.
   */
  enterprise?: boolean;
}

export interface Simulator {
  /** `http://127.0.0.1:PORT` (Enterprise Server mode: `…/api/v3`): Octokit's `baseUrl`. */
  readonly url: string;
  /** Live: mutations (or a replacement) are seen by the next request. */
  dataset: SimDataset;
  stats(): SimulatorStats;
  resetStats(): void;
  setFaults(config: FaultConfig | null): void;
  /** Forget all tokens' spent rate-limit budget. */
  resetRateLimits(): void;
  close(): Promise<void>;
}

const router = new RestRouter([...repoRoutes, ...compareRoutes, ...actionsRoutes, ...issueRoutes, ...commentRoutes, ...appAuthRoutes]);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const state = { dataset: opts.dataset, url: '' };
  const stats = new StatsRecorder();
  const limiter = new RateLimiter(opts.rateLimit ?? 5000);
  const auth = new AuthGate(opts.token ?? null);
  const now = opts.now ?? (() => new Date());
  let injector = opts.faults ? new FaultInjector(opts.faults) : null;
  const heldRequests = new Set<NodeJS.Timeout>();
  const restBase = () => (opts.enterprise ? `${state.url}/api/v3` : state.url);

  const admin = (method: string, path: string, rawBody: string, res: ServerResponse): void => {
    if (method === 'GET' && path === '/_sim/stats') return sendJson(res, 200, stats.snapshot());
    if (method === 'POST' && path === '/_sim/reset-stats') { stats.reset(); return sendJson(res, 200, { ok: true }); }
    if (method === 'POST' && path === '/_sim/faults') {
      try {
        const config = parseFaultConfig(rawBody.trim() === '' ? null : JSON.parse(rawBody));
        injector = config ? new FaultInjector(config) : null;
        return sendJson(res, 200, { ok: true, faults: config });
      } catch (error) {
        return sendJson(res, 400, { message: (error as Error).message });
      }
    }
    return sendJson(res, 404, { message: 'Not Found', documentation_url: DOCS });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rawBody = await readBody(req);
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', state.url);
    let path = url.pathname;
    if (path.startsWith('/_sim/')) return admin(method, path, rawBody, res);
    if (opts.enterprise) {
      // Enterprise Server has no /api/v3/graphql: a client that appends /graphql to the REST base gets a 404.
      if (path === '/api/graphql') path = '/graphql';
      else if (path.startsWith('/api/v3/') && path !== '/api/v3/graphql') path = path.slice('/api/v3'.length);
      else {
        stats.request('rest', `${method} (unmatched)`);
        return sendJson(res, 404, { message: 'Not Found', documentation_url: DOCS });
      }
    }

    const isGraphQL = method === 'POST' && path === '/graphql';
    const match = isGraphQL ? null : router.match(method, path);
    stats.request(isGraphQL ? 'graphql' : 'rest', isGraphQL ? 'POST /graphql' : match ? `${method} ${match.route.pattern}` : `${method} (unmatched)`);

    // Faults come first, as GitHub's proxies fail before the application sees anything;
    // nothing below runs for a faulted request, so a faulted write changes no state.
    const fault = injector?.next(isGraphQL) ?? null;
    if (fault && injector) {
      stats.fault();
      if (sendFault(res, fault, injector.config)) return;
      if (fault === 'timeout') {
        const timer = setTimeout(() => { heldRequests.delete(timer); req.socket.destroy(); }, injector.config.timeoutMs ?? 15_000);
        heldRequests.add(timer);
        return;
      }
    }

    let body: unknown = undefined;
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return sendJson(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      }
    }
    const authResult = auth.check(req.headers, match?.route.appAuth ?? false);
    if (!authResult.ok) return sendJson(res, authResult.status, authResult.body);
    const tokenKey = authResult.tokenKey;

    if (isGraphQL) {
      const activeInjector = injector;
      const outcome = handleGraphQL({
        body, dataset: state.dataset, limiter, tokenKey, viewerLogin: 'flowmeter-sim', canReadTeams: opts.teamsReadable ?? true,
        partialFault: fault === 'graphql-partial' && activeInjector ? () => activeInjector.draw() : undefined,
      });
      stats.graphqlExecuted(outcome.operationName, outcome.points);
      return sendJson(res, outcome.status, outcome.body, rateLimitHeaders(outcome.budget));
    }

    if (!match) return sendJson(res, 404, notFound().body, rateLimitHeaders(limiter.peek(tokenKey, 'core')));
    const ctx: RestContext = {
      dataset: state.dataset,
      index: new DatasetIndex(state.dataset),
      baseUrl: restBase(),
      now,
      issueInstallationToken: () => auth.issueInstallationToken(),
      budgets: () => ({ core: limiter.peek(tokenKey, 'core'), graphql: limiter.peek(tokenKey, 'graphql') }),
    };
    const request = { method, path, query: url.searchParams, body, headers: req.headers, params: match.params };
    const free = match.route.free ?? false;
    const overLimit = () => sendJson(res, 403, {
      message: 'API rate limit exceeded for user ID 1. (But here\'s the good news: Authenticated requests get a higher rate limit.)',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    }, rateLimitHeaders(limiter.peek(tokenKey, 'core')));

    if (method !== 'GET') {
      // Writes are charged before they run, so a refused write changes nothing.
      const charge = free ? null : limiter.consume(tokenKey, 'core', 1);
      if (charge && !charge.ok) return overLimit();
      const result = match.route.handler(request, ctx);
      return sendJson(res, result.status, result.body, { ...rateLimitHeaders(charge?.budget ?? limiter.peek(tokenKey, 'core')), ...result.headers });
    }
    const result = match.route.handler(request, ctx);
    const etag = `W/"${createHash('sha256').update(JSON.stringify(result.body ?? null)).digest('hex').slice(0, 40)}"`;
    const conditional = req.headers['if-none-match'];
    if (result.status === 200 && conditional && conditional.split(',').map((s) => s.trim()).includes(etag)) {
      // GitHub does not charge a 304 against the rate limit.
      return sendEmpty(res, 304, { etag, ...rateLimitHeaders(limiter.peek(tokenKey, 'core')) });
    }
    const charge = free ? null : limiter.consume(tokenKey, 'core', 1);
    if (charge && !charge.ok) return overLimit();
    const headers = { ...rateLimitHeaders(charge?.budget ?? limiter.peek(tokenKey, 'core')), ...result.headers };
    if (result.status === 200) headers.etag = etag;
    return sendJson(res, result.status, result.body, headers);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: `flowmeter simulator error: ${(error as Error).message}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;

  return {
    get url() { return restBase(); },
    get dataset() { return state.dataset; },
    set dataset(value: SimDataset) { state.dataset = value; },
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (config) => { injector = config ? new FaultInjector(config) : null; },
    resetRateLimits: () => limiter.clear(),
    close: async () => {
      for (const timer of heldRequests) clearTimeout(timer);
      heldRequests.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
