import type { Figure, Figures, ReportModel } from '../metrics/model.js';
import { ruleRisks } from './rules-risks.js';
import { relativeChange, summaryWriter, type SummaryWriter } from './summary-format.js';
import { buildSummaryInput, type SummaryInput } from './summary-input.js';
import type { SprintSummary, SummaryItem, SummaryLanguage } from './summary-model.js';

/**
 * The rule-based summary: what runs without an API key and whenever Claude's answer is not
 * usable. Deterministic (a pure function of the report and the language), built from the same
 * input document Claude sees, and held to the same shape and grounding check. Insights describe the period
 * (speed, volume, the largest other change); risks are ranked threshold breaches, worsening
 * trends and anomalies (rules-risks.ts); recommendations answer the risks, then general advice.
 * The fixed text comes from the language's phrases (locales/), so the Arabic site gets an Arabic
 * summary of the same facts; the numbers are the same and pass the same grounding check.
 */
const item = (text: string, figures: string[], pullRequests: SummaryItem['pullRequests'] = []): SummaryItem => ({ text, figures, pullRequests });
const has = (f: Figure | undefined): f is Figure & { value: number } => f !== undefined && f.value !== null;
const present = (figures: Figures, ids: string[]) => ids.filter((id) => figures[id]);

/** Figures the third insight may pick from (their label is the phrase `shift.<id>`); ordered for ties. */
const SHIFT_CANDIDATES = [
  'flow.review_time.p50',
  'flow.coding_time.p50',
  'flow.deploy_time.p50',
  'dora.lead_time.p50',
  'reviewers.response_time.p50',
  'dora.deployments',
  'flow.changes_requested_share',
] as const;

function speedInsight(w: SummaryWriter, figures: Figures): SummaryItem {
  const cycle = figures['flow.cycle_time.p50'];
  const pickup = figures['flow.pickup_time.p50'];
  if (!has(cycle)) return item(w.say('speed.none'), present(figures, ['flow.cycle_time.p50', 'throughput.merged']));
  const pickupText = has(pickup) ? w.say('speed.pickup', { value: w.amount(pickup.value, 'hours') }) : '';
  return item(`${w.sentence(w.say('speed.cycle'), cycle)}${pickupText}${w.say('sentence.end')}`, present(figures, ['flow.cycle_time.p50', ...(has(pickup) ? ['flow.pickup_time.p50'] : [])]));
}

function volumeInsight(w: SummaryWriter, input: SummaryInput, figures: Figures): SummaryItem {
  const merged = figures['throughput.merged'];
  const sprint = figures['sprint.throughput'];
  const mergedValue = has(merged) ? merged.value : 0;
  if (mergedValue === 0 && !(has(sprint) && sprint.value > 0)) {
    // The first insight already says nothing was merged: say what is open instead.
    const backlog = figures['open.backlog'];
    return has(backlog) && backlog.value > 0
      ? item(w.say('volume.open', { n: w.amount(backlog.value, 'count') }), ['open.backlog'])
      : item(w.say('volume.none_open'), present(figures, ['open.backlog']));
  }
  const period = w.say('volume.period', { n: w.amount(mergedValue, 'count'), change: merged ? w.changeClause(merged) : '' });
  if (!input.sprint || !has(sprint)) return item(`${period}${w.say('sentence.end')}`, present(figures, ['throughput.merged']));
  const { current, previous } = input.sprint;
  // No previous count when the previous sprint was not harvested in full: then nothing to set against.
  const against = sprint.previous === null ? '' : w.say('volume.against', { n: w.amount(sprint.previous, 'count'), previous: w.sprint(previous.label) });
  const sprintText = w.say('volume.sprint', { current: w.sprint(current.label), n: w.amount(sprint.value, 'count'), so_far: current.complete ? '' : w.say('volume.so_far'), against });
  return item(w.say('volume.both', { period, sprint: sprintText }), present(figures, ['throughput.merged', 'sprint.throughput']));
}

function shiftInsight(w: SummaryWriter, figures: Figures): SummaryItem {
  const ranked = SHIFT_CANDIDATES.map((id, order) => ({ id, order, relative: relativeChange(figures[id]) }))
    .filter((c) => c.relative !== null && has(figures[c.id]))
    .sort((a, b) => Math.abs(b.relative!) - Math.abs(a.relative!) || a.order - b.order);
  const top = ranked[0];
  if (top && Math.abs(top.relative!) > 0) {
    const f = figures[top.id]!;
    return item(w.say('shift.largest', { label: w.say(`shift.${top.id}`), value: w.amount(f.value!, f.unit), change: w.change(f) }), [top.id]);
  }
  if (top) return item(w.say('shift.none_moved'), []);
  return item(w.say('shift.none_previous'), []);
}

/** Shown when fewer than two risks cross a rule; each states a check that passed, and only when it did. */
function calmRisks(w: SummaryWriter, input: SummaryInput, figures: Figures): SummaryItem[] {
  const { warningThresholdHours: warning, waitingWarning = 0, waitingCritical = 0, anomaliesFlagged = 0 } = input.counts;
  const calm: SummaryItem[] = [];
  if (waitingWarning + waitingCritical === 0) {
    calm.push(item(warning !== undefined ? w.say('calm.no_wait_threshold', { n: w.amount(warning, 'count') }) : w.say('calm.no_wait'), present(figures, ['open.waiting_warning'])));
  }
  if (anomaliesFlagged === 0) calm.push(item(w.say('calm.no_anomaly'), present(figures, ['anomalies.flagged'])));
  calm.push(item(w.say('calm.no_threshold'), []), item(w.say('calm.nothing_else'), []));
  return calm;
}

function generalRecommendations(w: SummaryWriter, figures: Figures): SummaryItem[] {
  const cycle = figures['flow.cycle_time.p50'];
  const pickup = figures['flow.pickup_time.p50'];
  return [
    has(pickup) ? item(w.say('advice.pickup_target', { value: w.amount(pickup.value, 'hours') }), ['flow.pickup_time.p50']) : item(w.say('advice.pickup_target_none'), []),
    has(cycle) ? item(w.say('advice.small_prs', { value: w.amount(cycle.value, 'hours') }), ['flow.cycle_time.p50']) : item(w.say('advice.small_prs_none'), []),
    item(w.say('advice.history'), []),
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

/** The rules summary of `report` in `language`, from the input document the prompt would carry. */
export function rulesSummaryFromInput(report: ReportModel, input: SummaryInput, language: SummaryLanguage = 'en'): SprintSummary {
  const w = summaryWriter(language);
  const figures = report.figures;
  const risks = ruleRisks(w, input, figures);
  const chosen = risks.slice(0, 2);
  return {
    source: 'rules',
    ...(language === 'en' ? {} : { language }),
    insights: [speedInsight(w, figures), volumeInsight(w, input, figures), shiftInsight(w, figures)],
    risks: firstUnique([...chosen.map((r) => r.risk), ...calmRisks(w, input, figures)], 2),
    recommendations: firstUnique([...risks.map((r) => r.recommendation), ...generalRecommendations(w, figures)], 3),
  };
}

export function rulesSummary(report: ReportModel, language: SummaryLanguage = 'en'): SprintSummary {
  return rulesSummaryFromInput(report, buildSummaryInput(report), language);
}
