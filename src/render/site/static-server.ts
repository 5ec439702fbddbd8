/**
 * A small static file server for previewing a rendered site (`flowmeter serve`) and for the
 * browser tests. It serves the site under a base path so a GitHub Pages subpath (`/repo/`) can
 * be reproduced locally: relative links that would break on Pages break here too.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export interface StaticServerOptions {
  /** URL prefix the site lives under, e.g. '/repo/'. Default '/'. */
  basePath?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: a preview is never exposed to the network unless asked. */
  host?: string;
}

export interface StaticServer {
  /** Base URL of the site, ending with the base path (e.g. http://127.0.0.1:4173/repo/). */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Normalises a base path to start and end with '/'. */
export function normaliseBasePath(basePath: string | undefined): string {
  let base = (basePath ?? '/').trim();
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  return base;
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const rootDir = resolve(root);
  const basePath = normaliseBasePath(options.basePath);
  const host = options.host ?? '127.0.0.1';

  const server = createServer((request, response) => {
    handle(rootDir, basePath, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : host;
  return {
    url: `http://${hostForUrl}:${address.port}${basePath}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

async function handle(rootDir: string, basePath: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method not allowed');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(response, 400, 'Bad request');
  }
  // Pages redirects /repo to /repo/; mimic that so relative links resolve the same way.
  if (pathname + '/' === basePath) {
    response.writeHead(301, { Location: basePath });
    response.end();
    return;
  }
  if (!pathname.startsWith(basePath) || pathname.includes('\0')) return send(response, 404, 'Not found');
  const relative = pathname.slice(basePath.length);
  let file = resolve(rootDir, '.' + sep + relative);
  // resolve() collapses '..'; anything that ends up outside the root is refused.
  if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(response, 404, 'Not found');

  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: pathname + '/' });
      response.end();
      return;
    }
    file = resolve(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info || !info.isFile()) return send(response, 404, 'Not found');

  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(file);
    stream.on('error', fail);
    response.on('close', () => done());
    stream.pipe(response);
  });
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text + '\n');
}
