/**
 * Actor types (User, Bot, Organization, Mannequin) and Team. All four actor kinds share one field
 * map; the schema decides which fields each type exposes, so e.g. `Bot.name` is rejected by
 * validation before it gets here.
 */
import type { SimActor } from './dataset.js';
import type { Fields } from './graphql-field-resolver.js';
import { GitHubGraphQLError } from './graphql-field-resolver.js';
import type { ActorSource, TeamSource } from './graphql-sources.js';
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

const organizationFields: Fields<ActorSource> = {
  ...actorFields,
  repositories: (s, args, ctx, info) => organizationRepositories(s.actor.login, args, ctx, info),
};

const teamFields: Fields<TeamSource> = {
  id: (s) => `T_sim${Buffer.from(`${s.org}/${s.slug}`).toString('base64url')}`,
  slug: (s) => s.slug,
  // Datasets only know slugs; GitHub's display name is usually the slug with spaces.
  name: (s) => s.slug.replace(/-/g, ' '),
  combinedSlug: (s) => `${s.org}/${s.slug}`,
  url: (s) => `https://github.com/orgs/${s.org}/teams/${s.slug}`,
};

export const actorTypeFields: Record<string, Fields<never>> = {
  User: actorFields,
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
