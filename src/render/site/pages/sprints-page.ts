import { LOW_SAMPLE } from '../../../metrics/model.js';
import type { SprintComparison, SprintsSection, SprintSummary } from '../../../metrics/sprints.js';
import { lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, num, round2, section, table, text, type PageContext } from '../page-context.js';
import type { Block, Cell, PageModel, Tone } from '../page-model.js';

/**
 * Sprint health (docs/metrics/sprints.md): the current sprint against the one before, figure by
 * figure with its verdict and sample size, then every sprint of the period as two charts (how
 * much moved, how fast) and one table. The current sprint's values are the report's `sprint.*`
 * figures, so they are shown as figures; earlier sprints are history, shown as plain numbers.
 */
const FIXED_LABEL = /^Sprint (-?\d+)$/;

/** A sprint's name in the page language: fixed windows are numbered ("Sprint 76"), milestones and iterations keep their titles. */
export function sprintName(ctx: PageContext, label: string): string {
  const fixed = FIXED_LABEL.exec(label);
  return fixed ? ctx.t('sprint.label', { n: ctx.fmt.integer(Number(fixed[1])) }) : label;
}

/** The name as charts and tables show it: marked when the harvest read it only in part, and while it runs. */
function historyLabel(ctx: PageContext, sprint: SprintSummary): string {
  let label = sprintName(ctx, sprint.label);
  if (!sprint.harvested) label = ctx.t('sprint.partial', { label });
  if (!sprint.complete) label = ctx.t('sprint.so_far', { label });
  return label;
}

/** First and last day of a sprint; `short` leaves out the year (table rows, where the facts above give it). */
function period(ctx: PageContext, sprint: SprintSummary, short = false): string {
  const day = short ? ctx.fmt.weekLabel : ctx.fmt.date;
  // Sprint ends are exclusive instants (00:00 of the next day): the last day shown is the one before.
  return ctx.t('sprints.dates', { from: day(sprint.from), to: day(new Date(Date.parse(sprint.to) - 1).toISOString()) });
}

function verdictCell(ctx: PageContext, row: SprintComparison): Cell {
  if (row.direction === null) return text(row.better === null ? ctx.t('sprints.verdict.neither') : '—');
  const verdict = ctx.t(`sprints.verdict.${row.direction}`);
  const tone: Tone = row.direction === 'same' ? 'neutral' : row.direction;
  return { text: row.paced ? ctx.t('sprints.verdict.paced', { verdict }) : verdict, tone };
}

function sampleCell(ctx: PageContext, id: string): Cell {
  const f = ctx.report.figures[id];
  if (!f) return num('—');
  const n = ctx.fmt.integer(f.n);
  return f.lowSample ? { text: ctx.t('sprints.n_low', { n }), numeric: true, tone: 'warning' } : num(n);
}

function comparisonBlocks(ctx: PageContext, s: SprintsSection): Block[] {
  const { t, fmt } = ctx;
  const status = s.current.complete ? t('sprints.status.complete') : t('sprints.status.running', { share: fmt.value(s.current.elapsedShare, 'share'), date: fmt.dateTime(s.current.measuredTo) });
  const blocks: Block[] = [{ kind: 'facts', items: [
    { label: t('sprints.this_sprint'), value: `${sprintName(ctx, s.current.label)} · ${period(ctx, s.current)}` },
    { label: t('sprints.status'), value: status },
    { label: t('sprints.previous_sprint'), value: `${sprintName(ctx, s.previous.label)} · ${period(ctx, s.previous)}` },
  ] }];
  const since = ctx.report.coverage?.harvestedSince ?? null;
  if (!s.current.harvested || !s.previous.harvested) blocks.push({ kind: 'text', text: t('sprints.not_harvested', { since: fmt.date(since) }) });
  blocks.push(table(t('sprints.comparison'), [t('col.figure'), { label: t('col.this_sprint'), numeric: true }, { label: t('col.previous_sprint'), numeric: true }, { label: t('col.change'), numeric: true }, t('col.verdict'), { label: 'n', numeric: true }],
    s.comparison.filter((row) => ctx.report.figures[row.id]).map((row) => [
      text(figureLabel(ctx, row.id)),
      figureCell(ctx, row.id),
      num(fmt.value(row.previous, row.unit)),
      num(fmt.delta(row.delta, row.unit)),
      verdictCell(ctx, row),
      sampleCell(ctx, row.id),
    ]), t('empty.figures'),
    s.comparison.some((row) => row.paced) ? t('sprints.paced_note') : undefined));
  return blocks;
}

async function historyBlocks(ctx: PageContext, s: SprintsSection): Promise<Block[]> {
  const { t, fmt } = ctx;
  const sprints = s.history;
  const labels = sprints.map((sprint) => historyLabel(ctx, sprint));
  const blocks: Block[] = [];
  if (sprints.some((sprint) => !sprint.harvested)) blocks.push({ kind: 'text', text: t('sprints.partial_note', { since: fmt.date(ctx.report.coverage?.harvestedSince) }) });
  if (sprints.some((sprint) => sprint.merged > 0 || sprint.scope > 0 || sprint.carryover > 0)) {
    const volume: SeriesPoint[] = sprints.flatMap((sprint, i) => [
      { x: labels[i]!, series: t('series.merged'), value: sprint.merged },
      { x: labels[i]!, series: t('series.opened'), value: sprint.scope },
      { x: labels[i]!, series: t('series.carryover'), value: sprint.carryover },
    ]);
    blocks.push(await chart(ctx, 'sprints-throughput', t('chart.sprint_throughput'), lineSpec(volume, t('axis.prs'), ',d'),
      table(t('chart.sprint_throughput'), [t('col.sprint'), { label: t('series.merged'), numeric: true }, { label: t('series.opened'), numeric: true }, { label: t('series.carryover'), numeric: true }],
        sprints.map((sprint, i) => [text(labels[i]), num(fmt.integer(sprint.merged)), num(fmt.integer(sprint.scope)), num(fmt.integer(sprint.carryover))]), t('empty.sprint_merges'))));
  } else blocks.push(empty(t('empty.sprint_merges')));
  if (sprints.some((sprint) => sprint.cycleTimeP50 !== null)) {
    const speed: SeriesPoint[] = sprints.flatMap((sprint, i) => [
      { x: labels[i]!, series: t('col.cycle_p50'), value: round2(sprint.cycleTimeP50) },
      { x: labels[i]!, series: t('col.cycle_p90'), value: round2(sprint.cycleTimeP90) },
      { x: labels[i]!, series: t('col.pickup_p50'), value: round2(sprint.pickupTimeP50) },
    ]);
    blocks.push(await chart(ctx, 'sprints-speed', t('chart.sprint_speed'), lineSpec(speed, t('axis.hours')),
      table(t('chart.sprint_speed'), [t('col.sprint'), { label: t('col.cycle_p50'), numeric: true }, { label: t('col.cycle_p90'), numeric: true }, { label: t('col.pickup_p50'), numeric: true }, { label: 'n', numeric: true }],
        sprints.map((sprint, i) => [text(labels[i]), num(fmt.hours(sprint.cycleTimeP50)), num(fmt.hours(sprint.cycleTimeP90)), num(fmt.hours(sprint.pickupTimeP50)), num(fmt.integer(sprint.merged))]), t('empty.sprint_merges'))));
  }
  blocks.push(table(t('sprints.history_table'), [t('col.sprint'), t('col.dates'), { label: t('col.merged'), numeric: true }, { label: t('col.cycle_p50'), numeric: true }, { label: t('col.cycle_p90'), numeric: true }, { label: t('col.pickup_p50'), numeric: true }, { label: t('col.unreviewed'), numeric: true }, { label: t('col.deployments'), numeric: true }, { label: t('col.cfr'), numeric: true }, { label: t('series.carryover'), numeric: true }, { label: t('series.opened'), numeric: true }],
    sprints.map((sprint, i) => [text(labels[i]), text(period(ctx, sprint, true)), num(fmt.integer(sprint.merged)), num(fmt.hours(sprint.cycleTimeP50)), num(fmt.hours(sprint.cycleTimeP90)), num(fmt.hours(sprint.pickupTimeP50)), num(fmt.value(sprint.unreviewedShare, 'share')), num(fmt.integer(sprint.deployments)), num(fmt.value(sprint.changeFailureRate, 'share')), num(fmt.integer(sprint.carryover)), num(fmt.integer(sprint.scope))]),
    t('empty.sprints'), sprints.some((sprint) => sprint.merged > 0 && sprint.merged < LOW_SAMPLE) ? t('sprints.low_sample_note', { n: fmt.integer(LOW_SAMPLE) }) : undefined));
  return blocks;
}

export async function buildSprintsPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const s = section<SprintsSection>(ctx.report, 'sprints');
  const blocks: Block[] = [];
  if (!s) blocks.push(empty(t('empty.sprints')));
  else {
    const source = s.source === 'fixed' ? t('sprints.source.fixed', { days: fmt.integer(s.lengthDays), anchor: fmt.date(s.anchor) }) : t(`sprints.source.${s.source}`);
    blocks.push({ kind: 'text', text: source });
    // The metrics' note is English and names configuration keys: the page says the same in its language.
    if (s.note) blocks.push({ kind: 'text', text: t('sprints.fallback', { requested: s.requestedSource }) });
    blocks.push(heading(t('sprints.current'), 'current'), ...comparisonBlocks(ctx, s));
    blocks.push(heading(t('sprints.history'), 'history'), ...(await historyBlocks(ctx, s)));
  }
  return { key: 'sprints', path: 'sprints.html', title: t('page.sprints'), intro: t('sprints.intro'), blocks };
}
