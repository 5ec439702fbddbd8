import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeClaude, type FakeClaude } from '../fakes/fake-claude.js';
import { startForwardProxy, type ForwardProxy } from '../fakes/forward-proxy.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { createGitHubClient } from '../../src/github/client.js';
import { redact, streamLogger } from '../../src/log.js';
import { postToSlack } from '../../src/publish/slack-post.js';
import { callSummaryTool } from '../../src/summary/claude-client.js';
import { TOOL_NAME } from '../../src/summary/summary-prompt.js';
import { withProxyEnv } from './proxy-env.js';

/**
 * Self-hosted runners behind a proxy: with HTTP_PROXY/HTTPS_PROXY set, the real GitHub client
 * (Octokit) and the real Anthropic SDK send their requests through a loopback forward proxy,
 * and NO_PROXY sends them straight to the host. The simulator and the fake Claude are plain
 * http, so HTTP_PROXY is the variable that applies to them; HTTPS_PROXY is checked on an
 * https:// target, which the proxy sees as a CONNECT.
 */
const dataset = generateDataset({ seed: 3, size: 20 });
const owner = dataset.repositories[0]!.owner;
const repo = dataset.repositories[0]!.name;
let simulator: Simulator;
let fake: FakeClaude;
let proxy: ForwardProxy;
let logs: string[];
const log = () => streamLogger((line) => logs.push(line));

beforeAll(async () => {
  simulator = await startSimulator({ dataset, token: 'proxy-test-token' });
});
afterAll(() => simulator.close());
beforeEach(async () => {
  fake = await startFakeClaude();
  proxy = await startForwardProxy();
  logs = [];
  simulator.resetStats();
});
afterEach(async () => {
  await fake.close();
  await proxy.close();
});

const githubClient = () => createGitHubClient({ auth: { kind: 'token', token: 'proxy-test-token' }, apiUrl: simulator.url, log: log(), minPostIntervalMs: 0, retryBaseMs: 10 });

async function githubCalls(): Promise<void> {
  const client = await githubClient();
  const data = await client.graphql<{ repository: { name: string } }>('query($o: String!, $n: String!) { repository(owner: $o, name: $n) { name } }', { o: owner, n: repo });
  expect(data.repository.name).toBe(repo);
  const response = await client.rest<{ full_name: string }>('GET /repos/{owner}/{repo}', { owner, repo });
  expect(response.data.full_name).toBe(`${owner}/${repo}`);
}

const claudeCall = (baseURL = fake.url, maxRetries = 0) => {
  fake.script({ kind: 'tool', input: { ok: true } });
  return callSummaryTool({ model: 'claude-sonnet-4-6', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }], tools: [], tool_choice: { type: 'tool', name: TOOL_NAME } }, { apiKey: 'sk-ant-proxy-test', baseURL, timeoutMs: 5000, maxRetries, log: log() });
};

describe('HTTP_PROXY', () => {
  it('carries GraphQL and REST requests to GitHub through the proxy', async () => {
    await withProxyEnv({ HTTP_PROXY: proxy.url }, githubCalls);
    expect(proxy.requests).toEqual([
      { method: 'POST', target: `${simulator.url}/graphql` },
      { method: 'GET', target: `${simulator.url}/repos/${owner}/${repo}` },
    ]);
    expect(simulator.stats().requests).toBe(2);
    expect(logs).toContain(`Proxy from the environment: https:// through ${proxy.url}/, http:// through ${proxy.url}/`);
  });

  it('carries a GitHub App installation-token request through the proxy', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    await withProxyEnv({ http_proxy: proxy.url }, async () => {
      const client = await createGitHubClient({ auth: { kind: 'app', appId: '12345', privateKey, owner }, apiUrl: simulator.url, log: log(), minPostIntervalMs: 0 });
      await client.rest('GET /repos/{owner}/{repo}', { owner, repo });
    });
    const targets = proxy.requests.map((r) => `${r.method} ${r.target.replace(simulator.url, '')}`);
    expect(targets).toContain(`GET /orgs/${owner}/installation`);
    expect(targets.some((t) => /^POST \/app\/installations\/\d+\/access_tokens$/.test(t))).toBe(true);
    expect(targets).toContain(`GET /repos/${owner}/${repo}`);
  });

  it('carries the Claude call through the proxy', async () => {
    const answer = await withProxyEnv({ HTTP_PROXY: proxy.url }, () => claudeCall());
    expect(answer).toEqual({ ok: true });
    expect(proxy.requests).toEqual([{ method: 'POST', target: `${fake.url}/v1/messages` }]);
    expect(fake.requests).toHaveLength(1);
  });

  it('carries the Slack post through the proxy', async () => {
    let posts = 0;
    const slack = createServer((_req, res) => {
      posts++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/services/T000/B000/proxytestsecret`;
    try {
      const result = await withProxyEnv({ HTTP_PROXY: proxy.url }, () => postToSlack({ webhookUrl: url, text: 'hello', log: log() }));
      expect(result.delivered).toBe(true);
      expect(posts).toBe(1);
      expect(proxy.requests).toEqual([{ method: 'POST', target: url }]);
    } finally {
      await new Promise<void>((resolve) => slack.close(() => resolve()));
    }
  });

  it('sends the proxy credentials from the URL and never logs them', async () => {
    await proxy.close();
    proxy = await startForwardProxy({ credentials: 'runner:s3cr3t-pass' });
    await withProxyEnv({ HTTP_PROXY: `http://runner:s3cr3t-pass@127.0.0.1:${proxy.port}` }, githubCalls);
    const expected = `Basic ${Buffer.from('runner:s3cr3t-pass').toString('base64')}`;
    expect(proxy.requests.map((r) => r.proxyAuthorization)).toEqual([expected, expected]);
    expect(logs.join('\n')).toContain(`through http://***@127.0.0.1:${proxy.port}/`);
    expect(logs.join('\n')).not.toContain('s3cr3t-pass');
    expect(redact('proxy said s3cr3t-pass')).toBe('proxy said ***');
  });
});

describe('NO_PROXY', () => {
  it('sends GitHub and Claude requests for a listed host straight to it', async () => {
    for (const noProxy of ['127.0.0.1', `127.0.0.1:${new URL(simulator.url).port},127.0.0.1:${new URL(fake.url).port}`, '*']) {
      await withProxyEnv({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: noProxy }, async () => {
        await githubCalls();
        expect(await claudeCall()).toEqual({ ok: true });
      });
    }
    expect(proxy.requests).toEqual([]);
    expect(simulator.stats().requests).toBe(6);
    expect(fake.requests).toHaveLength(3);
  });

  it('still proxies a host that is not listed', async () => {
    await withProxyEnv({ HTTP_PROXY: proxy.url, no_proxy: 'localhost,.corp.example' }, githubCalls);
    expect(proxy.requests).toHaveLength(2);
  });
});

describe('HTTPS_PROXY', () => {
  it('applies to https:// targets, tunnelled with CONNECT, and not to http:// ones', async () => {
    // Only HTTPS_PROXY: the http:// simulator is reached directly.
    await withProxyEnv({ HTTPS_PROXY: proxy.url }, githubCalls);
    expect(proxy.requests).toEqual([]);
    expect(logs).toContain(`Proxy from the environment: https:// through ${proxy.url}/, http:// directly`);

    // An https:// Anthropic endpoint goes through the tunnel. The fake speaks plain http, so the
    // TLS handshake inside the tunnel fails: what counts is that the proxy was asked.
    const port = new URL(fake.url).port;
    const failure = withProxyEnv({ HTTPS_PROXY: proxy.url }, () => claudeCall(`https://127.0.0.1:${port}`));
    await expect(failure).rejects.toThrow(/could not be reached/);
    expect(proxy.requests).toEqual([{ method: 'CONNECT', target: `127.0.0.1:${port}` }]);
  });
});

describe('without proxy variables', () => {
  it('sends requests directly with the built-in fetch', async () => {
    await withProxyEnv({}, async () => {
      await githubCalls();
      expect(await claudeCall()).toEqual({ ok: true });
    });
    expect(proxy.requests).toEqual([]);
    expect(logs.some((line) => line.includes('Proxy'))).toBe(false);
  });
});
