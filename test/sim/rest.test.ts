import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tinyDataset } from './fixtures/tiny-dataset.js';
import { parseDateFilter } from './rest-actions.js';
import { startSimulator, type Simulator } from './server.js';

const PaginatingOctokit = Octokit.plugin(paginateRest);
let sim: Simulator;
let octokit: InstanceType<typeof PaginatingOctokit>;

beforeAll(async () => {
  sim = await startSimulator({ dataset: tinyDataset() });
  octokit = new PaginatingOctokit({ baseUrl: sim.url, auth: 'rest-token' });
});
afterAll(() => sim.close());
beforeEach(() => { sim.dataset = tinyDataset(); sim.resetRateLimits(); });

const runs = (params: Record<string, unknown>) =>
  octokit.request('GET /repos/{owner}/{repo}/actions/runs', { owner: 'acme', repo: 'api', ...params });

describe('REST workflow runs', () => {
  it('lists newest first with Link headers', async () => {
    const res = await runs({ per_page: 100, page: 2 });
    expect(res.data.total_count).toBe(1500);
    expect(res.data.workflow_runs[0]!.id).toBe(501_399);
    const link = res.headers.link!;
    expect(link).toContain(`<${sim.url}/repos/acme/api/actions/runs?per_page=100&page=3>; rel="next"`);
    expect(link).toContain('page=15>; rel="last"');
    expect(link).toContain('page=1>; rel="prev"');
    expect(res.data.workflow_runs[0]).toMatchObject({ path: '.github/workflows/ci.yml', actor: { login: 'alice', type: 'User' }, run_attempt: 1 });
  });

  it('returns nothing past the first 1,000 results of a filtered query, with the true total_count', async () => {
    const created = '2024-01-01T00:00:00Z..2024-12-31T00:00:00Z';
    const page10 = await runs({ created, per_page: 100, page: 10 });
    expect(page10.data.total_count).toBe(1500);
    expect(page10.data.workflow_runs).toHaveLength(100);
    expect(page10.headers.link).not.toContain('rel="next"');
    const page11 = await runs({ created, per_page: 100, page: 11 });
    expect(page11.data.total_count).toBe(1500);
    expect(page11.data.workflow_runs).toHaveLength(0);
    const all = await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs', { owner: 'acme', repo: 'api', created, per_page: 100 });
    expect(all).toHaveLength(1000);
    // Unfiltered listings are not capped.
    expect((await runs({ per_page: 100, page: 15 })).data.workflow_runs).toHaveLength(100);
  });

  it('splitting the date range reaches every run', async () => {
    const ids = new Set<number>();
    for (const created of ['*..2024-01-31', '2024-02-01..2024-02-29', '>=2024-03-01']) {
      const part = await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs', { owner: 'acme', repo: 'api', created, per_page: 100 });
      part.forEach((r) => ids.add(Number(r.id)));
    }
    expect(ids.size).toBe(1500);
  });

  it('filters by status, branch and event', async () => {
    const res = await runs({ status: 'failure', branch: 'main', event: 'push', per_page: 100 });
    expect(res.data.workflow_runs.every((r) => r.conclusion === 'failure' && r.head_branch === 'main' && r.event === 'push')).toBe(true);
    expect(res.data.total_count).toBeGreaterThan(0);
  });

  it('parses GitHub\'s date filter syntax', () => {
    const at = (s: string) => Date.parse(s);
    expect(parseDateFilter('>=2024-01-02T00:00:00Z')(at('2024-01-02T00:00:00Z'))).toBe(true);
    expect(parseDateFilter('>2024-01-02')(at('2024-01-02T23:00:00Z'))).toBe(false);
    expect(parseDateFilter('<=2024-01-02')(at('2024-01-02T23:00:00Z'))).toBe(true);
    expect(parseDateFilter('<2024-01-02')(at('2024-01-02T00:00:00Z'))).toBe(false);
    expect(parseDateFilter('*..2024-01-02')(at('1999-01-01T00:00:00Z'))).toBe(true);
    expect(parseDateFilter('2024-01-01..2024-01-02')(at('2024-01-03T00:00:00Z'))).toBe(false);
    expect(parseDateFilter('2024-01-02')(at('2024-01-02T12:00:00Z'))).toBe(true);
  });
});

describe('REST conventions', () => {
  it('decrements rate-limit headers and answers If-None-Match with a free 304', async () => {
    const first = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' });
    const second = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' });
    expect(first.headers['x-ratelimit-limit']).toBe('5000');
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(Number(first.headers['x-ratelimit-remaining']) - 1);
    expect(second.headers['x-ratelimit-resource']).toBe('core');
    expect(second.headers['x-github-request-id']).toBeTruthy();
    const etag = second.headers.etag!;
    const conditional = await fetch(`${sim.url}/repos/acme/api`, { headers: { 'if-none-match': etag, authorization: 'token rest-token' } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get('x-ratelimit-remaining')).toBe(second.headers['x-ratelimit-remaining']);
    expect(first.data).toMatchObject({ full_name: 'acme/api', private: true, default_branch: 'main', topics: ['backend', 'go'], archived: false, node_id: 'R_api', id: 1001 });
  });

  it('answers unknown routes with GitHub\'s 404 body', async () => {
    const res = await fetch(`${sim.url}/repos/acme/api/nonsense`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) });
  });

  it('lists org repositories and workflows', async () => {
    const repos = await octokit.request('GET /orgs/{org}/repos', { org: 'acme', sort: 'full_name' });
    expect(repos.data.map((r) => r.name)).toEqual(['api', 'web']);
    const workflows = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows', { owner: 'acme', repo: 'api' });
    expect(workflows.data).toMatchObject({ total_count: 2, workflows: [{ id: 1, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' }, { id: 2 }] });
  });

  it('refuses requests once the budget is spent', async () => {
    const small = await startSimulator({ dataset: tinyDataset(), rateLimit: 2 });
    try {
      const client = new Octokit({ baseUrl: small.url, auth: 'x' });
      await client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' });
      await client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'web' });
      await expect(client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' })).rejects.toMatchObject({ status: 403 });
      const limited = await fetch(`${small.url}/graphql`, { method: 'POST', headers: { authorization: 'token x' }, body: JSON.stringify({ query: '{ viewer { login } }' }) });
      expect(limited.headers.get('x-ratelimit-resource')).toBe('graphql');
    } finally {
      await small.close();
    }
  });
});

describe('REST writes for publishing', () => {
  it('creates issues and comments into the dataset and edits comments', async () => {
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'api', title: 'Weekly flow report', body: 'hi', labels: ['flowmeter'] });
    expect(created.status).toBe(201);
    expect(created.data.number).toBe(212);
    expect(sim.dataset.repositories[0]!.issues.at(-1)).toMatchObject({ title: 'Weekly flow report', labels: ['flowmeter'] });
    const listed = await octokit.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'api', labels: 'flowmeter', creator: 'github-actions[bot]' });
    expect(listed.data.map((i) => i.number)).toEqual([212]);
    const comment = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'api', issue_number: 212, body: 'first' });
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: 'acme', repo: 'api', comment_id: comment.data.id, body: 'edited' });
    const comments = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'api', issue_number: 212 });
    expect(comments.data.map((c) => c.body)).toEqual(['edited']);
    expect(comments.data[0]!.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    // The same write is visible over GraphQL.
    const gql = await octokit.graphql<any>('{ repository(owner: "acme", name: "api") { issue(number: 212) { title comments(first: 5) { nodes { body author { __typename login } } } } } }');
    expect(gql.repository.issue.comments.nodes).toEqual([{ body: 'edited', author: { __typename: 'Bot', login: 'github-actions' } }]);
    await expect(octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'api' } as never)).rejects.toMatchObject({ status: 422 });
  });

  it('serves a pull request', async () => {
    const pr = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'acme', repo: 'api', pull_number: 3 });
    expect(pr.data).toMatchObject({ number: 3, merged: true, state: 'closed', base: { ref: 'main' }, head: { ref: 'feature/3' } });
  });
});

describe('authentication', () => {
  it('requires the configured token, accepts issued installation tokens, and needs a JWT for app routes', async () => {
    const locked = await startSimulator({ dataset: tinyDataset(), token: 'secret' });
    try {
      const anon = new Octokit({ baseUrl: locked.url });
      await expect(anon.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' })).rejects.toMatchObject({ status: 401 });
      const wrong = new Octokit({ baseUrl: locked.url, auth: 'nope' });
      await expect(wrong.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' })).rejects.toMatchObject({ status: 401, message: expect.stringContaining('Bad credentials') });
      await expect(wrong.graphql('{ viewer { login } }')).rejects.toMatchObject({ status: 401 });
      const right = new Octokit({ baseUrl: locked.url, auth: 'secret' });
      expect((await right.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' })).status).toBe(200);

      await expect(right.request('GET /repos/{owner}/{repo}/installation', { owner: 'acme', repo: 'api' })).rejects.toMatchObject({ status: 401 });
      const app = new Octokit({ baseUrl: locked.url, auth: 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln' });
      const installation = await app.request('GET /repos/{owner}/{repo}/installation', { owner: 'acme', repo: 'api' });
      const token = await app.request('POST /app/installations/{installation_id}/access_tokens', { installation_id: installation.data.id });
      expect(token.status).toBe(201);
      const asInstallation = new Octokit({ baseUrl: locked.url, auth: token.data.token });
      expect((await asInstallation.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' })).status).toBe(200);
    } finally {
      await locked.close();
    }
  });
});
