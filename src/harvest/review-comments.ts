import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { actorColumns, actorFromRest } from './actors.js';
import { PageBatch } from './page-batch.js';
import { loadSyncStates, planPass, savePassProgress } from './sync-state.js';

const PER_PAGE = 100;

/** A review comment as REST lists it and the `pull_request_review_comment` webhook carries it. */
export interface RestReviewComment {
  id: number;
  node_id: string;
  pull_request_review_id?: number | null;
  pull_request_url?: string | null;
  user?: { login?: string; id?: number; node_id?: string; type?: string } | null;
  created_at: string;
  updated_at?: string | null;
}

export interface ReviewCommentSyncOptions {
  backfillSince: string;
  forceSince?: string;
  overlapMs: number;
  now: () => Date;
}

/** The PR number at the end of `pull_request_url` (…/pulls/123). */
function prNumber(comment: RestReviewComment): number | null {
  const match = /\/pulls\/(\d+)$/.exec(comment.pull_request_url ?? '');
  return match ? Number(match[1]) : null;
}

/** Adds one review comment, and its author, to a batch; a comment naming no PR is skipped. */
export function addReviewComment(batch: PageBatch, repoId: string, comment: RestReviewComment, prNumberOverride?: number): void {
  const number = prNumberOverride ?? prNumber(comment);
  if (number === null) return;
  const author = actorFromRest(comment.user);
  batch.actors.add(author, comment.created_at);
  batch.add('pr_review_comments', {
    id: comment.node_id,
    database_id: comment.id,
    repo_id: repoId,
    pr_number: number,
    review_database_id: comment.pull_request_review_id ?? null,
    ...actorColumns('author', author),
    created_at: comment.created_at,
    updated_at: comment.updated_at ?? null,
  });
}

/**
 * Harvests a repository's review comments by REST, oldest update first. Each request asks
 * for the comments updated since the last one stored (GitHub's `since` includes that moment,
 * so the boundary comment is read twice and upserted once), and each page is stored with
 * that moment as the pass's resume point, in one transaction: a killed run resumes where it
 * stopped. Page numbers are used only while more than a page of comments share one update time.
 */
export async function syncReviewComments(client: GitHubClient, store: Store, log: Logger, fullName: string, repoId: string, options: ReviewCommentSyncOptions): Promise<number> {
  const [owner, repo] = fullName.split('/') as [string, string];
  const state = (await loadSyncStates(store, repoId)).get('review_comments');
  const pass = planPass('review_comments', state, options);
  const startedAt = options.now().toISOString();
  pass.target ??= startedAt;
  let since = pass.after ?? pass.since;
  let page = 1;
  let stored = 0;
  for (;;) {
    const response = await client.rest<RestReviewComment[]>('GET /repos/{owner}/{repo}/pulls/comments', {
      owner, repo, sort: 'updated', direction: 'asc', since, per_page: PER_PAGE, page,
    });
    const comments = response.data;
    const batch = new PageBatch();
    for (const comment of comments) addReviewComment(batch, repoId, comment);
    const last = comments.at(-1)?.updated_at ?? comments.at(-1)?.created_at ?? null;
    const done = comments.length < PER_PAGE;
    if (!done && last !== null && Date.parse(last) > Date.parse(since)) {
      since = new Date(Date.parse(last)).toISOString();
      page = 1;
    } else if (!done) page++;
    await store.transaction(async (connection) => {
      await batch.write(connection);
      pass.after = since;
      pass.pages++;
      pass.done = done;
      await savePassProgress(connection, repoId, pass, state?.watermark ?? null, startedAt);
    });
    stored += comments.length;
    if (done) return stored;
    if (stored % 1000 < comments.length) log.info(`${fullName}: ${stored} review comments so far`);
  }
}
