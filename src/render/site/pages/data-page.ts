import { empty, heading, num, table, text, type PageContext } from '../page-context.js';
import type { Block, PageModel } from '../page-model.js';
import type { PeriodWeeks } from '../site-reports.js';

/** The report file of a period preset, relative to the site root. */
export function reportJsonPath(weeks: PeriodWeeks): string {
  return weeks === 26 ? 'data/report.json' : `data/report-w${weeks}.json`;
}

export function csvPath(table: string): string {
  return `data/${table}.csv`;
}

/** A download's size, in KB below a megabyte, else in MB (decimal units, as browsers show them). */
function fileSize(ctx: PageContext, bytes: number): string {
  return bytes < 1_000_000 ? ctx.t('unit.kilobytes', { n: ctx.fmt.number(Math.max(bytes / 1000, 0.1), 1) }) : ctx.t('unit.megabytes', { n: ctx.fmt.number(bytes / 1_000_000, 1) });
}

/** Harvest runs, API and rate-limit use, sync state and the downloads. Paths are site-root relative; the layout makes them page-relative. */
export function buildDataPage(ctx: PageContext): PageModel {
  const { t, fmt, data } = ctx;
  const blocks: Block[] = [heading(t('data.harvests'), 'harvests')];
  blocks.push({ kind: 'facts', items: [
    { label: t('data.runs'), value: fmt.integer(data.harvestTotals.runs) },
    { label: t('data.requests'), value: fmt.integer(data.harvestTotals.requests) },
    { label: t('data.points'), value: fmt.integer(data.harvestTotals.graphql_points) },
    { label: t('data.errors'), value: fmt.integer(data.harvestTotals.errors) },
  ] });
  blocks.push(table(t('data.harvests'), [t('col.started'), t('col.status'), t('col.trigger'), { label: t('col.repositories'), numeric: true }, { label: t('col.requests'), numeric: true }, { label: t('col.graphql_points'), numeric: true }, { label: t('col.rest'), numeric: true }, { label: t('col.retries'), numeric: true }, { label: t('col.rate_remaining'), numeric: true }, t('col.rate_reset'), { label: t('col.rows'), numeric: true }],
    data.harvestRuns.map((r) => [text(fmt.dateTime(r.started_at)), { text: r.status, tone: r.status === 'ok' ? 'ok' : r.status === 'failed' ? 'critical' : 'warning' }, text(r.trigger), num(fmt.integer(r.repositories)), num(fmt.integer(r.requests)), num(fmt.integer(r.graphql_points)), num(fmt.integer(r.rest_requests)), num(fmt.integer(r.retries)), num(fmt.integer(r.rate_limit_remaining)), text(fmt.dateTime(r.rate_limit_reset)), num(fmt.integer(r.rows_written))]),
    t('empty.harvests')));
  blocks.push(heading(t('data.sync'), 'sync'));
  blocks.push(table(t('data.sync'), [t('col.repository'), t('col.resource'), t('col.watermark'), { label: t('col.pages'), numeric: true }, t('col.updated')],
    data.syncState.map((s) => [text(s.repo), text(s.resource), text(fmt.dateTime(s.watermark)), num(fmt.integer(s.pages)), text(fmt.dateTime(s.updated_at))]), t('empty.sync')));
  blocks.push(heading(t('data.downloads'), 'downloads'));
  blocks.push({ kind: 'links', items: ([26, 12, 4] as const).map((w) => ({ text: t('data.report_json', { weeks: fmt.integer(w) }), href: `site:${reportJsonPath(w)}` })) });
  if (data.tables.length === 0) blocks.push(empty(t('empty.tables')));
  else {
    blocks.push({ kind: 'text', text: t('data.csv_all') });
    blocks.push({ kind: 'links', items: data.tables.map((tb) => ({
      text: `${tb.table}.csv`,
      href: `site:${csvPath(tb.table)}`,
      note: t('data.rows_size', { n: fmt.integer(tb.total), size: fileSize(ctx, tb.bytes) }),
    })) });
  }
  return { key: 'data', path: 'data.html', title: t('page.data'), intro: t('data.intro'), blocks };
}
