import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { anyOf, hasFilters, re2Unsupported, repositoryRegex } from '../../src/metrics/filters-config.js';
import { loadMetricsConfig, parseMetricsConfig } from '../../src/metrics/metrics-config.js';

/** metrics.filters as the configuration file gives it (docs/configuration.md "Filters"). */
describe('metrics.filters configuration', () => {
  it('defaults to no filter at all', () => {
    const { filters } = parseMetricsConfig({});
    expect(filters).toEqual({ labels: { include: [], exclude: [] }, authors: { include: [], exclude: [] }, titles: { include: [], exclude: [] }, repositories: { include: [], exclude: [] } });
    expect(hasFilters(filters)).toBe(false);
    expect(hasFilters(parseMetricsConfig({ filters: { labels: { exclude: [] }, authors: {} } }).filters)).toBe(false);
    expect(hasFilters(parseMetricsConfig({ filters: { repositories: { exclude: ['acme/*'] } } }).filters)).toBe(true);
  });

  it('reads the filters of a YAML file, regex escapes included', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'flowmeter-filters-')), 'flowmeter.yml');
    writeFileSync(file, [
      'metrics:',
      '  filters:',
      '    labels: { include: [backend], exclude: [skip-metrics] }',
      '    authors: { exclude: [renovate-helper] }',
      "    titles: { exclude: ['^\\[WIP\\]', 'chore\\(deps\\)'] }",
      "    repositories: { include: ['acme/*'], exclude: [acme/sandbox] }",
      '',
    ].join('\n'));
    const { filters } = loadMetricsConfig(file, true);
    expect(filters).toEqual({
      labels: { include: ['backend'], exclude: ['skip-metrics'] },
      authors: { include: [], exclude: ['renovate-helper'] },
      titles: { include: [], exclude: ['^\\[WIP\\]', 'chore\\(deps\\)'] },
      repositories: { include: ['acme/*'], exclude: ['acme/sandbox'] },
    });
  });

  it.each([
    [{ titles: { exclude: ['^wip', 'draft', '(unclosed'] } }, /metrics\.filters\.titles\.exclude\[2\]: is not a valid regular expression/],
    [{ titles: { include: ['feat(?=:)'] } }, /metrics\.filters\.titles\.include\[0\]: uses a lookahead .*RE2/],
    [{ titles: { include: ['(?<!re)view'] } }, /titles\.include\[0\]: uses a lookbehind/],
    [{ titles: { include: ['(?<kind>feat|fix):'] } }, /titles\.include\[0\]: uses a named group/],
    [{ titles: { exclude: ['(a)\\1'] } }, /titles\.exclude\[0\]: uses the backreference \\1/],
    [{ repositories: { include: ['acme'] } }, /metrics\.filters\.repositories\.include\[0\]: must be owner\/name, with \* for any characters/],
    [{ repositories: { exclude: ['acme/web', 'https://github.com/acme/api'] } }, /repositories\.exclude\[1\]: must be owner\/name/],
    [{ authors: { exclude: ['@ana'] } }, /metrics\.filters\.authors\.exclude\[0\]: must be a GitHub login/],
    [{ labels: { exclude: 'wip' } }, /metrics\.filters\.labels\.exclude: .*array/],
    [{ labels: { exclude: ['  '] } }, /metrics\.filters\.labels\.exclude\[0\]: must not be empty/],
    [{ label: { exclude: ['wip'] } }, /metrics\.filters: unknown key label/],
    [{ titles: { omit: ['x'] } }, /metrics\.filters\.titles: unknown key omit/],
  ])('rejects %j with one error naming the field', (filters, message) => {
    expect(() => parseMetricsConfig({ filters }, 'flowmeter.yml')).toThrow(ConfigError);
    expect(() => parseMetricsConfig({ filters }, 'flowmeter.yml')).toThrow(message);
  });

  it('tells RE2\'s gaps from look-alikes: escaped, or inside a character class, they are literal', () => {
    expect(re2Unsupported('\\(?=x')).toBeNull();
    expect(re2Unsupported('[(?=]')).toBeNull();
    expect(re2Unsupported('\\\\1')).toBeNull(); // an escaped backslash, then the digit 1
    expect(re2Unsupported('(?:a)|b{2,}|[^)]')).toBeNull();
    expect(re2Unsupported('a(?!b)')).toMatch(/lookahead/);
  });

  it('matches repositories by glob, whole names only, dots literal', () => {
    const matches = (globs: string[], name: string) => new RegExp(repositoryRegex(globs)).test(name.toLowerCase());
    expect(repositoryRegex([])).toBe('');
    expect(matches(['acme/*'], 'acme/api')).toBe(true);
    expect(matches(['acme/*'], 'acmex/api')).toBe(false);
    expect(matches(['acme/web-*'], 'Acme/Web-Shop')).toBe(true);
    expect(matches(['acme/web'], 'acme/web-shop')).toBe(false);
    expect(matches(['a.b/c'], 'axb/c')).toBe(false);
    expect(matches(['*/docs', 'acme/api'], 'other/docs')).toBe(true);
    expect(anyOf(['a|b', 'c'])).toBe('(?:a|b)|(?:c)');
  });
});
