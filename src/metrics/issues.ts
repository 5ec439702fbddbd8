// PLACEHOLDER, replaced by its metric family (issue 3).
import type { MetricsContext } from './context.js';
import type { FamilyResult } from './model.js';

export async function computeIssues(_ctx: MetricsContext): Promise<FamilyResult<unknown>> {
  return { section: {}, figures: {} };
}
