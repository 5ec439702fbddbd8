/** Writing responses the way GitHub's edge does: JSON bodies, request ids, HTML from proxies. */
import type { ServerResponse } from 'node:http';
import {
  BAD_GATEWAY_HTML, type FaultConfig, type FaultKind, GATEWAY_TIMEOUT_HTML, SECONDARY_LIMIT_MESSAGE,
} from './faults.js';

let requestCounter = 0;

export function requestId(): string {
  requestCounter++;
  return `SIM0:${requestCounter.toString(16).toUpperCase().padStart(6, '0')}:${(requestCounter * 2654435761 >>> 0).toString(16).toUpperCase()}`;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': requestId(),
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'x-github-request-id': requestId(), ...headers });
  res.end();
}

/**
 * Responds with an injected fault that needs no request processing. Returns false for kinds the
 * caller must handle itself (`graphql-partial` runs the query; `timeout` holds the socket).
 */
export function sendFault(res: ServerResponse, kind: FaultKind, config: FaultConfig): boolean {
  const retryAfter = config.retryAfterSeconds ?? 1;
  switch (kind) {
    case '502':
    case '504':
      res.writeHead(Number(kind), { 'content-type': 'text/html; charset=utf-8', 'x-github-request-id': requestId() });
      res.end(kind === '502' ? BAD_GATEWAY_HTML : GATEWAY_TIMEOUT_HTML);
      return true;
    case 'secondary-rate-limit':
      sendJson(res, 403, {
        message: SECONDARY_LIMIT_MESSAGE,
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      }, { 'retry-after': String(retryAfter) });
      return true;
    case 'graphql-rate-limited': {
      // A short reset keeps retrying clients (plugin-throttling waits until x-ratelimit-reset) quick.
      const reset = Math.ceil(Date.now() / 1000) + retryAfter;
      sendJson(res, 200, {
        data: null,
        errors: [{ type: 'RATE_LIMITED', code: 'graphql_rate_limit', message: 'API rate limit exceeded for user ID 1.' }],
      }, {
        'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'graphql',
      });
      return true;
    }
    default:
      return false;
  }
}
