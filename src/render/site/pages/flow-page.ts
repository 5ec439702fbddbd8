import { FLOW_STAGES, type FlowSection } from '../../../metrics/flow.js';
import { barSpec, lineSpec, scatterSpec, stackedBarSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, num, round2, section, table, text, weekLabels, type PageContext, partialWeeksNote } from '../page-context.js';
import { pullRequestUrl, type Block, type PageModel } from '../page-model.js';

/** The stages that add up to cycle time, in the order a PR goes through them. */
const STACKED_STAGES = ['coding_time', 'pickup_time', 'review_time', 'deploy_time'] as const;
/** Points drawn in the scatter: an evenly spaced sample keeps the page light and the shape intact. */
const SCATTER_POINTS = 400;

export async function buildFlowPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const flow = section<FlowSection>(ctx.report, 'flow');
  const weeks = weekLabels(ctx);
  const blocks: Block[] = [...partialWeeksNote(ctx), heading(t('flow.breakdown'), 'breakdown')];
  const weekly = flow?.weekly ?? [];
  if (weekly.some((w) => Number(w.merged) > 0)) {
    const points: SeriesPoint[] = weekly.flatMap((w, i) => STACKED_STAGES.map((s) => ({ x: weeks[i] ?? String(w.week), series: t(`stage.${s}`), value: round2(w[`${s}_p50`] as number | null) ?? 0 })));
    blocks.push(await chart(ctx, 'flow-stages', t('chart.stages_weekly'), stackedBarSpec(points, t('axis.hours')),
      table(t('chart.stages_weekly'), [t('col.week'), { label: t('col.merged'), numeric: true }, ...STACKED_STAGES.map((s) => ({ label: t(`stage.${s}`), numeric: true })), { label: t('stage.cycle_time'), numeric: true }],
        weekly.map((w, i) => [text(weeks[i] ?? String(w.week)), num(fmt.integer(w.merged as number)), ...STACKED_STAGES.map((s) => num(fmt.hours(w[`${s}_p50`] as number | null))), num(fmt.hours(w.cycle_time_p50 as number | null))]), t('empty.merged'))));
    const through = flow?.throughputWeekly ?? [];
    const tp: SeriesPoint[] = through.flatMap((w, i) => [
      { x: weeks[i] ?? w.week, series: t('series.opened'), value: w.opened },
      { x: weeks[i] ?? w.week, series: t('series.merged'), value: w.merged },
      { x: weeks[i] ?? w.week, series: t('series.closed_unmerged'), value: w.closed_unmerged },
    ]);
    blocks.push(await chart(ctx, 'flow-throughput', t('chart.throughput_weekly'), lineSpec(tp, t('axis.prs'), ',d'),
      table(t('chart.throughput_weekly'), [t('col.week'), { label: t('series.opened'), numeric: true }, { label: t('series.merged'), numeric: true }, { label: t('series.closed_unmerged'), numeric: true }, { label: t('col.additions'), numeric: true }, { label: t('col.deletions'), numeric: true }],
        through.map((w, i) => [text(weeks[i] ?? w.week), num(fmt.integer(w.opened)), num(fmt.integer(w.merged)), num(fmt.integer(w.closed_unmerged)), num(fmt.integer(w.additions)), num(fmt.integer(w.deletions))]), t('empty.weeks'))));
  } else blocks.push(empty(t('empty.merged')));

  blocks.push(heading(t('flow.distributions'), 'distributions'));
  // A previous period the harvest read only in part shows no previous values (overview says why).
  const previousHarvested = ctx.report.coverage?.previousRangeHarvested !== false;
  blocks.push(table(t('flow.distributions'), [t('col.stage'), { label: 'n', numeric: true }, { label: 'p50', numeric: true }, { label: 'p75', numeric: true }, { label: 'p90', numeric: true }, { label: t('col.previous_p50'), numeric: true }],
    FLOW_STAGES.filter((s) => flow?.stages[s]).map((s) => {
      const d = flow!.stages[s];
      const id = `flow.${s}.p50`;
      return [text(t(`stage.${s}`)), num(fmt.integer(d.n)), ctx.report.figures[id] ? figureCell(ctx, id) : num(fmt.hours(d.p50)), num(fmt.hours(d.p75)), num(fmt.hours(d.p90)), num(fmt.hours(previousHarvested ? flow!.previousStages?.[s]?.p50 : null))];
    }), t('empty.merged')));
  blocks.push(table(t('flow.shares'), [t('col.figure'), { label: t('col.value'), numeric: true }],
    ['throughput.merged', 'throughput.opened', 'throughput.closed_unmerged', 'flow.unreviewed_merge_share', 'flow.changes_requested_share', 'flow.reopen_rate', 'flow.reviews_per_pr.p50', 'flow.automation_share'].filter((id) => ctx.report.figures[id]).map((id) => [text(figureLabel(ctx, id)), figureCell(ctx, id)]), t('empty.figures')));

  blocks.push(heading(t('flow.size'), 'size'));
  const sizes = flow?.sizes ?? [];
  if (sizes.some((s) => s.n > 0)) {
    blocks.push(await chart(ctx, 'flow-size-buckets', t('chart.size_buckets'), barSpec(sizes.map((s) => ({ category: s.bucket, value: round2(s.cycleTimeP50) ?? 0 })), t('axis.hours')),
      table(t('chart.size_buckets'), [t('col.size'), { label: t('col.merged'), numeric: true }, { label: t('col.cycle_p50'), numeric: true }], sizes.map((s) => [text(s.bucket), num(fmt.integer(s.n)), num(fmt.hours(s.cycleTimeP50))]), t('empty.merged'))));
  }
  const all = flow?.sizeVsCycle ?? [];
  const step = Math.max(1, Math.ceil(all.length / SCATTER_POINTS));
  const scatter = all.filter((_, i) => i % step === 0);
  if (scatter.length > 0) {
    blocks.push(await chart(ctx, 'flow-size-vs-cycle', t('chart.size_vs_cycle'), scatterSpec(scatter.map((p) => ({ x: p.size, y: round2(p.cycle_time) ?? 0, label: `${p.repo}#${p.number}` })), t('axis.lines_changed'), t('axis.hours')),
      table(t('chart.size_vs_cycle'), [t('col.pr'), { label: t('col.size_lines'), numeric: true }, { label: t('stage.cycle_time'), numeric: true }],
        scatter.slice(0, 50).map((p) => [{ text: `${p.repo}#${p.number}`, href: pullRequestUrl(ctx.serverUrl, p.repo, p.number) }, num(fmt.integer(p.size)), num(fmt.hours(p.cycle_time))]), t('empty.merged'),
        scatter.length > 50 ? t('note.first_n', { n: fmt.integer(50), total: fmt.integer(flow!.sizeVsCycle.length) }) : undefined)));
  } else blocks.push(empty(t('empty.merged')));

  blocks.push(heading(t('flow.types'), 'types'));
  const types = flow?.types ?? [];
  if (types.length > 0) {
    blocks.push(await chart(ctx, 'flow-types', t('chart.types'), barSpec(types.map((r) => ({ category: r.type, value: r.n })), t('axis.prs'), ',d'),
      table(t('chart.types'), [t('col.type'), { label: t('col.merged'), numeric: true }, { label: t('col.lines'), numeric: true }], types.map((r) => [text(r.type), num(fmt.integer(r.n)), num(fmt.integer(r.lines))]), t('empty.merged'))));
  } else blocks.push(empty(t('empty.merged')));
  blocks.push({ kind: 'facts', items: [
    { label: t('col.additions'), value: fmt.integer(flow?.codeVolume.additions ?? 0) },
    { label: t('col.deletions'), value: fmt.integer(flow?.codeVolume.deletions ?? 0) },
  ] });

  blocks.push(heading(t('flow.by_repository'), 'by-repository'));
  blocks.push(table(t('flow.by_repository'), [t('col.repository'), { label: t('col.merged'), numeric: true }, { label: t('col.cycle_p50'), numeric: true }, { label: t('col.cycle_p90'), numeric: true }, { label: t('col.pickup_p50'), numeric: true }],
    (flow?.byRepository ?? []).map((r) => [text(String(r.repo)), num(fmt.integer(r.merged as number)), num(fmt.hours(r.cycle_time_p50 as number | null)), num(fmt.hours(r.cycle_time_p90 as number | null)), num(fmt.hours(r.pickup_time_p50 as number | null))]), t('empty.merged')));
  return { key: 'flow', path: 'flow.html', title: t('page.flow'), intro: t('flow.intro'), blocks };
}
