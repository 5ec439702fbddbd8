import type { Figure, Figures } from '../metrics/model.js';
import { changePhrase, formatAmount, listOf, prReference, relativeChange } from './summary-format.js';
import type { SummaryInput } from './summary-input.js';
import type { SummaryItem } from './summary-model.js';

/**
 * The risks the rules summary can raise, each with the recommendation that answers it. A risk
 * has a tier (3: past a hard threshold, 2: clearly worse, 1: slightly worse) and a weight that
 * orders risks of one tier; ties keep the order of this file, so the result is deterministic.
 */
export interface RuleRisk {
  key: string;
  tier: number;
  weight: number;
  risk: SummaryItem;
  recommendation: SummaryItem;
}

/** Thresholds past which a figure is a risk whatever its trend (docs/summary.md). */
export const RISK_THRESHOLDS = { changeFailureRate: 0.15, ciSuccessRate: 0.8, unreviewedShare: 0.1, worseningShare: 0.1 } as const;

const item = (text: string, figures: string[], pullRequests: SummaryItem['pullRequests'] = []): SummaryItem => ({ text, figures, pullRequests });
const has = (f: Figure | undefined): f is Figure & { value: number } => f !== undefined && f.value !== null;

/** Anomaly directions that are bad news; the others (fewer unreviewed merges …) are not risks. */
const BAD_DIRECTION: Record<string, 'high' | 'low'> = { merged: 'low', cycle_time: 'high', pickup_time: 'high', unreviewed_share: 'high', ci_success_rate: 'low' };

function waitingRisk(input: SummaryInput, figures: Figures): RuleRisk | null {
  const { waitingCritical = 0, waitingWarning = 0, waitingWithReviewers = 0 } = input.counts;
  const critical = waitingCritical > 0;
  if (!critical && waitingWarning === 0) return null;
  const severity = critical ? 'critical' : 'warning';
  const count = critical ? waitingCritical : waitingWarning + waitingCritical;
  const threshold = critical ? input.counts.criticalThresholdHours : input.counts.warningThresholdHours;
  const figure = critical ? 'open.waiting_critical' : 'open.waiting_warning';
  const longest = input.waitingPullRequests[0];
  const thresholdText = threshold !== undefined ? ` past the ${formatAmount(threshold, 'count')} h ${severity} threshold` : ` at ${severity} severity`;
  const longestText = longest ? `; the longest, ${prReference(longest)}, for ${longest.waitDays} d` : '';
  const oldest = input.waitingPullRequests.slice(0, 3);
  const withReviewers = figures['open.waiting_on_reviewer'] && waitingWithReviewers > 0;
  const recommendation = oldest.length
    ? item(
        `Unblock the oldest waits first: ${listOf(oldest.map(prReference))}${withReviewers ? `; ${formatAmount(waitingWithReviewers, 'count')} waiting PRs need a reviewer` : ''}.`,
        withReviewers ? ['open.waiting_on_reviewer'] : [figure],
        oldest.map(({ repository, number }) => ({ repository, number })),
      )
    : item('Agree who picks up waiting PRs each day, oldest first.', [figure]);
  return {
    key: 'waiting',
    tier: critical ? 3 : 2,
    weight: count,
    risk: item(`${formatAmount(count, 'count')} PRs have waited${thresholdText}${longestText}.`, [figure], longest ? [{ repository: longest.repository, number: longest.number }] : []),
    recommendation,
  };
}

function thresholdRisks(figures: Figures): RuleRisk[] {
  const risks: RuleRisk[] = [];
  const cfr = figures['dora.change_failure_rate'];
  const failed = figures['dora.failed_deployments'];
  if (has(cfr) && cfr.value > 0 && (cfr.value > RISK_THRESHOLDS.changeFailureRate || (cfr.delta ?? 0) > 0)) {
    const failedText = has(failed) && failed.value > 0 ? `; ${formatAmount(failed.value, 'count')} deployments were followed by an incident` : '';
    const change = changePhrase(cfr);
    risks.push({
      key: 'cfr',
      tier: cfr.value > RISK_THRESHOLDS.changeFailureRate ? 3 : 2,
      weight: cfr.value,
      risk: item(`Change failure rate is ${formatAmount(cfr.value, 'share')}${change ? `, ${change}` : ''}${failedText}.`, has(failed) ? ['dora.change_failure_rate', 'dora.failed_deployments'] : ['dora.change_failure_rate']),
      recommendation: item('Review the incidents behind failed deployments and add a test or check for each cause.', ['dora.failed_deployments'].filter((id) => figures[id])),
    });
  }
  const ci = figures['ci.success_rate'];
  if (has(ci) && (ci.value < RISK_THRESHOLDS.ciSuccessRate || (ci.delta ?? 0) < 0)) {
    const lost = figures['ci.time_lost_hours'];
    const flaky = figures['ci.flaky_pairs'];
    const change = changePhrase(ci);
    risks.push({
      key: 'ci',
      tier: ci.value < RISK_THRESHOLDS.ciSuccessRate ? 3 : (ci.delta ?? 0) < -0.02 ? 2 : 1,
      weight: 1 - ci.value,
      risk: item(
        `CI success rate is ${formatAmount(ci.value, 'share')}${change ? `, ${change}` : ''}${has(lost) && lost.value > 0 ? `; failed runs cost ${formatAmount(lost.value, 'hours')}` : ''}.`,
        ['ci.success_rate', ...(has(lost) ? ['ci.time_lost_hours'] : [])],
      ),
      recommendation: has(flaky) && flaky.value > 0
        ? item(`Fix flaky workflows first: ${formatAmount(flaky.value, 'count')} workflow and commit pairs passed only on a re-run.`, ['ci.flaky_pairs'])
        : item('Fix the most frequent CI failure first and make failing checks block merges.', ['ci.success_rate']),
    });
  }
  const unreviewed = figures['flow.unreviewed_merge_share'];
  if (has(unreviewed) && unreviewed.value > 0 && (unreviewed.value > RISK_THRESHOLDS.unreviewedShare || (unreviewed.delta ?? 0) > 0)) {
    const change = changePhrase(unreviewed);
    risks.push({
      key: 'unreviewed',
      tier: unreviewed.value > RISK_THRESHOLDS.unreviewedShare ? 2 : 1,
      weight: unreviewed.value,
      risk: item(`${formatAmount(unreviewed.value, 'share')} of merged PRs had no review by someone else${change ? `, ${change}` : ''}.`, ['flow.unreviewed_merge_share']),
      recommendation: item('Require an approving review before merge in branch protection.', ['flow.unreviewed_merge_share']),
    });
  }
  for (const [key, id, label, advice] of [
    ['cycle', 'flow.cycle_time.p50', 'Cycle time (p50)', 'Split large PRs so they can be reviewed and merged within a day.'],
    ['pickup', 'flow.pickup_time.p50', 'Pickup time (p50)', 'Set a daily review slot so new PRs get a first review sooner.'],
  ] as const) {
    const f = figures[id];
    const relative = relativeChange(f);
    if (!has(f) || relative === null || relative <= RISK_THRESHOLDS.worseningShare) continue;
    risks.push({
      key,
      tier: 2,
      weight: relative,
      risk: item(`${label} rose ${Math.round(relative * 100)}% to ${formatAmount(f.value, 'hours')}.`, [id]),
      recommendation: item(advice, [id]),
    });
  }
  return risks;
}

function anomalyRisks(input: SummaryInput): RuleRisk[] {
  return input.anomalies
    .filter((a) => BAD_DIRECTION[a.metric] === a.direction && a.value !== null && a.median !== null)
    .slice(0, 1)
    .map((a) => {
      const drivers = a.pullRequests.slice(0, 2).map(({ repository, number }) => ({ repository, number }));
      const label = a.label.charAt(0).toLowerCase() + a.label.slice(1);
      return {
        key: 'anomaly',
        tier: 2,
        weight: Math.abs(a.z ?? 0) / 10,
        risk: item(`Week ${a.week} stood out: ${label} was ${formatAmount(a.value!, a.unit)} against a usual ${formatAmount(a.median!, a.unit)}.`, ['anomalies.flagged']),
        recommendation: drivers.length
          ? item(`Look at the PRs behind week ${a.week} first: ${listOf(drivers.map(prReference))}.`, ['anomalies.flagged'], drivers)
          : item(`Look into what changed in week ${a.week}.`, ['anomalies.flagged']),
      };
    });
}

/** Every risk the input shows, most serious first. */
export function ruleRisks(input: SummaryInput, figures: Figures): RuleRisk[] {
  const all = [waitingRisk(input, figures), ...thresholdRisks(figures), ...anomalyRisks(input)].filter((r): r is RuleRisk => r !== null);
  return all
    .map((risk, order) => ({ risk, order }))
    .sort((a, b) => b.risk.tier - a.risk.tier || b.risk.weight - a.risk.weight || a.order - b.order)
    .map(({ risk }) => risk);
}
