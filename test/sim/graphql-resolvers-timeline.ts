/**
 * `PullRequest.timelineItems`: the dataset's timeline events merged with reviews and comments
 * (which GitHub also lists on the timeline), oldest first, filtered by `itemTypes` and `since`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { SimTimelineEvent } from './dataset.js';
import type { GraphQLRequestContext } from './graphql-context.js';
import { connection, type PageArgs } from './graphql-connection.js';
import { type Args, type Fields, GitHubGraphQLError, rejectUnsupportedArgs } from './graphql-field-resolver.js';
import {
  actorSource, commitPlain, type CommentSource, type EventSource, type PullRequestSource, requestedReviewerSource,
  type ReviewSource,
} from './graphql-sources.js';
import { epochMs, isoUtc } from './timestamps.js';

type TimelineSource = EventSource | ReviewSource | CommentSource;

/** `ReadyForReviewEvent` → `READY_FOR_REVIEW_EVENT`, the `itemTypes` enum spelling. */
export function itemTypeName(typename: string): string {
  return typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

const EVENT_TYPES: ReadonlyArray<SimTimelineEvent['type']> = [
  'ReadyForReviewEvent', 'ConvertToDraftEvent', 'ReopenedEvent', 'ClosedEvent', 'HeadRefForcePushedEvent',
  'MergedEvent', 'ReviewRequestedEvent', 'ReviewRequestRemovedEvent',
];
const SUPPORTED_ITEM_TYPES = new Set([...EVENT_TYPES, 'PullRequestReview', 'IssueComment'].map(itemTypeName));

function timestampOf(item: TimelineSource): string {
  switch (item.__typename) {
    case 'PullRequestReview': return item.review.submittedAt ?? item.review.createdAt;
    case 'IssueComment': return item.comment.createdAt;
    default: return item.event.createdAt;
  }
}

export function timelineItems(s: PullRequestSource, args: Args, _ctx: GraphQLRequestContext, info: GraphQLResolveInfo) {
  rejectUnsupportedArgs(info, ['first', 'last', 'after', 'before', 'itemTypes', 'since']);
  const itemTypes = args.itemTypes as string[] | undefined;
  for (const type of itemTypes ?? []) {
    if (!SUPPORTED_ITEM_TYPES.has(type)) {
      throw new GitHubGraphQLError(`flowmeter simulator: timelineItems itemType ${type} is not implemented`, 'NOT_IMPLEMENTED');
    }
  }
  const all: TimelineSource[] = [
    ...s.pr.timeline.map((event): EventSource => ({ __typename: event.type, repo: s.repo, pr: s.pr, event })),
    ...s.pr.reviews.filter((r) => r.state !== 'PENDING')
      .map((review): ReviewSource => ({ __typename: 'PullRequestReview', repo: s.repo, pr: s.pr, review })),
    ...s.pr.comments.map((comment): CommentSource => ({ __typename: 'IssueComment', repo: s.repo, number: s.pr.number, comment })),
  ];
  const since = args.since == null ? null : epochMs(String(args.since));
  const items = all.filter((item) =>
    (!itemTypes || itemTypes.includes(itemTypeName(item.__typename)))
    && (since == null || epochMs(timestampOf(item)) >= since));
  // Position in `all` breaks ties so equal timestamps keep the dataset's order.
  const position = new Map(all.map((item, i) => [item, i]));
  return connection('timelineItems', items, args as PageArgs, {
    key: (item) => [epochMs(timestampOf(item)), position.get(item) ?? 0],
    node: (item) => item,
    extra: { filteredCount: items.length, updatedAt: isoUtc(s.pr.updatedAt) },
  });
}

const eventFields: Fields<EventSource> = {
  id: (s) => s.event.id,
  createdAt: (s) => isoUtc(s.event.createdAt),
  actor: (s, _a, ctx) => actorSource(ctx, s.event.actor),
  pullRequest: (s) => ({ __typename: 'PullRequest', repo: s.repo, pr: s.pr }),
};

const mergedEventFields: Fields<EventSource> = {
  ...eventFields,
  commit: (s) => commitPlain(s.event.type === 'MergedEvent' ? s.event.commitOid : null),
  mergeRefName: (s) => s.pr.baseRefName,
};

const reviewRequestEventFields: Fields<EventSource> = {
  ...eventFields,
  requestedReviewer: (s, _a, ctx) =>
    ('requestedReviewer' in s.event ? requestedReviewerSource(ctx, s.event.requestedReviewer) : null),
};

export const timelineTypeFields: Record<string, Fields<never>> = {
  ReadyForReviewEvent: eventFields,
  ConvertToDraftEvent: eventFields,
  ReopenedEvent: eventFields,
  ClosedEvent: eventFields,
  HeadRefForcePushedEvent: eventFields,
  MergedEvent: mergedEventFields,
  ReviewRequestedEvent: reviewRequestEventFields,
  ReviewRequestRemovedEvent: reviewRequestEventFields,
};
