import { PublishError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';

/**
 * One comment per (issue, marker), kept current by editing it. The marker is an HTML comment
 * (`<!-- flowmeter:… -->`) that GitHub does not render; a comment is ours when its body starts
 * with it, so someone quoting the marker in a reply is never taken for us.
 */

/** GitHub rejects issue and comment bodies longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** Listing pages followed at most (100 comments each): a bound, not an expectation. */
const MAX_PAGES = 50;

export interface RestComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
}

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export type UpsertAction = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  action: UpsertAction;
  commentId: number;
  url: string;
}

/** Every item of a paginated REST list (per_page 100, following `Link: rel="next"`). */
export async function listAll<T>(client: GitHubClient, route: string, params: Record<string, unknown>, maxPages = MAX_PAGES): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const response = await client.rest<T[]>(route, { ...params, per_page: 100, page });
    items.push(...response.data);
    const link = String(response.headers.link ?? '');
    if (!/rel="next"/.test(link) || response.data.length === 0) break;
  }
  return items;
}

/** `marker`, a newline and the body: the marker first, so `startsWith` finds ours. */
export function markedBody(marker: string, body: string): string {
  const text = `${marker}\n${body.trimEnd()}\n`;
  if (text.length <= COMMENT_LIMIT) return text;
  // Last line of defence: the renderers fit their text already; never send what GitHub rejects.
  const note = '\n\n_… truncated to fit GitHub\'s comment limit._\n';
  return `${text.slice(0, COMMENT_LIMIT - note.length)}${note}`;
}

async function markedComments(client: GitHubClient, issue: IssueRef, marker: string): Promise<RestComment[]> {
  const comments = await listAll<RestComment>(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: issue.owner, repo: issue.repo, issue_number: issue.number,
  });
  return comments.filter((c) => (c.body ?? '').startsWith(marker)).sort((a, b) => a.id - b.id);
}

/**
 * Creates the marked comment on `issue`, or edits the existing one. Two runs racing to create
 * it would leave two; after creating, the list is read again and only the oldest is kept (ours
 * is deleted if it is the younger, and the survivor gets this run's body), so a rerun finds one.
 */
export async function upsertMarkedComment(
  client: GitHubClient,
  issue: IssueRef,
  marker: string,
  body: string,
  log: Logger,
): Promise<UpsertResult> {
  const text = markedBody(marker, body);
  const params = { owner: issue.owner, repo: issue.repo };
  try {
    const existing = await markedComments(client, issue, marker);
    const current = existing[0];
    if (current) {
      if (current.body === text) return { action: 'unchanged', commentId: current.id, url: current.html_url };
      const { data } = await client.rest<RestComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: current.id, body: text });
      return { action: 'updated', commentId: data.id, url: data.html_url };
    }
    const { data: created } = await client.rest<RestComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...params, issue_number: issue.number, body: text });
    const after = await markedComments(client, issue, marker);
    const oldest = after[0];
    if (oldest && oldest.id !== created.id) {
      log.info(`Another run commented on #${issue.number} at the same time: keeping its comment and removing this run's duplicate.`);
      await client.rest('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: created.id });
      const { data } = await client.rest<RestComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: oldest.id, body: text });
      return { action: 'updated', commentId: data.id, url: data.html_url };
    }
    return { action: 'created', commentId: created.id, url: created.html_url };
  } catch (error) {
    if (error instanceof PublishError) throw error;
    const status = (error as { status?: number }).status;
    const hint = status === 403 || status === 404
      ? ' The token needs `issues: write` (and `pull-requests: write` for pull-request comments).'
      : '';
    throw new PublishError(`Could not write the flowmeter comment on ${issue.owner}/${issue.repo}#${issue.number}: ${(error as Error).message}.${hint}`, { cause: error });
  }
}
