import { overflowDocument, OVERFLOW_SELECTIONS, TIMELINE_ITEM_TYPES, type OverflowKind } from '../github/documents.js';
import type { GqlConnection, GqlIssue, GqlPullRequest } from './graphql-types.js';
import type { GraphQLRunner } from './page-fetch.js';

/** Aliases per follow-up request: small enough for GitHub's timeouts, large enough to batch. */
const ALIASES_PER_REQUEST = 20;

interface PendingConnection {
  kind: OverflowKind;
  nodeId: string;
  connection: GqlConnection<unknown>;
}

function pendingOf(kind: OverflowKind, nodeId: string, connection: GqlConnection<unknown> | undefined): PendingConnection[] {
  return connection?.pageInfo?.hasNextPage ? [{ kind, nodeId, connection }] : [];
}

/**
 * Follows every connection of a page's PRs and issues that did not fit its first page
 * (a PR with 150 reviews, say), batching many connections into one aliased request, until
 * each is complete. The page's objects are extended in place, so they can then be stored whole.
 */
export async function completeOverflowingConnections(run: GraphQLRunner, pulls: GqlPullRequest[], issues: GqlIssue[]): Promise<number> {
  let pending: PendingConnection[] = [
    ...pulls.flatMap((pr) => [
      ...pendingOf('PullRequest.reviews', pr.id, pr.reviews),
      ...pendingOf('PullRequest.comments', pr.id, pr.comments),
      ...pendingOf('PullRequest.commits', pr.id, pr.commits),
      ...pendingOf('PullRequest.timelineItems', pr.id, pr.timelineItems),
    ]),
    ...issues.flatMap((issue) => pendingOf('Issue.comments', issue.id, issue.comments)),
  ];
  let requests = 0;
  while (pending.length > 0) {
    const batch = pending.slice(0, ALIASES_PER_REQUEST);
    const variables: Record<string, unknown> = { timelineTypes: [...TIMELINE_ITEM_TYPES] };
    batch.forEach((p, i) => {
      variables[`id${i}`] = p.nodeId;
      variables[`after${i}`] = p.connection.pageInfo?.endCursor ?? null;
    });
    if (!batch.some((p) => p.kind === 'PullRequest.timelineItems')) delete variables.timelineTypes;
    const data = await run<Record<string, Record<string, GqlConnection<unknown>> | null>>(
      overflowDocument(batch.map((p) => p.kind)),
      variables,
    );
    requests++;
    batch.forEach((p, i) => {
      const field = OVERFLOW_SELECTIONS[p.kind].field;
      const next = data[`o${i}`]?.[field];
      if (!next) {
        // The node vanished (deleted PR) between pages: keep what we have, stop following it.
        p.connection.pageInfo = { hasNextPage: false, endCursor: null };
        return;
      }
      p.connection.nodes.push(...next.nodes);
      p.connection.pageInfo = next.pageInfo ?? { hasNextPage: false, endCursor: null };
    });
    pending = [...pending.slice(batch.length), ...batch.filter((p) => p.connection.pageInfo?.hasNextPage)];
  }
  return requests;
}
