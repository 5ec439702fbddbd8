/**
 * The generated organisation's repositories and their workflows. Each repository is given one
 * deployment signal on purpose, so every branch of the DORA `auto` source choice is exercised:
 * GitHub Deployments, a deploy workflow, releases only, or nothing (merges are the fallback).
 */
import type { SimLabel, SimRepository, SimWorkflow } from './dataset.js';
import { DAY, iso, type IdFactory } from './generator-ids.js';

export type DeploySource = 'deployments' | 'workflow' | 'releases' | 'merges';

/** When a workflow runs: on PR pushes, on default-branch merges, per deploy batch, daily. */
export type WorkflowTrigger = 'pr' | 'pr-and-push' | 'default-branch' | 'deploy' | 'nightly' | 'legacy-pr';

export interface WorkflowPlan {
  sim: SimWorkflow;
  triggers: WorkflowTrigger[];
}

export interface RepoPlan {
  index: number;
  name: string;
  team: string;
  /** Share of the organisation's pull requests. */
  share: number;
  deploySource: DeploySource;
  sim: SimRepository;
  workflows: WorkflowPlan[];
}

interface RepoSpec {
  name: string;
  team: string;
  weight: number;
  source: DeploySource;
  defaultBranch: string;
  extra: Array<'e2e' | 'nightly' | 'legacy' | 'links'>;
}

// The busiest repository comes first: with few PRs only the first repositories exist, and the
// first one must carry Deployments. Its CI runs on both `push` and `pull_request` (a common
// real-world setup that doubles runs), which with E2E pushes it past 1,000 runs a month.
const SPECS: RepoSpec[] = [
  { name: 'api', team: 'platform', weight: 36, source: 'deployments', defaultBranch: 'main', extra: ['e2e', 'nightly'] },
  { name: 'web', team: 'web', weight: 16, source: 'workflow', defaultBranch: 'main', extra: ['legacy'] },
  { name: 'client-sdk', team: 'mobile', weight: 10, source: 'releases', defaultBranch: 'main', extra: ['nightly'] },
  { name: 'handbook', team: 'data', weight: 6, source: 'merges', defaultBranch: 'main', extra: ['links'] },
  { name: 'payments', team: 'payments', weight: 10, source: 'deployments', defaultBranch: 'main', extra: [] },
  { name: 'infra', team: 'platform', weight: 7, source: 'workflow', defaultBranch: 'master', extra: [] },
  { name: 'mobile', team: 'mobile', weight: 9, source: 'deployments', defaultBranch: 'main', extra: [] },
  { name: 'data-pipeline', team: 'data', weight: 6, source: 'workflow', defaultBranch: 'main', extra: ['nightly'] },
];

const LABELS: Array<[string, string]> = [
  ['bug', 'd73a4a'], ['enhancement', 'a2eeef'], ['documentation', '0075ca'], ['dependencies', '0366d6'],
  ['hotfix', 'b60205'], ['incident', 'e11d21'], ['sev1', 'b60205'], ['sev2', 'fbca04'],
  ['question', 'd876e3'], ['revert', 'cccccc'], ['needs-review', 'fef2c0'],
];

export function repositoryCount(size: number): number {
  if (size >= 1000) return SPECS.length;
  return Math.min(SPECS.length, Math.max(1, Math.ceil(size / 125)));
}

export function planRepositories(ids: IdFactory, org: string, size: number, startMs: number, nowIso: string): RepoPlan[] {
  const specs = SPECS.slice(0, repositoryCount(size));
  const totalWeight = specs.reduce((s, r) => s + r.weight, 0);
  return specs.map((spec, index) => {
    const workflows = planWorkflows(ids, spec, index);
    const labels: SimLabel[] = LABELS.map(([name, color]) => ({ id: ids.node('LA'), name, color }));
    const sim: SimRepository = {
      id: ids.node('R'),
      databaseId: ids.database('repo', 500_000_000),
      owner: org,
      name: spec.name,
      isPrivate: spec.name !== 'client-sdk' && spec.name !== 'handbook',
      isArchived: false,
      defaultBranch: spec.defaultBranch,
      topics: [spec.team],
      createdAt: iso(startMs - (400 + index * 30) * DAY),
      pushedAt: nowIso,
      labels,
      pullRequests: [],
      issues: [],
      workflows: workflows.map((w) => w.sim),
      workflowRuns: [],
      deployments: [],
      releases: [],
    };
    return { index, name: spec.name, team: spec.team, share: spec.weight / totalWeight, deploySource: spec.source, sim, workflows };
  });
}

function planWorkflows(ids: IdFactory, spec: RepoSpec, index: number): WorkflowPlan[] {
  const make = (name: string, file: string, triggers: WorkflowTrigger[], state: SimWorkflow['state'] = 'active'): WorkflowPlan => ({
    sim: { id: ids.database('workflow', 60_000_000), nodeId: ids.node('WF'), name, path: `.github/workflows/${file}`, state },
    triggers,
  });
  const plans = [make('CI', 'ci.yml', [index === 0 ? 'pr-and-push' : 'pr', 'default-branch'])];
  if (spec.extra.includes('e2e')) plans.push(make('E2E', 'e2e.yml', ['pr']));
  if (spec.extra.includes('links')) plans.push(make('Link check', 'links.yml', ['pr']));
  // The releases-only repository must have no workflow matching deploy|release|publish.
  if (spec.source === 'deployments' || spec.source === 'workflow') plans.push(make('Deploy', 'deploy.yml', ['deploy']));
  if (spec.extra.includes('nightly')) plans.push(make('Nightly', 'nightly.yml', ['nightly']));
  if (spec.extra.includes('legacy')) plans.push(make('Legacy E2E', 'legacy-e2e.yml', ['legacy-pr'], 'disabled_manually'));
  return plans;
}
