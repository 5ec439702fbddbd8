/**
 * REST plumbing: `{param}` path patterns with one handler per method and pattern, GitHub's
 * error bodies, and page selection with `Link` headers (30 per page by default, at most 100).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SimDataset } from './dataset.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Budget, RateResource } from './rate-limit.js';

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  params: Record<string, string>;
}

export interface RestContext {
  dataset: SimDataset;
  index: DatasetIndex;
  /** Public base URL of the simulator, for `Link` headers and `url` fields. */
  baseUrl: string;
  now: () => Date;
  issueInstallationToken: () => { token: string; expiresAt: string };
  /** The calling token's current budgets, for `GET /rate_limit`. */
  budgets: () => Record<RateResource, Budget>;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RestHandler = (req: RestRequest, ctx: RestContext) => RestResponse;

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: string;
  handler: RestHandler;
  /** App-level routes authenticate with a JWT, not an installation or user token. */
  appAuth?: boolean;
  /** Routes that GitHub does not charge against the core limit. */
  free?: boolean;
}

interface CompiledRoute extends Route { regex: RegExp; names: string[] }

export class RestRouter {
  private readonly compiled: CompiledRoute[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { ...route, names, regex: new RegExp(`^${source}/?$`) };
    });
    // A literal segment beats a parameter (`pulls/comments` before `pulls/{number}`): of two
    // patterns that can match one path, the one with fewer parameters is the more specific.
    this.compiled.sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    for (const route of this.compiled) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]!); });
      return { route, params };
    }
    return null;
  }
}

export const DOCS = 'https://docs.github.com/rest';

export function notFound(): RestResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

export function validationFailed(resource: string, field: string): RestResponse {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, code: 'missing_field', field }], documentation_url: DOCS, status: '422' },
  };
}

export interface RestPage<T> {
  items: T[];
  headers: Record<string, string>;
}

export function pageParams(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.get('per_page') ?? '30', 10) || 30));
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
  return { perPage, page };
}

/**
 * Pages `items` for the request. `reachable` caps how many results can be paged at all (the
 * Actions 1,000-result cap); pages beyond it are empty and the `Link` header stops there.
 */
export function paginate<T>(items: readonly T[], req: RestRequest, baseUrl: string, reachable = items.length): RestPage<T> {
  const { perPage, page } = pageParams(req.query);
  const limit = Math.min(reachable, items.length);
  const start = (page - 1) * perPage;
  const pageItems = start >= limit ? [] : items.slice(start, Math.min(start + perPage, limit));
  const lastPage = Math.max(1, Math.ceil(limit / perPage));
  const link = (n: number) => {
    const query = new URLSearchParams(req.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${baseUrl}${req.path}?${query.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${link(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) parts.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`);
  if (page > 1) parts.push(`${link(1)}; rel="first"`);
  return { items: pageItems, headers: parts.length > 0 ? { link: parts.join(', ') } : {} };
}
