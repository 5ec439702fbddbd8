import type { DoraSection } from '../../metrics/dora-section.js';
import type { FlowSection, FlowStage } from '../../metrics/flow.js';
import type { Distribution, Figures } from '../../metrics/model.js';
import type { SprintsSection } from '../../metrics/sprints.js';
import { RANK, formatBand, type Block } from './markdown-block.js';
import { codeSpan, escapeText, link } from './markdown-escape.js';
import { formatChange, formatDate, formatHours, formatN, formatValue, groupThousands, plural } from './markdown-format.js';
import { table } from './markdown-table.js';
import { throughputChart } from './mermaid-throughput.js';

/** The sections kept or dropped whole: throughput chart, flow stages, DORA and the sprint comparison. */

const STAGES: ReadonlyArray<[FlowStage, string]> = [
  ['cycle_time', 'Cycle time'],
  ['coding_time', 'Coding time'],
  ['pickup_time', 'Pickup time'],
  ['first_response', 'First response'],
  ['time_to_approval', 'Time to approval'],
  ['review_time', 'Review time'],
  ['deploy_time', 'Deploy time'],
];

const hours = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatHours(value));

export function chartBlock(flow: FlowSection | undefined): Block | null {
  const chart = throughputChart(flow?.throughputWeekly);
  if (!chart) return null;
  return { key: 'chart', name: 'throughput chart', head: ['### 📊 Merged PRs per week'], units: [{ lines: ['', ...chart], rank: RANK.chart }] };
}

export function flowStagesBlock(flow: FlowSection | undefined): Block | null {
  if (!flow?.stages) return null;
  const rows = STAGES.map(([stage, label]) => {
    const d: Distribution | undefined = flow.stages[stage];
    return [escapeText(label), hours(d?.p50), hours(d?.p90), formatN(d?.n ?? 0, d?.lowSample ?? true)];
  });
  const lines = table([{ title: 'Stage' }, { title: 'p50', align: 'right' }, { title: 'p90', align: 'right' }, { title: 'n', align: 'right' }], rows);
  return { key: 'flow', name: 'flow stages', head: ['### ⏱️ Flow stages'], units: [{ lines: ['', ...lines], rank: RANK.flowStages }] };
}

const SOURCE_WORDS: Record<string, string> = {
  deployments: 'GitHub deployments',
  workflow: 'deploy workflow runs',
  releases: 'releases',
  merges: 'merges to the default branch',
  none: 'no deployments',
};

function sourceLine(dora: DoraSection): string {
  const requested = dora.requestedSource === 'auto' ? ' (chosen per repository)' : ' (configured)';
  if (dora.source !== 'mixed') return `Deployments come from ${escapeText(SOURCE_WORDS[dora.source] ?? dora.source)}${requested}.`;
  const bySource = new Map<string, number>();
  for (const r of dora.sourcesByRepository ?? []) bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1);
  const parts = [...bySource.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, n]) => `${plural(n, 'repository', 'repositories')} from ${escapeText(SOURCE_WORDS[source] ?? source)}`);
  return `Deployments come from several sources${requested}: ${parts.join(', ')}.`;
}

/** Which rule credited the deployed PRs to their deployment: lead time and rework rest on it. */
function attributionLine(dora: DoraSection): string | null {
  const a = dora.attribution;
  if (!a || a.rule === 'none' || a.rule === 'merges') return null;
  if (a.rule === 'ancestry') return 'Each PR is credited to the first deployment whose commit contains its merge commit.';
  const parts = [a.prs.ancestry && `${plural(a.prs.ancestry, 'PR', 'PRs')} by commit ancestry`, a.prs.time && `${plural(a.prs.time, 'PR', 'PRs')} by time (ancestry not known yet: the first deployment after the merge)`, a.prs.merges && `${plural(a.prs.merges, 'PR', 'PRs')} as their own deployment`].filter(Boolean);
  return `Lead time and rework credit ${parts.join(', ')}.`;
}

export function doraBlock(dora: DoraSection | undefined, figures: Figures): Block | null {
  if (!dora) return null;
  const head = ['### 🚀 DORA'];
  if (dora.source === 'none' || (dora.totals?.deployments ?? 0) === 0) {
    const lines = ['', `No deployments found: set ${codeSpan('deployments')} or add a deploy workflow.`];
    return { key: 'dora', name: 'DORA', head, units: [{ lines, rank: RANK.dora }] };
  }
  const cadence = dora.frequency ? ` (${escapeText(dora.frequency.cadence)})` : '';
  const cfr = figures['dora.change_failure_rate'];
  const rows = [
    ['Deployment frequency', `${formatValue(dora.totals.perWeek, 'per_week')}${cadence}`, groupThousands(dora.totals.deployments), formatBand(dora.bands?.deploymentFrequency)],
    ['Change lead time (p50)', hours(dora.leadTime?.p50), formatN(dora.leadTime?.n, dora.leadTime?.lowSample ?? true), formatBand(dora.bands?.leadTime)],
    ['Change failure rate', formatValue(dora.totals.changeFailureRate, 'share'), formatN(cfr?.n ?? dora.totals.deployments, cfr?.lowSample ?? false), formatBand(dora.bands?.changeFailureRate)],
    ['Recovery time (p50)', hours(dora.recoveryTime?.p50), formatN(dora.recoveryTime?.n, dora.recoveryTime?.lowSample ?? true), formatBand(dora.bands?.recoveryTime)],
  ];
  const lines = [
    '',
    [sourceLine(dora), attributionLine(dora)].filter(Boolean).join(' '),
    '',
    ...table([{ title: 'Key' }, { title: 'Value', align: 'right' }, { title: 'n', align: 'right' }, { title: 'DORA band' }], rows),
    '',
    `Bands: ${link('DORA State of DevOps 2023', dora.bandSource?.url)}.`,
  ];
  return { key: 'dora', name: 'DORA', head, units: [{ lines, rank: RANK.dora }] };
}

export function sprintBlock(sprints: SprintsSection | undefined): Block | null {
  if (!sprints?.current || !sprints.previous || !sprints.comparison?.length) return null;
  const { current, previous } = sprints;
  const now = escapeText(current.label);
  const before = escapeText(previous.label);
  const state = current.complete ? 'complete' : `running, ${formatValue(current.elapsedShare, 'share')} elapsed`;
  const rows = sprints.comparison.map((c) => [
    escapeText(c.label),
    formatValue(c.current, c.unit),
    formatValue(c.previous, c.unit),
    `${formatChange(c.delta, c.unit, c.direction)}${c.paced ? ' (paced)' : ''}`,
  ]);
  const lines = [
    '',
    `${now}: ${formatDate(current.from)} → ${formatDate(current.to)} (${state}).${
      current.complete ? '' : ' Counts marked “paced” are judged against the previous sprint’s count scaled to the elapsed share.'
    }`,
    ...(sprints.note ? ['', `_${escapeText(sprints.note)}_`] : []),
    ...(current.harvested === false || previous.harvested === false ? ['', '_A sprint that began before the harvested history is not compared._'] : []),
    '',
    ...table([{ title: 'Metric' }, { title: now, align: 'right' }, { title: before, align: 'right' }, { title: 'Change' }], rows),
  ];
  return { key: 'sprint', name: 'sprint comparison', head: [`### 🏃 ${now} vs ${before}`], units: [{ lines, rank: RANK.sprint }] };
}
