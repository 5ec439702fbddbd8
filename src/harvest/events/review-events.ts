import { actorColumns } from '../actors.js';
import { upper } from './event-payload.js';
import type { EventWriter } from './event-writer.js';
import { writePullRequest } from './pull-request-events.js';
import { collectSender, writeRepository } from './repository-row.js';

/**
 * `pull_request_review` (submitted, edited, dismissed): the PR, merged from the payload's slim
 * PR object, and the review itself. Webhook states are lower case (`changes_requested`); the
 * schema stores GraphQL's upper case (`CHANGES_REQUESTED`).
 */
export async function ingestReviewEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const repoId = await writeRepository(writer);
  const pr = await writePullRequest(writer, repoId);
  const submittedAt = p.time('review.submitted_at') ?? null;
  const author = p.actor('review.user') ?? null;
  writer.actors.add(author, submittedAt);
  collectSender(writer, submittedAt ?? pr.updatedAt);
  await writer.merge(
    'pr_reviews',
    ['id'],
    {
      id: p.requireString('review.node_id'),
      database_id: p.number('review.id'),
      pr_id: pr.id,
      repo_id: repoId,
      ...actorColumns('author', author),
      state: upper(p.requireString('review.state')),
      submitted_at: submittedAt,
    },
    // The harvest stores GraphQL's createdAt, which can precede submission (a pending review);
    // the webhook has no such field, so submitted_at stands in only for a review seen first here.
    { onInsert: { created_at: submittedAt } },
  );
}

/**
 * `pull_request_review_comment`: a comment on a diff line, always part of a review. It goes to
 * pr_review_comments (the leaderboard's "review comment" points), never to pr_comments, which
 * holds conversation comments and feeds first_response_at. The review that contains it arrives
 * as its own `pull_request_review` event. A deleted comment is left in place: the harvest's
 * REST listing cannot see deletions either.
 */
export async function ingestReviewCommentEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const id = p.requireString('comment.node_id');
  const repoId = await writeRepository(writer);
  await writePullRequest(writer, repoId);
  const createdAt = p.requireTime('comment.created_at');
  const author = p.actor('comment.user') ?? null;
  writer.actors.add(author, createdAt);
  collectSender(writer, p.time('comment.updated_at') ?? createdAt);
  if (p.requireString('action') === 'deleted') return;
  await writer.replace('pr_review_comments', ['id'], [{
    id,
    database_id: p.number('comment.id') ?? null,
    repo_id: repoId,
    pr_number: p.requireNumber('pull_request.number'),
    review_database_id: p.number('comment.pull_request_review_id') ?? null,
    ...actorColumns('author', author),
    created_at: createdAt,
    updated_at: p.time('comment.updated_at') ?? null,
  }]);
}
