import type { TopLevelSpec } from 'vega-lite';
import { SERIES_COLOURS } from './chart-theme.js';

/**
 * Vega-Lite spec builders for the site's chart kinds. Data arrive as plain rows with the
 * x labels already localised by the page, so axes read in the page's language; x order is
 * the row order (sort: null), never alphabetical.
 */
/** A spec with its rows apart: `spec.data` is the named source `table` (see chart-render.ts). */
export interface ChartSpec {
  spec: TopLevelSpec;
  rows: object[];
}

const TABLE = { name: 'table' } as const;

export interface SeriesPoint {
  x: string;
  series: string;
  value: number | null;
}

const WIDTH = 640;
const HEIGHT = 220;
const base = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', width: WIDTH, height: HEIGHT, autosize: { type: 'fit', contains: 'padding' } } as const;

const xOrdinal = (title: string | null) => ({
  field: 'x',
  type: 'ordinal' as const,
  sort: null,
  title,
  axis: { labelAngle: -45, labelOverlap: 'greedy' as const, labelLimit: 80 },
});

/** Series colours in order of first appearance (the data's order), from the theme palette. */
const seriesColour = () => ({
  field: 'series',
  type: 'nominal' as const,
  title: null,
  sort: null,
  scale: { range: [...SERIES_COLOURS] as string[] },
});

/** Weekly lines, one per series; missing weeks leave gaps rather than dropping to zero. */
export function lineSpec(points: SeriesPoint[], yTitle: string, yFormat = ',.1~f'): ChartSpec {
  return { rows: points, spec: {
    ...base,
    data: TABLE,
    mark: { type: 'line', point: { size: 24 }, tooltip: true },
    encoding: {
      x: xOrdinal(null),
      y: { field: 'value', type: 'quantitative', title: yTitle, axis: { format: yFormat } },
      color: seriesColour(),
      tooltip: [
        { field: 'x', type: 'ordinal', title: ' ' },
        { field: 'series', type: 'nominal', title: ' ' },
        { field: 'value', type: 'quantitative', format: yFormat, title: yTitle },
      ],
    },
  } as TopLevelSpec };
}

/** Bars stacked by series per x (stages per week, outcomes per week). */
export function stackedBarSpec(points: SeriesPoint[], yTitle: string, yFormat = ',.1~f'): ChartSpec {
  const names = [...new Set(points.map((p) => p.series))];
  return { rows: points.map((p) => ({ ...p, order: names.indexOf(p.series) })), spec: {
    ...base,
    data: TABLE,
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: xOrdinal(null),
      y: { field: 'value', type: 'quantitative', stack: 'zero', title: yTitle, axis: { format: yFormat } },
      color: seriesColour(),
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'x', type: 'ordinal', title: ' ' },
        { field: 'series', type: 'nominal', title: ' ' },
        { field: 'value', type: 'quantitative', format: yFormat, title: yTitle },
      ],
    },
  } as TopLevelSpec };
}

/** Horizontal bars, one per category, in the given order. */
export function barSpec(rows: Array<{ category: string; value: number }>, xTitle: string, xFormat = ',.1~f'): ChartSpec {
  return { rows: rows.slice(0, 30), spec: {
    ...base,
    height: Math.max(60, Math.min(rows.length, 30) * 18),
    data: TABLE,
    mark: { type: 'bar', tooltip: true, color: SERIES_COLOURS[0] },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelLimit: 160 } },
      x: { field: 'value', type: 'quantitative', title: xTitle, axis: { format: xFormat } },
      tooltip: [
        { field: 'category', type: 'nominal', title: ' ' },
        { field: 'value', type: 'quantitative', format: xFormat, title: xTitle },
      ],
    },
  } as TopLevelSpec };
}

/** Points of two measures (size vs cycle time), log scales because both are long-tailed. */
export function scatterSpec(points: Array<{ x: number; y: number; label: string }>, xTitle: string, yTitle: string): ChartSpec {
  return { rows: points.map((p) => ({ ...p, x: Math.max(p.x, 1), y: Math.max(p.y, 0.01) })), spec: {
    ...base,
    data: TABLE,
    mark: { type: 'circle', size: 14, opacity: 0.5, tooltip: true, color: SERIES_COLOURS[0] },
    encoding: {
      x: { field: 'x', type: 'quantitative', scale: { type: 'log' }, title: xTitle, axis: { format: ',~s' } },
      y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, title: yTitle, axis: { format: ',~r' } },
      tooltip: [{ field: 'label', type: 'nominal', title: ' ' }],
    },
  } as TopLevelSpec };
}

/**
 * A heatmap of counts (review network: author × reviewer). One colour with opacity by value,
 * so the theme mapping still applies (an interpolated scheme would not).
 */
export function heatmapSpec(cells: Array<{ x: string; y: string; value: number }>, xTitle: string, yTitle: string, valueTitle: string): ChartSpec {
  const xs = [...new Set(cells.map((c) => c.x))];
  const ys = [...new Set(cells.map((c) => c.y))];
  const cell = Math.max(8, Math.min(18, Math.floor(WIDTH / Math.max(xs.length, 1))));
  return { rows: cells, spec: {
    ...base,
    width: cell * xs.length,
    height: cell * ys.length,
    autosize: { type: 'pad' },
    data: TABLE,
    mark: { type: 'rect', tooltip: true, color: SERIES_COLOURS[0] },
    encoding: {
      x: { field: 'x', type: 'nominal', sort: xs, title: xTitle, axis: { labelAngle: -60, labelLimit: 100 } },
      y: { field: 'y', type: 'nominal', sort: ys, title: yTitle, axis: { labelLimit: 100 } },
      opacity: { field: 'value', type: 'quantitative', scale: { range: [0.15, 1] }, legend: null },
      tooltip: [
        { field: 'y', type: 'nominal', title: yTitle },
        { field: 'x', type: 'nominal', title: xTitle },
        { field: 'value', type: 'quantitative', title: valueTitle },
      ],
    },
  } as TopLevelSpec };
}
