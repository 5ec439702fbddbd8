/**
 * A tile's sparkline: a hand-drawn inline SVG polyline (no Vega), because the overview shows a
 * dozen of them and each must cost a few hundred bytes. Null weeks break the line. With
 * `lastPartial`, the step to the last point (a week still in progress, whose counts are only
 * so far) is drawn dashed, so a Monday's small count does not read as a collapse.
 */
const WIDTH = 120;
const HEIGHT = 28;

export function sparklineSvg(values: Array<number | null>, ariaLabel: string, options: { lastPartial?: boolean } = {}): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length < 2) return '';
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min || 1;
  const step = values.length > 1 ? WIDTH / (values.length - 1) : WIDTH;
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (HEIGHT - 2 - ((v - min) / span) * (HEIGHT - 4)).toFixed(1);
    current.push(`${x},${y}`);
  });
  // The last week in progress: its step drawn apart, dashed (when it follows a drawn point).
  const last = values[values.length - 1];
  const partial = options.lastPartial && last !== null && last !== undefined && Number.isFinite(last) && current.length >= 2 ? current.splice(-1) : [];
  const partialStep = partial.length ? `<polyline class="partial" points="${current.at(-1)} ${partial[0]}"/>` : '';
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((points) => (points.includes(' ') ? `<polyline points="${points}"/>` : `<circle cx="${points.split(',')[0]}" cy="${points.split(',')[1]}" r="1.5"/>`)).join('') + partialStep;
  const label = ariaLabel.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<svg class="sparkline" role="img" aria-label="${label}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" focusable="false">${lines}</svg>`;
}
