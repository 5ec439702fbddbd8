import { readAssetFile } from '../asset-files.js';

/**
 * GraphQL documents the harvester sends. Shared fragments live in queries/fragments.graphql;
 * GitHub (like any spec-compliant server) rejects a document with an unused fragment, so each
 * document gets exactly the fragments it spreads, transitively.
 */
function fragmentDefinitions(): Map<string, string> {
  const text = readAssetFile('github/queries/fragments.graphql').replace(/^#.*$/gm, '');
  const definitions = new Map<string, string>();
  for (const chunk of text.split(/(?=^fragment\s)/m)) {
    const match = /^fragment\s+(\w+)/.exec(chunk.trim());
    if (match) definitions.set(match[1]!, chunk.trim());
  }
  return definitions;
}

let fragments: Map<string, string> | undefined;

function spreads(text: string): string[] {
  return [...text.matchAll(/\.\.\.\s*([A-Z]\w*)/g)].map((m) => m[1]!);
}

/** Appends the shared fragments `operation` uses (and those they use). */
export function withFragments(operation: string): string {
  fragments ??= fragmentDefinitions();
  const defined = new Set([...operation.matchAll(/^\s*fragment\s+(\w+)/gm)].map((m) => m[1]!));
  const needed: string[] = [];
  const queue = spreads(operation);
  while (queue.length) {
    const name = queue.shift()!;
    if (defined.has(name)) continue;
    const definition = fragments.get(name);
    if (!definition) continue; // an inline `... on Type` or a local fragment
    defined.add(name);
    needed.push(definition);
    queue.push(...spreads(definition));
  }
  return [operation.trim(), ...needed].join('\n\n') + '\n';
}

export const repositorySyncDocument = (): string => withFragments(readAssetFile('github/queries/repository-sync.graphql'));
export const openItemNodesDocument = (): string => withFragments(readAssetFile('github/queries/open-item-nodes.graphql'));
export const organizationRepositoriesDocument = (): string =>
  withFragments(readAssetFile('github/queries/organization-repositories.graphql'));
export const organizationTeamsDocument = (): string => withFragments(readAssetFile('github/queries/organization-teams.graphql'));
export const teamMembersDocument = (): string => withFragments(readAssetFile('github/queries/team-members.graphql'));
export const repositoryMilestonesDocument = (): string => withFragments(readAssetFile('github/queries/repository-milestones.graphql'));
export const projectIterationsDocument = (): string => withFragments(readAssetFile('github/queries/project-iterations.graphql'));

/** How many reviews, commits, comments and timeline items a page reads of each PR or issue; more are followed up. */
export const NESTED_PAGE = 100;

/** The timeline events flowmeter reads, as `PullRequestTimelineItemsItemType` values. */
export const TIMELINE_ITEM_TYPES = [
  'READY_FOR_REVIEW_EVENT',
  'CONVERT_TO_DRAFT_EVENT',
  'REOPENED_EVENT',
  'CLOSED_EVENT',
  'HEAD_REF_FORCE_PUSHED_EVENT',
  'MERGED_EVENT',
  'REVIEW_REQUESTED_EVENT',
  'REVIEW_REQUEST_REMOVED_EVENT',
] as const;

/** Connections that can overflow the first page, per node type, and the selection to follow them. */
export const OVERFLOW_SELECTIONS = {
  'PullRequest.reviews': { type: 'PullRequest', field: 'reviews', nodes: '...ReviewFields', extraArgs: '' },
  'PullRequest.comments': { type: 'PullRequest', field: 'comments', nodes: '...CommentFields', extraArgs: '' },
  'PullRequest.commits': { type: 'PullRequest', field: 'commits', nodes: '...CommitFields', extraArgs: '' },
  'PullRequest.timelineItems': { type: 'PullRequest', field: 'timelineItems', nodes: '...TimelineFields', extraArgs: ', itemTypes: $timelineTypes' },
  'Issue.comments': { type: 'Issue', field: 'comments', nodes: '...CommentFields', extraArgs: '' },
} as const;

export type OverflowKind = keyof typeof OVERFLOW_SELECTIONS;

/**
 * One request following several overflowing connections at once, one alias each:
 * `o0: node(id: $id0) { ... on PullRequest { reviews(first: 100, after: $after0) { … } } }`.
 */
export function overflowDocument(kinds: OverflowKind[]): string {
  const variables: string[] = ['$timelineTypes: [PullRequestTimelineItemsItemType!]'];
  const aliases = kinds.map((kind, i) => {
    const s = OVERFLOW_SELECTIONS[kind];
    variables.push(`$id${i}: ID!`, `$after${i}: String`);
    return `  o${i}: node(id: $id${i}) { ... on ${s.type} { ${s.field}(first: 100, after: $after${i}${s.extraArgs}) { pageInfo { ...PageInfoFields } nodes { ${s.nodes} } } } }`;
  });
  const usesTimeline = kinds.some((k) => k === 'PullRequest.timelineItems');
  const declared = usesTimeline ? variables : variables.slice(1);
  return withFragments(`query Overflow(${declared.join(', ')}) {\n  rateLimit { cost remaining resetAt }\n${aliases.join('\n')}\n}`);
}
