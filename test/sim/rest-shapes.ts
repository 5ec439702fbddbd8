/** JSON shapes of REST resources, close to GitHub's (the fields a client is likely to read). */
import { createHash } from 'node:crypto';
import type {
  SimComment, SimIssue, SimPullRequest, SimRepository, SimReview, SimReviewComment, SimWorkflow, SimWorkflowRun,
} from './dataset.js';
import type { DatasetIndex } from './dataset-index.js';
import { headRefOid } from './graphql-resolvers-pull-request.js';
import { isoUtc } from './timestamps.js';

const API = 'https://api.github.com';
const WEB = 'https://github.com';

export function actorJson(index: DatasetIndex, login: string | null) {
  const actor = index.actor(login);
  // REST reports deleted accounts as GitHub's "ghost" user rather than null.
  if (!actor) return { login: 'ghost', id: 10137, node_id: 'MDQ6VXNlcjEwMTM3', type: 'User', site_admin: false, html_url: `${WEB}/ghost` };
  const restLogin = actor.kind === 'Bot' ? `${actor.login}[bot]` : actor.login;
  return {
    login: restLogin,
    id: actor.databaseId,
    node_id: actor.id,
    type: actor.kind === 'Mannequin' ? 'Mannequin' : actor.kind,
    site_admin: false,
    html_url: actor.kind === 'Bot' ? `${WEB}/apps/${actor.login}` : `${WEB}/${actor.login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${actor.databaseId}?v=4`,
  };
}

/** REST label ids are integers; datasets only carry node ids, so derive a stable one. */
function labelJson(repo: SimRepository, name: string) {
  const label = repo.labels.find((l) => l.name === name);
  const nodeId = label?.id ?? `LA_sim${Buffer.from(`${repo.id}/${name}`).toString('base64url')}`;
  const id = Number.parseInt(createHash('sha1').update(nodeId).digest('hex').slice(0, 10), 16);
  return { id, node_id: nodeId, name, color: label?.color ?? 'ededed', default: false, description: null };
}

export function repositoryJson(index: DatasetIndex, repo: SimRepository) {
  const fullName = `${repo.owner}/${repo.name}`;
  const owner = index.dataset.actors.find((a) => a.login.toLowerCase() === repo.owner.toLowerCase());
  return {
    id: repo.databaseId,
    node_id: repo.id,
    name: repo.name,
    full_name: fullName,
    private: repo.isPrivate,
    owner: owner ? actorJson(index, owner.login) : { login: repo.owner, type: 'Organization' },
    html_url: `${WEB}/${fullName}`,
    url: `${API}/repos/${fullName}`,
    description: null,
    fork: false,
    created_at: isoUtc(repo.createdAt),
    updated_at: isoUtc(repo.pushedAt),
    pushed_at: isoUtc(repo.pushedAt),
    archived: repo.isArchived,
    disabled: false,
    visibility: repo.isPrivate ? 'private' : 'public',
    default_branch: repo.defaultBranch,
    topics: repo.topics,
    open_issues_count: repo.issues.filter((i) => i.state === 'OPEN').length + repo.pullRequests.filter((p) => p.state === 'OPEN').length,
  };
}

export function issueJson(index: DatasetIndex, repo: SimRepository, issue: SimIssue | SimPullRequest) {
  const fullName = `${repo.owner}/${repo.name}`;
  const isPull = 'mergeCommitOid' in issue;
  return {
    id: issue.databaseId,
    node_id: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state === 'OPEN' ? 'open' : 'closed',
    state_reason: isPull ? null : ((issue as SimIssue).stateReason?.toLowerCase() ?? (issue.state === 'CLOSED' ? 'completed' : null)),
    locked: false,
    user: actorJson(index, issue.author),
    labels: issue.labels.map((name) => labelJson(repo, name)),
    assignees: [],
    comments: issue.comments.length,
    created_at: isoUtc(issue.createdAt),
    updated_at: isoUtc(issue.updatedAt),
    closed_at: isoUtc(issue.closedAt),
    author_association: isPull ? (issue as SimPullRequest).authorAssociation : 'MEMBER',
    url: `${API}/repos/${fullName}/issues/${issue.number}`,
    html_url: `${WEB}/${fullName}/${isPull ? 'pull' : 'issues'}/${issue.number}`,
    ...(isPull ? {
      draft: (issue as SimPullRequest).isDraft,
      pull_request: {
        url: `${API}/repos/${fullName}/pulls/${issue.number}`,
        html_url: `${WEB}/${fullName}/pull/${issue.number}`,
        merged_at: isoUtc((issue as SimPullRequest).mergedAt),
      },
    } : {}),
  };
}

export function pullJson(index: DatasetIndex, repo: SimRepository, pr: SimPullRequest) {
  const base = issueJson(index, repo, pr);
  const reviewers = pr.reviewRequests.filter((r) => !r.startsWith('team:'));
  const teams = pr.reviewRequests.filter((r) => r.startsWith('team:')).map((r) => ({ slug: r.slice(5), name: r.slice(5) }));
  return {
    ...base,
    url: `${API}/repos/${repo.owner}/${repo.name}/pulls/${pr.number}`,
    draft: pr.isDraft,
    merged: pr.state === 'MERGED',
    merged_at: isoUtc(pr.mergedAt),
    merged_by: pr.state === 'MERGED' && pr.mergedBy !== undefined ? actorJson(index, pr.mergedBy) : null,
    merge_commit_sha: pr.mergeCommitOid,
    head: { ref: pr.headRefName, sha: headRefOid(pr), label: `${repo.owner}:${pr.headRefName}` },
    base: { ref: pr.baseRefName, label: `${repo.owner}:${pr.baseRefName}` },
    additions: pr.additions,
    deletions: pr.deletions,
    changed_files: pr.changedFiles,
    commits: pr.commits.length,
    review_comments: 0,
    requested_reviewers: reviewers.map((login) => actorJson(index, login)),
    requested_teams: teams,
  };
}

export function commentJson(index: DatasetIndex, repo: SimRepository, number: number, comment: SimComment) {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: comment.databaseId,
    node_id: comment.id,
    body: comment.body ?? '',
    user: actorJson(index, comment.author),
    created_at: isoUtc(comment.createdAt),
    updated_at: isoUtc(comment.updatedAt ?? comment.createdAt),
    author_association: 'MEMBER',
    url: `${API}/repos/${fullName}/issues/comments/${comment.databaseId}`,
    html_url: `${WEB}/${fullName}/issues/${number}#issuecomment-${comment.databaseId}`,
    issue_url: `${API}/repos/${fullName}/issues/${number}`,
  };
}

/** A diff-line comment (`pulls/comments`); its author is the review's. */
export function reviewCommentJson(index: DatasetIndex, repo: SimRepository, pr: SimPullRequest, review: SimReview, comment: SimReviewComment) {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: comment.databaseId,
    node_id: comment.id,
    pull_request_review_id: review.databaseId,
    body: comment.body ?? '',
    path: 'src/index.ts',
    user: actorJson(index, review.author),
    created_at: isoUtc(comment.createdAt),
    updated_at: isoUtc(comment.updatedAt),
    author_association: 'MEMBER',
    url: `${API}/repos/${fullName}/pulls/comments/${comment.databaseId}`,
    html_url: `${WEB}/${fullName}/pull/${pr.number}#discussion_r${comment.databaseId}`,
    pull_request_url: `${API}/repos/${fullName}/pulls/${pr.number}`,
  };
}

export function workflowJson(repo: SimRepository, workflow: SimWorkflow) {
  return {
    id: workflow.id,
    node_id: workflow.nodeId,
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    // Datasets carry no workflow timestamps; the repository's creation is a plausible floor.
    created_at: isoUtc(repo.createdAt),
    updated_at: isoUtc(repo.createdAt),
    url: `${API}/repos/${repo.owner}/${repo.name}/actions/workflows/${workflow.id}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/${workflow.path}`,
  };
}

export function runJson(index: DatasetIndex, repo: SimRepository, run: SimWorkflowRun) {
  const fullName = `${repo.owner}/${repo.name}`;
  const workflow = repo.workflows.find((w) => w.id === run.workflowId);
  const actor = actorJson(index, run.actor);
  return {
    id: run.id,
    node_id: run.nodeId,
    name: run.name,
    display_title: run.name,
    workflow_id: run.workflowId,
    path: workflow?.path ?? '.github/workflows/unknown.yml',
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    created_at: isoUtc(run.createdAt),
    updated_at: isoUtc(run.updatedAt),
    run_started_at: isoUtc(run.runStartedAt),
    actor,
    triggering_actor: actor,
    pull_requests: [],
    url: `${API}/repos/${fullName}/actions/runs/${run.id}`,
    html_url: `${WEB}/${fullName}/actions/runs/${run.id}`,
    repository: { id: repo.databaseId, node_id: repo.id, name: repo.name, full_name: fullName },
  };
}

