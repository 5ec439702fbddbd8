/**
 * The single field resolver the executor uses. Sources are either entity wrappers tagged with a
 * GraphQL `__typename` (resolved through a per-type field map) or `Plain` value objects. A field
 * the simulator does not implement raises an error naming `Type.field`, never a silent null, so a
 * harvester asking for something the simulator cannot answer notices at once.
 */
import { GraphQLError, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { GraphQLRequestContext } from './graphql-context.js';

export type Args = Record<string, unknown>;
export type FieldFn<S> = (source: S, args: Args, ctx: GraphQLRequestContext, info: GraphQLResolveInfo) => unknown;
export type Fields<S> = Record<string, FieldFn<S>>;
export type PlainValue = unknown | ((args: Args, ctx: GraphQLRequestContext) => unknown);

/** An error GitHub reports with a top-level `type` (NOT_FOUND, RATE_LIMITED, …). */
export class GitHubGraphQLError extends Error {
  constructor(message: string, readonly type?: string) {
    super(message);
  }
}

/** A value object whose fields are known up front; functions are evaluated lazily with args. */
export class Plain {
  constructor(readonly values: Record<string, PlainValue>, readonly __typename?: string) {}
}

export function unimplemented(typeName: string, fieldName: string): GitHubGraphQLError {
  return new GitHubGraphQLError(`flowmeter simulator: ${typeName}.${fieldName} is not implemented`, 'NOT_IMPLEMENTED');
}

export function makeFieldResolver(
  typeFields: Record<string, Fields<never>>,
): GraphQLFieldResolver<unknown, GraphQLRequestContext, Args> {
  return (source, args, ctx, info) => {
    const typeName = info.parentType.name;
    ctx.beforeField(info);
    if (source instanceof Plain) {
      if (!Object.prototype.hasOwnProperty.call(source.values, info.fieldName)) {
        throw unimplemented(typeName, info.fieldName);
      }
      const value = source.values[info.fieldName];
      return typeof value === 'function' ? (value as (a: Args, c: GraphQLRequestContext) => unknown)(args, ctx) : value;
    }
    const fn = typeFields[typeName]?.[info.fieldName] as FieldFn<unknown> | undefined;
    if (!fn) throw unimplemented(typeName, info.fieldName);
    return fn(source, args, ctx, info);
  };
}

/**
 * Arguments the simulator ignores would silently change results (e.g. a `labels` filter), so
 * any argument the query actually passes that a resolver does not handle is an error.
 */
export function rejectUnsupportedArgs(info: GraphQLResolveInfo, supported: readonly string[]): void {
  for (const node of info.fieldNodes) {
    for (const arg of node.arguments ?? []) {
      if (supported.includes(arg.name.value)) continue;
      if (arg.value.kind === 'NullValue') continue;
      if (arg.value.kind === 'Variable' && info.variableValues[arg.value.name.value] == null) continue;
      throw new GitHubGraphQLError(
        `flowmeter simulator: argument \`${arg.name.value}\` of ${info.parentType.name}.${info.fieldName} is not implemented`,
        'NOT_IMPLEMENTED',
      );
    }
  }
}

/** GitHub's error shape: `type` at the top level next to message/locations/path. */
export function formatGraphQLError(error: GraphQLError): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const original = error.originalError;
  if (original instanceof GitHubGraphQLError && original.type) out.type = original.type;
  if (error.path) out.path = error.path;
  if (error.locations) out.locations = error.locations;
  if (error.extensions && Object.keys(error.extensions).length > 0) out.extensions = error.extensions;
  out.message = error.message;
  return out;
}
