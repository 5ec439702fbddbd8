/**
 * The simulator's dataset: one organisation's GitHub activity, shaped close to what GitHub's
 * GraphQL and REST APIs return so resolvers stay thin. Generators (`gen:SEED[:SIZE[:WEEKS]]`),
 * importers (`id-archive:DIR`) and hand-written JSON files (`json:FILE`) all produce this shape.
 * The JSON dataset format documented in docs/dataset-format.md is exactly this type serialised.
 *
 * Conventions:
 * - Timestamps are ISO-8601 strings; any offset is allowed (`2024-01-01T10:00:00+02:00`).
 * - `id` fields are GraphQL node ids and must be unique across the whole dataset;
 *   `databaseId` fields are the REST ids (positive integers, unique per kind).
 * - Actors are referred to by login; `null` means a deleted account (GitHub's "ghost"),
 *   which GraphQL returns as a null `author`/`actor`.
 */

export type ActorKind = 'User' | 'Bot' | 'Organization' | 'Mannequin';

export interface SimActor {
  id: string;
  databaseId: number;
  /** Bots' GraphQL login has no `[bot]` suffix; REST adds it (`dependabot[bot]`). */
  login: string;
  kind: ActorKind;
  name?: string | null;
}

export interface SimMilestone {
  id: string;
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED';
  dueOn: string | null;
  createdAt: string;
  closedAt: string | null;
}

export interface SimIteration {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** Days. */
  duration: number;
}

/** A GitHub Project (v2) of the organisation, with its fields; only iteration fields carry data. */
export interface SimProject {
  /** The login of the user who owns it (`User.projectV2`); omitted, the organisation's. */
  owner?: string;
  number: number;
  fields: Array<{ name: string; kind: 'iteration' | 'text'; iterations?: SimIteration[]; completedIterations?: SimIteration[] }>;
}

/** A team of the organisation, with its members' logins (GraphQL `membership: ALL`). */
export interface SimTeam {
  slug: string;
  name?: string;
  members: string[];
}

export interface SimLabel {
  id: string;
  name: string;
  color?: string;
}

export interface SimCommit {
  oid: string;
  authoredDate: string;
  committedDate: string;
  author: string | null;
  message?: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface SimReview {
  id: string;
  databaseId: number;
  author: string | null;
  state: ReviewState;
  /** Null only for PENDING reviews. */
  submittedAt: string | null;
  createdAt: string;
  body?: string;
  /** Comments on diff lines posted with this review (REST `pulls/comments`); by the review's author. */
  comments?: SimReviewComment[];
}

export interface SimReviewComment {
  id: string;
  databaseId: number;
  createdAt: string;
  updatedAt: string;
  body?: string;
}

export interface SimComment {
  id: string;
  databaseId: number;
  author: string | null;
  createdAt: string;
  updatedAt?: string;
  body?: string;
}

/** Timeline events flowmeter reads. `requestedReviewer` is a login or `team:slug`. */
export type SimTimelineEvent =
  | { type: 'ReadyForReviewEvent' | 'ConvertToDraftEvent' | 'ReopenedEvent' | 'ClosedEvent' | 'HeadRefForcePushedEvent'; id: string; createdAt: string; actor: string | null }
  | { type: 'MergedEvent'; id: string; createdAt: string; actor: string | null; commitOid: string | null }
  | { type: 'ReviewRequestedEvent' | 'ReviewRequestRemovedEvent'; id: string; createdAt: string; actor: string | null; requestedReviewer: string | null };

export interface SimPullRequest {
  id: string;
  databaseId: number;
  number: number;
  title: string;
  body: string;
  author: string | null;
  authorAssociation: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergedBy?: string | null;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft: boolean;
  additions: number;
  deletions: number;
  changedFiles: number;
  baseRefName: string;
  headRefName: string;
  headRefOid?: string;
  mergeCommitOid: string | null;
  labels: string[];
  commits: SimCommit[];
  reviews: SimReview[];
  comments: SimComment[];
  timeline: SimTimelineEvent[];
  /** Review requests still pending now: logins, or `team:slug`. */
  reviewRequests: string[];
}

export interface SimIssue {
  id: string;
  databaseId: number;
  number: number;
  title: string;
  body: string;
  author: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  state: 'OPEN' | 'CLOSED';
  stateReason?: 'COMPLETED' | 'NOT_PLANNED' | 'REOPENED' | null;
  labels: string[];
  comments: SimComment[];
}

export interface SimWorkflow {
  id: number;
  nodeId: string;
  name: string;
  path: string;
  state: 'active' | 'disabled_manually';
}

export interface SimWorkflowRun {
  id: number;
  nodeId: string;
  workflowId: number;
  name: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'startup_failure' | 'neutral' | 'action_required' | 'stale' | null;
  headBranch: string;
  headSha: string;
  runNumber: number;
  runAttempt: number;
  createdAt: string;
  runStartedAt: string;
  updatedAt: string;
  actor: string | null;
}

export interface SimDeploymentStatus {
  id: string;
  databaseId: number;
  state: 'PENDING' | 'QUEUED' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE' | 'ERROR' | 'INACTIVE';
  createdAt: string;
  creator: string | null;
  environmentUrl?: string | null;
}

export interface SimDeployment {
  id: string;
  databaseId: number;
  environment: string;
  sha: string;
  ref: string;
  task: string;
  createdAt: string;
  updatedAt: string;
  creator: string | null;
  /** Oldest first. */
  statuses: SimDeploymentStatus[];
}

export interface SimRelease {
  id: string;
  databaseId: number;
  tagName: string;
  name: string;
  tagCommitOid: string | null;
  createdAt: string;
  publishedAt: string | null;
  isDraft: boolean;
  isPrerelease: boolean;
  author: string | null;
}

export interface SimRepository {
  id: string;
  databaseId: number;
  owner: string;
  name: string;
  isPrivate: boolean;
  isArchived: boolean;
  defaultBranch: string;
  topics: string[];
  createdAt: string;
  pushedAt: string;
  labels: SimLabel[];
  pullRequests: SimPullRequest[];
  issues: SimIssue[];
  workflows: SimWorkflow[];
  workflowRuns: SimWorkflowRun[];
  deployments: SimDeployment[];
  releases: SimRelease[];
  /** Optional; `Repository.milestones` (sprints from milestone due dates). */
  milestones?: SimMilestone[];
}

export interface SimDataset {
  /** The organisation (or user) that owns the repositories. */
  org: string;
  /** "Now" for the dataset: generated data ends here. ISO-8601. */
  now: string;
  actors: SimActor[];
  repositories: SimRepository[];
  /** The organisation's teams (`Organization.teams`); none when omitted. */
  teams?: SimTeam[];
  /** Projects (`Organization.projectV2`, or `User.projectV2` for a user's); none when omitted. */
  projects?: SimProject[];
  /** Optional ground truth the generator knows, for oracle tests. Free-form per generator. */
  truth?: Record<string, unknown>;
}
