import * as vegaModule from 'vega';
import * as vegaLiteModule from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { VEGA_LITE_CONFIG } from './chart-theme.js';

/**
 * Vega-Lite spec → static SVG string at build time, with the headless renderer ('none'), so a
 * page shows its charts without JavaScript. The SVG is made one accessible image (role=img and
 * an aria-label; the data table next to it is the full text alternative); Vega's per-mark ARIA
 * is turned into `data-tip` attributes that the optional charts.js shows as tooltips.
 */
export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  numerals?: string[];
  minus?: string;
}

const ARABIC_NUMBERS: NumberLocale = {
  decimal: '٫',
  thousands: '٬',
  grouping: [3],
  currency: ['', ''],
  numerals: ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
  minus: '−',
};
const LATIN_NUMBERS: NumberLocale = { decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '−' };

export function numberLocaleFor(lang: string): NumberLocale {
  return lang === 'ar' ? ARABIC_NUMBERS : LATIN_NUMBERS;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Rewrites Vega's SVG into one labelled image with tooltip data on the marks. */
export function finishSvg(svg: string, ariaLabel: string): string {
  let out = svg
    .replace(/ role="graphics-(?:object|symbol|document)"/g, '')
    .replace(/ aria-roledescription="[^"]*"/g, '')
    .replace(/ aria-hidden="true"/g, '')
    .replace(/ aria-label="([^"]*)"/g, ' data-tip="$1"')
    .replace(/<path class="(?:background|foreground)"[^>]*d="(?:M0,0h0v0h0Z)?"[^>]*\/>/g, '')
    .replace(/ pointer-events="none"/g, '');
  out = out.replace(/^<svg ([^>]*?)class="marks"/, `<svg role="img" aria-label="${escapeAttribute(ariaLabel)}" focusable="false" class="chart-svg" $1`);
  return out.replace(/ class="chart-svg" ([^>]*)/, ' class="chart-svg" $1');
}

/**
 * Compiling and parsing cost as much as rendering, and the same chart recurs for every period
 * preset with other data; so specs keep their rows in a named source (`table`) and the parsed
 * runtime is cached by the spec without its rows.
 */
// The ncc bundle resolves these ESM packages to their CommonJS builds, whose namespace holds
// the API under `default`; from source (tsx, vitest) it is the namespace itself.
type VegaApi = typeof vegaModule;
type VegaLiteApi = typeof vegaLiteModule;
const vega: VegaApi = (vegaModule as VegaApi & { default?: VegaApi }).parse ? vegaModule : (vegaModule as unknown as { default: VegaApi }).default;
const vegaLite: VegaLiteApi = (vegaLiteModule as VegaLiteApi & { default?: VegaLiteApi }).compile ? vegaLiteModule : (vegaLiteModule as unknown as { default: VegaLiteApi }).default;

const runtimes = new Map<string, vegaModule.Runtime>();
const RUNTIME_CACHE_LIMIT = 200;

function runtimeFor(spec: TopLevelSpec): vegaModule.Runtime {
  const key = JSON.stringify(spec);
  let runtime = runtimes.get(key);
  if (!runtime) {
    const withConfig = { ...spec, config: { ...VEGA_LITE_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
    runtime = vega.parse(vegaLite.compile(withConfig).spec);
    if (runtimes.size >= RUNTIME_CACHE_LIMIT) runtimes.clear();
    runtimes.set(key, runtime);
  }
  return runtime;
}

/** Renders a Vega-Lite spec whose data is the named source `table` filled with `rows`. */
export async function renderChartSvg(spec: TopLevelSpec, rows: object[], ariaLabel: string, lang: string): Promise<string> {
  const view = new vega.View(runtimeFor(spec), { renderer: 'none', locale: { number: numberLocaleFor(lang) } } as never);
  view.data('table', rows);
  try {
    const svg = await view.toSVG();
    return finishSvg(svg, ariaLabel);
  } finally {
    view.finalize();
  }
}
