/**
 * GitHub's GraphQL rate-limit cost and node limit, computed from the query before execution
 * ("Rate limits and node limits for the GraphQL API"):
 * - every connection needs as many requests as the product of the `first`/`last` of the
 *   connections above it (a top-level connection needs one);
 * - cost = round(sum of requests / 100), at least 1;
 * - potential nodes = sum over connections of their own size times that product; over 500,000
 *   the query is refused.
 * Pagination-argument errors (missing or >100 `first`/`last`) are found in the same walk.
 */
import {
  getDirectiveValues, getNamedType, GraphQLIncludeDirective, GraphQLInt, GraphQLSkipDirective, isInterfaceType, isObjectType, Kind, valueFromAST,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLNamedType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionNode, type SelectionSetNode, type SourceLocation,
} from 'graphql';
import { paginationError } from './graphql-connection.js';

export const NODE_LIMIT = 500_000;

export interface CostError {
  type: string;
  message: string;
  path: string[];
  locations?: SourceLocation[];
}

export interface QueryCost {
  cost: number;
  /** Sum of requests over all connections, before dividing by 100. */
  requests: number;
  nodeCount: number;
  errors: CostError[];
}

function pickOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

export function computeQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): QueryCost {
  const result: QueryCost = { cost: 1, requests: 0, nodeCount: 0, errors: [] };
  const operation = pickOperation(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return result;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const values: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    values[name] = variables[name] !== undefined ? variables[name]
      : def.defaultValue ? valueFromAST(def.defaultValue, GraphQLInt) : undefined;
  }
  // Fields dropped by @skip/@include are never fetched, so they cost nothing.
  const included = (node: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, values)?.if !== true
    && getDirectiveValues(GraphQLIncludeDirective, node, values)?.if !== false;
  const seen = new Set<string>();
  let nodeLimitReported = false;

  const intArg = (field: FieldNode, name: string): number | null => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return null;
    const value: unknown = valueFromAST(arg.value, GraphQLInt, values);
    return typeof value === 'number' ? value : null;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, multiplier: number, path: string[]): void => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, type, multiplier, path);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), multiplier, path);
        continue;
      }
      if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
      const definition = parent.getFields()[selection.name.value];
      if (!definition) continue;
      const named = getNamedType(definition.type);
      const fieldPath = [...path, selection.alias?.value ?? selection.name.value];
      let childMultiplier = multiplier;
      if (isObjectType(named) && named.name.endsWith('Connection')) {
        const first = intArg(selection, 'first');
        const last = intArg(selection, 'last');
        const size = Math.max(0, first ?? last ?? 0);
        const key = fieldPath.join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          const problem = paginationError(selection.name.value, first, last);
          if (problem) result.errors.push({ ...problem, path: fieldPath, locations: locationOf(selection) });
          result.requests += multiplier;
          result.nodeCount += multiplier * size;
          if (result.nodeCount > NODE_LIMIT && !nodeLimitReported) {
            nodeLimitReported = true;
            result.errors.push({
              type: 'MAX_NODE_LIMIT_EXCEEDED',
              path: fieldPath,
              locations: locationOf(selection),
              message: `By the time this query traverses to the ${selection.name.value} connection, it is requesting up to ${result.nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${NODE_LIMIT.toLocaleString('en-US')}.`,
            });
          }
        }
        childMultiplier = multiplier * size;
      }
      if (selection.selectionSet) walk(selection.selectionSet, named, childMultiplier, fieldPath);
    }
  };
  walk(operation.selectionSet, root, 1, []);
  result.cost = Math.max(1, Math.round(result.requests / 100));
  return result;
}

function locationOf(node: FieldNode): SourceLocation[] | undefined {
  const loc = node.loc;
  if (!loc) return undefined;
  const before = loc.source.body.slice(0, loc.start).split('\n');
  return [{ line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }];
}
