import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultConfig, FaultInjector } from './faults.js';
import { tinyDataset } from './fixtures/tiny-dataset.js';
import { startSimulator, type Simulator } from './server.js';

const started: Simulator[] = [];
afterEach(async () => { await Promise.all(started.splice(0).map((s) => s.close())); });

async function sim(faults: FaultConfig | null) {
  const s = await startSimulator({ dataset: tinyDataset(), faults });
  started.push(s);
  return s;
}

const PR_QUERY = '{ repository(owner: "acme", name: "api") { pullRequests(first: 5) { nodes { number labels(first: 5) { nodes { name } } } } issues(first: 5) { totalCount } } }';

function graphql(s: Simulator, query = PR_QUERY) {
  return fetch(`${s.url}/graphql`, { method: 'POST', body: JSON.stringify({ query }) });
}

describe('fault injection', () => {
  it('is deterministic by seed', () => {
    const sequence = (seed: number) => {
      const injector = new FaultInjector({ rate: 0.3, kinds: ['502', '504', 'secondary-rate-limit', 'graphql-partial'], seed });
      return Array.from({ length: 200 }, (_, i) => injector.next(i % 3 === 0));
    };
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
    const hits = sequence(7).filter(Boolean).length;
    expect(hits).toBeGreaterThan(35);
    expect(hits).toBeLessThan(85);
    // REST requests never get GraphQL-only kinds.
    expect(sequence(7).filter((k, i) => i % 3 !== 0 && k === 'graphql-partial')).toEqual([]);
  });

  it('replays the same statuses over HTTP for the same seed', async () => {
    const statuses = async (seed: number) => {
      const s = await sim({ rate: 0.5, kinds: ['502', '504', 'secondary-rate-limit'], seed });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await fetch(`${s.url}/repos/acme/api`)).status);
      return out;
    };
    const a = await statuses(3);
    expect(await statuses(3)).toEqual(a);
    expect(new Set(a)).toEqual(new Set([200, 502, 504, 403]));
  });

  it('produces 502 and 504 with HTML bodies and a secondary limit with retry-after', async () => {
    for (const kind of ['502', '504'] as const) {
      const res = await fetch(`${(await sim({ rate: 1, kinds: [kind] })).url}/repos/acme/api`);
      expect(res.status).toBe(Number(kind));
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<html>');
    }
    const res = await fetch(`${(await sim({ rate: 1, kinds: ['secondary-rate-limit'], retryAfterSeconds: 7 })).url}/repos/acme/api`);
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('7');
    expect((await res.json() as { message: string }).message).toMatch(/secondary rate limit/);
  });

  it('returns partial GraphQL data with one connection nulled and an INTERNAL error', async () => {
    const s = await sim({ rate: 1, kinds: ['graphql-partial'], seed: 5 });
    const body = await (await graphql(s)).json() as { data: any; errors: any[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ type: 'INTERNAL', message: expect.stringContaining('Something went wrong') });
    expect(body.data).not.toBeNull();
    expect(s.stats().faultsInjected).toBe(1);
    // Non-null connection fields propagate the null to the nearest nullable parent, as on GitHub.
    expect(JSON.stringify(body.data)).toContain('null');
  });

  it('returns RATE_LIMITED GraphQL errors with data null', async () => {
    const s = await sim({ rate: 1, kinds: ['graphql-rate-limited'] });
    const res = await graphql(s);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await res.json()).toMatchObject({ data: null, errors: [{ type: 'RATE_LIMITED' }] });
    // REST requests cannot carry a GraphQL-only kind and pass untouched.
    expect((await fetch(`${s.url}/repos/acme/api`)).status).toBe(200);
  });

  it('holds a request open, then drops the socket', async () => {
    const s = await sim({ rate: 1, kinds: ['timeout'], timeoutMs: 150 });
    const t0 = Date.now();
    await expect(fetch(`${s.url}/repos/acme/api`)).rejects.toThrow();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('never changes state on a faulted write, never faults admin routes, and honours skipFirst', async () => {
    const s = await sim({ rate: 1, kinds: ['502'], skipFirst: 1 });
    expect((await fetch(`${s.url}/repos/acme/api`)).status).toBe(200);
    const before = s.dataset.repositories[0]!.issues.length;
    const res = await fetch(`${s.url}/repos/acme/api/issues`, { method: 'POST', body: JSON.stringify({ title: 'x' }) });
    expect(res.status).toBe(502);
    expect(s.dataset.repositories[0]!.issues.length).toBe(before);
    expect((await fetch(`${s.url}/_sim/stats`)).status).toBe(200);
    await fetch(`${s.url}/_sim/faults`, { method: 'POST', body: 'null' });
    expect((await fetch(`${s.url}/repos/acme/api`)).status).toBe(200);
    const stats = await (await fetch(`${s.url}/_sim/stats`)).json() as { requests: number; faultsInjected: number };
    expect(stats).toMatchObject({ requests: 3, faultsInjected: 1 });
    await fetch(`${s.url}/_sim/reset-stats`, { method: 'POST' });
    expect(s.stats()).toMatchObject({ requests: 0, faultsInjected: 0, byRoute: {} });
    expect((await fetch(`${s.url}/_sim/faults`, { method: 'POST', body: '{"rate": 2}' })).status).toBe(400);
  });

  it('lets Octokit with retry and throttling plugins ride out faults', async () => {
    const s = await sim({ rate: 0.3, kinds: ['502', 'secondary-rate-limit', 'graphql-rate-limited'], seed: 11, retryAfterSeconds: 0 });
    const Client = Octokit.plugin(retry, throttling);
    const client = new Client({
      baseUrl: s.url,
      auth: 'x',
      retry: { retryAfterBaseValue: 1 },
      throttle: { onRateLimit: () => true, onSecondaryRateLimit: () => true, fallbackSecondaryRateRetryAfter: 0 },
    });
    // plugin-throttling spaces GraphQL calls a second apart, so keep the loop short.
    for (let i = 0; i < 6; i++) {
      expect((await client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' })).status).toBe(200);
      const data = await client.graphql<{ repository: { issues: { totalCount: number } } }>(PR_QUERY);
      expect(data.repository.issues.totalCount).toBe(12);
    }
    expect(s.stats().faultsInjected).toBeGreaterThan(0);
  });
});
