/**
 * Chart colours. Vega writes colours as SVG presentation attributes, which CSS rules override;
 * so charts are rendered once with the light palette below and the stylesheet maps each of
 * these exact colours to a theme variable (`chartColourCss`). Every colour used in a chart
 * must come from here, or it will not follow the theme.
 */
export const SERIES_COLOURS = ['#2563eb', '#c2410c', '#047857', '#b91c1c', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f'] as const;

export const CHROME_COLOURS = {
  text: '#374151',
  grid: '#e5e7eb',
  axis: '#6b7280',
} as const;

/** Severity colours of the open-work list and charts. */
export const SEVERITY_COLOURS = { ok: SERIES_COLOURS[2], warning: SERIES_COLOURS[1], critical: SERIES_COLOURS[3] } as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';

/** The Vega-Lite `config` every chart uses. */
export const VEGA_LITE_CONFIG = {
  background: null,
  font: FONT,
  view: { stroke: null },
  range: { category: [...SERIES_COLOURS] },
  axis: {
    labelColor: CHROME_COLOURS.text,
    titleColor: CHROME_COLOURS.text,
    gridColor: CHROME_COLOURS.grid,
    domainColor: CHROME_COLOURS.axis,
    tickColor: CHROME_COLOURS.axis,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 'normal',
  },
  legend: { labelColor: CHROME_COLOURS.text, titleColor: CHROME_COLOURS.text, labelFontSize: 11, titleFontSize: 11, orient: 'bottom', direction: 'horizontal' },
  line: { strokeWidth: 2, color: SERIES_COLOURS[0] },
  point: { color: SERIES_COLOURS[0] },
  bar: { color: SERIES_COLOURS[0] },
  rect: { color: SERIES_COLOURS[0] },
  circle: { color: SERIES_COLOURS[0] },
  text: { color: CHROME_COLOURS.text },
} as const;

/** CSS mapping the light-palette colours above onto theme variables (--series-N, --chart-*). */
export function chartColourCss(): string {
  const rules: string[] = [];
  SERIES_COLOURS.forEach((colour, i) => {
    rules.push(`.chart-svg [fill="${colour}"]{fill:var(--series-${i + 1})}`, `.chart-svg [stroke="${colour}"]{stroke:var(--series-${i + 1})}`);
  });
  for (const [name, colour] of Object.entries(CHROME_COLOURS)) {
    rules.push(`.chart-svg [fill="${colour}"]{fill:var(--chart-${name})}`, `.chart-svg [stroke="${colour}"]{stroke:var(--chart-${name})}`);
  }
  return rules.join('\n') + '\n';
}
