import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback } from './loopback-listen.js';

/**
 * A forward HTTP proxy on loopback, like the one in front of a self-hosted runner. It forwards
 * absolute-form requests (`GET http://host:port/path`, what a client sends for an http://
 * target) and tunnels `CONNECT host:port` (what it sends for https://), and records every
 * request with the Proxy-Authorization it carried. With `credentials`, a request without them
 * gets 407, as a real authenticating proxy answers.
 */
export interface ProxiedRequest {
  method: string;
  /** The absolute URL, or `host:port` for CONNECT. */
  target: string;
  proxyAuthorization?: string;
}

export interface ForwardProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['proxy-authorization', 'proxy-connection', 'connection', 'keep-alive']);

export async function startForwardProxy(options: { credentials?: string } = {}): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const expected = options.credentials ? `Basic ${Buffer.from(options.credentials).toString('base64')}` : undefined;
  const record = (req: IncomingMessage) => {
    const proxyAuthorization = req.headers['proxy-authorization'];
    requests.push({ method: req.method ?? '', target: req.url ?? '', ...(proxyAuthorization ? { proxyAuthorization } : {}) });
    return !expected || proxyAuthorization === expected;
  };

  const server = createServer((req, res) => {
    const allowed = record(req);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('forward-proxy: not an absolute-form request');
      return;
    }
    if (!allowed) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.headersSent ? res.destroy() : res.writeHead(502).end());
    req.pipe(upstream);
  });

  const listener = await listenOnLoopback(server);
  // A tunnel's upstream end is closed with the server too (the client's end is the listener's).
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    if (!record(req)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    listener.sockets.add(upstream);
    upstream.on('close', () => listener.sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  return { url: listener.url, port: listener.port, requests, close: listener.close };
}
