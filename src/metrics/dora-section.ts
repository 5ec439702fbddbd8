import type { BAND_SOURCE, Band, FrequencyCadence } from './dora-bands.js';
import type { Distribution } from './model.js';

/** Where a repository's deployments come from (METRICS.md "DORA", sources 1 to 4). */
export type RepoDeploymentSource = 'deployments' | 'workflow' | 'releases' | 'merges';

/**
 * The report's deployment source: the configured one, or under `auto` the one every repository
 * with data used, `mixed` when repositories differ, `none` when no repository has any.
 */
export type DeploymentSource = RepoDeploymentSource | 'mixed' | 'none';

export interface DoraPeriodTotals {
  deployments: number;
  /** Deployments followed by at least one incident before the next deployment. */
  failed: number;
  /** Deployments that shipped a revert or hotfix PR. */
  reworked: number;
  /** Deployments that shipped no PR (a direct push, a re-deploy). */
  withoutPrs: number;
  /** Distinct UTC days with a deployment. */
  deployDays: number;
  perDay: number | null;
  perWeek: number | null;
  changeFailureRate: number | null;
  reworkRate: number | null;
}

export interface IncidentCounts {
  total: number;
  issues: number;
  reverts: number;
  hotfixes: number;
  /** Incidents in a repository with no deployment before them. */
  unattributed: number;
  unresolved: number;
}

export interface DoraDeployment {
  repo: string;
  id: string;
  deployed_at: string;
  sha: string | null;
  source: RepoDeploymentSource;
  prs: number;
  incidents: number;
  failed: boolean;
  reworked: boolean;
  incident_refs: Array<{ kind: 'issue' | 'revert' | 'hotfix'; number: number }>;
}

export interface DoraIncident {
  repo: string;
  kind: 'issue' | 'revert' | 'hotfix';
  number: number;
  title: string | null;
  url: string | null;
  started_at: string;
  resolved_at: string | null;
  recovery_h: number | null;
  failed_deployment_id: string | null;
  reverted_number: number | null;
}

export interface DoraWeek {
  week: string;
  from: string;
  deployments: number;
  deploy_days: number;
  failed: number;
  reworked: number;
  change_failure_rate: number | null;
  lead_time_p50: number | null;
}

export interface DoraRepository {
  repo: string;
  source: RepoDeploymentSource | 'none';
  deployments: number;
  per_week: number | null;
  failed: number;
  change_failure_rate: number | null;
  reworked: number;
  rework_rate: number | null;
  lead_time_n: number;
  lead_time_p50: number | null;
  recovery_n: number;
  recovery_time_p50: number | null;
}

/** How the PRs deployed in the window were credited to the deployment that shipped them. */
export interface DeployAttribution {
  /**
   * `ancestry`: every PR by commit ancestry (the first deployment whose commit contains its
   * merge commit); `time`: every PR by the time rule (ancestry unknown); `merges`: each PR is
   * its own deployment; `mixed`: more than one; `none`: no PR deployed in the window.
   */
  rule: 'ancestry' | 'time' | 'merges' | 'mixed' | 'none';
  prs: { ancestry: number; time: number; merges: number };
  /** The figures (id prefixes) that rest on which deployment shipped each PR. */
  figures: string[];
}

export interface DoraSection {
  /** The configured source (`auto` or one of the four). */
  requestedSource: 'auto' | RepoDeploymentSource;
  source: DeploymentSource;
  /** Which source each repository used; under `auto` chosen per repository. */
  sourcesByRepository: Array<{ repo: string; source: RepoDeploymentSource | 'none'; deployments: number }>;
  totals: DoraPeriodTotals;
  /** The previous-period twins are null when that period was not harvested in full. */
  previousTotals: DoraPeriodTotals | null;
  frequency: (FrequencyCadence & { perDay: number | null; perWeek: number | null }) | null;
  leadTime: Distribution;
  previousLeadTime: Distribution | null;
  recoveryTime: Distribution;
  previousRecoveryTime: Distribution | null;
  incidents: IncidentCounts;
  attribution: DeployAttribution;
  bands: { deploymentFrequency: Band | null; leadTime: Band | null; changeFailureRate: Band | null; recoveryTime: Band | null };
  bandSource: typeof BAND_SOURCE;
  weekly: DoraWeek[];
  byRepository: DoraRepository[];
  /** Deployments in the window, most recent first, at most 500. */
  deployments: DoraDeployment[];
  /** Incidents that began or ended in the window, most recent first, at most 500. */
  incidentList: DoraIncident[];
}
