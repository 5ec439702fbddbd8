import { actorColumns } from '../actors.js';
import type { EventWriter } from './event-writer.js';
import { writeIssue } from './issue-events.js';
import { collectSender, writeRepository } from './repository-row.js';

/**
 * `issue_comment`. GitHub sends this one event for comments on issues and on pull requests;
 * `issue.pull_request` tells them apart. A PR comment goes to pr_comments, an issue comment to
 * issue_comments with its issue merged. `deleted` removes the comment row.
 */
export async function ingestIssueCommentEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const commentId = p.requireString('comment.node_id');
  p.requireString('issue.node_id');
  const repoId = await writeRepository(writer);
  const createdAt = p.requireTime('comment.created_at');
  const author = p.actor('comment.user') ?? null;
  writer.actors.add(author, createdAt);
  collectSender(writer, p.time('comment.updated_at') ?? createdAt);
  const onPullRequest = p.hasObject('issue.pull_request');

  if (p.action === 'deleted') {
    await writer.remove(onPullRequest ? 'pr_comments' : 'issue_comments', { id: commentId });
    return;
  }
  const comment = {
    id: commentId,
    database_id: p.number('comment.id'),
    repo_id: repoId,
    ...actorColumns('author', author),
    created_at: createdAt,
    updated_at: p.time('comment.updated_at'),
  };
  if (onPullRequest) {
    await writer.merge('pr_comments', ['id'], { ...comment, pr_id: await pullRequestIdOf(writer, repoId) });
  } else {
    const issueId = await writeIssue(writer, repoId);
    await writer.merge('issue_comments', ['id'], { ...comment, issue_id: issueId });
  }
}

/**
 * The PR's node id. The payload describes the PR as an issue, whose node id differs from the
 * PullRequest's and cannot be converted into it, so the PR is looked up by repository and
 * number. A PR not yet in the database gets the issue's node id as a stand-in: the comment's own
 * id is GitHub's node id, so when the harvest writes the PR's comments it replaces this row
 * with the right pr_id. Until then the comment joins no PR, which only delays it.
 */
async function pullRequestIdOf(writer: EventWriter, repoId: string): Promise<string> {
  const p = writer.payload;
  const number = p.requireNumber('issue.number');
  const rows = await writer.rows('SELECT id FROM main.pull_requests WHERE repo_id = $repo AND number = $number', {
    repo: repoId,
    number,
  });
  const id = rows[0]?.id;
  return typeof id === 'string' ? id : p.requireString('issue.node_id');
}
