import type { IssuesSection } from '../../../metrics/issues.js';
import { lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, link, num, section, table, text, title, type PageContext, partialWeeksNote, weekLabel } from '../page-context.js';
import type { Block, PageModel } from '../page-model.js';

export function unansweredTable(ctx: PageContext, repo?: string): Block {
  const { t, fmt } = ctx;
  const issues = section<IssuesSection>(ctx.report, 'issues');
  const rows = (issues?.unanswered.oldest ?? []).filter((i) => !repo || i.repo === repo);
  return table(t('issues.unanswered'), [t('col.issue'), t('col.title'), t('col.author'), { label: t('col.age'), numeric: true }],
    rows.map((i) => [link(`${i.repo}#${i.number}`, `${ctx.serverUrl}/${i.repo}/issues/${i.number}`), title(i.title), text(i.author), num(fmt.hours(i.ageHours))]), t('empty.unanswered'));
}

export async function buildIssuesPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const issues = section<IssuesSection>(ctx.report, 'issues');
  const blocks: Block[] = [...partialWeeksNote(ctx), heading(t('issues.summary'), 'summary')];
  blocks.push(table(t('issues.summary'), [t('col.figure'), { label: t('col.value'), numeric: true }],
    ['issues.opened', 'issues.closed', 'issues.open', 'issues.first_response.p50', 'issues.time_to_close.p50', 'issues.open_age.p50', 'issues.unanswered'].filter((id) => ctx.report.figures[id]).map((id) => [text(figureLabel(ctx, id)), figureCell(ctx, id)]), t('empty.figures')));
  const weekly = issues?.weekly ?? [];
  if (weekly.some((w) => w.opened > 0 || w.closed > 0 || w.open > 0)) {
    const labels = weekly.map((w) => weekLabel(ctx, w.from));
    const points: SeriesPoint[] = weekly.flatMap((w, i) => [
      { x: labels[i]!, series: t('series.opened'), value: w.opened },
      { x: labels[i]!, series: t('series.closed'), value: w.closed },
    ]);
    blocks.push(await chart(ctx, 'issues-weekly', t('chart.issues_weekly'), lineSpec(points, t('axis.issues'), ',d'),
      table(t('chart.issues_weekly'), [t('col.week'), { label: t('series.opened'), numeric: true }, { label: t('series.closed'), numeric: true }, { label: t('col.open'), numeric: true }, { label: t('col.first_response_p50'), numeric: true }, { label: t('col.time_to_close_p50'), numeric: true }],
        weekly.map((w, i) => [text(labels[i]), num(fmt.integer(w.opened)), num(fmt.integer(w.closed)), num(fmt.integer(w.open)), num(fmt.hours(w.firstResponseP50)), num(fmt.hours(w.timeToCloseP50))]), t('empty.issues'))));
  } else blocks.push(empty(t('empty.issues')));
  blocks.push(heading(t('issues.unanswered'), 'unanswered'), unansweredTable(ctx));
  blocks.push(heading(t('issues.by_repository'), 'by-repository'));
  blocks.push(table(t('issues.by_repository'), [t('col.repository'), { label: t('series.opened'), numeric: true }, { label: t('series.closed'), numeric: true }, { label: t('col.open'), numeric: true }, { label: t('col.first_response_p50'), numeric: true }, { label: t('col.time_to_close_p50'), numeric: true }],
    (issues?.byRepository ?? []).map((r) => [text(r.repo), num(fmt.integer(r.opened)), num(fmt.integer(r.closed)), num(fmt.integer(r.open)), num(fmt.hours(r.firstResponseP50)), num(fmt.hours(r.timeToCloseP50))]), t('empty.issues')));
  return { key: 'issues', path: 'issues.html', title: t('page.issues'), intro: t('issues.intro'), blocks };
}
