import type { Figure, Figures, ReportModel } from '../metrics/model.js';
import { ruleRisks } from './rules-risks.js';
import { changePhrase, figureSentence, formatAmount, relativeChange } from './summary-format.js';
import { buildSummaryInput, type SummaryInput } from './summary-input.js';
import type { SprintSummary, SummaryItem } from './summary-model.js';

/**
 * The rule-based summary: what runs without an API key and whenever Claude's answer is not
 * usable. Deterministic (a pure function of the report), built from the same input document
 * Claude sees, and held to the same shape and grounding check. Insights describe the period
 * (speed, volume, the largest other change); risks are ranked threshold breaches, worsening
 * trends and anomalies (rules-risks.ts); recommendations answer the risks, then general advice.
 */
const item = (text: string, figures: string[], pullRequests: SummaryItem['pullRequests'] = []): SummaryItem => ({ text, figures, pullRequests });
const has = (f: Figure | undefined): f is Figure & { value: number } => f !== undefined && f.value !== null;
const present = (figures: Figures, ids: string[]) => ids.filter((id) => figures[id]);

/** Figures the third insight may pick from, with the label it uses; ordered for ties. */
const SHIFT_CANDIDATES: Array<[string, string]> = [
  ['flow.review_time.p50', 'review time (p50)'],
  ['flow.coding_time.p50', 'coding time (p50)'],
  ['flow.deploy_time.p50', 'deploy time (p50)'],
  ['dora.lead_time.p50', 'change lead time (p50)'],
  ['reviewers.response_time.p50', 'response time to review requests (p50)'],
  ['dora.deployments', 'deployments'],
  ['flow.changes_requested_share', 'share of PRs with changes requested'],
];

function speedInsight(figures: Figures): SummaryItem {
  const cycle = figures['flow.cycle_time.p50'];
  const pickup = figures['flow.pickup_time.p50'];
  if (!has(cycle)) return item('No PR was merged in the period, so there is no cycle time yet.', present(figures, ['flow.cycle_time.p50', 'throughput.merged']));
  const pickupText = has(pickup) ? `; pickup time (p50) is ${formatAmount(pickup.value, 'hours')}` : '';
  return item(`${figureSentence('Cycle time (p50)', cycle)}${pickupText}.`, present(figures, ['flow.cycle_time.p50', ...(has(pickup) ? ['flow.pickup_time.p50'] : [])]));
}

function volumeInsight(input: SummaryInput, figures: Figures): SummaryItem {
  const merged = figures['throughput.merged'];
  const sprint = figures['sprint.throughput'];
  const mergedValue = has(merged) ? merged.value : 0;
  if (mergedValue === 0 && !(has(sprint) && sprint.value > 0)) {
    // The first insight already says nothing was merged: say what is open instead.
    const backlog = figures['open.backlog'];
    return has(backlog) && backlog.value > 0
      ? item(`${formatAmount(backlog.value, 'count')} PRs are open at the end of the period.`, ['open.backlog'])
      : item('No PR is open at the end of the period either.', present(figures, ['open.backlog']));
  }
  const change = merged ? changePhrase(merged) : '';
  const period = `The period merged ${formatAmount(mergedValue, 'count')} PRs${change ? `, ${change}` : ''}`;
  if (!input.sprint || !has(sprint)) return item(`${period}.`, present(figures, ['throughput.merged']));
  const { current, previous } = input.sprint;
  // No previous count when the previous sprint was not harvested in full: then nothing to set against.
  const against = sprint.previous === null ? '' : ` against ${formatAmount(sprint.previous, 'count')} in ${previous.label}`;
  const sprintText = `${current.label} has merged ${formatAmount(sprint.value, 'count')}${current.complete ? '' : ' so far'}${against}`;
  return item(`${period}; ${sprintText}.`, present(figures, ['throughput.merged', 'sprint.throughput']));
}

function shiftInsight(figures: Figures): SummaryItem {
  const ranked = SHIFT_CANDIDATES.map(([id, label], order) => ({ id, label, order, relative: relativeChange(figures[id]) }))
    .filter((c) => c.relative !== null && has(figures[c.id]))
    .sort((a, b) => Math.abs(b.relative!) - Math.abs(a.relative!) || a.order - b.order);
  const top = ranked[0];
  if (top && Math.abs(top.relative!) > 0) {
    const f = figures[top.id]!;
    return item(`The largest other change is in ${top.label}: ${formatAmount(f.value!, f.unit)}, ${changePhrase(f)}.`, [top.id]);
  }
  if (top) return item('No other headline figure moved against the previous period.', []);
  return item('No other headline figure has a previous period to compare with.', []);
}

/** Shown when fewer than two risks cross a rule; each states a check that passed, and only when it did. */
function calmRisks(input: SummaryInput, figures: Figures): SummaryItem[] {
  const { warningThresholdHours: warning, waitingWarning = 0, waitingCritical = 0, anomaliesFlagged = 0 } = input.counts;
  const calm: SummaryItem[] = [];
  if (waitingWarning + waitingCritical === 0) {
    calm.push(
      item(
        warning !== undefined ? `No PR has waited past the ${formatAmount(warning, 'count')} h warning threshold.` : 'No PR is waiting past a warning threshold.',
        present(figures, ['open.waiting_warning']),
      ),
    );
  }
  if (anomaliesFlagged === 0) calm.push(item('No week was flagged as an anomaly against its baseline.', present(figures, ['anomalies.flagged'])));
  calm.push(item('No other figure crossed a risk threshold.', []), item('Nothing else was flagged by the risk rules.', []));
  return calm;
}

function generalRecommendations(figures: Figures): SummaryItem[] {
  const cycle = figures['flow.cycle_time.p50'];
  const pickup = figures['flow.pickup_time.p50'];
  return [
    has(pickup)
      ? item(`Agree a target for pickup time (p50), now ${formatAmount(pickup.value, 'hours')}, and check it every sprint.`, ['flow.pickup_time.p50'])
      : item('Agree a target for how soon a new PR gets its first review.', []),
    has(cycle)
      ? item(`Keep PRs small and ask for review as soon as they are ready; cycle time (p50) is ${formatAmount(cycle.value, 'hours')}.`, ['flow.cycle_time.p50'])
      : item('Keep PRs small and ask for review as soon as they are ready.', []),
    item('Harvest more history so every figure has enough observations to compare.', []),
  ];
}

function firstUnique(candidates: SummaryItem[], count: number): SummaryItem[] {
  const seen = new Set<string>();
  const out: SummaryItem[] = [];
  for (const c of candidates) {
    if (out.length === count) break;
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    out.push(c);
  }
  return out;
}

/** The rules summary of `report`, from the input document the prompt would carry. */
export function rulesSummaryFromInput(report: ReportModel, input: SummaryInput): SprintSummary {
  const figures = report.figures;
  const risks = ruleRisks(input, figures);
  const chosen = risks.slice(0, 2);
  return {
    source: 'rules',
    insights: [speedInsight(figures), volumeInsight(input, figures), shiftInsight(figures)],
    risks: firstUnique([...chosen.map((r) => r.risk), ...calmRisks(input, figures)], 2),
    recommendations: firstUnique([...risks.map((r) => r.recommendation), ...generalRecommendations(figures)], 3),
  };
}

export function rulesSummary(report: ReportModel): SprintSummary {
  return rulesSummaryFromInput(report, buildSummaryInput(report));
}
