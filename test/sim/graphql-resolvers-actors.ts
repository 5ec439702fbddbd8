/**
 * Actor types (User, Bot, Organization, Mannequin) and Team. All four actor kinds share one field
 * map; the schema decides which fields each type exposes, so e.g. `Bot.name` is rejected by
 * validation before it gets here.
 */
import type { SimActor, SimTeam } from './dataset.js';
import { connection, ordering, type PageArgs } from './graphql-connection.js';
import type { GraphQLRequestContext } from './graphql-context.js';
import { type Args, type Fields, GitHubGraphQLError, rejectUnsupportedArgs } from './graphql-field-resolver.js';
import type { ActorSource, TeamSource } from './graphql-sources.js';
import { ownerProject } from './graphql-resolvers-planning.js';
import { organizationRepositories } from './graphql-resolvers-repository.js';

function actorUrl(actor: SimActor): string {
  return actor.kind === 'Bot' ? `https://github.com/apps/${actor.login}` : `https://github.com/${actor.login}`;
}

const actorFields: Fields<ActorSource> = {
  id: (s) => s.actor.id,
  databaseId: (s) => s.actor.databaseId,
  login: (s) => s.actor.login,
  name: (s) => s.actor.name ?? null,
  url: (s) => actorUrl(s.actor),
  resourcePath: (s) => new URL(actorUrl(s.actor)).pathname,
  avatarUrl: (s) => `https://avatars.githubusercontent.com/u/${s.actor.databaseId}?v=4`,
};

/** The dataset's teams, when this owner is the dataset's organisation and the token may read them. */
function readableTeams(ctx: GraphQLRequestContext, org: string): SimTeam[] {
  // GitHub's answer to a workflow's GITHUB_TOKEN (an installation without "Members: read").
  if (!ctx.canReadTeams) throw new GitHubGraphQLError('Resource not accessible by integration', 'FORBIDDEN');
  return org.toLowerCase() === ctx.index.dataset.org.toLowerCase() ? ctx.index.dataset.teams ?? [] : [];
}

const teamSource = (org: string, team: SimTeam): TeamSource => ({ __typename: 'Team', org, slug: team.slug });
const PAGE = ['first', 'last', 'after', 'before'];

const organizationFields: Fields<ActorSource> = {
  ...actorFields,
  repositories: (s, args, ctx, info) => organizationRepositories(s.actor.login, args, ctx, info),
  teams: (s, args: Args, ctx, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'orderBy']);
    const teams = readableTeams(ctx, s.actor.login);
    const order = ordering<SimTeam>('Organization.teams', args.orderBy, { NAME: (t) => (t.name ?? t.slug).toLowerCase() }, (t) => t.slug,
      { field: 'NAME', direction: 'ASC' });
    return connection('teams', teams, args as PageArgs, { ...order, node: (t) => teamSource(s.actor.login, t) });
  },
  projectV2: (s, args: Args, ctx) => ownerProject(s.actor.login, args, ctx),
  team: (s, args: Args, ctx) => {
    const team = readableTeams(ctx, s.actor.login).find((t) => t.slug === String(args.slug));
    return team ? teamSource(s.actor.login, team) : null;
  },
};

const teamFields: Fields<TeamSource> = {
  id: (s) => `T_sim${Buffer.from(`${s.org}/${s.slug}`).toString('base64url')}`,
  slug: (s) => s.slug,
  // Datasets only know slugs; GitHub's display name is usually the slug with spaces.
  name: (s) => s.slug.replace(/-/g, ' '),
  combinedSlug: (s) => `${s.org}/${s.slug}`,
  url: (s) => `https://github.com/orgs/${s.org}/teams/${s.slug}`,
  // membership ALL (GitHub's default) is all the simulator knows: its teams have no children.
  members: (s, args: Args, ctx, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'membership']);
    const team = readableTeams(ctx, s.org).find((t) => t.slug === s.slug);
    const logins = [...(team?.members ?? [])].sort();
    return connection('members', logins, args as PageArgs, {
      key: (login) => [login],
      node: (login) => {
        const actor = ctx.index.actor(login);
        return { __typename: 'User', actor: actor ?? { id: `U_sim${login}`, databaseId: 0, login, kind: 'User' } };
      },
    });
  },
};

const userFields: Fields<ActorSource> = {
  ...actorFields,
  projectV2: (s, args: Args, ctx) => ownerProject(s.actor.login, args, ctx),
};

export const actorTypeFields: Record<string, Fields<never>> = {
  User: userFields,
  Bot: actorFields,
  Mannequin: actorFields,
  Organization: organizationFields,
  Team: teamFields,
};

/** `Release.author` and `GitActor.user` are typed `User`; other kinds cannot appear there. */
export function userOnly(source: ActorSource | null): ActorSource | null {
  return source && source.__typename === 'User' ? source : null;
}

export function notFound(message: string): GitHubGraphQLError {
  return new GitHubGraphQLError(message, 'NOT_FOUND');
}
