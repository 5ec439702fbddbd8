/** Repository, organisation listing, pull request and rate-limit REST routes. */
import type { SimRepository } from './dataset.js';
import type { Budget } from './rate-limit.js';
import { notFound, paginate, type Route } from './rest-router.js';
import { pullJson, repositoryJson } from './rest-shapes.js';
import { epochMs } from './timestamps.js';

const ORG_REPO_SORT: Record<string, (r: SimRepository) => number | string> = {
  created: (r) => epochMs(r.createdAt),
  updated: (r) => epochMs(r.pushedAt),
  pushed: (r) => epochMs(r.pushedAt),
  full_name: (r) => `${r.owner}/${r.name}`.toLowerCase(),
};

function budgetJson(b: Budget) {
  return { limit: b.limit, used: b.used, remaining: b.remaining, reset: b.reset };
}

export const repoRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      return repo ? { status: 200, body: repositoryJson(ctx.index, repo) } : notFound();
    },
  },
  {
    method: 'GET',
    pattern: '/orgs/{org}/repos',
    handler: (req, ctx) => {
      const org = req.params.org!.toLowerCase();
      const type = req.query.get('type') ?? 'all';
      let repos = ctx.dataset.repositories.filter((r) => r.owner.toLowerCase() === org);
      if (repos.length === 0 && ctx.dataset.org.toLowerCase() !== org) return notFound();
      if (type === 'public') repos = repos.filter((r) => !r.isPrivate);
      if (type === 'private') repos = repos.filter((r) => r.isPrivate);
      if (type === 'forks') repos = [];
      const sort = req.query.get('sort') ?? 'created';
      const key = ORG_REPO_SORT[sort] ?? ORG_REPO_SORT.created!;
      // GitHub defaults to ascending for full_name and descending for the date sorts.
      const direction = req.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
      const sign = direction === 'asc' ? 1 : -1;
      const sorted = [...repos].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return sign * (x < y ? -1 : x > y ? 1 : a.databaseId - b.databaseId);
      });
      const page = paginate(sorted, req, ctx.baseUrl);
      return { status: 200, headers: page.headers, body: page.items.map((r) => repositoryJson(ctx.index, r)) };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/{number}',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      const pr = repo?.pullRequests.find((p) => String(p.number) === req.params.number);
      return repo && pr ? { status: 200, body: pullJson(ctx.index, repo, pr) } : notFound();
    },
  },
  {
    method: 'GET',
    pattern: '/rate_limit',
    free: true,
    handler: (_req, ctx) => {
      const { core, graphql } = ctx.budgets();
      return {
        status: 200,
        body: { resources: { core: budgetJson(core), graphql: budgetJson(graphql) }, rate: budgetJson(core) },
      };
    },
  },
];
