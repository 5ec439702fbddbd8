import { describe, expect, it } from 'vitest';
import { sparklineSvg } from '../../src/render/charts/sparkline.js';

const points = (svg: string, cls = '') =>
  [...svg.matchAll(new RegExp(`<polyline ${cls ? `class="${cls}" ` : ''}points="([^"]+)"`, 'g'))].map((m) => m[1]!.split(' '));

describe('tile sparklines', () => {
  it('draws the week still in progress as a dashed step of its own', () => {
    const svg = sparklineSvg([4, 6, 5, 1], 'trend', { lastPartial: true });
    const [solid] = points(svg);
    const [dashed] = points(svg, 'partial');
    expect(solid).toHaveLength(3);
    expect(dashed).toEqual([solid!.at(-1), expect.stringMatching(/^120\.0,/)]);
  });

  it('draws one line when the last week is complete, or breaks as null weeks do', () => {
    expect(sparklineSvg([4, 6, 5, 1], 'trend')).not.toContain('partial');
    expect(points(sparklineSvg([4, 6, 5, 1], 'trend'))[0]).toHaveLength(4);
    // The last week has no value: nothing to dash.
    expect(sparklineSvg([4, 6, 5, null], 'trend', { lastPartial: true })).not.toContain('partial');
    // A lone last point after a gap stays a dot.
    expect(sparklineSvg([4, 6, null, 1], 'trend', { lastPartial: true })).toMatch(/<circle[^>]*\/><\/svg>$/);
  });
});
