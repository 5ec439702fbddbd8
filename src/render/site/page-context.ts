import type { Figure, ReportModel, Unit } from '../../metrics/model.js';
import { renderChartSvg } from '../charts/chart-render.js';
import type { ChartSpec } from '../charts/chart-specs.js';
import type { SiteFormat } from './site-format.js';
import { LANGUAGES, type Language, type Translate } from './site-i18n.js';
import type { DataInputs, PeriodWeeks } from './site-reports.js';
import type { Block, Cell, ChartBlock, Column, TableBlock, TextPart } from './page-model.js';

/**
 * What a page builder gets: the period's report, the language's formatter and strings, and
 * small constructors for blocks, so builders stay declarative and consistent.
 */
export interface PageContext {
  report: ReportModel;
  weeks: PeriodWeeks;
  lang: string;
  t: Translate;
  fmt: SiteFormat;
  data: DataInputs;
  teams: Record<string, string[]>;
  /** Chart SVG cache shared by all pages of a build (identical specs render once). */
  chartCache: Map<string, Promise<string>>;
  /** github.com or the Enterprise Server host, without a trailing slash: where links to GitHub go. */
  serverUrl: string;
}

export function section<T>(report: ReportModel, name: string): T | undefined {
  return report.sections[name] as T | undefined;
}

export function figureOf(ctx: PageContext, id: string): Figure | undefined {
  return ctx.report.figures[id];
}

/** A figure's name in the page language; the report's English label when no translation exists. */
export function figureLabel(ctx: PageContext, id: string): string {
  const key = `figure.${id}`;
  return ctx.t.has(key) ? ctx.t(key) : (ctx.report.figures[id]?.label ?? id);
}

/** A cell showing a report figure as `<data class="figure" value=RAW>`. */
export function figureCell(ctx: PageContext, id: string): Cell {
  const f = figureOf(ctx, id);
  if (!f) return { text: '—', numeric: true };
  return { text: ctx.fmt.value(f.value, f.unit), figure: id, raw: f.value === null ? '' : String(f.value), numeric: true };
}

export const text = (value: string | null | undefined): Cell => ({ text: value ?? '—' });
/** A title written by someone on GitHub: any language, any direction (see Cell.isolate). */
export const title = (value: string | null | undefined, href?: string): Cell => ({ text: value ?? '—', isolate: true, ...(href ? { href } : {}) });

/** Runs that read left to right inside right-to-left text: PR references and ISO weeks. */
const LTR_RUN = /[\w.-]+\/[\w.-]+#\d+|\b\d{4}-W\d{2}\b/g;
const rtl = (ctx: PageContext) => LANGUAGES[ctx.lang as Language]?.dir === 'rtl';

/** `text` cut into runs, its PR references and ISO weeks marked `ltr` on RTL pages (on LTR pages, one run). */
export function textParts(ctx: PageContext, value: string): TextPart[] {
  if (!rtl(ctx)) return [{ text: value }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of value.matchAll(LTR_RUN)) {
    if (m.index > at) parts.push({ text: value.slice(at, m.index) });
    parts.push({ text: m[0], ltr: true });
    at = m.index + m[0].length;
  }
  if (at < value.length) parts.push({ text: value.slice(at) });
  return parts;
}

/**
 * For plain strings (captions, cells): on RTL pages, each PR reference and ISO week between
 * LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE, so "2026-W46" does not read "W46-2026".
 */
export function isolateLtr(ctx: PageContext, value: string): string {
  return rtl(ctx) ? value.replace(LTR_RUN, (run) => `\u2066${run}\u2069`) : value;
}
export const num = (value: string): Cell => ({ text: value, numeric: true });
export const link = (value: string, href: string): Cell => ({ text: value, href });

export function table(caption: string, columns: Array<string | Column>, rows: Cell[][], empty: string, note?: string): TableBlock {
  return { kind: 'table', caption, columns: columns.map((c) => (typeof c === 'string' ? { label: c } : c)), rows, empty, ...(note ? { note } : {}) };
}

export const heading = (textValue: string, id: string): Block => ({ kind: 'heading', text: textValue, id });
export const empty = (textValue: string): Block => ({ kind: 'empty', text: textValue });

export function formatUnit(ctx: PageContext, value: number | null | undefined, unit: Unit): string {
  return ctx.fmt.value(value, unit);
}

/** Renders (or reuses) a chart and pairs it with its data table. */
export async function chart(ctx: PageContext, id: string, caption: string, { spec, rows }: ChartSpec, data: TableBlock): Promise<ChartBlock> {
  const key = `${ctx.lang}\0${caption}\0${JSON.stringify(spec)}\0${JSON.stringify(rows)}`;
  let svg = ctx.chartCache.get(key);
  if (!svg) {
    svg = renderChartSvg(spec, rows, caption, ctx.lang);
    ctx.chartCache.set(key, svg);
  }
  return { kind: 'chart', id, caption, svg: await svg, table: data };
}

/** Whether the week (or moment) at `iso` began before the harvested history: its counts are partial. */
function beforeHarvest(ctx: PageContext, iso: string): boolean {
  const since = ctx.report.coverage?.harvestedSince;
  return since !== null && since !== undefined && Date.parse(iso) < Date.parse(since);
}

/** Whether the report's last week is still in progress (shorter than a week): its counts are so far. */
export function weekInProgress(ctx: PageContext): boolean {
  const last = ctx.report.weeks[ctx.report.weeks.length - 1];
  return last !== undefined && Date.parse(last.to) - Date.parse(last.from) < 7 * 86_400_000;
}

/**
 * A week's label, localised, marked when the week began before the harvested history, and
 * when it is the week still in progress.
 */
export function weekLabel(ctx: PageContext, iso: string): string {
  let label = ctx.fmt.weekLabel(iso);
  if (beforeHarvest(ctx, iso)) label = ctx.t('week.partial', { week: label });
  const last = ctx.report.weeks[ctx.report.weeks.length - 1];
  if (last && Date.parse(last.from) === Date.parse(iso) && weekInProgress(ctx)) label = ctx.t('week.in_progress', { week: label });
  return label;
}

/** The week labels of the report, localised, in order (chart x values). */
export function weekLabels(ctx: PageContext): string[] {
  return ctx.report.weeks.map((w) => weekLabel(ctx, w.from));
}

/** What the marked weeks mean, for a page with weekly series: nothing when no week is marked. */
export function partialWeeksNote(ctx: PageContext): Block[] {
  if (!ctx.report.weeks.some((w) => beforeHarvest(ctx, w.from))) return [];
  return [{ kind: 'text', text: ctx.t('week.partial_note', { since: ctx.fmt.date(ctx.report.coverage.harvestedSince) }) }];
}

/** Rounds for chart data so specs (and cache keys) stay small. */
export const round2 = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 100) / 100);
