import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { computeQueryCost } from './graphql-cost.js';
import { githubGraphQLSchema } from './graphql-endpoint.js';

const cost = (query: string, variables?: Record<string, unknown>) =>
  computeQueryCost(githubGraphQLSchema(), parse(query), variables);

describe('GraphQL cost (GitHub\'s published formula)', () => {
  it('matches the worked example in GitHub\'s docs: 5,101 requests → 51 points, 305,100 nodes', () => {
    // repositories: 1 request; issues: 100 (one per repository); labels: 100 × 50 = 5,000.
    const result = cost(`query { viewer { login repositories(first: 100) { edges { node { id
      issues(first: 50) { edges { node { id labels(first: 60) { edges { node { id name } } } } } } } } } } }`);
    expect(result).toMatchObject({ requests: 5101, cost: 51, nodeCount: 305_100, errors: [] });
  });

  it('charges at least one point and rounds to nearest', () => {
    expect(cost('{ viewer { login } }').cost).toBe(1);
    // 1 + 100 + 100 × 100 = 10,101 requests → 101.01 → 101.
    const big = cost(`{ repository(owner: "a", name: "b") { pullRequests(first: 100) { nodes {
      reviews(first: 100) { nodes { comments(first: 1) { totalCount } } } } } } }`);
    expect(big.requests).toBe(1 + 100 + 100 * 100);
    expect(big.cost).toBe(101);
    // 1 + 50 + 50 = 101 → 1.01 → 1; 1 + 100 + 100 + 100 = 301 → 3.01 → 3; 1 + 3×50 = 151 → 1.51 → 2.
    expect(cost(`{ repository(owner: "a", name: "b") { pullRequests(first: 50) { nodes {
      labels(first: 5) { totalCount } reviews(first: 5) { totalCount } } } } }`).cost).toBe(1);
    expect(cost(`{ repository(owner: "a", name: "b") { pullRequests(first: 100) { nodes {
      labels(first: 1) { totalCount } reviews(first: 1) { totalCount } commits(first: 1) { totalCount } } } } }`).cost).toBe(3);
    expect(cost(`{ repository(owner: "a", name: "b") { pullRequests(last: 50) { nodes {
      labels(first: 1) { totalCount } reviews(first: 1) { totalCount } commits(first: 1) { totalCount } } } } }`).cost).toBe(2);
  });

  it('reads first/last from variables (and their defaults), fragments and aliases', () => {
    const query = `query($n: Int = 100, $m: Int!) { repository(owner: "a", name: "b") {
      a: pullRequests(first: $n) { ...Reviews }
      b: pullRequests(first: $m) { nodes { number } } } }
      fragment Reviews on PullRequestConnection { nodes { reviews(first: 10) { totalCount } } }`;
    const result = cost(query, { m: 30 });
    expect(result.requests).toBe(1 + 100 + 1);
    expect(result.nodeCount).toBe(100 + 100 * 10 + 30);
  });

  it('ignores fields dropped by @include/@skip', () => {
    const query = `query($pulls: Boolean!, $n: Int!) { repository(owner: "a", name: "b") {
      pullRequests(first: $n) @include(if: $pulls) { nodes { reviews(first: 10) { totalCount } } }
      issues(first: 100) @skip(if: true) { totalCount }
      releases @include(if: false) { totalCount } } }`;
    expect(cost(query, { pulls: false, n: 100 })).toMatchObject({ requests: 0, nodeCount: 0, errors: [], cost: 1 });
    expect(cost(query, { pulls: true, n: 100 })).toMatchObject({ requests: 101, nodeCount: 1100 });
  });

  it('flags missing and excessive pagination arguments', () => {
    expect(cost('{ repository(owner: "a", name: "b") { pullRequests { totalCount } } }').errors[0])
      .toMatchObject({ type: 'MISSING_PAGINATION_BOUNDARIES', path: ['repository', 'pullRequests'] });
    expect(cost('{ repository(owner: "a", name: "b") { issues(last: 250) { totalCount } } }').errors[0]?.message)
      .toBe('Requesting 250 records on the `issues` connection exceeds the `last` limit of 100 records.');
  });

  it('refuses queries over 500,000 potential nodes', () => {
    const result = cost(`{ organization(login: "o") { repositories(first: 100) { nodes {
      pullRequests(first: 100) { nodes { reviews(first: 100) { totalCount } } } } } } }`);
    expect(result.nodeCount).toBe(100 + 100 * 100 + 100 * 100 * 100);
    expect(result.errors[0]).toMatchObject({ type: 'MAX_NODE_LIMIT_EXCEEDED', path: ['organization', 'repositories', 'nodes', 'pullRequests', 'nodes', 'reviews'] });
    expect(result.errors[0]?.message).toContain('1,010,100 possible nodes');
  });
});
