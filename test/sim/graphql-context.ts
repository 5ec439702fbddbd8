/**
 * Per-request state shared by all resolvers: the dataset index, this query's cost and budget
 * (for `Query.rateLimit`), and the hook the `graphql-partial` fault uses to break one connection.
 */
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DatasetIndex } from './dataset-index.js';
import { GitHubGraphQLError } from './graphql-field-resolver.js';

export interface RateLimitSnapshot {
  cost: number;
  nodeCount: number;
  limit: number;
  remaining: number;
  used: number;
  resetAt: string;
}

export interface GraphQLRequestContext {
  index: DatasetIndex;
  rateLimit: RateLimitSnapshot;
  viewerLogin: string;
  /** Whether the token may read the organisation's teams (a GITHUB_TOKEN may not). */
  canReadTeams: boolean;
  /** Called before every field resolution. */
  beforeField(info: GraphQLResolveInfo): void;
  /** Connections resolved so far; lets a dry run tell the partial fault how many there are. */
  connectionsSeen: number;
}

export function isConnectionField(info: GraphQLResolveInfo): boolean {
  const named = getNamedType(info.returnType);
  return isObjectType(named) && named.name.endsWith('Connection');
}

export function createContext(
  index: DatasetIndex,
  rateLimit: RateLimitSnapshot,
  viewerLogin: string,
  failConnectionAt?: number,
  canReadTeams = true,
): GraphQLRequestContext {
  const ctx: GraphQLRequestContext = {
    index,
    rateLimit,
    viewerLogin,
    canReadTeams,
    connectionsSeen: 0,
    beforeField(info) {
      if (!isConnectionField(info)) return;
      const position = ctx.connectionsSeen++;
      if (position === failConnectionAt) {
        throw new GitHubGraphQLError(
          'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `SIM0:FAULT` when reporting this issue.',
          'INTERNAL',
        );
      }
    },
  };
  return ctx;
}
