/** Query root fields: rateLimit, viewer, repository, organization, user, node and nodes. */
import type { GraphQLRequestContext } from './graphql-context.js';
import { type Fields, GitHubGraphQLError, Plain } from './graphql-field-resolver.js';
import { nodeSource, ownerSource, repositorySource, type ActorSource } from './graphql-sources.js';

function resolveNode(ctx: GraphQLRequestContext, id: string): unknown {
  const node = ctx.index.node(id);
  if (!node) return new GitHubGraphQLError(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND');
  return nodeSource(node);
}

const queryFields: Fields<unknown> = {
  rateLimit: (_s, _a, ctx) => new Plain({ ...ctx.rateLimit }),
  viewer: (_s, _a, ctx): ActorSource => {
    const actor = ctx.index.actor(ctx.viewerLogin);
    return { __typename: 'User', actor: { ...actor!, kind: 'User' } };
  },
  repository: (_s, args, ctx) => {
    const repo = ctx.index.repo(String(args.owner), String(args.name));
    if (!repo) {
      throw new GitHubGraphQLError(`Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`, 'NOT_FOUND');
    }
    return repositorySource(repo);
  },
  organization: (_s, args, ctx) => {
    const login = String(args.login);
    const lower = login.toLowerCase();
    const { dataset } = ctx.index;
    const exists = dataset.org.toLowerCase() === lower || dataset.repositories.some((r) => r.owner.toLowerCase() === lower);
    const source = exists ? ownerSource(ctx, dataset.org.toLowerCase() === lower ? dataset.org : login) : null;
    if (!source || source.__typename !== 'Organization') {
      throw new GitHubGraphQLError(`Could not resolve to an Organization with the login of '${login}'.`, 'NOT_FOUND');
    }
    return source;
  },
  user: (_s, args, ctx): ActorSource => {
    const login = String(args.login);
    const actor = ctx.index.actor(login);
    const isOrganization = ctx.index.dataset.org.toLowerCase() === login.toLowerCase();
    if (!actor || actor.kind !== 'User' || isOrganization) throw new GitHubGraphQLError(`Could not resolve to a User with the login of '${login}'.`, 'NOT_FOUND');
    return { __typename: 'User', actor };
  },
  // A thrown error nulls the field; returned Error instances null one list entry each.
  node: (_s, args, ctx) => {
    const result = resolveNode(ctx, String(args.id));
    if (result instanceof Error) throw result;
    return result;
  },
  nodes: (_s, args, ctx) => (args.ids as string[]).map((id) => resolveNode(ctx, id)),
};

export const rootTypeFields: Record<string, Fields<never>> = { Query: queryFields };
