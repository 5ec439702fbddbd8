import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubApiError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';

describe('GitHub client against the simulator', () => {
  let simulator: Simulator;
  const dataset = generateDataset({ seed: 2, size: 40 });
  const owner = dataset.repositories[0]!.owner;
  const name = dataset.repositories[0]!.name;

  beforeAll(async () => {
    simulator = await startSimulator({ dataset, token: 'right-token' });
  });
  afterAll(() => simulator.close());

  it('authenticates with a token and meters requests, points and the rate-limit budget', async () => {
    const client = await createGitHubClient({ auth: { kind: 'token', token: 'right-token' }, apiUrl: simulator.url, log: silentLogger, minPostIntervalMs: 0 });
    const data = await client.graphql<{ rateLimit: { cost: number }; repository: { name: string } }>(
      'query($o: String!, $n: String!) { rateLimit { cost remaining resetAt } repository(owner: $o, name: $n) { name } }',
      { o: owner, n: name },
    );
    await client.rest('GET /repos/{owner}/{repo}', { owner, repo: name });
    expect(data.repository.name).toBe(name);
    const cost = client.meter.snapshot();
    expect(cost).toMatchObject({ requests: 2, graphqlRequests: 1, restRequests: 1, graphqlPoints: data.rateLimit.cost });
    expect(cost.rateLimitRemaining).toBeLessThan(5000);
  });

  it('explains bad credentials in one message naming the input', async () => {
    const client = await createGitHubClient({ auth: { kind: 'token', token: 'wrong-token' }, apiUrl: simulator.url, log: silentLogger, minPostIntervalMs: 0 });
    const failure = client.rest('GET /repos/{owner}/{repo}', { owner, repo: name });
    await expect(failure).rejects.toBeInstanceOf(GitHubApiError);
    await expect(failure).rejects.toThrow(/`token` input/);
  });

  it('authenticates as a GitHub App installation found from the owner', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const client = await createGitHubClient({ auth: { kind: 'app', appId: '12345', privateKey, owner }, apiUrl: simulator.url, log: silentLogger, minPostIntervalMs: 0 });
    const response = await client.rest<{ full_name: string }>('GET /repos/{owner}/{repo}', { owner, repo: name });
    expect(response.data.full_name).toBe(`${owner}/${name}`);
    expect(simulator.stats().byRoute['POST /app/installations/{installation_id}/access_tokens']).toBeGreaterThan(0);
  });
});
