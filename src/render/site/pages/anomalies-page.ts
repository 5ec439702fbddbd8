import type { AnomaliesSection, Anomaly, AnomalyDriver } from '../../../metrics/anomalies.js';
import { BASELINE_WEEKS, Z_THRESHOLD } from '../../../metrics/anomalies-stats.js';
import type { Unit } from '../../../metrics/model.js';
import { lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureOf, heading, isolateLtr, num, round2, section, table, text, title, weekLabel, type PageContext } from '../page-context.js';
import { pullRequestUrl, type Block, type Cell, type PageModel } from '../page-model.js';

/**
 * Anomalies (docs/metrics/anomalies.md): the weeks flagged by the robust z-score, each with its
 * value, the baseline median and z, the pull requests behind it, and for each flagged metric a
 * chart of its weekly value against the baseline median. Driver titles are untrusted text:
 * they are plain `text` cells, escaped by eta like every other title on the site.
 */
const metricName = (ctx: PageContext, metric: string, fallback: string) => (ctx.t.has(`anomaly.metric.${metric}`) ? ctx.t(`anomaly.metric.${metric}`) : fallback);

function weekText(ctx: PageContext, week: string, from: string): string {
  return ctx.t('anomalies.week', { week: isolateLtr(ctx, week), from: ctx.fmt.date(from) });
}

/** Chart values: hours as hours, shares in percent, counts as counts. */
function chartValue(value: number | null, unit: Unit): number | null {
  if (value === null) return null;
  return round2(unit === 'share' ? value * 100 : value);
}

function axisTitle(ctx: PageContext, unit: Unit): string {
  return unit === 'hours' ? ctx.t('axis.hours') : unit === 'share' ? ctx.t('axis.percent') : ctx.t('axis.prs');
}

function driverValue(ctx: PageContext, driver: AnomalyDriver): string {
  return driver.unit === 'hours' ? ctx.fmt.hours(driver.value) : ctx.fmt.integer(driver.value);
}

/** What a driver's value measures, for the column heading: it depends on the anomaly (anomalies.md, "drivers"). */
function driverMeasure(ctx: PageContext, anomaly: Anomaly): string {
  const unit = anomaly.drivers[0]?.unit;
  if (unit === 'lines') return ctx.t('col.size_lines');
  if (unit === 'failed_runs') return ctx.t('col.failed_runs');
  if (anomaly.metric === 'merged') return ctx.t('col.age');
  return ctx.t(anomaly.metric === 'pickup_time' ? 'stage.pickup_time' : 'stage.cycle_time');
}

function flaggedTable(ctx: PageContext, anomalies: Anomaly[]): Block {
  const { t, fmt } = ctx;
  return table(t('anomalies.flagged_caption'), [t('col.week'), t('col.metric'), { label: t('col.value'), numeric: true }, { label: t('col.median'), numeric: true }, { label: t('col.z'), numeric: true }, t('col.direction'), { label: 'n', numeric: true }],
    anomalies.map((a): Cell[] => [
      text(weekText(ctx, a.week, a.from)),
      text(metricName(ctx, a.metric, a.label)),
      num(fmt.value(a.value, a.unit)),
      num(fmt.value(a.median, a.unit)),
      num(fmt.number(a.z, 1)),
      { text: t(`anomaly.direction.${a.direction}`), tone: 'warning' },
      num(fmt.integer(a.n)),
    ]), t('empty.anomalies'));
}

function driverBlocks(ctx: PageContext, anomaly: Anomaly): Block[] {
  const { t } = ctx;
  const name = { week: weekText(ctx, anomaly.week, anomaly.from), metric: metricName(ctx, anomaly.metric, anomaly.label) };
  if (anomaly.drivers.length === 0) return [{ kind: 'text', text: t('anomalies.no_drivers', name) }];
  return [table(t('anomalies.drivers_caption', name), [t('col.pr'), t('col.title'), t('col.repository'), { label: driverMeasure(ctx, anomaly), numeric: true }],
    anomaly.drivers.map((d): Cell[] => [
      { text: `#${d.number}`, href: pullRequestUrl(ctx.serverUrl, d.repo, d.number) },
      title(d.title),
      { text: d.repo, href: `${ctx.serverUrl}/${d.repo}` },
      num(driverValue(ctx, d)),
    ]), t('anomalies.no_drivers', name))];
}

async function seriesBlocks(ctx: PageContext, s: AnomaliesSection): Promise<Block[]> {
  const { t, fmt } = ctx;
  const flaggedMetrics = new Set(s.anomalies.map((a) => a.metric));
  const blocks: Block[] = [];
  for (const series of s.series.filter((entry) => flaggedMetrics.has(entry.metric))) {
    const labels = series.points.map((p) => weekLabel(ctx, p.from));
    const name = metricName(ctx, series.metric, series.label);
    const points: SeriesPoint[] = series.points.flatMap((p, i) => [
      { x: labels[i]!, series: t('series.week_value'), value: chartValue(p.value, series.unit) },
      { x: labels[i]!, series: t('series.baseline_median'), value: chartValue(p.median, series.unit) },
    ]);
    const caption = t('chart.anomaly_series', { metric: name });
    blocks.push(await chart(ctx, `anomalies-${series.metric.replace(/_/g, '-')}`, caption, lineSpec(points, axisTitle(ctx, series.unit)),
      table(caption, [t('col.week'), { label: t('col.value'), numeric: true }, { label: t('col.median'), numeric: true }, { label: t('col.z'), numeric: true }, t('col.flagged')],
        series.points.map((p, i) => [text(labels[i]), num(fmt.value(p.value, series.unit)), num(fmt.value(p.median, series.unit)), num(fmt.number(p.z, 1)), p.flagged ? { text: t('anomalies.flag'), tone: 'warning' } : text('—')]), t('empty.anomaly_weeks'))));
  }
  return blocks;
}

export async function buildAnomaliesPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const s = section<AnomaliesSection>(ctx.report, 'anomalies');
  const flagged = figureOf(ctx, 'anomalies.flagged');
  const blocks: Block[] = [];
  const page: PageModel = { key: 'anomalies', path: 'anomalies.html', title: t('page.anomalies'), blocks,
    intro: t('anomalies.intro', { baseline: fmt.integer(s?.baselineWeeks ?? BASELINE_WEEKS), threshold: fmt.number(s?.threshold ?? Z_THRESHOLD, 1) }) };
  if (!s) {
    blocks.push(empty(t('empty.anomaly_weeks')));
    return page;
  }
  const judged = s.series.reduce((n, series) => n + series.points.filter((p) => p.z !== null).length, 0);
  blocks.push({ kind: 'facts', items: [
    { label: t('anomalies.weeks_judged'), value: fmt.integer(s.evaluatedWeeks.length) },
    { label: t('anomalies.points_judged'), value: fmt.integer(judged) },
    ...(flagged ? [{ label: t('anomalies.flagged_count'), value: fmt.value(flagged.value, flagged.unit), figure: 'anomalies.flagged', raw: flagged.value === null ? '' : String(flagged.value) }] : []),
  ] });
  blocks.push(heading(t('anomalies.flagged'), 'flagged'));
  if (s.anomalies.length > 0) blocks.push(flaggedTable(ctx, s.anomalies));
  else if (s.evaluatedWeeks.length === 0) blocks.push(empty(t('empty.anomaly_weeks')));
  else if (judged === 0) blocks.push(empty(t('empty.anomalies_unjudged', { min: fmt.integer(s.minBaselineWeeks), baseline: fmt.integer(s.baselineWeeks) })));
  else blocks.push(empty(t('empty.anomalies', { threshold: fmt.number(s.threshold, 1) })));
  if (s.anomalies.length > 0) {
    blocks.push(heading(t('anomalies.drivers'), 'drivers'), ...s.anomalies.flatMap((a) => driverBlocks(ctx, a)));
    blocks.push(heading(t('anomalies.series'), 'series'), ...(await seriesBlocks(ctx, s)));
  }
  return page;
}
