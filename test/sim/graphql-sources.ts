/**
 * Sources handed between resolvers: dataset records wrapped with their GraphQL `__typename`
 * (graphql-js's default type resolver reads it for interfaces and unions such as `Actor`,
 * `Node` and `PullRequestTimelineItems`) plus the context a record needs (its repository).
 */
import type {
  ActorKind, SimActor, SimComment, SimDeployment, SimDeploymentStatus, SimIssue, SimPullRequest,
  SimRelease, SimRepository, SimReview, SimTimelineEvent,
} from './dataset.js';
import type { IndexedNode } from './dataset-index.js';
import type { GraphQLRequestContext } from './graphql-context.js';
import { Plain } from './graphql-field-resolver.js';

export interface RepositorySource { __typename: 'Repository'; repo: SimRepository }
export interface PullRequestSource { __typename: 'PullRequest'; repo: SimRepository; pr: SimPullRequest }
export interface IssueSource { __typename: 'Issue'; repo: SimRepository; issue: SimIssue }
export interface ActorSource { __typename: ActorKind; actor: SimActor }
export interface TeamSource { __typename: 'Team'; org: string; slug: string }
export interface ReviewSource { __typename: 'PullRequestReview'; repo: SimRepository; pr: SimPullRequest; review: SimReview }
export interface CommentSource { __typename: 'IssueComment'; repo: SimRepository; number: number; comment: SimComment }
export interface EventSource { __typename: SimTimelineEvent['type']; repo: SimRepository; pr: SimPullRequest; event: SimTimelineEvent }
export interface DeploymentSource { __typename: 'Deployment'; repo: SimRepository; deployment: SimDeployment }
export interface DeploymentStatusSource { __typename: 'DeploymentStatus'; deployment: SimDeployment; status: SimDeploymentStatus }
export interface ReleaseSource { __typename: 'Release'; repo: SimRepository; release: SimRelease }

export const repositorySource = (repo: SimRepository): RepositorySource => ({ __typename: 'Repository', repo });
export const pullRequestSource = (repo: SimRepository, pr: SimPullRequest): PullRequestSource => ({ __typename: 'PullRequest', repo, pr });
export const issueSource = (repo: SimRepository, issue: SimIssue): IssueSource => ({ __typename: 'Issue', repo, issue });
export const deploymentSource = (repo: SimRepository, deployment: SimDeployment): DeploymentSource => ({ __typename: 'Deployment', repo, deployment });
export const releaseSource = (repo: SimRepository, release: SimRelease): ReleaseSource => ({ __typename: 'Release', repo, release });

export function actorSource(ctx: GraphQLRequestContext, login: string | null | undefined): ActorSource | null {
  const actor = ctx.index.actor(login);
  return actor ? { __typename: actor.kind, actor } : null;
}

/** Review requests name a login or `team:slug`. */
export function requestedReviewerSource(ctx: GraphQLRequestContext, reviewer: string | null): ActorSource | TeamSource | null {
  if (reviewer == null) return null;
  if (reviewer.startsWith('team:')) return { __typename: 'Team', org: ctx.index.dataset.org, slug: reviewer.slice(5) };
  return actorSource(ctx, reviewer);
}

export function nodeSource(node: IndexedNode): unknown {
  switch (node.kind) {
    case 'Repository': return repositorySource(node.repo);
    case 'PullRequest': return pullRequestSource(node.repo, node.pr);
    case 'Issue': return issueSource(node.repo, node.issue);
    case 'Deployment': return deploymentSource(node.repo, node.deployment);
    case 'Release': return releaseSource(node.repo, node.release);
    case 'Actor': return { __typename: node.actor.kind, actor: node.actor } satisfies ActorSource;
  }
}

export function commitPlain(oid: string | null | undefined): Plain | null {
  if (oid == null) return null;
  return new Plain({ oid, abbreviatedOid: oid.slice(0, 7) }, 'Commit');
}

export function refPlain(name: string): Plain {
  const short = name.replace(/^refs\/(heads|tags)\//, '');
  const prefix = name.startsWith('refs/tags/') ? 'refs/tags/' : 'refs/heads/';
  return new Plain({ name: short, prefix, qualifiedName: `${prefix}${short}` }, 'Ref');
}

export function repoUrl(repo: SimRepository): string {
  return `https://github.com/${repo.owner}/${repo.name}`;
}

/** A repository owner: a dataset actor when known, otherwise an Organization (the usual case). */
export function ownerSource(ctx: GraphQLRequestContext, login: string): ActorSource {
  const lower = login.toLowerCase();
  const known = ctx.index.dataset.actors.find((a) => a.login.toLowerCase() === lower);
  if (known) return { __typename: known.kind, actor: known };
  const databaseId = 800_000_000 + [...lower].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 99_999_999, 7);
  return { __typename: 'Organization', actor: { id: `O_sim${databaseId}`, databaseId, login, kind: 'Organization', name: login } };
}
