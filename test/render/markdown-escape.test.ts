import { describe, expect, it } from 'vitest';
import { codeSpan, escapeText, link, login, safeUrl, truncateText } from '../../src/render/markdown/markdown-escape.js';
import { formatChange, formatHours, formatN, formatValue, verdictOf } from '../../src/render/markdown/markdown-format.js';
import { tableRow } from '../../src/render/markdown/markdown-table.js';
import { axisTop, throughputChart, weekLabel } from '../../src/render/markdown/mermaid-throughput.js';
import { cellSeparators, mentionsOutsideCode, stripCode } from './markdown-checks.js';

describe('escaping untrusted text', () => {
  it('shows HTML as text', () => {
    const out = escapeText('<img src=x onerror=alert(1)> & <script>');
    expect(out).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;');
    expect(out).not.toContain('<');
  });

  it('cannot open a link, emphasis, code, a table cell or math', () => {
    expect(escapeText('](javascript:alert(1))')).toBe('\\](javascript:alert(1))');
    expect(escapeText('[x](https://evil)')).toBe('\\[x\\](https:\u200B//evil)');
    expect(escapeText('*a* _b_ ~c~ `d` a|b $5 \\')).toBe('\\*a\\* \\_b\\_ \\~c\\~ \\`d\\` a\\|b &#36;5 &#92;');
  });

  it('never leaves a mention, a cross-reference or a bare URL', () => {
    const out = escapeText('@octocat please see #12 and acme/api#3, mail a@b.io, https://x.io www.y.io');
    expect(mentionsOutsideCode(out)).toEqual([]);
    expect(out).not.toMatch(/#\d/);
    expect(out).not.toMatch(/:\/\/|www\./);
  });

  it('keeps a title on one line and drops bidi overrides', () => {
    expect(escapeText('a\nb\r\n\tc\u202Egnp.exe')).toBe('a b cgnp.exe');
    expect(escapeText(null)).toBe('');
  });

  it('truncates by grapheme, never inside an emoji', () => {
    expect(truncateText('👩‍👩‍👧‍👦'.repeat(5), 3)).toBe('👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
    expect(truncateText('short', 10)).toBe('short');
  });
});

describe('code spans and logins', () => {
  it('fences backticks with a longer run and pads edge backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x``')).toBe('``` `x`` ```');
    expect(stripCode(`x ${codeSpan('``@octocat`')} y`)).toBe('x   y');
  });

  it('escapes pipes inside a code span only in a table', () => {
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(cellSeparators(tableRow([codeSpan('a\\|b|c', true), escapeText('x\\|y')]))).toBe(3);
  });

  it('writes logins in code spans without @, ghost for a deleted account', () => {
    expect(login('octocat')).toBe('`octocat`');
    expect(login('@octocat')).toBe('`octocat`');
    expect(login(null)).toBe('`ghost`');
    expect(mentionsOutsideCode(`${login('octocat')} ${login('dependabot[bot]')}`)).toEqual([]);
  });
});

describe('links', () => {
  it('accepts http(s) only, without credentials', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>')).toBeNull();
    expect(safeUrl('https://user:pw@github.com/a')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl('https://github.com/acme/api/pull/3')).toBe('https://github.com/acme/api/pull/3');
  });

  it('percent-encodes what could end the target, split a cell or mention', () => {
    expect(safeUrl('https://x.io/a(b)|c`d@e[f]')).toBe('https://x.io/a%28b%29%7Cc%60d%40e%5Bf%5D');
    expect(link('t', 'javascript:x')).toBe('t');
    expect(link('t', 'https://x.io/(y)')).toBe('[t](https://x.io/%28y%29)');
  });
});

describe('numbers for people', () => {
  it('reads hours as minutes, hours or days', () => {
    expect([0.3, 0.999, 1, 5.24, 48, 48.1, 74.4].map(formatHours)).toEqual(['18 min', '1.0 h', '1.0 h', '5.2 h', '48.0 h', '2.0 d', '3.1 d']);
  });

  it('formats shares as percent, counts with separators, and n with a low-sample flag', () => {
    expect(formatValue(0.0561, 'share')).toBe('5.6%');
    expect(formatValue(1234567, 'count')).toBe('1,234,567');
    expect(formatValue(null, 'hours')).toBe('—');
    expect(formatN(3, true)).toBe('3 ⚠️ low sample');
  });

  it('says which way a change went and whether that is better', () => {
    expect(formatChange(-0.7, 'hours', verdictOf('lower', -0.7))).toBe('↓ 42 min, better');
    expect(formatChange(0.016, 'share', verdictOf('lower', 0.016))).toBe('↑ 1.6 pp, worse');
    expect(formatChange(12, 'prs', verdictOf('higher', 12))).toBe('↑ 12, better');
    expect(formatChange(0.001, 'hours', verdictOf('lower', 0.001))).toBe('→ no change');
    expect(formatChange(null, 'hours', null)).toBe('no previous data');
  });
});

describe('mermaid throughput chart', () => {
  it('draws merged PRs with ISO week labels and a round axis', () => {
    const chart = throughputChart([
      { week: '2026-11-09T00:00:00Z', label: '2026-W46', opened: 3, merged: 7, closed_unmerged: 0, additions: 0, deletions: 0 },
      { week: '2026-11-16T00:00:00Z', opened: 1, merged: 2, closed_unmerged: 0, additions: 0, deletions: 0 },
    ])!;
    expect(chart).toContain('    x-axis ["2026-W46", "2026-W47"]');
    expect(chart).toContain('    bar [7, 2]');
    expect(chart).toContain('    y-axis "Merged PRs" 0 --> 10');
    expect(throughputChart([])).toBeNull();
    expect(weekLabel({ week: 'x', label: '"]\n```' })).toBe('?');
    expect([0, 7, 10, 11, 120, 201].map(axisTop)).toEqual([1, 10, 10, 20, 200, 500]);
  });
});
