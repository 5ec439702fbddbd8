import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tinyDataset } from './fixtures/tiny-dataset.js';
import { startSimulator, type Simulator } from './server.js';

let sim: Simulator;
let octokit: Octokit;

beforeAll(async () => {
  sim = await startSimulator({ dataset: tinyDataset() });
  octokit = new Octokit({ baseUrl: sim.url, auth: 'test-token' });
});
afterAll(() => sim.close());
beforeEach(() => { sim.dataset = tinyDataset(); });

/** Raw POST so tests can see GitHub's error bodies rather than Octokit's thrown summary. */
async function rawGraphQL(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${sim.url}/graphql`, { method: 'POST', body: JSON.stringify({ query, variables }), headers: { authorization: 'token t' } });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('GraphQL validation', () => {
  it('rejects a misspelled field against GitHub\'s schema, as GitHub does', async () => {
    const { status, body } = await rawGraphQL('{ repository(owner:"acme", name:"api") { pullRequests(first: 1) { nodes { titel } } } }');
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: "Field 'titel' doesn't exist on type 'PullRequest'",
      extensions: { code: 'undefinedField', typeName: 'PullRequest', fieldName: 'titel' },
    });
    expect(body.errors?.[0].locations[0]).toHaveProperty('line', 1);
  });

  it('names Type.field for schema-valid fields the simulator does not implement', async () => {
    const { body } = await rawGraphQL('{ repository(owner:"acme", name:"api") { pullRequests(first: 1) { nodes { maintainerCanModify } } } }');
    expect(body.errors?.[0].message).toContain('PullRequest.maintainerCanModify is not implemented');
    expect(body.errors?.[0].path).toEqual(['repository', 'pullRequests', 'nodes', 0, 'maintainerCanModify']);
  });

  it('requires first or last and caps them at 100', async () => {
    const missing = await rawGraphQL('{ repository(owner:"acme", name:"api") { pullRequests { totalCount } } }');
    expect(missing.body.errors?.[0].message).toBe('You must provide a `first` or `last` value to properly paginate the `pullRequests` connection.');
    const tooMany = await rawGraphQL('{ repository(owner:"acme", name:"api") { pullRequests(first: 101) { totalCount } } }');
    expect(tooMany.body.errors?.[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION' });
  });

  it('reports an unknown repository as NOT_FOUND with a null field', async () => {
    const { body } = await rawGraphQL('{ repository(owner:"acme", name:"nope") { id } }');
    expect(body.data).toEqual({ repository: null });
    expect(body.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'] });
  });
});

describe('GraphQL connections', () => {
  const PAGE = `query($after: String) { repository(owner:"acme", name:"api") {
    pullRequests(first: 40, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      totalCount pageInfo { hasNextPage endCursor } nodes { number updatedAt } } } }`;
  type Page = { repository: { pullRequests: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ number: number; updatedAt: string }> } } };

  it('pages more than 100 pull requests with cursors, every item exactly once, newest update first', async () => {
    const seen: Array<{ number: number; updatedAt: string }> = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await octokit.graphql<Page>(PAGE, { after });
      seen.push(...page.repository.pullRequests.nodes);
      expect(page.repository.pullRequests.totalCount).toBe(150);
      if (!page.repository.pullRequests.pageInfo.hasNextPage) break;
      after = page.repository.pullRequests.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(150);
    expect(new Set(seen.map((p) => p.number)).size).toBe(150);
    const times = seen.map((p) => Date.parse(p.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('keeps a cursor stable when items are added before it', async () => {
    const first: Page = await octokit.graphql<Page>(PAGE, { after: null });
    const cursor = first.repository.pullRequests.pageInfo.endCursor;
    const repo = sim.dataset.repositories[0]!;
    repo.pullRequests.push({ ...repo.pullRequests[0]!, id: 'PR_new', number: 999, updatedAt: '2030-01-01T00:00:00Z' });
    const second: Page = await octokit.graphql<Page>(PAGE, { after: cursor });
    expect(second.repository.pullRequests.totalCount).toBe(151);
    expect(second.repository.pullRequests.nodes.map((n) => n.number)).not.toContain(999);
    expect(second.repository.pullRequests.nodes[0]!.number).not.toBe(first.repository.pullRequests.nodes[39]!.number);
  });

  it('supports last/before and filters issues by since, never returning pull requests', async () => {
    const r = await octokit.graphql<any>(`{ repository(owner:"acme", name:"api") {
      tail: pullRequests(last: 3) { nodes { number } pageInfo { hasPreviousPage } }
      issues(first: 100, filterBy: {since: "2024-01-15T00:00:00Z"}) { totalCount nodes { number updatedAt author { login } } } } }`);
    expect(r.repository.tail.nodes.map((n: any) => n.number)).toEqual([148, 149, 150]);
    expect(r.repository.tail.pageInfo.hasPreviousPage).toBe(true);
    const issues = r.repository.issues.nodes;
    expect(issues.every((i: any) => i.number >= 200 && Date.parse(i.updatedAt) >= Date.parse('2024-01-15T00:00:00Z'))).toBe(true);
    expect(issues.length).toBe(r.repository.issues.totalCount);
    expect(issues.some((i: any) => i.author === null)).toBe(true);
  });
});

describe('GraphQL objects', () => {
  it('resolves node(id:) under aliases, with actors typed by kind', async () => {
    const r = await octokit.graphql<any>(`{
      pr0: node(id: "PR_sim1") { __typename ... on PullRequest { number author { __typename login } } }
      pr1: node(id: "PR_sim2") { ... on PullRequest { number author { __typename login ... on Bot { databaseId } } } }
      issue: node(id: "I_sim2") { __typename ... on Issue { number state stateReason } }
      many: nodes(ids: ["PR_sim3", "PR_sim4"]) { ... on PullRequest { number author { __typename login } } } }`);
    expect(r.pr0).toEqual({ __typename: 'PullRequest', number: 1, author: { __typename: 'User', login: 'bob' } });
    expect(r.pr1.author).toEqual({ __typename: 'Bot', login: 'dependabot', databaseId: 49699333 });
    expect(r.issue).toMatchObject({ __typename: 'Issue', number: 201, state: 'OPEN' });
    expect(r.many).toEqual([{ number: 3, author: null }, { number: 4, author: { __typename: 'Mannequin', login: 'old-timer' } }]);
  });

  it('normalises timestamps with offsets to UTC Z', async () => {
    const r = await octokit.graphql<any>(`{ repository(owner:"acme", name:"api") { createdAt
      releases(first: 5, orderBy: {field: CREATED_AT, direction: ASC}) { nodes { tagName createdAt publishedAt author { login } } } } }`);
    expect(r.repository.createdAt).toBe('2023-01-01T10:00:00Z');
    expect(r.repository.releases.nodes[0]).toEqual({ tagName: 'v1.0.0', createdAt: '2024-01-10T08:00:00Z', publishedAt: '2024-01-10T08:00:00Z', author: { login: 'alice' } });
    // Release.author is a User; a bot author cannot be expressed and comes back null.
    expect(r.repository.releases.nodes[1].author).toBeNull();
  });

  it('lists deployment statuses newest first and filters by environment', async () => {
    const r = await octokit.graphql<any>(`{ repository(owner:"acme", name:"api") {
      deployments(first: 10, environments: ["production"], orderBy: {field: CREATED_AT, direction: DESC}) {
        nodes { environment commitOid ref { name } creator { login } latestStatus { state } statuses(first: 5) { nodes { state } } } } } }`);
    const nodes = r.repository.deployments.nodes;
    expect(nodes.map((d: any) => d.environment)).toEqual(['production', 'production', 'production']);
    expect(nodes[0].statuses.nodes.map((s: any) => s.state)).toEqual(['SUCCESS', 'IN_PROGRESS']);
    expect(nodes[0].latestStatus.state).toBe('SUCCESS');
  });

  it('filters timeline items by type and resolves team reviewers', async () => {
    const r = await octokit.graphql<any>(`{ repository(owner:"acme", name:"api") { pullRequest(number: 3) {
      timelineItems(first: 50, itemTypes: [REVIEW_REQUESTED_EVENT, MERGED_EVENT]) { totalCount nodes { __typename
        ... on ReviewRequestedEvent { createdAt actor { login } requestedReviewer { __typename ... on User { login } ... on Team { slug name } } }
        ... on MergedEvent { commit { oid } } } } } } }`);
    const items = r.repository.pullRequest.timelineItems.nodes;
    expect(items.map((i: any) => i.__typename)).toEqual(['ReviewRequestedEvent', 'ReviewRequestedEvent', 'MergedEvent']);
    expect(items[1].requestedReviewer).toEqual({ __typename: 'Team', slug: 'platform', name: 'platform' });
  });

  it('lists organisation repositories with isArchived and orderBy', async () => {
    const r = await octokit.graphql<any>(`{ organization(login: "acme") {
      all: repositories(first: 10, orderBy: {field: NAME, direction: DESC}) { nodes { name isArchived } }
      live: repositories(first: 10, isArchived: false) { totalCount nodes { name defaultBranchRef { name } } } } }`);
    expect(r.organization.all.nodes.map((n: any) => n.name)).toEqual(['web', 'api']);
    expect(r.organization.live).toEqual({ totalCount: 1, nodes: [{ name: 'api', defaultBranchRef: { name: 'main' } }] });
  });

  it('reports this query\'s cost in rateLimit and counts points', async () => {
    sim.resetStats();
    const r = await octokit.graphql<any>(`{ rateLimit { cost nodeCount limit remaining used }
      repository(owner:"acme", name:"api") { pullRequests(first: 100) { nodes { reviews(first: 100) { totalCount } } } } }`);
    expect(r.rateLimit.cost).toBe(1);
    expect(r.rateLimit.nodeCount).toBe(100 + 100 * 100);
    expect(sim.stats()).toMatchObject({ graphqlRequests: 1, graphqlPoints: 1, byRoute: { 'POST /graphql': 1 } });
  });

  it('returns RATE_LIMITED once the token\'s points are spent', async () => {
    const small = await startSimulator({ dataset: tinyDataset(), rateLimit: 2 });
    try {
      const post = (query: string) => fetch(`${small.url}/graphql`, { method: 'POST', headers: { authorization: 'bearer a' }, body: JSON.stringify({ query }) });
      // 1 + 100 + 100 + 100 = 301 requests → 3 points, more than the whole budget.
      const heavy = '{ repository(owner:"acme", name:"api") { pullRequests(first: 100) { nodes { labels(first: 1) { totalCount } reviews(first: 1) { totalCount } commits(first: 1) { totalCount } } } } }';
      expect(await (await post(heavy)).json()).toMatchObject({ data: null, errors: [{ type: 'RATE_LIMITED' }] });
      const ok = await post('{ rateLimit { cost remaining } }');
      expect(await ok.json()).toEqual({ data: { rateLimit: { cost: 1, remaining: 1 } } });
      expect(ok.headers.get('x-ratelimit-remaining')).toBe('1');
      // Another token has its own budget.
      const other = await fetch(`${small.url}/graphql`, { method: 'POST', headers: { authorization: 'bearer b' }, body: JSON.stringify({ query: '{ viewer { login } }' }) });
      expect(other.headers.get('x-ratelimit-remaining')).toBe('1');
    } finally {
      await small.close();
    }
  });
});
