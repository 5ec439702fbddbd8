/** The shapes of the GraphQL answers the harvester reads (see src/github/queries/). */
export interface GqlActor {
  __typename?: string;
  login?: string;
  id?: string;
  databaseId?: number | null;
}

export interface GqlPageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface GqlConnection<T> {
  totalCount?: number;
  pageInfo?: GqlPageInfo;
  nodes: T[];
}

export interface GqlReview {
  id: string;
  databaseId: number | null;
  state: string;
  submittedAt: string | null;
  createdAt: string;
  author: GqlActor | null;
}

export interface GqlComment {
  id: string;
  databaseId: number | null;
  createdAt: string;
  updatedAt: string | null;
  author: GqlActor | null;
}

export interface GqlCommit {
  commit: { oid: string; authoredDate: string | null; committedDate: string | null; author: { user: { login: string } | null } | null };
}

export interface GqlRequestedReviewer {
  __typename: string;
  login?: string;
  slug?: string;
  id?: string;
  databaseId?: number | null;
}

export interface GqlTimelineItem {
  __typename: string;
  id?: string;
  createdAt?: string;
  actor?: GqlActor | null;
  commit?: { oid: string } | null;
  requestedReviewer?: GqlRequestedReviewer | null;
}

export interface GqlPullRequest {
  id: string;
  databaseId: number | null;
  number: number;
  title: string;
  url: string;
  state: string;
  isDraft: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  additions: number;
  deletions: number;
  changedFiles: number;
  baseRefName: string;
  headRefName: string;
  headRefOid: string | null;
  authorAssociation: string;
  author: GqlActor | null;
  mergedBy: GqlActor | null;
  mergeCommit: { oid: string } | null;
  labels: GqlConnection<{ name: string }>;
  commits: GqlConnection<GqlCommit>;
  reviews: GqlConnection<GqlReview>;
  comments: GqlConnection<GqlComment>;
  reviewRequests: GqlConnection<{ requestedReviewer: GqlRequestedReviewer | null }>;
  timelineItems: GqlConnection<GqlTimelineItem>;
}

export interface GqlIssue {
  id: string;
  databaseId: number | null;
  number: number;
  title: string;
  url: string;
  state: string;
  stateReason: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  author: GqlActor | null;
  labels: GqlConnection<{ name: string }>;
  comments: GqlConnection<GqlComment>;
}

export interface GqlDeployment {
  id: string;
  databaseId: number | null;
  environment: string | null;
  createdAt: string;
  updatedAt: string | null;
  task: string | null;
  commitOid: string | null;
  ref: { name: string } | null;
  creator: GqlActor | null;
  latestStatus: { state: string; createdAt: string } | null;
  statuses: GqlConnection<{ id: string; state: string; createdAt: string; environmentUrl: string | null; creator: GqlActor | null }>;
}

export interface GqlRelease {
  id: string;
  databaseId: number | null;
  tagName: string;
  name: string | null;
  createdAt: string;
  publishedAt: string | null;
  isDraft: boolean;
  isPrerelease: boolean;
  tagCommit: { oid: string } | null;
  author: GqlActor | null;
}

export interface GqlRepository {
  id: string;
  databaseId: number | null;
  name: string;
  owner: { login: string };
  isPrivate: boolean;
  isArchived: boolean;
  createdAt: string;
  pushedAt: string | null;
  defaultBranchRef: { name: string } | null;
  repositoryTopics: { nodes: Array<{ topic: { name: string } }> };
  pullRequests?: GqlConnection<GqlPullRequest>;
  issues?: GqlConnection<GqlIssue>;
  deployments?: GqlConnection<GqlDeployment>;
  releases?: GqlConnection<GqlRelease>;
  /** The open-items sweep's listings (open-items.ts): ids and update times only. */
  openPulls?: GqlConnection<GqlItemVersion>;
  openIssues?: GqlConnection<GqlItemVersion>;
}

/** A record's id and update time: enough to tell whether the store holds it as it is. */
export interface GqlItemVersion {
  id: string;
  updatedAt: string;
}
