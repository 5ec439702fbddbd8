/** Deployment, DeploymentStatus and Release. */
import type { SimDeployment } from './dataset.js';
import { connection, type PageArgs } from './graphql-connection.js';
import { type Fields, rejectUnsupportedArgs } from './graphql-field-resolver.js';
import { userOnly } from './graphql-resolvers-actors.js';
import {
  actorSource, commitPlain, type DeploymentSource, type DeploymentStatusSource, refPlain, type ReleaseSource, repoUrl,
} from './graphql-sources.js';
import { isoUtc } from './timestamps.js';

/** Deployment.state as GitHub derives it from the newest status. */
const DEPLOYMENT_STATE: Record<string, string> = {
  SUCCESS: 'ACTIVE', FAILURE: 'FAILURE', ERROR: 'ERROR', INACTIVE: 'INACTIVE',
  PENDING: 'PENDING', QUEUED: 'QUEUED', IN_PROGRESS: 'IN_PROGRESS',
};

function latestStatus(deployment: SimDeployment): DeploymentStatusSource | null {
  const status = deployment.statuses[deployment.statuses.length - 1];
  return status ? { __typename: 'DeploymentStatus', deployment, status } : null;
}

const deploymentFields: Fields<DeploymentSource> = {
  id: (s) => s.deployment.id,
  databaseId: (s) => s.deployment.databaseId,
  environment: (s) => s.deployment.environment,
  originalEnvironment: (s) => s.deployment.environment,
  createdAt: (s) => isoUtc(s.deployment.createdAt),
  updatedAt: (s) => isoUtc(s.deployment.updatedAt),
  task: (s) => s.deployment.task,
  commitOid: (s) => s.deployment.sha,
  commit: (s) => commitPlain(s.deployment.sha),
  ref: (s) => refPlain(s.deployment.ref),
  creator: (s, _a, ctx) => actorSource(ctx, s.deployment.creator),
  state: (s) => DEPLOYMENT_STATE[latestStatus(s.deployment)?.status.state ?? 'PENDING'] ?? 'PENDING',
  latestStatus: (s) => latestStatus(s.deployment),
  repository: (s) => ({ __typename: 'Repository', repo: s.repo }),
  statuses: (s, args, _c, info) => {
    rejectUnsupportedArgs(info, ['first', 'last', 'after', 'before']);
    // The dataset stores statuses oldest first; GitHub lists them newest first.
    return connection('statuses', s.deployment.statuses, args as PageArgs, {
      descending: true,
      node: (status): DeploymentStatusSource => ({ __typename: 'DeploymentStatus', deployment: s.deployment, status }),
    });
  },
};

const deploymentStatusFields: Fields<DeploymentStatusSource> = {
  id: (s) => s.status.id,
  state: (s) => s.status.state,
  createdAt: (s) => isoUtc(s.status.createdAt),
  updatedAt: (s) => isoUtc(s.status.createdAt),
  creator: (s, _a, ctx) => actorSource(ctx, s.status.creator),
  environmentUrl: (s) => s.status.environmentUrl ?? null,
  description: () => null,
  deployment: (s, _a, ctx) => {
    const node = ctx.index.node(s.deployment.id);
    return node?.kind === 'Deployment' ? { __typename: 'Deployment', repo: node.repo, deployment: s.deployment } : null;
  },
};

const releaseFields: Fields<ReleaseSource> = {
  id: (s) => s.release.id,
  databaseId: (s) => s.release.databaseId,
  tagName: (s) => s.release.tagName,
  name: (s) => s.release.name,
  createdAt: (s) => isoUtc(s.release.createdAt),
  publishedAt: (s) => isoUtc(s.release.publishedAt),
  isDraft: (s) => s.release.isDraft,
  isPrerelease: (s) => s.release.isPrerelease,
  author: (s, _a, ctx) => userOnly(actorSource(ctx, s.release.author)),
  tagCommit: (s) => commitPlain(s.release.tagCommitOid),
  tag: (s) => refPlain(`refs/tags/${s.release.tagName}`),
  url: (s) => `${repoUrl(s.repo)}/releases/tag/${encodeURIComponent(s.release.tagName)}`,
  repository: (s) => ({ __typename: 'Repository', repo: s.repo }),
};

export const deploymentTypeFields: Record<string, Fields<never>> = {
  Deployment: deploymentFields,
  DeploymentStatus: deploymentStatusFields,
  Release: releaseFields,
};
