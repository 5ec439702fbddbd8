/**
 * The rest of the issue and comment REST surface the publishing stage uses, next to the list,
 * create and edit routes in rest-issues.ts: read one comment, delete one (the publisher removes
 * a duplicate it created in a race), and edit an issue (close a duplicate tracking issue, retitle
 * it). Changes go into the live dataset, as on GitHub.
 */
import type { SimComment, SimIssue, SimPullRequest, SimRepository } from './dataset.js';
import { notFound, paginate, type RestContext, type RestRequest, type Route, validationFailed } from './rest-router.js';
import { commentJson, issueJson, reviewCommentJson } from './rest-shapes.js';
import { epochMs, isoFromDate } from './timestamps.js';

function findComment(req: RestRequest, ctx: RestContext): { repo: SimRepository; item: SimIssue | SimPullRequest; comment: SimComment } | undefined {
  const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
  if (!repo) return undefined;
  for (const item of [...repo.issues, ...repo.pullRequests]) {
    const comment = item.comments.find((c) => String(c.databaseId) === req.params.comment_id);
    if (comment) return { repo, item, comment };
  }
  return undefined;
}

export const commentRoutes: Route[] = [
  {
    // Review comments of every PR of a repository: `sort` created|updated, `direction`, and
    // `since` (updated at or after; GitHub includes the boundary), paged.
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/comments',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      if (!repo) return notFound();
      const since = req.query.get('since') ? epochMs(req.query.get('since')) : undefined;
      const byUpdate = req.query.get('sort') === 'updated';
      const sign = req.query.get('direction') === 'desc' ? -1 : 1;
      const items = repo.pullRequests.flatMap((pr) => pr.reviews.flatMap((review) => (review.comments ?? []).map((comment) => ({ pr, review, comment }))))
        .filter((c) => since === undefined || epochMs(c.comment.updatedAt) >= since)
        .sort((a, b) => sign * (epochMs(byUpdate ? a.comment.updatedAt : a.comment.createdAt) - epochMs(byUpdate ? b.comment.updatedAt : b.comment.createdAt) || a.comment.databaseId - b.comment.databaseId));
      const page = paginate(items, req, ctx.baseUrl);
      return { status: 200, headers: page.headers, body: page.items.map((c) => reviewCommentJson(ctx.index, repo, c.pr, c.review, c.comment)) };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (req, ctx) => {
      const found = findComment(req, ctx);
      return found ? { status: 200, body: commentJson(ctx.index, found.repo, found.item.number, found.comment) } : notFound();
    },
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (req, ctx) => {
      const found = findComment(req, ctx);
      if (!found) return notFound();
      found.item.comments = found.item.comments.filter((c) => c !== found.comment);
      return { status: 204 };
    },
  },
  {
    method: 'PATCH',
    pattern: '/repos/{owner}/{repo}/issues/{number}',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      const found = repo && ctx.index.issueOrPull(repo, Number(req.params.number));
      if (!repo || !found) return notFound();
      const item = found.kind === 'Issue' ? found.issue : found.pr;
      const body = req.body && typeof req.body === 'object' ? req.body as Record<string, unknown> : {};
      if ('title' in body && (typeof body.title !== 'string' || body.title === '')) return validationFailed('Issue', 'title');
      const now = isoFromDate(ctx.now());
      if (typeof body.title === 'string') item.title = body.title;
      if (typeof body.body === 'string') item.body = body.body;
      if (Array.isArray(body.labels)) item.labels = body.labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)));
      if (body.state === 'closed' && item.state === 'OPEN') {
        item.state = 'CLOSED';
        item.closedAt = now;
        if (found.kind === 'Issue') found.issue.stateReason = body.state_reason === 'not_planned' ? 'NOT_PLANNED' : 'COMPLETED';
      } else if (body.state === 'open' && item.state === 'CLOSED') {
        item.state = 'OPEN';
        item.closedAt = null;
        if (found.kind === 'Issue') found.issue.stateReason = 'REOPENED';
      }
      item.updatedAt = now;
      return { status: 200, body: issueJson(ctx.index, repo, item) };
    },
  },
];
