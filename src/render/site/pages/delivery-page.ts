import type { DoraSection } from '../../../metrics/dora-section.js';
import { lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, link, num, round2, section, table, text, title, weekLabels, type PageContext, partialWeeksNote } from '../page-context.js';
import type { Block, PageModel } from '../page-model.js';

const KEYS = ['dora.deployments', 'dora.deployment_frequency.per_week', 'dora.lead_time.p50', 'dora.lead_time.p90', 'dora.change_failure_rate', 'dora.recovery_time.p50', 'dora.rework_rate', 'dora.incidents'];
const DEPLOYMENT_LIST_LIMIT = 100;

export async function buildDeliveryPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const dora = section<DoraSection>(ctx.report, 'dora');
  const blocks: Block[] = [...partialWeeksNote(ctx), heading(t('delivery.keys'), 'keys')];
  blocks.push(table(t('delivery.keys'), [t('col.figure'), { label: t('col.value'), numeric: true }, { label: t('col.band'), numeric: false }], KEYS.filter((id) => ctx.report.figures[id]).map((id) => {
    const band = bandFor(dora, id);
    return [text(figureLabel(ctx, id)), figureCell(ctx, id), text(band ? t(`band.${band}`) : '—')];
  }), t('empty.figures')));
  if (dora?.source === 'none' || !dora || dora.totals.deployments === 0) blocks.push(empty(t('empty.deployments')));
  else blocks.push({ kind: 'text', text: t('delivery.source', { source: dora.source }) });
  if (dora && dora.attribution.rule !== 'none') {
    const { prs } = dora.attribution;
    blocks.push({ kind: 'text', text: t(`delivery.attribution.${dora.attribution.rule}`, { ancestry: fmt.integer(prs.ancestry), time: fmt.integer(prs.time), merges: fmt.integer(prs.merges) }) });
  }

  blocks.push(heading(t('delivery.weekly'), 'weekly'));
  const weeks = weekLabels(ctx);
  const rows = dora?.weekly ?? [];
  if (rows.some((r) => r.deployments > 0)) {
    const deployPoints: SeriesPoint[] = rows.map((r, i) => ({ x: weeks[i] ?? r.week, series: t('series.deployments'), value: r.deployments }));
    blocks.push(await chart(ctx, 'dora-deployments', t('chart.deployments_weekly'), lineSpec(deployPoints, t('axis.deployments'), ',d'),
      table(t('chart.deployments_weekly'), [t('col.week'), { label: t('col.deployments'), numeric: true }, { label: t('col.failed'), numeric: true }, { label: t('col.cfr'), numeric: true }, { label: t('col.lead_time_p50'), numeric: true }],
        rows.map((r, i) => [text(weeks[i] ?? r.week), num(fmt.integer(r.deployments)), num(fmt.integer(r.failed)), num(fmt.value(r.change_failure_rate, 'share')), num(fmt.hours(r.lead_time_p50))]), t('empty.weeks'))));
    const leadPoints: SeriesPoint[] = rows.map((r, i) => ({ x: weeks[i] ?? r.week, series: t('series.lead_time_p50'), value: round2(r.lead_time_p50) }));
    const cfrPoints: SeriesPoint[] = rows.map((r, i) => ({ x: weeks[i] ?? r.week, series: t('series.cfr'), value: r.change_failure_rate === null ? null : round2(r.change_failure_rate * 100) }));
    blocks.push(await chart(ctx, 'dora-lead-time', t('chart.lead_time_weekly'), lineSpec(leadPoints, t('axis.hours')), table(t('chart.lead_time_weekly'), [t('col.week'), { label: t('col.lead_time_p50'), numeric: true }], rows.map((r, i) => [text(weeks[i] ?? r.week), num(fmt.hours(r.lead_time_p50))]), t('empty.weeks'))));
    blocks.push(await chart(ctx, 'dora-cfr', t('chart.cfr_weekly'), lineSpec(cfrPoints, t('axis.percent')), table(t('chart.cfr_weekly'), [t('col.week'), { label: t('col.cfr'), numeric: true }], rows.map((r, i) => [text(weeks[i] ?? r.week), num(fmt.value(r.change_failure_rate, 'share'))]), t('empty.weeks'))));
  } else blocks.push(empty(t('empty.deployments')));

  blocks.push(heading(t('delivery.by_repository'), 'by-repository'));
  blocks.push(table(t('delivery.by_repository'), [t('col.repository'), t('col.source'), { label: t('col.deployments'), numeric: true }, { label: t('col.cfr'), numeric: true }, { label: t('col.rework'), numeric: true }, { label: t('col.lead_time_p50'), numeric: true }, { label: t('col.recovery_p50'), numeric: true }],
    (dora?.byRepository ?? []).map((r) => [text(r.repo), text(r.source), num(fmt.integer(r.deployments)), num(fmt.value(r.change_failure_rate, 'share')), num(fmt.value(r.rework_rate, 'share')), num(fmt.hours(r.lead_time_p50)), num(fmt.hours(r.recovery_time_p50))]), t('empty.deployments')));

  blocks.push(heading(t('delivery.deployments'), 'deployments'));
  const deployments = dora?.deployments ?? [];
  blocks.push(table(t('delivery.deployments'), [t('col.deployed_at'), t('col.repository'), t('col.commit'), { label: t('col.prs'), numeric: true }, t('col.outcome')],
    deployments.slice(0, DEPLOYMENT_LIST_LIMIT).map((d) => [text(fmt.dateTime(d.deployed_at)), link(d.repo, `${ctx.serverUrl}/${d.repo}`), { text: d.sha ? d.sha.slice(0, 7) : '—', code: true }, num(fmt.integer(d.prs)),
      { text: d.failed ? t('outcome.failed') : d.reworked ? t('outcome.reworked') : t('outcome.ok'), tone: d.failed ? 'critical' : d.reworked ? 'warning' : 'ok' }]),
    t('empty.deployments'), deployments.length > DEPLOYMENT_LIST_LIMIT ? t('note.first_n', { n: fmt.integer(DEPLOYMENT_LIST_LIMIT), total: fmt.integer(deployments.length) }) : undefined));

  blocks.push(heading(t('delivery.incidents'), 'incidents'));
  blocks.push(table(t('delivery.incidents'), [t('col.started'), t('col.repository'), t('col.kind'), t('col.title'), { label: t('col.recovery'), numeric: true }],
    (dora?.incidentList ?? []).slice(0, DEPLOYMENT_LIST_LIMIT).map((i) => [text(fmt.dateTime(i.started_at)), text(i.repo), text(i.kind), i.url && i.url.startsWith(`${ctx.serverUrl}/`) ? title(i.title ?? `#${i.number}`, i.url) : title(i.title), num(i.recovery_h === null ? t('incident.unresolved') : fmt.hours(i.recovery_h))]),
    t('empty.incidents')));
  return { key: 'delivery', path: 'delivery.html', title: t('page.delivery'), intro: t('delivery.intro'), blocks };
}

function bandFor(dora: DoraSection | undefined, id: string): string | null {
  if (!dora) return null;
  if (id === 'dora.deployments' || id.startsWith('dora.deployment_frequency')) return dora.bands.deploymentFrequency;
  if (id === 'dora.lead_time.p50') return dora.bands.leadTime;
  if (id === 'dora.change_failure_rate') return dora.bands.changeFailureRate;
  if (id === 'dora.recovery_time.p50') return dora.bands.recoveryTime;
  return null;
}
