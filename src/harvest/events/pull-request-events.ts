import { actorColumns, actorFromRest } from '../actors.js';
import { upper } from './event-payload.js';
import type { EventWriter } from './event-writer.js';
import { collectSender, writeRepository } from './repository-row.js';
import { writeTimelineEvents, type TimelineEvent } from './timeline-events.js';

export interface WrittenPullRequest {
  id: string;
  updatedAt: string;
  /** False when the database already held a newer version of the PR, which was left as it was. */
  current: boolean;
}

/**
 * Merges the PR object at `path` (`pull_request` in every PR-family payload) into
 * `pull_requests`. Review and comment payloads carry a slimmer PR object (no additions,
 * commits, merged_by…), so absent fields keep their harvested values; a payload older than the
 * stored row (by `updated_at`) changes nothing, so a late event never rolls a PR back.
 */
export async function writePullRequest(writer: EventWriter, repoId: string, path = 'pull_request'): Promise<WrittenPullRequest> {
  const p = writer.payload;
  const id = p.requireString(`${path}.node_id`);
  const createdAt = p.requireTime(`${path}.created_at`);
  const updatedAt = p.requireTime(`${path}.updated_at`);
  const author = p.actor(`${path}.user`);
  const mergedBy = p.actor(`${path}.merged_by`);
  const mergedAt = p.time(`${path}.merged_at`);
  writer.actors.add(author ?? null, createdAt);
  if (mergedAt) writer.actors.add(mergedBy ?? null, mergedAt);
  if (await writer.storedIsNewer('pull_requests', { id }, updatedAt)) return { id, updatedAt, current: false };

  await writer.merge(
    'pull_requests',
    ['id'],
    {
      id,
      database_id: p.number(`${path}.id`),
      repo_id: repoId,
      number: p.requireNumber(`${path}.number`),
      title: p.string(`${path}.title`),
      url: p.string(`${path}.html_url`),
      state: mergedAt ? 'MERGED' : upper(p.requireString(`${path}.state`)),
      is_draft: p.boolean(`${path}.draft`),
      created_at: createdAt,
      updated_at: updatedAt,
      closed_at: p.time(`${path}.closed_at`),
      merged_at: mergedAt,
      additions: p.number(`${path}.additions`),
      deletions: p.number(`${path}.deletions`),
      changed_files: p.number(`${path}.changed_files`),
      base_ref: p.string(`${path}.base.ref`),
      head_ref: p.string(`${path}.head.ref`),
      head_sha: p.string(`${path}.head.sha`),
      // GitHub fills merge_commit_sha with a test-merge commit on open PRs; GraphQL's
      // mergeCommit (what the harvest stores) is null until the PR is merged.
      merge_commit_sha: mergedAt === undefined ? undefined : mergedAt ? p.string(`${path}.merge_commit_sha`) : null,
      ...(author === undefined ? {} : actorColumns('author', author)),
      author_association: p.string(`${path}.author_association`),
      merged_by_login: mergedBy === undefined ? undefined : (mergedBy?.login ?? null),
      labels: p.names(`${path}.labels`),
      commit_count: p.number(`${path}.commits`),
      // Not a harvest: a row stored at its own updated_at is one the next harvest re-reads
      // whole (commits, reviews, timeline; changedOnly in open-items.ts).
      harvested_at: updatedAt,
    },
    // A review payload may lack `draft`; a PR seen first that way is taken as ready.
    { onInsert: { is_draft: false } },
  );
  await writeReviewRequests(writer, id, repoId, path);
  return { id, updatedAt, current: true };
}

/** The PR's pending review requests, replaced as a set like the harvest does. */
async function writeReviewRequests(writer: EventWriter, prId: string, repoId: string, path: string): Promise<void> {
  const p = writer.payload;
  if (!Array.isArray(p.value(`${path}.requested_reviewers`))) return;
  const rows = [];
  for (const user of p.list(`${path}.requested_reviewers`)) {
    const actor = actorFromRest(user as Parameters<typeof actorFromRest>[0]);
    if (!actor) continue;
    writer.actors.add(actor, null);
    rows.push({ pr_id: prId, reviewer: actor.login, reviewer_kind: actor.kind, repo_id: repoId });
  }
  for (const team of p.list(`${path}.requested_teams`)) {
    const slug = (team as { slug?: unknown } | null)?.slug;
    if (typeof slug === 'string') rows.push({ pr_id: prId, reviewer: slug, reviewer_kind: 'Team', repo_id: repoId });
  }
  await writer.replaceSet('pr_review_requests', { pr_id: prId }, ['pr_id', 'reviewer'], rows);
}

/** `pull_request` (and `pull_request_target`, which carries the same payload). */
export async function ingestPullRequestEvent(writer: EventWriter): Promise<void> {
  const repoId = await writeRepository(writer);
  const pr = await writePullRequest(writer, repoId);
  collectSender(writer, pr.updatedAt);
  await writeTimelineEvents(writer, impliedTimelineEvents(writer, pr, repoId));
}

/** The timeline events an action implies, timed as GitHub's own event would be. */
function impliedTimelineEvents(writer: EventWriter, pr: WrittenPullRequest, repoId: string): TimelineEvent[] {
  const p = writer.payload;
  const sender = p.actor('sender') ?? null;
  const at = pr.updatedAt;
  const event = (type: string, createdAt: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
    prId: pr.id, repoId, type, createdAt, actor: sender, ...extra,
  });
  switch (p.action) {
    case 'ready_for_review': return [event('ReadyForReviewEvent', at)];
    case 'converted_to_draft': return [event('ConvertToDraftEvent', at)];
    case 'reopened': return [event('ReopenedEvent', at)];
    case 'closed': {
      const closed = event('ClosedEvent', p.time('pull_request.closed_at') ?? at);
      const mergedAt = p.time('pull_request.merged_at');
      if (!mergedAt) return [closed];
      const merged = event('MergedEvent', mergedAt, {
        actor: p.actor('pull_request.merged_by') ?? sender,
        commitSha: p.string('pull_request.merge_commit_sha') ?? null,
      });
      return [merged, closed];
    }
    case 'review_requested':
      return [event('ReviewRequestedEvent', at, { requestedReviewer: requestedReviewer(writer) })];
    case 'review_request_removed':
      return [event('ReviewRequestRemovedEvent', at, { requestedReviewer: requestedReviewer(writer) })];
    default:
      return [];
  }
}

/**
 * The reviewer a review_requested/review_request_removed payload names: a user or a team;
 * null for a deleted account, which is nobody to wait for.
 */
function requestedReviewer(writer: EventWriter): { name: string; kind: string } | null {
  const p = writer.payload;
  const user = p.actor('requested_reviewer');
  if (user) return { name: user.login, kind: user.kind };
  if (user === null && p.value('requested_reviewer') !== null) return null;
  const slug = p.string('requested_team.slug');
  if (slug) return { name: slug, kind: 'Team' };
  return p.fail('requested_reviewer or requested_team');
}
