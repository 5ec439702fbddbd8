import type { OpenWorkSection } from '../../../metrics/open-work.js';
import { lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, num, round2, section, table, text, title, type PageContext, partialWeeksNote, weekLabel } from '../page-context.js';
import { pullRequestUrl, type Block, type Cell, type PageModel } from '../page-model.js';

export function waitingBlocks(ctx: PageContext, repo?: string): Block[] {
  const { t, fmt } = ctx;
  const open = section<OpenWorkSection>(ctx.report, 'openWork');
  const blocks: Block[] = [];
  const waiting = (open?.waiting ?? []).filter((w) => !repo || w.repo === repo).sort((a, b) => b.waitHours - a.waitHours);
  blocks.push(table(t('open.waiting'), [t('col.pr'), t('col.title'), t('col.labels'), t('col.author'), t('col.ball'), t('col.waiting_on'), { label: t('col.waiting'), numeric: true }, t('col.severity'), { label: t('col.size_lines'), numeric: true }],
    waiting.map((w): Cell[] => [
      { text: `${w.repo}#${w.number}`, href: pullRequestUrl(ctx.serverUrl, w.repo, w.number) },
      title(w.title),
      text((w.labels ?? []).join(', ')),
      text(w.author),
      text(t(`ball.${w.ball}`)),
      text(w.waitingOn.join(', ')),
      num(fmt.hours(w.waitHours)),
      { text: t(`severity.${w.severity}`), tone: w.severity },
      num(fmt.integer(w.size)),
    ]), t('empty.waiting'),
    !repo && open && open.counts.waiting > waiting.length ? t('note.first_n', { n: fmt.integer(waiting.length), total: fmt.integer(open.counts.waiting) }) : undefined));
  return blocks;
}

export async function buildOpenWorkMainPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const open = section<OpenWorkSection>(ctx.report, 'openWork');
  const blocks: Block[] = [...partialWeeksNote(ctx), heading(t('open.summary'), 'summary')];
  blocks.push(table(t('open.summary'), [t('col.figure'), { label: t('col.value'), numeric: true }],
    ['open.waiting', 'open.waiting_on_reviewer', 'open.waiting_warning', 'open.waiting_critical', 'open.backlog', 'open.wip', 'open.median_age_hours'].filter((id) => ctx.report.figures[id]).map((id) => [text(figureLabel(ctx, id)), figureCell(ctx, id)]), t('empty.figures')));
  blocks.push({ kind: 'text', text: t('open.thresholds', { warning: fmt.hours(open?.thresholds.warningHours), critical: fmt.hours(open?.thresholds.criticalHours) }) });
  blocks.push(heading(t('open.waiting'), 'waiting'), ...waitingBlocks(ctx));

  blocks.push(heading(t('open.backlog'), 'backlog'));
  const backlog = open?.backlog ?? [];
  if (backlog.some((b) => b.open > 0)) {
    const labels = backlog.map((b) => weekLabel(ctx, b.at));
    const countPoints: SeriesPoint[] = backlog.flatMap((b, i) => [
      { x: labels[i]!, series: t('series.open_prs'), value: b.open },
      { x: labels[i]!, series: t('series.wip'), value: b.wip },
    ]);
    blocks.push(await chart(ctx, 'open-backlog', t('chart.backlog'), lineSpec(countPoints, t('axis.prs'), ',d'),
      table(t('chart.backlog'), [t('col.week_end'), { label: t('series.open_prs'), numeric: true }, { label: t('series.wip'), numeric: true }, { label: t('col.median_age'), numeric: true }, { label: t('col.total_age'), numeric: true }],
        backlog.map((b, i) => [text(labels[i]), num(fmt.integer(b.open)), num(fmt.integer(b.wip)), num(fmt.hours(b.medianAgeHours)), num(fmt.hours(b.totalAgeHours))]), t('empty.backlog'))));
    const agePoints: SeriesPoint[] = backlog.map((b, i) => ({ x: labels[i]!, series: t('col.median_age'), value: b.medianAgeHours === null ? null : round2(b.medianAgeHours / 24) }));
    blocks.push(await chart(ctx, 'open-backlog-age', t('chart.backlog_age'), lineSpec(agePoints, t('axis.days')),
      table(t('chart.backlog_age'), [t('col.week_end'), { label: t('col.median_age'), numeric: true }], backlog.map((b, i) => [text(labels[i]), num(fmt.hours(b.medianAgeHours))]), t('empty.backlog'))));
  } else blocks.push(empty(t('empty.backlog')));

  blocks.push(heading(t('open.by_repository'), 'by-repository'));
  blocks.push(table(t('open.by_repository'), [t('col.repository'), { label: t('col.open'), numeric: true }, { label: t('col.wip'), numeric: true }, { label: t('col.waiting'), numeric: true }, { label: t('severity.critical'), numeric: true }, { label: t('col.median_age'), numeric: true }],
    (open?.byRepository ?? []).map((r) => [text(r.repo), num(fmt.integer(r.open)), num(fmt.integer(r.wip)), num(fmt.integer(r.waiting)), num(fmt.integer(r.critical)), num(fmt.hours(r.medianAgeHours))]), t('empty.backlog')));
  blocks.push(table(t('open.wip_by_author'), [t('col.author'), { label: t('col.wip'), numeric: true }, { label: t('col.open'), numeric: true }],
    (open?.wipByAuthor ?? []).slice(0, 50).map((r) => [text(r.author), num(fmt.integer(r.wip)), num(fmt.integer(r.open))]), t('empty.backlog')));
  return { key: 'open-work', path: 'open-work.html', title: t('page.open-work'), intro: t('open.intro'), blocks };
}
