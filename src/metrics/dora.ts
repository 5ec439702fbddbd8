// PLACEHOLDER, replaced by the DORA family (issue 3). Deployments are not computed yet.
import type { MetricsContext } from './context.js';
import type { FamilyResult } from './model.js';

export type DeploymentSource = 'deployments' | 'workflow' | 'releases' | 'merges' | 'none';

export async function prepareDeployments(_ctx: MetricsContext): Promise<DeploymentSource> {
  return 'none';
}

export async function computeDora(_ctx: MetricsContext, source: DeploymentSource): Promise<FamilyResult<unknown>> {
  return { section: { source }, figures: {} };
}
