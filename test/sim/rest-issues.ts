/**
 * Issue and issue-comment REST routes used by the publishing stage. Writes go into the live
 * dataset, so a later GraphQL or REST read sees them, as on GitHub.
 */
import type { SimComment, SimDataset, SimIssue, SimPullRequest, SimRepository } from './dataset.js';
import { notFound, paginate, type RestContext, type RestRequest, type Route, validationFailed } from './rest-router.js';
import { commentJson, issueJson } from './rest-shapes.js';
import { epochMs, isoFromDate } from './timestamps.js';

/** Writes are attributed to the Actions bot, the identity behind a workflow's GITHUB_TOKEN. */
export const WRITER_LOGIN = 'github-actions';

function writer(dataset: SimDataset): string {
  if (!dataset.actors.some((a) => a.login === WRITER_LOGIN)) {
    dataset.actors.push({ id: 'BOT_sim41898282', databaseId: 41898282, login: WRITER_LOGIN, kind: 'Bot', name: null });
  }
  return WRITER_LOGIN;
}

function repoOf(req: RestRequest, ctx: RestContext): SimRepository | undefined {
  return ctx.index.repo(req.params.owner!, req.params.repo!);
}

function target(req: RestRequest, ctx: RestContext): { repo: SimRepository; item: SimIssue | SimPullRequest } | undefined {
  const repo = repoOf(req, ctx);
  const found = repo && ctx.index.issueOrPull(repo, Number(req.params.number));
  if (!repo || !found) return undefined;
  return { repo, item: found.kind === 'Issue' ? found.issue : found.pr };
}

function nextCommentId(dataset: SimDataset): number {
  let max = 0;
  for (const repo of dataset.repositories) {
    for (const item of [...repo.issues, ...repo.pullRequests]) for (const c of item.comments) max = Math.max(max, c.databaseId);
  }
  return max + 1;
}

function bodyOf(req: RestRequest): Record<string, unknown> {
  return req.body && typeof req.body === 'object' ? req.body as Record<string, unknown> : {};
}

export const issueRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues',
    handler: (req, ctx) => {
      const repo = repoOf(req, ctx);
      if (!repo) return notFound();
      const q = req.query;
      const state = q.get('state') ?? 'open';
      const labels = q.get('labels')?.split(',').map((l) => l.trim()).filter(Boolean) ?? [];
      const creator = q.get('creator')?.replace(/\[bot\]$/, '').toLowerCase();
      const since = q.get('since') ? epochMs(q.get('since')) : undefined;
      // REST's issue list includes pull requests (marked with `pull_request`), as on GitHub.
      const items = [...repo.issues, ...repo.pullRequests].filter((i) =>
        (state === 'all' || (state === 'open') === (i.state === 'OPEN'))
        && labels.every((l) => i.labels.includes(l))
        && (!creator || i.author?.toLowerCase() === creator)
        && (since === undefined || epochMs(i.updatedAt) >= since));
      const sort = q.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
      const sign = q.get('direction') === 'asc' ? 1 : -1;
      items.sort((a, b) => sign * (epochMs(a[sort]) - epochMs(b[sort]) || a.number - b.number));
      const page = paginate(items, req, ctx.baseUrl);
      return { status: 200, headers: page.headers, body: page.items.map((i) => issueJson(ctx.index, repo, i)) };
    },
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues',
    handler: (req, ctx) => {
      const repo = repoOf(req, ctx);
      if (!repo) return notFound();
      const body = bodyOf(req);
      if (typeof body.title !== 'string' || body.title === '') return validationFailed('Issue', 'title');
      const labels = Array.isArray(body.labels) ? body.labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name))) : [];
      for (const name of labels) {
        if (!repo.labels.some((l) => l.name === name)) repo.labels.push({ id: `LA_sim${repo.databaseId}_${repo.labels.length + 1}`, name });
      }
      const databaseId = 1 + Math.max(0, ...ctx.dataset.repositories.flatMap((r) => r.issues.map((i) => i.databaseId)));
      const number = 1 + Math.max(0, ...repo.issues.map((i) => i.number), ...repo.pullRequests.map((p) => p.number));
      const now = isoFromDate(ctx.now());
      const issue: SimIssue = {
        id: `I_sim${databaseId}`, databaseId, number, title: body.title,
        body: typeof body.body === 'string' ? body.body : '',
        author: writer(ctx.dataset), createdAt: now, updatedAt: now, closedAt: null, state: 'OPEN', stateReason: null,
        labels, comments: [],
      };
      repo.issues.push(issue);
      return { status: 201, body: issueJson(ctx.index, repo, issue) };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{number}',
    handler: (req, ctx) => {
      const found = target(req, ctx);
      return found ? { status: 200, body: issueJson(ctx.index, found.repo, found.item) } : notFound();
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{number}/comments',
    handler: (req, ctx) => {
      const found = target(req, ctx);
      if (!found) return notFound();
      const since = req.query.get('since') ? epochMs(req.query.get('since')) : undefined;
      const comments = found.item.comments.filter((c) => since === undefined || epochMs(c.updatedAt ?? c.createdAt) >= since);
      const page = paginate(comments, req, ctx.baseUrl);
      return { status: 200, headers: page.headers, body: page.items.map((c) => commentJson(ctx.index, found.repo, found.item.number, c)) };
    },
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues/{number}/comments',
    handler: (req, ctx) => {
      const found = target(req, ctx);
      if (!found) return notFound();
      const body = bodyOf(req);
      if (typeof body.body !== 'string' || body.body === '') return validationFailed('IssueComment', 'body');
      const databaseId = nextCommentId(ctx.dataset);
      const now = isoFromDate(ctx.now());
      const comment: SimComment = { id: `IC_sim${databaseId}`, databaseId, author: writer(ctx.dataset), createdAt: now, updatedAt: now, body: body.body };
      found.item.comments.push(comment);
      found.item.updatedAt = now;
      return { status: 201, body: commentJson(ctx.index, found.repo, found.item.number, comment) };
    },
  },
  {
    method: 'PATCH',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (req, ctx) => {
      const repo = repoOf(req, ctx);
      if (!repo) return notFound();
      const body = bodyOf(req);
      if (typeof body.body !== 'string' || body.body === '') return validationFailed('IssueComment', 'body');
      for (const item of [...repo.issues, ...repo.pullRequests]) {
        const comment = item.comments.find((c) => String(c.databaseId) === req.params.comment_id);
        if (!comment) continue;
        comment.body = body.body;
        comment.updatedAt = isoFromDate(ctx.now());
        return { status: 200, body: commentJson(ctx.index, repo, item.number, comment) };
      }
      return notFound();
    },
  },
];
