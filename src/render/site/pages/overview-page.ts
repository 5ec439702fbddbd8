import type { DoraSection } from '../../../metrics/dora-section.js';
import type { FlowSection } from '../../../metrics/flow.js';
import type { CiSection } from '../../../metrics/ci.js';
import type { SprintSummary, SummaryItem } from '../../../summary/summary-model.js';
import { comparisonGap } from '../../../metrics/model.js';
import { sparklineSvg } from '../../charts/sparkline.js';
import { section, figureLabel, figureOf, textParts, weekInProgress, type PageContext } from '../page-context.js';
import { pullRequestUrl, type Block, type PageModel, type SummaryGroup, type Tile, type Tone } from '../page-model.js';
import { FILTER_KINDS } from '../../../metrics/filters-config.js';

/** Headline figures, in the order the overview shows them, with where their weekly series is. */
const TILES: Array<{ id: string; better: 'higher' | 'lower' | null; series?: (ctx: PageContext) => Array<number | null>; band?: keyof DoraSection['bands']; href: string }> = [
  { id: 'flow.cycle_time.p50', better: 'lower', series: (c) => weekly(c, 'flow', 'weekly', 'cycle_time_p50'), href: 'flow.html' },
  { id: 'flow.pickup_time.p50', better: 'lower', series: (c) => weekly(c, 'flow', 'weekly', 'pickup_time_p50'), href: 'reviews.html' },
  { id: 'flow.review_time.p50', better: 'lower', series: (c) => weekly(c, 'flow', 'weekly', 'review_time_p50'), href: 'reviews.html' },
  { id: 'throughput.merged', better: 'higher', series: (c) => weekly(c, 'flow', 'throughputWeekly', 'merged'), href: 'flow.html' },
  { id: 'throughput.opened', better: null, series: (c) => weekly(c, 'flow', 'throughputWeekly', 'opened'), href: 'flow.html' },
  { id: 'flow.unreviewed_merge_share', better: 'lower', href: 'flow.html' },
  { id: 'dora.deployments', better: 'higher', series: (c) => weekly(c, 'dora', 'weekly', 'deployments'), band: 'deploymentFrequency', href: 'delivery.html' },
  { id: 'dora.lead_time.p50', better: 'lower', series: (c) => weekly(c, 'dora', 'weekly', 'lead_time_p50'), band: 'leadTime', href: 'delivery.html' },
  { id: 'dora.change_failure_rate', better: 'lower', series: (c) => weekly(c, 'dora', 'weekly', 'change_failure_rate'), band: 'changeFailureRate', href: 'delivery.html' },
  { id: 'dora.recovery_time.p50', better: 'lower', band: 'recoveryTime', href: 'delivery.html' },
  { id: 'ci.success_rate', better: 'higher', series: (c) => weekly(c, 'ci', 'weekly', 'successRate'), href: 'ci.html' },
  { id: 'open.waiting', better: 'lower', href: 'open-work.html' },
];

function weekly(ctx: PageContext, name: string, key: string, field: string): Array<number | null> {
  const rows = (section<Record<string, unknown>>(ctx.report, name)?.[key] ?? []) as Array<Record<string, unknown>>;
  return rows.map((r) => (typeof r[field] === 'number' ? (r[field] as number) : null));
}

export function tileFor(ctx: PageContext, spec: (typeof TILES)[number]): Tile | null {
  const f = figureOf(ctx, spec.id);
  if (!f) return null;
  const label = figureLabel(ctx, spec.id);
  let tone: Tone = 'neutral';
  if (f.delta !== null && f.delta !== 0 && spec.better) tone = (f.delta > 0) === (spec.better === 'higher') ? 'better' : 'worse';
  const dora = section<DoraSection>(ctx.report, 'dora');
  const band = spec.band ? dora?.bands?.[spec.band] : undefined;
  const series = spec.series?.(ctx) ?? [];
  return {
    figure: spec.id,
    label,
    raw: f.value === null ? '' : String(f.value),
    value: ctx.fmt.value(f.value, f.unit),
    n: ctx.t('tile.n', { n: ctx.fmt.integer(f.n) }),
    lowSample: f.lowSample,
    delta: f.delta === null ? '' : ctx.fmt.delta(f.delta, f.unit),
    deltaTone: tone,
    deltaText: f.delta === null ? ctx.t('tile.no_previous') : ctx.t(`tile.delta.${tone}`),
    sparkline: weekInProgress(ctx) && series.length === ctx.report.weeks.length
      ? sparklineSvg(series, ctx.t('tile.sparkline_partial', { label }), { lastPartial: true })
      : sparklineSvg(series, ctx.t('tile.sparkline', { label })),
    ...(band ? { band, bandLabel: ctx.t(`band.${band}`) } : {}),
    href: `page:${spec.href}`,
  };
}

function summaryItems(ctx: PageContext, items: SummaryItem[]): SummaryGroup['items'] {
  return items.map((item) => ({
    parts: textParts(ctx, item.text),
    figures: item.figures.map((id) => {
      const f = figureOf(ctx, id);
      return { id, label: f ? figureLabel(ctx, id) : id, raw: f?.value === null || !f ? '' : String(f.value), value: f ? ctx.fmt.value(f.value, f.unit) : '—' };
    }),
    pullRequests: item.pullRequests.map((pr) => ({ text: `${pr.repository}#${pr.number}`, href: pullRequestUrl(ctx.serverUrl, pr.repository, pr.number) })),
  }));
}

export function summaryBlock(ctx: PageContext, summary: SprintSummary | null): Block {
  const title = ctx.t('summary.title');
  if (!summary) return { kind: 'summary', title, source: '', groups: [], empty: ctx.t('summary.none') };
  const source = summary.source === 'claude' ? ctx.t('summary.source.claude', { model: summary.model ?? 'Claude' }) : ctx.t('summary.source.rules');
  const language = summary.language ?? 'en';
  return {
    kind: 'summary',
    title,
    source,
    ...(summary.fallbackReason ? { reason: summary.fallbackReason } : {}),
    ...(language !== ctx.lang ? { textLang: language } : {}),
    groups: [
      { title: ctx.t('summary.insights'), items: summaryItems(ctx, summary.insights) },
      { title: ctx.t('summary.risks'), items: summaryItems(ctx, summary.risks) },
      { title: ctx.t('summary.recommendations'), items: summaryItems(ctx, summary.recommendations) },
    ],
  };
}

/** Says the report is filtered (metrics.filters), so nobody reads a figure as the whole org's. */
function filtersNote(ctx: PageContext): string | null {
  const filters = ctx.report.filters;
  if (!filters) return null;
  const lists = FILTER_KINDS.flatMap((kind) => {
    const { include, exclude } = filters[kind];
    const said = [...(include.length ? [ctx.t('filters.only', { list: include.join(', ') })] : []), ...(exclude.length ? [ctx.t('filters.not', { list: exclude.join(', ') })] : [])];
    return said.length ? [`${ctx.t(`filters.kind.${kind}`)} ${said.join(ctx.t('filters.and'))}`] : [];
  });
  const { pullRequests, issues, repositories } = filters.leftOut;
  return ctx.t('overview.filtered', { lists: lists.join(' · '), prs: ctx.fmt.integer(pullRequests), issues: ctx.fmt.integer(issues), repos: ctx.fmt.integer(repositories) });
}

export function buildOverviewPage(ctx: PageContext, summary: SprintSummary | null): PageModel {
  const tiles = TILES.map((spec) => tileFor(ctx, spec)).filter((t): t is Tile => t !== null);
  const flow = section<FlowSection>(ctx.report, 'flow');
  const ci = section<CiSection>(ctx.report, 'ci');
  const blocks: Block[] = [{ kind: 'heading', text: ctx.t('overview.headline'), id: 'headline' }];
  // Say why no tile has a change: the period before was not (fully) harvested, or it began
  // before the repositories' first activity.
  const gap = comparisonGap(ctx.report);
  if (gap) {
    const key = { range: 'overview.coverage.range', harvest: 'overview.coverage.previous', 'first-activity': 'overview.coverage.first_activity' }[gap.reason];
    blocks.push({ kind: 'text', text: ctx.t(key, { since: ctx.fmt.date(gap.since) }) });
  }
  const filtered = filtersNote(ctx);
  if (filtered) blocks.push({ kind: 'text', text: filtered });
  blocks.push(tiles.length ? { kind: 'tiles', tiles } : { kind: 'empty', text: ctx.t('empty.figures') });
  if ((flow?.throughput.merged ?? 0) === 0 && (ci?.overall.runs ?? 0) === 0) blocks.push({ kind: 'empty', text: ctx.t('empty.no_activity') });
  blocks.push({ kind: 'heading', text: ctx.t('summary.title'), id: 'sprint-health' }, summaryBlock(ctx, summary));
  return {
    key: 'overview',
    path: 'index.html',
    title: ctx.t('page.overview'),
    // The header's period note already gives the range: the intro says what the changes compare with.
    intro: ctx.report.coverage.previousRangeHarvested
      ? ctx.t('overview.intro', { from: ctx.fmt.date(ctx.report.previousRange.from), to: ctx.fmt.date(ctx.report.previousRange.to), repos: ctx.fmt.integer(ctx.report.repositories.length) })
      : ctx.t('overview.intro_uncompared', { repos: ctx.fmt.integer(ctx.report.repositories.length) }),
    blocks,
  };
}
