import type { CiSection } from '../../../metrics/ci.js';
import { lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, num, round2, section, table, text, type PageContext, partialWeeksNote, weekLabel } from '../page-context.js';
import type { Block, PageModel } from '../page-model.js';

const FLAKY_LIST = 50;

export function workflowTable(ctx: PageContext, repo?: string): Block {
  const { t, fmt } = ctx;
  const ci = section<CiSection>(ctx.report, 'ci');
  const rows = (ci?.workflows ?? []).filter((w) => !repo || w.repo === repo);
  return table(t('ci.workflows'), [t('col.repository'), t('col.workflow'), { label: t('col.runs'), numeric: true }, { label: t('col.success_rate'), numeric: true }, { label: t('col.duration_p50'), numeric: true }, { label: t('col.duration_p90'), numeric: true }, { label: t('col.flaky'), numeric: true }, { label: t('col.time_lost'), numeric: true }],
    rows.map((w) => [text(w.repo), text(w.workflow), num(fmt.integer(w.runs)), num(fmt.value(w.successRate, 'share')), num(fmt.hours(w.duration.p50)), num(fmt.hours(w.duration.p90)), num(fmt.integer(w.flakyPairs)), num(fmt.hours(w.timeLostHours))]), t('empty.ci'));
}

export async function buildCiPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const ci = section<CiSection>(ctx.report, 'ci');
  const blocks: Block[] = [...partialWeeksNote(ctx), heading(t('ci.health'), 'health')];
  blocks.push(table(t('ci.health'), [t('col.figure'), { label: t('col.value'), numeric: true }],
    ['ci.runs', 'ci.success_rate', 'ci.duration.p50', 'ci.duration.p90', 'ci.queue_time.p50', 'ci.rerun_rate', 'ci.flaky_pairs', 'ci.time_lost_hours', 'ci.cancelled'].filter((id) => ctx.report.figures[id]).map((id) => [text(figureLabel(ctx, id)), figureCell(ctx, id)]), t('empty.figures')));
  const weekly = ci?.weekly ?? [];
  if (weekly.some((w) => w.runs > 0)) {
    const labels = weekly.map((w) => weekLabel(ctx, w.from));
    const rate: SeriesPoint[] = weekly.map((w, i) => ({ x: labels[i]!, series: t('col.success_rate'), value: w.successRate === null ? null : round2(w.successRate * 100) }));
    blocks.push(await chart(ctx, 'ci-success', t('chart.ci_success'), lineSpec(rate, t('axis.percent')),
      table(t('chart.ci_success'), [t('col.week'), { label: t('col.runs'), numeric: true }, { label: t('col.failed'), numeric: true }, { label: t('col.success_rate'), numeric: true }], weekly.map((w, i) => [text(labels[i]), num(fmt.integer(w.runs)), num(fmt.integer(w.failed)), num(fmt.value(w.successRate, 'share'))]), t('empty.ci'))));
    const duration: SeriesPoint[] = weekly.flatMap((w, i) => [
      { x: labels[i]!, series: 'p50', value: w.durationP50 === null ? null : round2(w.durationP50 * 60) },
      { x: labels[i]!, series: 'p90', value: w.durationP90 === null ? null : round2(w.durationP90 * 60) },
    ]);
    blocks.push(await chart(ctx, 'ci-duration', t('chart.ci_duration'), lineSpec(duration, t('axis.minutes')),
      table(t('chart.ci_duration'), [t('col.week'), { label: t('col.duration_p50'), numeric: true }, { label: t('col.duration_p90'), numeric: true }], weekly.map((w, i) => [text(labels[i]), num(fmt.hours(w.durationP50)), num(fmt.hours(w.durationP90))]), t('empty.ci'))));
  } else blocks.push(empty(t('empty.ci')));
  blocks.push(heading(t('ci.workflows'), 'workflows'), workflowTable(ctx));
  blocks.push(heading(t('ci.flaky'), 'flaky'));
  const flaky = ci?.flaky ?? [];
  blocks.push(table(t('ci.flaky'), [t('col.when'), t('col.repository'), t('col.workflow'), t('col.commit')],
    flaky.slice(0, FLAKY_LIST).map((f) => [text(fmt.dateTime(f.flakyAt)), text(f.repo), text(f.workflow), { text: f.headSha.slice(0, 7), code: true }]), t('empty.flaky'),
    flaky.length > FLAKY_LIST ? t('note.first_n', { n: fmt.integer(FLAKY_LIST), total: fmt.integer(ci?.overall.flakyPairs ?? flaky.length) }) : undefined));
  return { key: 'ci', path: 'ci.html', title: t('page.ci'), intro: t('ci.intro'), blocks };
}
