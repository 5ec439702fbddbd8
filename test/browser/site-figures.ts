import type { Page } from 'playwright-core';
import type { ReportModel } from '../../src/metrics/model.js';
import { DEFAULT_WEEKS, PERIOD_PRESETS, type PeriodWeeks } from '../../src/render/site/site-reports.js';

/**
 * The site's promise about numbers: every headline figure is a
 * `<data class="figure" data-figure="ID" value="RAW">` whose RAW is
 * `String(report.figures[ID].value)` of the page's period ("" when null).
 */
export interface ShownFigure {
  id: string;
  value: string;
  text: string;
}

/** The tiles the overview must show (issue 4), whatever else it adds. */
export const OVERVIEW_TILES = ['flow.cycle_time.p50', 'throughput.merged', 'dora.deployments', 'ci.success_rate'];

export function shownFigures(page: Page): Promise<ShownFigure[]> {
  return page.$$eval('data.figure', (elements) =>
    elements.map((e) => ({ id: e.getAttribute('data-figure') ?? '', value: e.getAttribute('value') ?? '(no value attribute)', text: (e.textContent ?? '').trim() })),
  );
}

export function rawFigure(report: ReportModel, id: string): string | undefined {
  const figure = report.figures[id];
  if (!figure) return undefined;
  return figure.value === null ? '' : String(figure.value);
}

/** The period a page shows, from its path: `w12/…` and `ar/w12/…` are presets, the rest is the default. */
export function periodOfPath(path: string): PeriodWeeks {
  const match = /^(?:ar\/)?w(\d+)\//.exec(path);
  if (!match) return DEFAULT_WEEKS;
  const weeks = Number(match[1]);
  const preset = PERIOD_PRESETS.find((p) => p === weeks);
  if (preset === undefined) throw new Error(`page ${path} is under w${weeks}/, which is not a period preset (${PERIOD_PRESETS.join(', ')})`);
  return preset;
}

/** Where the site publishes the report of a period. */
export function reportFileOf(weeks: PeriodWeeks): string {
  return weeks === DEFAULT_WEEKS ? 'data/report.json' : `data/report-w${weeks}.json`;
}

/** Mismatches between a page's figures and its report, one line each; empty when they agree. */
export function figureMismatches(path: string, shown: ShownFigure[], report: ReportModel): string[] {
  const problems: string[] = [];
  for (const figure of shown) {
    const expected = rawFigure(report, figure.id);
    if (expected === undefined) problems.push(`${path}: data-figure="${figure.id}" is not in report.figures`);
    else if (figure.value !== expected) problems.push(`${path}: ${figure.id} value="${figure.value}" (shown "${figure.text}"), report has "${expected}"`);
  }
  return problems;
}
