import { actorColumns, actorFromGraphQL, type ActorRef } from './actors.js';
import type { PageBatch } from './page-batch.js';
import type { GqlDeployment, GqlIssue, GqlPullRequest, GqlRelease, GqlRepository, GqlRequestedReviewer, GqlTimelineItem } from './graphql-types.js';

/** Maps GraphQL nodes onto the rows of src/store/schema. Pure: no I/O. */

export function repositoryRow(repo: GqlRepository, harvestedAt: string) {
  return {
    id: repo.id,
    database_id: repo.databaseId,
    owner: repo.owner.login,
    name: repo.name,
    full_name: `${repo.owner.login}/${repo.name}`,
    is_private: repo.isPrivate,
    is_archived: repo.isArchived,
    default_branch: repo.defaultBranchRef?.name ?? null,
    topics: repo.repositoryTopics.nodes.map((n) => n.topic.name),
    created_at: repo.createdAt,
    pushed_at: repo.pushedAt,
    harvested_at: harvestedAt,
  };
}

function reviewer(node: GqlRequestedReviewer | null | undefined): { name: string; kind: string } | null {
  if (!node) return null;
  if (node.__typename === 'Team') return node.slug ? { name: node.slug, kind: 'Team' } : null;
  const actor = actorFromGraphQL(node);
  return actor ? { name: actor.login, kind: actor.kind } : null;
}

function seen(batch: PageBatch, actor: ActorRef | null, at: string | null): ActorRef | null {
  batch.actors.add(actor, at);
  return actor;
}

/** A complete pull request (connections already followed to their end). */
export function addPullRequest(batch: PageBatch, repoId: string, pr: GqlPullRequest, harvestedAt: string): void {
  const author = seen(batch, actorFromGraphQL(pr.author), pr.createdAt);
  const mergedBy = seen(batch, actorFromGraphQL(pr.mergedBy), pr.mergedAt);
  const commitDates = pr.commits.nodes.map((c) => c.commit.authoredDate).filter((d): d is string => !!d);
  const firstCommitAt = commitDates.length ? commitDates.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
  batch.add('pull_requests', {
    id: pr.id,
    database_id: pr.databaseId,
    repo_id: repoId,
    number: pr.number,
    title: pr.title,
    url: pr.url,
    state: pr.state,
    is_draft: pr.isDraft,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    additions: pr.additions,
    deletions: pr.deletions,
    changed_files: pr.changedFiles,
    base_ref: pr.baseRefName,
    head_ref: pr.headRefName,
    head_sha: pr.headRefOid,
    merge_commit_sha: pr.mergeCommit?.oid ?? null,
    ...actorColumns('author', author),
    author_association: pr.authorAssociation,
    merged_by_login: mergedBy?.login ?? null,
    labels: pr.labels.nodes.map((l) => l.name),
    commit_count: pr.commits.totalCount ?? pr.commits.nodes.length,
    first_commit_at: firstCommitAt,
    review_count: pr.reviews.totalCount ?? pr.reviews.nodes.length,
    comment_count: pr.comments.totalCount ?? pr.comments.nodes.length,
    harvested_at: harvestedAt,
  });
  batch.replacePullRequestChildren(pr.id);
  const base = { pr_id: pr.id, repo_id: repoId };
  for (const r of pr.reviews.nodes) {
    const a = seen(batch, actorFromGraphQL(r.author), r.submittedAt ?? r.createdAt);
    batch.add('pr_reviews', { id: r.id, database_id: r.databaseId, ...base, ...actorColumns('author', a), state: r.state, submitted_at: r.submittedAt, created_at: r.createdAt });
  }
  for (const c of pr.comments.nodes) {
    const a = seen(batch, actorFromGraphQL(c.author), c.createdAt);
    batch.add('pr_comments', { id: c.id, database_id: c.databaseId, ...base, ...actorColumns('author', a), created_at: c.createdAt, updated_at: c.updatedAt });
  }
  for (const c of pr.commits.nodes) {
    batch.add('pr_commits', { ...base, sha: c.commit.oid, authored_at: c.commit.authoredDate, committed_at: c.commit.committedDate, author_login: actorFromGraphQL(c.commit.author?.user)?.login ?? null });
  }
  for (const item of pr.timelineItems.nodes) addTimelineItem(batch, pr.id, repoId, item);
  for (const request of pr.reviewRequests.nodes) {
    const who = reviewer(request.requestedReviewer);
    if (who) batch.add('pr_review_requests', { ...base, reviewer: who.name, reviewer_kind: who.kind });
  }
}

function addTimelineItem(batch: PageBatch, prId: string, repoId: string, item: GqlTimelineItem): void {
  if (!item.id || !item.createdAt) return;
  const actor = seen(batch, actorFromGraphQL(item.actor), item.createdAt);
  const requested = reviewer(item.requestedReviewer);
  batch.add('pr_timeline_events', {
    id: item.id,
    pr_id: prId,
    repo_id: repoId,
    event_type: item.__typename,
    created_at: item.createdAt,
    actor_login: actor?.login ?? null,
    actor_kind: actor?.kind ?? null,
    requested_reviewer: requested?.name ?? null,
    requested_reviewer_kind: requested?.kind ?? null,
    commit_sha: item.commit?.oid ?? null,
  });
}

export function addIssue(batch: PageBatch, repoId: string, issue: GqlIssue, harvestedAt: string): void {
  const author = seen(batch, actorFromGraphQL(issue.author), issue.createdAt);
  batch.add('issues', {
    id: issue.id,
    database_id: issue.databaseId,
    repo_id: repoId,
    number: issue.number,
    title: issue.title,
    url: issue.url,
    state: issue.state,
    state_reason: issue.stateReason,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    ...actorColumns('author', author),
    labels: issue.labels.nodes.map((l) => l.name),
    comment_count: issue.comments.totalCount ?? issue.comments.nodes.length,
    harvested_at: harvestedAt,
  });
  batch.replaceIssueChildren(issue.id);
  for (const c of issue.comments.nodes) {
    const a = seen(batch, actorFromGraphQL(c.author), c.createdAt);
    batch.add('issue_comments', { id: c.id, database_id: c.databaseId, issue_id: issue.id, repo_id: repoId, ...actorColumns('author', a), created_at: c.createdAt, updated_at: c.updatedAt });
  }
}

export function addDeployment(batch: PageBatch, repoId: string, d: GqlDeployment): void {
  const creator = seen(batch, actorFromGraphQL(d.creator), d.createdAt);
  batch.add('deployments', {
    id: d.id,
    database_id: d.databaseId,
    repo_id: repoId,
    environment: d.environment,
    sha: d.commitOid,
    ref: d.ref?.name ?? null,
    task: d.task,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    creator_login: creator?.login ?? null,
    latest_state: d.latestStatus?.state ?? null,
    latest_status_at: d.latestStatus?.createdAt ?? null,
  });
  for (const s of d.statuses.nodes) {
    const a = seen(batch, actorFromGraphQL(s.creator), s.createdAt);
    batch.add('deployment_statuses', { id: s.id, deployment_id: d.id, repo_id: repoId, state: s.state, created_at: s.createdAt, creator_login: a?.login ?? null, environment_url: s.environmentUrl });
  }
}

export function addRelease(batch: PageBatch, repoId: string, r: GqlRelease): void {
  const author = seen(batch, actorFromGraphQL(r.author), r.createdAt);
  batch.add('releases', {
    id: r.id,
    database_id: r.databaseId,
    repo_id: repoId,
    tag_name: r.tagName,
    name: r.name,
    tag_sha: r.tagCommit?.oid ?? null,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    is_draft: r.isDraft,
    is_prerelease: r.isPrerelease,
    author_login: author?.login ?? null,
  });
}
