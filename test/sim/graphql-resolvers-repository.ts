/** Repository and `Organization.repositories`, with the list connections the harvester pages. */
import type { GraphQLResolveInfo } from 'graphql';
import type { SimIssue, SimPullRequest, SimRepository } from './dataset.js';
import type { GraphQLRequestContext } from './graphql-context.js';
import { at, connection, ordering, type PageArgs } from './graphql-connection.js';
import { type Args, type Fields, GitHubGraphQLError, Plain, rejectUnsupportedArgs } from './graphql-field-resolver.js';
import { repositoryMilestones } from './graphql-resolvers-planning.js';
import {
  deploymentSource, issueSource, ownerSource, pullRequestSource, refPlain, releaseSource, repositorySource,
  repoUrl, type RepositorySource,
} from './graphql-sources.js';
import { labelConnection } from './graphql-resolvers-issue.js';
import { isoUtc } from './timestamps.js';

const PAGE = ['first', 'last', 'after', 'before'];

function issueOrdering<T extends SimIssue | SimPullRequest>(label: string, orderBy: unknown) {
  return ordering<T>(label, orderBy, {
    CREATED_AT: (i) => at(i.createdAt),
    UPDATED_AT: (i) => at(i.updatedAt),
    COMMENTS: (i) => i.comments.length,
  }, (i) => i.number, { field: 'CREATED_AT', direction: 'ASC' });
}

function hasAnyLabel(itemLabels: string[], wanted: unknown): boolean {
  if (!Array.isArray(wanted)) return true;
  // GitHub's `labels` argument matches items carrying any of the given labels.
  return wanted.length === 0 || wanted.some((name) => itemLabels.includes(String(name)));
}

function pullRequests(s: RepositorySource, args: Args, info: GraphQLResolveInfo) {
  rejectUnsupportedArgs(info, [...PAGE, 'orderBy', 'states', 'baseRefName', 'headRefName', 'labels']);
  const states = args.states as string[] | undefined;
  const items = s.repo.pullRequests.filter((pr) =>
    (!states || states.includes(pr.state))
    && (args.baseRefName == null || pr.baseRefName === args.baseRefName)
    && (args.headRefName == null || pr.headRefName === args.headRefName)
    && hasAnyLabel(pr.labels, args.labels));
  const order = issueOrdering<SimPullRequest>('Repository.pullRequests', args.orderBy);
  return connection('pullRequests', items, args as PageArgs, { ...order, node: (pr) => pullRequestSource(s.repo, pr) });
}

function issues(s: RepositorySource, args: Args, info: GraphQLResolveInfo) {
  rejectUnsupportedArgs(info, [...PAGE, 'orderBy', 'states', 'labels', 'filterBy']);
  const filter = (args.filterBy ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(filter)) {
    if (value == null || (key === 'viewerSubscribed' && value === false)) continue;
    if (!['since', 'states', 'createdBy', 'labels'].includes(key)) {
      throw new GitHubGraphQLError(`flowmeter simulator: IssueFilters.${key} is not implemented`, 'NOT_IMPLEMENTED');
    }
  }
  const states = (args.states ?? filter.states) as string[] | undefined;
  const since = filter.since == null ? null : at(String(filter.since));
  const items = s.repo.issues.filter((issue) =>
    (!states || states.includes(issue.state))
    && (since == null || at(issue.updatedAt) >= since)
    && (filter.createdBy == null || issue.author?.toLowerCase() === String(filter.createdBy).toLowerCase())
    && hasAnyLabel(issue.labels, args.labels)
    && hasAnyLabel(issue.labels, filter.labels));
  const order = issueOrdering<SimIssue>('Repository.issues', args.orderBy);
  return connection('issues', items, args as PageArgs, { ...order, node: (issue) => issueSource(s.repo, issue) });
}

const repositoryFields: Fields<RepositorySource> = {
  id: (s) => s.repo.id,
  databaseId: (s) => s.repo.databaseId,
  name: (s) => s.repo.name,
  nameWithOwner: (s) => `${s.repo.owner}/${s.repo.name}`,
  owner: (s, _a, ctx) => ownerSource(ctx, s.repo.owner),
  isPrivate: (s) => s.repo.isPrivate,
  isArchived: (s) => s.repo.isArchived,
  isFork: () => false,
  visibility: (s) => (s.repo.isPrivate ? 'PRIVATE' : 'PUBLIC'),
  url: (s) => repoUrl(s.repo),
  createdAt: (s) => isoUtc(s.repo.createdAt),
  pushedAt: (s) => isoUtc(s.repo.pushedAt),
  updatedAt: (s) => isoUtc(s.repo.pushedAt),
  defaultBranchRef: (s) => refPlain(s.repo.defaultBranch),
  repositoryTopics: (s, args) => connection('repositoryTopics', s.repo.topics, args as PageArgs, {
    node: (name) => new Plain({ topic: new Plain({ name }), url: `https://github.com/topics/${name}` }),
  }),
  labels: (s, args, _ctx, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'orderBy']);
    return labelConnection(s.repo, s.repo.labels.map((l) => l.name), args as PageArgs);
  },
  pullRequests: (s, args, _ctx, info) => pullRequests(s, args, info),
  issues: (s, args, _ctx, info) => issues(s, args, info),
  pullRequest: (s, args) => {
    const pr = s.repo.pullRequests.find((p) => p.number === args.number);
    if (!pr) throw new GitHubGraphQLError(`Could not resolve to a PullRequest with the number of ${String(args.number)}.`, 'NOT_FOUND');
    return pullRequestSource(s.repo, pr);
  },
  issue: (s, args) => {
    const issue = s.repo.issues.find((i) => i.number === args.number);
    if (!issue) throw new GitHubGraphQLError(`Could not resolve to an Issue with the number of ${String(args.number)}.`, 'NOT_FOUND');
    return issueSource(s.repo, issue);
  },
  deployments: (s, args, _ctx, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'orderBy', 'environments']);
    const environments = args.environments as string[] | undefined;
    const items = s.repo.deployments.filter((d) => !environments || environments.includes(d.environment));
    const order = ordering('Repository.deployments', args.orderBy, { CREATED_AT: (d: (typeof items)[number]) => at(d.createdAt) },
      (d) => d.databaseId, { field: 'CREATED_AT', direction: 'ASC' });
    return connection('deployments', items, args as PageArgs, { ...order, node: (d) => deploymentSource(s.repo, d) });
  },
  milestones: (s, args, _ctx, info) => repositoryMilestones(s.repo, args, info),
  releases: (s, args, _ctx, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'orderBy']);
    const order = ordering('Repository.releases', args.orderBy, {
      CREATED_AT: (r: SimRepository['releases'][number]) => at(r.createdAt),
      NAME: (r) => r.name,
    }, (r) => r.databaseId, { field: 'CREATED_AT', direction: 'ASC' });
    return connection('releases', s.repo.releases, args as PageArgs, { ...order, node: (r) => releaseSource(s.repo, r) });
  },
};

export function organizationRepositories(login: string, args: Args, ctx: GraphQLRequestContext, info: GraphQLResolveInfo) {
  rejectUnsupportedArgs(info, [...PAGE, 'orderBy', 'isArchived', 'isFork', 'privacy', 'visibility', 'affiliations', 'ownerAffiliations']);
  const owner = login.toLowerCase();
  const items = ctx.index.dataset.repositories.filter((r) =>
    r.owner.toLowerCase() === owner
    && (args.isArchived == null || r.isArchived === args.isArchived)
    && args.isFork !== true
    && (args.privacy == null || (args.privacy === 'PRIVATE') === r.isPrivate)
    && (args.visibility == null || (args.visibility !== 'PUBLIC') === r.isPrivate));
  const order = ordering<SimRepository>('Organization.repositories', args.orderBy, {
    CREATED_AT: (r) => at(r.createdAt),
    UPDATED_AT: (r) => at(r.pushedAt),
    PUSHED_AT: (r) => at(r.pushedAt),
    NAME: (r) => r.name.toLowerCase(),
  }, (r) => r.databaseId, { field: 'CREATED_AT', direction: 'ASC' });
  return connection('repositories', items, args as PageArgs, { ...order, node: repositorySource });
}

export const repositoryTypeFields: Record<string, Fields<never>> = { Repository: repositoryFields };
