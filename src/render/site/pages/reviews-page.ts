import type { FlowSection } from '../../../metrics/flow.js';
import type { ReviewersSection } from '../../../metrics/reviewers.js';
import { barSpec, heatmapSpec, lineSpec, type SeriesPoint } from '../../charts/chart-specs.js';
import { chart, empty, figureCell, figureLabel, heading, num, round2, section, table, text, weekLabels, type PageContext, partialWeeksNote } from '../page-context.js';
import type { Block, PageModel } from '../page-model.js';

const HEATMAP_PEOPLE = 25;

export async function buildReviewsPage(ctx: PageContext): Promise<PageModel> {
  const { t, fmt } = ctx;
  const reviewers = section<ReviewersSection>(ctx.report, 'reviewers');
  const flow = section<FlowSection>(ctx.report, 'flow');
  const weeks = weekLabels(ctx);
  const blocks: Block[] = [...partialWeeksNote(ctx), heading(t('reviews.pickup'), 'pickup')];
  blocks.push(table(t('reviews.figures'), [t('col.figure'), { label: t('col.value'), numeric: true }],
    ['flow.pickup_time.p50', 'flow.pickup_time.p90', 'flow.first_response.p50', 'flow.review_time.p50', 'flow.time_to_approval.p50', 'reviewers.response_time.p50', 'reviewers.response_time.p90', 'reviewers.reviews', 'reviewers.requests', 'reviewers.outstanding_requests', 'reviewers.unanswered_requests']
      .filter((id) => ctx.report.figures[id]).map((id) => [text(figureLabel(ctx, id)), figureCell(ctx, id)]), t('empty.figures')));
  const weekly = flow?.weekly ?? [];
  if (weekly.some((w) => w.pickup_time_p50 !== null)) {
    const points: SeriesPoint[] = weekly.flatMap((w, i) => [
      { x: weeks[i] ?? String(w.week), series: t('stage.pickup_time'), value: round2(w.pickup_time_p50 as number | null) },
      { x: weeks[i] ?? String(w.week), series: t('stage.review_time'), value: round2(w.review_time_p50 as number | null) },
    ]);
    blocks.push(await chart(ctx, 'reviews-pickup', t('chart.pickup_weekly'), lineSpec(points, t('axis.hours')),
      table(t('chart.pickup_weekly'), [t('col.week'), { label: t('stage.pickup_time'), numeric: true }, { label: t('stage.review_time'), numeric: true }],
        weekly.map((w, i) => [text(weeks[i] ?? String(w.week)), num(fmt.hours(w.pickup_time_p50 as number | null)), num(fmt.hours(w.review_time_p50 as number | null))]), t('empty.reviews'))));
  } else blocks.push(empty(t('empty.reviews')));

  blocks.push(heading(t('reviews.per_reviewer'), 'per-reviewer'));
  const load = reviewers?.load ?? [];
  if (load.length > 0) {
    const byResponse = load.filter((r) => r.responseTime.p50 !== null).slice(0, 30);
    if (byResponse.length > 0) {
      blocks.push(await chart(ctx, 'reviews-response', t('chart.response_per_reviewer'), barSpec(byResponse.map((r) => ({ category: r.login ?? '—', value: round2(r.responseTime.p50) ?? 0 })), t('axis.hours')),
        table(t('chart.response_per_reviewer'), [t('col.reviewer'), { label: t('col.response_p50'), numeric: true }, { label: 'n', numeric: true }], byResponse.map((r) => [text(r.login), num(fmt.hours(r.responseTime.p50)), num(fmt.integer(r.responseTime.n))]), t('empty.reviews'))));
    }
  }
  blocks.push(heading(t('reviews.load'), 'load'));
  blocks.push(table(t('reviews.load'), [t('col.reviewer'), { label: t('col.reviews'), numeric: true }, { label: t('col.prs_reviewed'), numeric: true }, { label: t('col.requests'), numeric: true }, { label: t('col.answered'), numeric: true }, { label: t('col.unanswered'), numeric: true }, { label: t('col.response_p50'), numeric: true }, { label: t('col.outstanding'), numeric: true }, { label: t('col.oldest_wait'), numeric: true }],
    load.map((r) => [text(r.login), num(fmt.integer(r.reviews)), num(fmt.integer(r.prsReviewed)), num(fmt.integer(r.requests)), num(fmt.integer(r.answered)), num(fmt.integer(r.unanswered)), num(fmt.hours(r.responseTime.p50)), num(fmt.integer(r.outstanding)), num(fmt.hours(r.oldestOutstandingWaitHours))]), t('empty.reviews')));

  blocks.push(heading(t('reviews.outstanding'), 'outstanding'));
  blocks.push({ kind: 'facts', items: [
    { label: t('reviews.outstanding_personal'), value: fmt.integer(reviewers?.outstanding.personal ?? 0) },
    { label: t('reviews.outstanding_team'), value: fmt.integer(reviewers?.outstanding.team ?? 0) },
    { label: t('reviews.oldest_wait'), value: fmt.hours(reviewers?.outstanding.oldestWaitHours) },
  ] });
  blocks.push(table(t('reviews.teams'), [t('col.team'), { label: t('col.requests'), numeric: true }, { label: t('col.answered'), numeric: true }, { label: t('col.response_p50'), numeric: true }, { label: t('col.outstanding'), numeric: true }],
    (reviewers?.teams ?? []).map((r) => [text(r.team), num(fmt.integer(r.requests)), num(fmt.integer(r.answered)), num(fmt.hours(r.responseTime.p50)), num(fmt.integer(r.outstanding))]), t('empty.team_requests')));

  blocks.push(heading(t('reviews.network'), 'network'));
  const network = (reviewers?.network ?? []).filter((e) => e.author && e.reviewer);
  if (network.length > 0) {
    const top = (key: 'author' | 'reviewer') => {
      const totals = new Map<string, number>();
      for (const e of network) totals.set(e[key]!, (totals.get(e[key]!) ?? 0) + e.reviews);
      return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, HEATMAP_PEOPLE).map(([login]) => login).sort();
    };
    const authors = new Set(top('author'));
    const reviewerSet = new Set(top('reviewer'));
    const cells = network.filter((e) => authors.has(e.author!) && reviewerSet.has(e.reviewer!)).sort((a, b) => a.reviewer!.localeCompare(b.reviewer!) || a.author!.localeCompare(b.author!)).map((e) => ({ x: e.author!, y: e.reviewer!, value: e.reviews }));
    blocks.push(await chart(ctx, 'reviews-network', t('chart.review_network'), heatmapSpec(cells, t('col.author'), t('col.reviewer'), t('col.reviews')),
      table(t('chart.review_network'), [t('col.reviewer'), t('col.author'), { label: t('col.reviews'), numeric: true }, { label: t('col.prs'), numeric: true }],
        [...network].sort((a, b) => b.reviews - a.reviews).slice(0, 100).map((e) => [text(e.reviewer), text(e.author), num(fmt.integer(e.reviews)), num(fmt.integer(e.prs))]), t('empty.reviews'),
        network.length > 100 ? t('note.first_n', { n: fmt.integer(100), total: fmt.integer(network.length) }) : undefined)));
  } else blocks.push(empty(t('empty.reviews')));
  return { key: 'reviews', path: 'reviews.html', title: t('page.reviews'), intro: t('reviews.intro'), blocks };
}
