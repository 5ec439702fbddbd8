import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import { ConfigError } from '../errors.js';
import { addSecret, type Logger } from '../log.js';

/**
 * The outgoing-proxy settings every HTTP client of flowmeter shares (GitHub REST, GraphQL and
 * App tokens; the Anthropic API; Slack). Node's built-in fetch ignores HTTP_PROXY, HTTPS_PROXY
 * and NO_PROXY, so a self-hosted runner behind a proxy could reach nothing: when one of them is
 * set, requests go through undici's EnvHttpProxyAgent instead, with the same rules curl and git
 * follow. With none set, the built-in fetch runs untouched.
 */
export interface ProxySettings {
  /** For http:// targets (http_proxy, else HTTP_PROXY). */
  httpProxy: string | null;
  /** For https:// targets (https_proxy, else HTTPS_PROXY); falls back to httpProxy. */
  httpsProxy: string | null;
  /** Hosts that bypass the proxy (no_proxy, else NO_PROXY): `host`, `.domain`, `host:port`, `*`. */
  noProxy: string;
}

type Env = Record<string, string | undefined>;

// Lowercase first, as undici and curl read them.
const pick = (env: Env, name: string) => (env[name.toLowerCase()] || env[name] || '').trim();

/**
 * A proxy as given, made a URL: `proxy.corp:3128` (no scheme, as many runner images write it)
 * means `http://proxy.corp:3128`. The value is never echoed in an error: it may hold a password.
 */
function proxyUrl(name: string, raw: string): string | null {
  if (!raw) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new ConfigError(name, 'is not a proxy URL; write http://HOST:PORT (or http://USER:PASSWORD@HOST:PORT)');
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new ConfigError(name, `uses ${url.protocol.slice(0, -1)}; flowmeter speaks to http:// and https:// proxies`);
  // Credentials in the URL must never reach a log, in either spelling.
  for (const secret of [url.password, url.username]) {
    addSecret(secret);
    try {
      addSecret(decodeURIComponent(secret));
    } catch {
      // not percent-encoding after all: the raw form is registered
    }
  }
  return url.href;
}

/** The proxy variables of `env`, or null when none is set (then nothing changes). */
export function proxySettings(env: Env = process.env): ProxySettings | null {
  const httpProxy = proxyUrl('HTTP_PROXY', pick(env, 'HTTP_PROXY'));
  const httpsProxy = proxyUrl('HTTPS_PROXY', pick(env, 'HTTPS_PROXY'));
  if (!httpProxy && !httpsProxy) return null;
  return { httpProxy, httpsProxy, noProxy: pick(env, 'NO_PROXY') };
}

/** A proxy URL fit for a log: `http://***@proxy.corp:3128/` when it carries credentials. */
export function redactProxyUrl(href: string): string {
  const url = new URL(href);
  if (!url.username && !url.password) return url.href;
  url.username = '***';
  url.password = '';
  return url.href;
}

/** One line saying where requests go, without credentials. */
export function describeProxy(settings: ProxySettings): string {
  const https = settings.httpsProxy ?? settings.httpProxy!;
  const parts = [`https:// through ${redactProxyUrl(https)}`];
  if (settings.httpProxy) parts.push(`http:// through ${redactProxyUrl(settings.httpProxy)}`);
  else parts.push('http:// directly');
  return `${parts.join(', ')}${settings.noProxy ? `; not for NO_PROXY hosts (${settings.noProxy})` : ''}`;
}

// One agent per distinct setting, so connections to the proxy are pooled across clients.
let cached: { key: string; fetch: typeof fetch } | null = null;
let announced: string | null = null;

/**
 * The fetch to use for outgoing requests: the built-in one when no proxy variable is set, else
 * undici's fetch through an EnvHttpProxyAgent made from `env`. https:// targets are tunnelled
 * with CONNECT; http:// targets (a GHES or simulator on plain http) are sent to the proxy in
 * absolute form, as curl does, since many proxies allow CONNECT only to port 443. `log` hears,
 * once per setting, which proxy is used.
 */
export function proxyAwareFetch(env: Env = process.env, log?: Logger): typeof fetch {
  const settings = proxySettings(env);
  if (!settings) return globalThis.fetch;
  const key = JSON.stringify(settings);
  if (log && announced !== key) {
    announced = key;
    log.info(`Proxy from the environment: ${describeProxy(settings)}`);
  }
  if (cached?.key === key) return cached.fetch;
  const dispatcher = new EnvHttpProxyAgent({
    // Explicit values (an empty string, not undefined), so the agent reads exactly what was
    // checked and logged here, not process.env again.
    httpProxy: settings.httpProxy ?? '',
    httpsProxy: settings.httpsProxy ?? settings.httpProxy ?? '',
    noProxy: settings.noProxy,
    proxyTunnel: false,
  });
  // The two fetch implementations share WHATWG types but not TypeScript's declarations.
  const proxied = ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
  cached = { key, fetch: proxied };
  return proxied;
}
