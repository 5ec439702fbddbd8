import type { MetricsContext } from './context.js';
import { BAND_SOURCE, changeFailureBand, frequencyCadence, leadTimeBand, recoveryBand } from './dora-bands.js';
import type { DeployAttribution, DeploymentSource, DoraDeployment, DoraIncident, DoraPeriodTotals, DoraRepository, DoraSection, DoraWeek, IncidentCounts, RepoDeploymentSource } from './dora-section.js';
import { distribution, distributionFigures, figure, round } from './figures.js';
import type { Distribution, FamilyResult, Figures } from './model.js';
import type { Period } from './windows.js';

export type { DeploymentSource, DoraSection, RepoDeploymentSource } from './dora-section.js';

const DAY_MS = 86_400_000;

/**
 * Chooses the deployment source per repository, builds `deployments_used` and fills
 * `pr_facts.deployed_at` (METRICS.md "DORA"). Runs before the flow family, whose deploy time
 * reads deployed_at. Under `auto` each repository gets the first source with a deployment in
 * the report window, because one repository may use Deployments and another releases.
 */
export async function prepareDeployments(ctx: MetricsContext): Promise<DeploymentSource> {
  const { deployments } = ctx.config;
  const params = { requested: deployments.source };
  // deployment_candidates is built once for all reports (context.ts prepareFacts).
  for (const step of ['choose-sources', 'deployments-used', 'deployment-points', 'pr-deployments', 'clear-deployed-at', 'set-deployed-at']) {
    await ctx.exec('dora.sql', step, params);
  }
  if (deployments.source !== 'auto') return deployments.source;
  const chosen = await ctx.rows<{ source: RepoDeploymentSource }>('dora.sql', 'chosen-sources');
  if (chosen.length === 0) return 'none';
  return chosen.length === 1 ? chosen[0]!.source : 'mixed';
}

const share = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole) : null);
const days = (period: Period): number => (Date.parse(period.to) - Date.parse(period.from)) / DAY_MS;

async function periodTotals(ctx: MetricsContext, period: Period): Promise<DoraPeriodTotals> {
  type Row = { deployments: number; failed: number; reworked: number; without_prs: number; deploy_days: number };
  const [row] = await ctx.rows<Row>('dora.sql', 'deployment-totals', { ...period });
  const length = days(period);
  return {
    deployments: row!.deployments,
    failed: row!.failed,
    reworked: row!.reworked,
    withoutPrs: row!.without_prs,
    deployDays: row!.deploy_days,
    perDay: length > 0 ? round(row!.deployments / length) : null,
    perWeek: length > 0 ? round((row!.deployments * 7) / length) : null,
    changeFailureRate: share(row!.failed, row!.deployments),
    reworkRate: share(row!.reworked, row!.deployments),
  };
}

async function distributionOf(ctx: MetricsContext, name: 'lead-time' | 'recovery-time', period: Period): Promise<Distribution> {
  const [row] = await ctx.rows('dora.sql', name, { ...period });
  return distribution(row as never);
}

/** Every ISO week of the window, weeks without a deployment included (the band needs them). */
async function weeklySeries(ctx: MetricsContext): Promise<DoraWeek[]> {
  type Deployed = { week: string; deployments: number; deploy_days: number; failed: number; reworked: number };
  const deployed = await ctx.rows<Deployed>('dora.sql', 'weekly-deployments', { ...ctx.range });
  const lead = await ctx.rows<{ week: string; lead_time_p50: number | null }>('dora.sql', 'weekly-lead-time', { ...ctx.range });
  const byWeek = new Map(deployed.map((r) => [Date.parse(r.week), r]));
  const leadByWeek = new Map(lead.map((r) => [Date.parse(r.week), r.lead_time_p50]));
  return ctx.weeks.map((w) => {
    const r = byWeek.get(Date.parse(w.from));
    const n = r?.deployments ?? 0;
    return {
      week: w.label,
      from: w.from,
      deployments: n,
      deploy_days: r?.deploy_days ?? 0,
      failed: r?.failed ?? 0,
      reworked: r?.reworked ?? 0,
      change_failure_rate: share(r?.failed ?? 0, n),
      lead_time_p50: round(leadByWeek.get(Date.parse(w.from))),
    };
  });
}

async function byRepository(ctx: MetricsContext): Promise<DoraRepository[]> {
  type Row = Omit<DoraRepository, 'per_week' | 'change_failure_rate' | 'rework_rate'>;
  const rows = await ctx.rows<Row>('dora.sql', 'by-repository', { ...ctx.range });
  const length = days(ctx.range);
  return rows.map((r) => ({
    repo: r.repo,
    source: r.source,
    deployments: r.deployments,
    per_week: length > 0 ? round((r.deployments * 7) / length) : null,
    failed: r.failed,
    change_failure_rate: share(r.failed, r.deployments),
    reworked: r.reworked,
    rework_rate: share(r.reworked, r.deployments),
    lead_time_n: r.lead_time_n,
    lead_time_p50: round(r.lead_time_p50),
    recovery_n: r.recovery_n,
    recovery_time_p50: round(r.recovery_time_p50),
  }));
}

/** Figures that rest on which deployment shipped each PR (pr_deployments). */
export const ATTRIBUTED_FIGURES = ['dora.lead_time', 'flow.deploy_time', 'dora.change_failure_rate', 'dora.rework_rate', 'dora.recovery_time'];

async function attribution(ctx: MetricsContext): Promise<DeployAttribution> {
  const rows = await ctx.rows<{ rule: 'ancestry' | 'time' | 'merge'; prs: number }>('dora.sql', 'attribution', { ...ctx.range });
  const count = (rule: string) => rows.find((r) => r.rule === rule)?.prs ?? 0;
  const prs = { ancestry: count('ancestry'), time: count('time'), merges: count('merge') };
  const used = (Object.keys(prs) as Array<keyof typeof prs>).filter((k) => prs[k] > 0);
  return { rule: used.length === 0 ? 'none' : used.length > 1 ? 'mixed' : used[0]!, prs, figures: ATTRIBUTED_FIGURES };
}

/** The DORA family: the four keys and rework rate, with bands, series and lists for the site. */
export async function computeDora(ctx: MetricsContext, source: DeploymentSource): Promise<FamilyResult<DoraSection>> {
  await ctx.exec('dora.sql', 'incidents', { incident_pattern: ctx.config.incidents.label });
  await ctx.exec('dora.sql', 'deployment-facts');

  const totals = await periodTotals(ctx, ctx.range);
  const previousTotals = await periodTotals(ctx, ctx.previous);
  const leadTime = await distributionOf(ctx, 'lead-time', ctx.range);
  const previousLeadTime = await distributionOf(ctx, 'lead-time', ctx.previous);
  const recoveryTime = await distributionOf(ctx, 'recovery-time', ctx.range);
  const previousRecoveryTime = await distributionOf(ctx, 'recovery-time', ctx.previous);
  const [incidents] = await ctx.rows<IncidentCounts>('dora.sql', 'incident-counts', { ...ctx.range });
  const [previousIncidents] = await ctx.rows<IncidentCounts>('dora.sql', 'incident-counts', { ...ctx.previous });
  const weekly = await weeklySeries(ctx);
  const cadence = frequencyCadence(weekly.map((w) => ({ from: w.from, deployDays: w.deploy_days })));

  const section: DoraSection = {
    requestedSource: ctx.config.deployments.source,
    source,
    sourcesByRepository: await ctx.rows('dora.sql', 'sources-by-repository', { ...ctx.range }),
    totals,
    previousTotals,
    frequency: cadence ? { ...cadence, perDay: totals.perDay, perWeek: totals.perWeek } : null,
    leadTime,
    previousLeadTime,
    recoveryTime,
    previousRecoveryTime,
    incidents: incidents!,
    attribution: await attribution(ctx),
    bands: {
      deploymentFrequency: cadence?.band ?? null,
      leadTime: leadTimeBand(leadTime.p50),
      changeFailureRate: changeFailureBand(totals.changeFailureRate),
      recoveryTime: recoveryBand(recoveryTime.p50),
    },
    bandSource: BAND_SOURCE,
    weekly,
    byRepository: await byRepository(ctx),
    deployments: await ctx.rows<DoraDeployment>('dora.sql', 'deployment-list', { ...ctx.range }),
    incidentList: (await ctx.rows<DoraIncident>('dora.sql', 'incident-list', { ...ctx.range })).map((i) => ({ ...i, recovery_h: round(i.recovery_h) })),
  };

  const figures: Figures = {
    'dora.deployments': figure('Deployments', 'count', totals.deployments, totals.deployments, previousTotals.deployments),
    'dora.deployment_frequency.per_day': figure('Deployments per day', 'per_day', totals.perDay, totals.deployments, previousTotals.perDay),
    'dora.deployment_frequency.per_week': figure('Deployments per week', 'per_week', totals.perWeek, totals.deployments, previousTotals.perWeek),
    'dora.failed_deployments': figure('Deployments followed by an incident', 'count', totals.failed, totals.deployments, previousTotals.failed),
    'dora.change_failure_rate': figure('Change failure rate', 'share', totals.changeFailureRate, totals.deployments, previousTotals.changeFailureRate),
    'dora.incidents': figure('Incidents (issues, reverts, hotfixes)', 'count', incidents!.total, incidents!.total, previousIncidents!.total),
    'dora.rework_rate': figure('Deployment rework rate', 'share', totals.reworkRate, totals.deployments, previousTotals.reworkRate),
    ...distributionFigures('dora.lead_time', 'Change lead time', leadTime, previousLeadTime),
    ...distributionFigures('dora.recovery_time', 'Failed-deployment recovery time', recoveryTime, previousRecoveryTime),
  };
  return { section, figures };
}
