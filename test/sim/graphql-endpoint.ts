/**
 * `POST /graphql`: parse, validate against GitHub's schema, price the query, charge the
 * token's budget, then execute over the dataset. Errors take GitHub's shapes (HTTP 200 with an
 * `errors` array and `type` where GitHub sets one).
 */
import {
  buildSchema, execute, GraphQLError, parse, validate,
  type DocumentNode, type ExecutionResult, type GraphQLFieldResolver, type GraphQLSchema,
} from 'graphql';
import { schema as githubSchema } from '@octokit/graphql-schema';
import type { SimDataset } from './dataset.js';
import { DatasetIndex } from './dataset-index.js';
import { createContext, type GraphQLRequestContext, type RateLimitSnapshot } from './graphql-context.js';
import { computeQueryCost } from './graphql-cost.js';
import { type Args, type Fields, formatGraphQLError, makeFieldResolver } from './graphql-field-resolver.js';
import { actorTypeFields } from './graphql-resolvers-actors.js';
import { deploymentTypeFields } from './graphql-resolvers-deployment.js';
import { issueTypeFields } from './graphql-resolvers-issue.js';
import { pullRequestTypeFields } from './graphql-resolvers-pull-request.js';
import { repositoryTypeFields } from './graphql-resolvers-repository.js';
import { rootTypeFields } from './graphql-resolvers-root.js';
import { timelineTypeFields } from './graphql-resolvers-timeline.js';
import type { Budget, RateLimiter } from './rate-limit.js';

let cachedSchema: GraphQLSchema | undefined;

/** GitHub's public schema, built once per process (about 200 ms). */
export function githubGraphQLSchema(): GraphQLSchema {
  // The published SDL defines a couple of enterprise fields twice, which graphql-js's SDL
  // validation rejects; GitHub itself serves it, so trust it rather than patching the text.
  cachedSchema ??= buildSchema(githubSchema.idl, { assumeValidSDL: true });
  return cachedSchema;
}

/** One field map per GraphQL type, merged from the per-area resolver files. */
const typeFields: Record<string, Fields<never>> = {
  ...rootTypeFields,
  ...actorTypeFields,
  ...repositoryTypeFields,
  ...pullRequestTypeFields,
  ...timelineTypeFields,
  ...issueTypeFields,
  ...deploymentTypeFields,
};
const fieldResolver: GraphQLFieldResolver<unknown, GraphQLRequestContext, Args> = makeFieldResolver(typeFields);

export interface GraphQLCall {
  body: unknown;
  dataset: SimDataset;
  limiter: RateLimiter;
  tokenKey: string;
  viewerLogin: string;
  /** false: `Organization.teams` and `.team` answer FORBIDDEN (default true). */
  canReadTeams?: boolean;
  /** Set when a `graphql-partial` fault applies: returns a draw in [0, 1). */
  partialFault?: () => number;
}

export interface GraphQLOutcome {
  status: number;
  body: unknown;
  points: number;
  budget: Budget;
  operationName?: string;
}

/** graphql-js and GitHub word the commonest validation error differently; match GitHub. */
function formatValidationError(error: GraphQLError): Record<string, unknown> {
  const match = /^Cannot query field "([^"]+)" on type "([^"]+)"/.exec(error.message);
  if (!match) return { locations: error.locations, message: error.message };
  const [, fieldName, typeName] = match;
  return {
    extensions: { code: 'undefinedField', typeName, fieldName },
    locations: error.locations,
    message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
  };
}

function formatResult(result: ExecutionResult): Record<string, unknown> {
  const out: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length) out.errors = result.errors.map(formatGraphQLError);
  return out;
}

export function handleGraphQL(call: GraphQLCall): GraphQLOutcome {
  const idle = call.limiter.peek(call.tokenKey, 'graphql');
  const reply = (body: unknown, status = 200, points = 0, budget = idle, operationName?: string): GraphQLOutcome =>
    ({ status, body, points, budget, operationName });
  const body = call.body as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
  if (!body || typeof body !== 'object' || typeof body.query !== 'string') {
    return reply({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
  }
  const variables = (body.variables && typeof body.variables === 'object' ? body.variables : {}) as Record<string, unknown>;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;

  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    const e = error as GraphQLError;
    return reply({ errors: [{ locations: e.locations, message: e.message }] });
  }
  const opName = operationName ?? document.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;
  const schema = githubGraphQLSchema();
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return reply({ errors: validationErrors.map(formatValidationError) }, 200, 0, idle, opName);

  const cost = computeQueryCost(schema, document, variables, operationName);
  if (cost.errors.length > 0) return reply({ errors: cost.errors }, 200, 0, idle, opName);

  const charge = call.limiter.consume(call.tokenKey, 'graphql', cost.cost);
  if (!charge.ok) {
    return reply({
      data: null,
      errors: [{ type: 'RATE_LIMITED', code: 'graphql_rate_limit', message: `API rate limit already exceeded for user ID 1.` }],
    }, 200, 0, charge.budget, opName);
  }
  const snapshot: RateLimitSnapshot = {
    cost: cost.cost,
    nodeCount: cost.nodeCount,
    limit: charge.budget.limit,
    remaining: charge.budget.remaining,
    used: charge.budget.used,
    resetAt: new Date(charge.budget.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const run = (failAt?: number) => {
    const contextValue = createContext(new DatasetIndex(call.dataset), snapshot, call.viewerLogin, failAt, call.canReadTeams ?? true);
    const result = execute({ schema, document, variableValues: variables, operationName, contextValue, fieldResolver, rootValue: {} });
    if (result instanceof Promise) throw new Error('flowmeter simulator: resolvers must be synchronous');
    return { result, connections: contextValue.connectionsSeen };
  };
  let { result, connections } = run();
  // A partial failure breaks one connection the query really resolves: count them on a clean
  // run, then rerun failing one; graphql-js propagates the null exactly as GitHub would.
  if (call.partialFault && connections > 0) {
    result = run(Math.floor(call.partialFault() * connections)).result;
  }
  return reply(formatResult(result), 200, cost.cost, charge.budget, opName);
}
