/** PullRequest with its reviews, commits, comments and pending review requests. */
import { createHash } from 'node:crypto';
import type { SimCommit, SimPullRequest, SimRepository } from './dataset.js';
import type { GraphQLRequestContext } from './graphql-context.js';
import { connection, type PageArgs } from './graphql-connection.js';
import { type Fields, Plain, rejectUnsupportedArgs } from './graphql-field-resolver.js';
import { userOnly } from './graphql-resolvers-actors.js';
import { commentConnection, labelConnection } from './graphql-resolvers-issue.js';
import { timelineItems } from './graphql-resolvers-timeline.js';
import {
  actorSource, commitPlain, type PullRequestSource, repoUrl, requestedReviewerSource, type ReviewSource,
} from './graphql-sources.js';
import { isoUtc } from './timestamps.js';

const PAGE = ['first', 'last', 'after', 'before'];

export function pullRequestUrl(repo: SimRepository, pr: SimPullRequest): string {
  return `${repoUrl(repo)}/pull/${pr.number}`;
}

/** Datasets may omit the head oid; the last commit is what GitHub would report. */
export function headRefOid(pr: SimPullRequest): string {
  return pr.headRefOid ?? pr.commits[pr.commits.length - 1]?.oid ?? createHash('sha1').update(pr.id).digest('hex');
}

function commitNode(repo: SimRepository, pr: SimPullRequest, commit: SimCommit): Plain {
  const message = commit.message ?? '';
  return new Plain({
    id: `PURC_sim${Buffer.from(`${pr.id}/${commit.oid}`).toString('base64url')}`,
    url: `${pullRequestUrl(repo, pr)}/commits/${commit.oid}`,
    commit: new Plain({
      oid: commit.oid,
      abbreviatedOid: commit.oid.slice(0, 7),
      authoredDate: isoUtc(commit.authoredDate),
      committedDate: isoUtc(commit.committedDate),
      message,
      messageHeadline: message.split('\n')[0] ?? '',
      author: new Plain({
        name: commit.author,
        email: commit.author ? `${commit.author}@users.noreply.github.com` : null,
        date: isoUtc(commit.authoredDate),
        user: (_args: unknown, ctx: GraphQLRequestContext) => userOnly(actorSource(ctx, commit.author)),
      }),
    }, 'Commit'),
  }, 'PullRequestCommit');
}

/** Reviews carry no association in the dataset; derive GitHub's most common values. */
function reviewAssociation(ctx: GraphQLRequestContext, s: ReviewSource): string {
  if (s.review.author != null && s.review.author === s.pr.author) return s.pr.authorAssociation;
  const actor = ctx.index.actor(s.review.author);
  return actor && actor.kind === 'User' ? 'MEMBER' : 'NONE';
}

const pullRequestFields: Fields<PullRequestSource> = {
  id: (s) => s.pr.id,
  databaseId: (s) => s.pr.databaseId,
  number: (s) => s.pr.number,
  title: (s) => s.pr.title,
  body: (s) => s.pr.body,
  url: (s) => pullRequestUrl(s.repo, s.pr),
  permalink: (s) => pullRequestUrl(s.repo, s.pr),
  resourcePath: (s) => new URL(pullRequestUrl(s.repo, s.pr)).pathname,
  state: (s) => s.pr.state,
  closed: (s) => s.pr.state !== 'OPEN',
  merged: (s) => s.pr.state === 'MERGED',
  isDraft: (s) => s.pr.isDraft,
  createdAt: (s) => isoUtc(s.pr.createdAt),
  updatedAt: (s) => isoUtc(s.pr.updatedAt),
  closedAt: (s) => isoUtc(s.pr.closedAt),
  mergedAt: (s) => isoUtc(s.pr.mergedAt),
  additions: (s) => s.pr.additions,
  deletions: (s) => s.pr.deletions,
  changedFiles: (s) => s.pr.changedFiles,
  baseRefName: (s) => s.pr.baseRefName,
  headRefName: (s) => s.pr.headRefName,
  headRefOid: (s) => headRefOid(s.pr),
  authorAssociation: (s) => s.pr.authorAssociation,
  author: (s, _a, ctx) => actorSource(ctx, s.pr.author),
  mergedBy: (s, _a, ctx) => (s.pr.state === 'MERGED' ? actorSource(ctx, s.pr.mergedBy) : null),
  mergeCommit: (s) => commitPlain(s.pr.mergeCommitOid),
  repository: (s) => ({ __typename: 'Repository', repo: s.repo }),
  labels: (s, args, _c, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'orderBy']);
    return labelConnection(s.repo, s.pr.labels, args as PageArgs);
  },
  commits: (s, args, _c, info) => {
    rejectUnsupportedArgs(info, PAGE);
    return connection('commits', s.pr.commits, args as PageArgs, { node: (c) => commitNode(s.repo, s.pr, c) });
  },
  reviews: (s, args, _c, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'states', 'author']);
    const states = args.states as string[] | undefined;
    const items = s.pr.reviews.filter((r) => (!states || states.includes(r.state))
      && (args.author == null || r.author?.toLowerCase() === String(args.author).toLowerCase()));
    return connection('reviews', items, args as PageArgs, {
      node: (review): ReviewSource => ({ __typename: 'PullRequestReview', repo: s.repo, pr: s.pr, review }),
    });
  },
  comments: (s, args, _c, info) => commentConnection(s.repo, s.pr.number, s.pr.comments, args as PageArgs, info),
  reviewRequests: (s, args, _c, info) => {
    rejectUnsupportedArgs(info, PAGE);
    return connection('reviewRequests', s.pr.reviewRequests, args as PageArgs, {
      node: (reviewer) => new Plain({
        id: `RR_sim${Buffer.from(`${s.pr.id}/${reviewer}`).toString('base64url')}`,
        asCodeOwner: false,
        requestedReviewer: (_args: unknown, ctx: GraphQLRequestContext) => requestedReviewerSource(ctx, reviewer),
      }, 'ReviewRequest'),
    });
  },
  timelineItems: (s, args, ctx, info) => timelineItems(s, args, ctx, info),
};

const reviewFields: Fields<ReviewSource> = {
  id: (s) => s.review.id,
  databaseId: (s) => s.review.databaseId,
  state: (s) => s.review.state,
  body: (s) => s.review.body ?? '',
  submittedAt: (s) => isoUtc(s.review.submittedAt),
  createdAt: (s) => isoUtc(s.review.createdAt),
  author: (s, _a, ctx) => actorSource(ctx, s.review.author),
  authorAssociation: (s, _a, ctx) => reviewAssociation(ctx, s),
  url: (s) => `${pullRequestUrl(s.repo, s.pr)}#pullrequestreview-${s.review.databaseId}`,
};

export const pullRequestTypeFields: Record<string, Fields<never>> = {
  PullRequest: pullRequestFields,
  PullRequestReview: reviewFields,
};
