import type { Figure, Figures } from '../metrics/model.js';
import { ENGLISH_PHRASES, type SummaryPhrase } from './locales/summary-phrases-en.js';
import { prReference, relativeChange, type SummaryWriter } from './summary-format.js';
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

const isPhrase = (key: string): key is SummaryPhrase => key in ENGLISH_PHRASES;

/** Anomaly directions that are bad news; the others (fewer unreviewed merges …) are not risks. */
const BAD_DIRECTION: Record<string, 'high' | 'low'> = { merged: 'low', cycle_time: 'high', pickup_time: 'high', unreviewed_share: 'high', ci_success_rate: 'low' };

function waitingRisk(w: SummaryWriter, input: SummaryInput, figures: Figures): RuleRisk | null {
  const { waitingCritical = 0, waitingWarning = 0, waitingWithReviewers = 0 } = input.counts;
  const critical = waitingCritical > 0;
  if (!critical && waitingWarning === 0) return null;
  const severity = critical ? 'critical' : 'warning';
  const count = critical ? waitingCritical : waitingWarning + waitingCritical;
  const threshold = critical ? input.counts.criticalThresholdHours : input.counts.warningThresholdHours;
  const figure = critical ? 'open.waiting_critical' : 'open.waiting_warning';
  const longest = input.waitingPullRequests[0];
  const thresholdText = threshold !== undefined ? w.say(`wait.threshold.${severity}`, { n: w.amount(threshold, 'count') }) : w.say(`wait.severity.${severity}`);
  const longestText = longest ? w.say('wait.longest', { pr: prReference(longest), days: longest.waitDays }) : '';
  const oldest = input.waitingPullRequests.slice(0, 3);
  const withReviewers = figures['open.waiting_on_reviewer'] && waitingWithReviewers > 0;
  const recommendation = oldest.length
    ? item(
        w.say('wait.unblock', { list: w.list(oldest.map(prReference)), reviewers: withReviewers ? w.say('wait.need_reviewer', { n: w.amount(waitingWithReviewers, 'count') }) : '' }),
        withReviewers ? ['open.waiting_on_reviewer'] : [figure],
        oldest.map(({ repository, number }) => ({ repository, number })),
      )
    : item(w.say('wait.rota'), [figure]);
  return {
    key: 'waiting',
    tier: critical ? 3 : 2,
    weight: count,
    risk: item(w.say('wait.risk', { n: w.amount(count, 'count'), threshold: thresholdText, longest: longestText }), [figure], longest ? [{ repository: longest.repository, number: longest.number }] : []),
    recommendation,
  };
}

function thresholdRisks(w: SummaryWriter, figures: Figures): RuleRisk[] {
  const risks: RuleRisk[] = [];
  const cfr = figures['dora.change_failure_rate'];
  const failed = figures['dora.failed_deployments'];
  if (has(cfr) && cfr.value > 0 && (cfr.value > RISK_THRESHOLDS.changeFailureRate || (cfr.delta ?? 0) > 0)) {
    const failedText = has(failed) && failed.value > 0 ? w.say('cfr.failed', { n: w.amount(failed.value, 'count') }) : '';
    risks.push({
      key: 'cfr',
      tier: cfr.value > RISK_THRESHOLDS.changeFailureRate ? 3 : 2,
      weight: cfr.value,
      risk: item(w.say('cfr.risk', { value: w.amount(cfr.value, 'share'), change: w.changeClause(cfr), failed: failedText }), has(failed) ? ['dora.change_failure_rate', 'dora.failed_deployments'] : ['dora.change_failure_rate']),
      recommendation: item(w.say('cfr.advice'), ['dora.failed_deployments'].filter((id) => figures[id])),
    });
  }
  const ci = figures['ci.success_rate'];
  if (has(ci) && (ci.value < RISK_THRESHOLDS.ciSuccessRate || (ci.delta ?? 0) < 0)) {
    const lost = figures['ci.time_lost_hours'];
    const flaky = figures['ci.flaky_pairs'];
    risks.push({
      key: 'ci',
      tier: ci.value < RISK_THRESHOLDS.ciSuccessRate ? 3 : (ci.delta ?? 0) < -0.02 ? 2 : 1,
      weight: 1 - ci.value,
      risk: item(
        w.say('ci.risk', { value: w.amount(ci.value, 'share'), change: w.changeClause(ci), lost: has(lost) && lost.value > 0 ? w.say('ci.lost', { value: w.amount(lost.value, 'hours') }) : '' }),
        ['ci.success_rate', ...(has(lost) ? ['ci.time_lost_hours'] : [])],
      ),
      recommendation: has(flaky) && flaky.value > 0
        ? item(w.say('ci.flaky', { n: w.amount(flaky.value, 'count') }), ['ci.flaky_pairs'])
        : item(w.say('ci.advice'), ['ci.success_rate']),
    });
  }
  const unreviewed = figures['flow.unreviewed_merge_share'];
  if (has(unreviewed) && unreviewed.value > 0 && (unreviewed.value > RISK_THRESHOLDS.unreviewedShare || (unreviewed.delta ?? 0) > 0)) {
    risks.push({
      key: 'unreviewed',
      tier: unreviewed.value > RISK_THRESHOLDS.unreviewedShare ? 2 : 1,
      weight: unreviewed.value,
      risk: item(w.say('unreviewed.risk', { value: w.amount(unreviewed.value, 'share'), change: w.changeClause(unreviewed) }), ['flow.unreviewed_merge_share']),
      recommendation: item(w.say('unreviewed.advice'), ['flow.unreviewed_merge_share']),
    });
  }
  for (const [key, id] of [['cycle', 'flow.cycle_time.p50'], ['pickup', 'flow.pickup_time.p50']] as const) {
    const f = figures[id];
    const relative = relativeChange(f);
    if (!has(f) || relative === null || relative <= RISK_THRESHOLDS.worseningShare) continue;
    risks.push({
      key,
      tier: 2,
      weight: relative,
      risk: item(w.say('rise.risk', { label: w.say(`rise.${key}`), percent: Math.round(relative * 100), value: w.amount(f.value, 'hours') }), [id]),
      recommendation: item(w.say(`rise.${key}_advice`), [id]),
    });
  }
  return risks;
}

function anomalyRisks(w: SummaryWriter, input: SummaryInput): RuleRisk[] {
  return input.anomalies
    .filter((a) => BAD_DIRECTION[a.metric] === a.direction && a.value !== null && a.median !== null)
    .slice(0, 1)
    .map((a) => {
      const drivers = a.pullRequests.slice(0, 2).map(({ repository, number }) => ({ repository, number }));
      const phrase = `anomaly.metric.${a.metric}`;
      const label = isPhrase(phrase) ? w.say(phrase) : a.label.charAt(0).toLowerCase() + a.label.slice(1);
      return {
        key: 'anomaly',
        tier: 2,
        weight: Math.abs(a.z ?? 0) / 10,
        risk: item(w.say('anomaly.risk', { week: a.week, label, value: w.amount(a.value!, a.unit), median: w.amount(a.median!, a.unit) }), ['anomalies.flagged']),
        recommendation: drivers.length
          ? item(w.say('anomaly.look', { week: a.week, list: w.list(drivers.map(prReference)) }), ['anomalies.flagged'], drivers)
          : item(w.say('anomaly.look_none', { week: a.week }), ['anomalies.flagged']),
      };
    });
}

/** Every risk the input shows, most serious first. */
export function ruleRisks(w: SummaryWriter, input: SummaryInput, figures: Figures): RuleRisk[] {
  const all = [waitingRisk(w, input, figures), ...thresholdRisks(w, figures), ...anomalyRisks(w, input)].filter((r): r is RuleRisk => r !== null);
  return all
    .map((risk, order) => ({ risk, order }))
    .sort((a, b) => b.risk.tier - a.risk.tier || b.risk.weight - a.risk.weight || a.order - b.order)
    .map(({ risk }) => risk);
}
