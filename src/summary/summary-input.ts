import type { AnomaliesSection } from '../metrics/anomalies.js';
import type { Figures, ReportModel, Unit } from '../metrics/model.js';
import type { OpenWorkSection } from '../metrics/open-work.js';
import type { SprintsSection } from '../metrics/sprints.js';

/**
 * The compact document the summary is written from, by Claude and by the rules alike. It holds
 * only what the summary may talk about, and nothing that changes from one run to the next
 * without the data changing (no "now", no running wait in hours), so the cache hits on a rerun.
 * Titles are untrusted: they are cleaned and shortened here, and the prompt quotes them as data.
 * No login appears anywhere in it.
 */
export interface InputFigure {
  label: string;
  unit: Unit;
  value: number | null;
  previous: number | null;
  delta: number | null;
  n: number;
  lowSample: boolean;
}

export interface InputPullRequest {
  repository: string;
  number: number;
  title: string | null;
}

export interface InputAnomaly {
  week: string;
  metric: string;
  label: string;
  unit: Unit;
  direction: 'high' | 'low';
  value: number | null;
  median: number | null;
  z: number | null;
  pullRequests: Array<InputPullRequest & { value: number | null; unit: string }>;
}

export interface InputWaitingPullRequest extends InputPullRequest {
  /** Whole days waited, rounded down, so the document is stable within a day. */
  waitDays: number;
  severity: 'ok' | 'warning' | 'critical';
  waitingOn: 'author' | 'reviewers';
  size: number;
}

export interface SummaryInput {
  period: { from: string; to: string; previousFrom: string; previousTo: string };
  sprint: {
    current: { label: string; from: string; to: string; complete: boolean };
    previous: { label: string; from: string; to: string };
    comparison: Array<{ figure: string; label: string; unit: Unit; current: number | null; previous: number | null; delta: number | null; better: 'higher' | 'lower' | null; direction: string | null }>;
  } | null;
  figures: Record<string, InputFigure>;
  anomalies: InputAnomaly[];
  waitingPullRequests: InputWaitingPullRequest[];
  /** Counts any item may quote. */
  counts: Record<string, number>;
}

/** The headline figures the summary may discuss (sprint figures are added from the comparison). */
export const INPUT_FIGURE_IDS = [
  'flow.cycle_time.p50', 'flow.pickup_time.p50', 'flow.review_time.p50', 'flow.coding_time.p50', 'flow.deploy_time.p50',
  'throughput.merged', 'throughput.opened', 'flow.unreviewed_merge_share', 'flow.changes_requested_share',
  'dora.deployments', 'dora.change_failure_rate', 'dora.failed_deployments', 'dora.lead_time.p50', 'dora.recovery_time.p50',
  'ci.success_rate', 'ci.time_lost_hours', 'ci.flaky_pairs', 'open.backlog', 'open.waiting', 'open.waiting_warning',
  'open.waiting_critical', 'open.waiting_on_reviewer', 'reviewers.response_time.p50', 'reviewers.unanswered_requests',
  'issues.unanswered', 'anomalies.flagged',
] as const;

export const MAX_ANOMALIES = 4;
export const MAX_DRIVERS = 3;
export const MAX_WAITING = 5;
const TITLE_LENGTH = 120;

/** Controls and bidi overrides go, `@name` loses its `@`, and the title is shortened. */
export function cleanTitle(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw)
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    .replace(/@+(?=[\w-])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(text).length > TITLE_LENGTH ? `${Array.from(text).slice(0, TITLE_LENGTH - 1).join('')}…` : text;
}

const day = (iso: string | undefined) => (iso ?? '').slice(0, 10);

function inputFigures(figures: Figures, ids: Iterable<string>): Record<string, InputFigure> {
  const out: Record<string, InputFigure> = {};
  for (const id of ids) {
    const f = figures[id];
    if (f) out[id] = { label: f.label, unit: f.unit, value: f.value, previous: f.previous, delta: f.delta, n: f.n, lowSample: f.lowSample };
  }
  return out;
}

export function buildSummaryInput(report: ReportModel): SummaryInput {
  const sprints = report.sections.sprints as SprintsSection | undefined;
  const anomalies = report.sections.anomalies as AnomaliesSection | undefined;
  const openWork = report.sections.openWork as OpenWorkSection | undefined;
  const sprintIds = (sprints?.comparison ?? []).map((c) => c.id);

  const waiting = (openWork?.waiting ?? []).filter((w) => w.severity !== 'ok').slice(0, MAX_WAITING);
  const counts: Record<string, number> = {
    repositories: report.repositories.length,
    waitingPullRequests: openWork?.counts.waiting ?? 0,
    waitingWithReviewers: openWork?.counts.withReviewer ?? 0,
    waitingWithAuthors: openWork?.counts.withAuthor ?? 0,
    waitingWarning: openWork?.counts.warning ?? 0,
    waitingCritical: openWork?.counts.critical ?? 0,
    anomaliesFlagged: anomalies?.anomalies.length ?? 0,
  };
  if (openWork) Object.assign(counts, { warningThresholdHours: openWork.thresholds.warningHours, criticalThresholdHours: openWork.thresholds.criticalHours });
  // The current sprint's own length: milestone and iteration sprints need not be length-days long.
  if (sprints) counts.sprintLengthDays = Math.round((Date.parse(sprints.current.to) - Date.parse(sprints.current.from)) / 86_400_000);

  return {
    period: { from: day(report.range.from), to: day(report.range.to), previousFrom: day(report.previousRange.from), previousTo: day(report.previousRange.to) },
    sprint: sprints
      ? {
          // Milestone and iteration titles name sprints: as untrusted as PR titles.
          current: { label: cleanTitle(sprints.current.label) ?? '', from: day(sprints.current.from), to: day(sprints.current.to), complete: sprints.current.complete },
          previous: { label: cleanTitle(sprints.previous.label) ?? '', from: day(sprints.previous.from), to: day(sprints.previous.to) },
          comparison: sprints.comparison.map((c) => ({ figure: c.id, label: c.label, unit: c.unit, current: c.current, previous: c.previous, delta: c.delta, better: c.better, direction: c.direction })),
        }
      : null,
    figures: inputFigures(report.figures, [...INPUT_FIGURE_IDS, ...sprintIds]),
    anomalies: (anomalies?.anomalies ?? []).slice(0, MAX_ANOMALIES).map((a) => ({
      week: a.week,
      metric: a.metric,
      label: a.label,
      unit: a.unit,
      direction: a.direction,
      value: a.value,
      median: a.median,
      z: a.z,
      pullRequests: a.drivers.slice(0, MAX_DRIVERS).map((d) => ({ repository: d.repo, number: d.number, title: cleanTitle(d.title), value: d.value, unit: d.unit })),
    })),
    waitingPullRequests: waiting.map((w) => ({
      repository: w.repo,
      number: w.number,
      title: cleanTitle(w.title),
      waitDays: Math.floor(w.waitHours / 24),
      severity: w.severity,
      waitingOn: w.ball === 'reviewer' ? 'reviewers' : 'author',
      size: w.size,
    })),
    counts,
  };
}

/** Every PR the input names, as `owner/name#number`. */
export function inputPullRequestKeys(input: SummaryInput): Set<string> {
  const keys = new Set<string>();
  for (const a of input.anomalies) for (const pr of a.pullRequests) keys.add(`${pr.repository}#${pr.number}`);
  for (const pr of input.waitingPullRequests) keys.add(`${pr.repository}#${pr.number}`);
  return keys;
}
