/** Issue, IssueComment and the label/comment connections shared with pull requests. */
import type { SimComment, SimIssue, SimRepository } from './dataset.js';
import { connection, type PageArgs } from './graphql-connection.js';
import { type Fields, Plain, rejectUnsupportedArgs } from './graphql-field-resolver.js';
import { actorSource, type CommentSource, type IssueSource, repoUrl } from './graphql-sources.js';
import { isoUtc } from './timestamps.js';
import type { GraphQLResolveInfo } from 'graphql';

const PAGE = ['first', 'last', 'after', 'before'];

export function labelConnection(repo: SimRepository, names: readonly string[], args: PageArgs): Plain {
  return connection('labels', names, args, {
    node: (name) => {
      const label = repo.labels.find((l) => l.name === name);
      return new Plain({
        id: label?.id ?? `LA_sim${Buffer.from(`${repo.id}/${name}`).toString('base64url')}`,
        name,
        color: label?.color ?? 'ededed',
        url: `${repoUrl(repo)}/labels/${encodeURIComponent(name)}`,
      }, 'Label');
    },
  });
}

export function commentConnection(repo: SimRepository, number: number, comments: readonly SimComment[], args: PageArgs, info: GraphQLResolveInfo): Plain {
  rejectUnsupportedArgs(info, PAGE);
  return connection('comments', comments, args, {
    node: (comment): CommentSource => ({ __typename: 'IssueComment', repo, number, comment }),
  });
}

function issueUrl(repo: SimRepository, issue: SimIssue): string {
  return `${repoUrl(repo)}/issues/${issue.number}`;
}

const issueFields: Fields<IssueSource> = {
  id: (s) => s.issue.id,
  databaseId: (s) => s.issue.databaseId,
  number: (s) => s.issue.number,
  title: (s) => s.issue.title,
  body: (s) => s.issue.body,
  url: (s) => issueUrl(s.repo, s.issue),
  resourcePath: (s) => new URL(issueUrl(s.repo, s.issue)).pathname,
  state: (s) => s.issue.state,
  stateReason: (s) => s.issue.stateReason ?? (s.issue.state === 'CLOSED' ? 'COMPLETED' : null),
  createdAt: (s) => isoUtc(s.issue.createdAt),
  updatedAt: (s) => isoUtc(s.issue.updatedAt),
  closedAt: (s) => isoUtc(s.issue.closedAt),
  closed: (s) => s.issue.state === 'CLOSED',
  author: (s, _a, ctx) => actorSource(ctx, s.issue.author),
  repository: (s) => ({ __typename: 'Repository', repo: s.repo }),
  labels: (s, args, _c, info) => {
    rejectUnsupportedArgs(info, [...PAGE, 'orderBy']);
    return labelConnection(s.repo, s.issue.labels, args as PageArgs);
  },
  comments: (s, args, _c, info) => commentConnection(s.repo, s.issue.number, s.issue.comments, args as PageArgs, info),
};

const issueCommentFields: Fields<CommentSource> = {
  id: (s) => s.comment.id,
  databaseId: (s) => s.comment.databaseId,
  body: (s) => s.comment.body ?? '',
  createdAt: (s) => isoUtc(s.comment.createdAt),
  updatedAt: (s) => isoUtc(s.comment.updatedAt ?? s.comment.createdAt),
  author: (s, _a, ctx) => actorSource(ctx, s.comment.author),
  url: (s) => `${repoUrl(s.repo)}/issues/${s.number}#issuecomment-${s.comment.databaseId}`,
};

export const issueTypeFields: Record<string, Fields<never>> = { Issue: issueFields, IssueComment: issueCommentFields };
