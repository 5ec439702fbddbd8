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
 * `pull_request_review_comment`: a comment on a diff line, always part of a review. The schema
 * has no table for these (pr_comments holds conversation comments, which feed
 * first_response_at; a review comment must not). The review that contains the comment arrives
 * as its own `pull_request_review` event and lands in pr_reviews, so only the PR and the
 * actors are written here. METRICS.md's leaderboard "review comment" points need a
 * `pr_review_comments` table first.
 */
export async function ingestReviewCommentEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  p.requireString('comment.node_id');
  const repoId = await writeRepository(writer);
  await writePullRequest(writer, repoId);
  const createdAt = p.time('comment.created_at') ?? null;
  writer.actors.add(p.actor('comment.user') ?? null, createdAt);
  collectSender(writer, p.time('comment.updated_at') ?? createdAt);
}
