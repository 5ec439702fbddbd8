import { describe, expect, it } from 'vitest';
import { assertSitePublishable, overallDoraBand } from '../../src/action/report-outputs.js';
import { ConfigError } from '../../src/errors.js';
import type { ReportModel } from '../../src/metrics/model.js';

const withBands = (bands: Record<string, string | null>) => ({ sections: { dora: { bands } } }) as unknown as ReportModel;
const repos = (...list: Array<[string, boolean]>) => ({ repositories: list.map(([fullName, isPrivate]) => ({ id: fullName, fullName, isPrivate })) });

describe('dora-band output', () => {
  it('is the lowest band among the rated keys', () => {
    expect(overallDoraBand(withBands({ deploymentFrequency: 'elite', leadTime: 'medium', changeFailureRate: 'high', recoveryTime: null }))).toBe('medium');
    expect(overallDoraBand(withBands({ deploymentFrequency: 'elite', leadTime: 'elite', changeFailureRate: 'elite', recoveryTime: 'low' }))).toBe('low');
  });
  it('is none when no key could be rated, or there is no DORA section', () => {
    expect(overallDoraBand(withBands({ deploymentFrequency: null, leadTime: null, changeFailureRate: null, recoveryTime: null }))).toBe('none');
    expect(overallDoraBand({ sections: {} } as unknown as ReportModel)).toBe('none');
  });
});

describe('private-data guard', () => {
  it('lets public repositories through, and private ones only with the flag', () => {
    expect(() => assertSitePublishable(repos(['o/a', false]), false)).not.toThrow();
    expect(() => assertSitePublishable(repos(['o/a', false], ['o/secret', true]), true)).not.toThrow();
  });
  it('names the private repositories, the input and the way out', () => {
    const attempt = () => assertSitePublishable(repos(['o/a', false], ['o/secret', true]), false);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/publish-private-data: the site would show data from private repository o\/secret, and GitHub Pages sites are public/);
    expect(attempt).toThrow(/Set `publish-private-data: true`/);
  });
  it('counts private repositories metrics.filters left out: the Data page still names them', () => {
    const leftOut = (privateRepositories: number) => ({ ...repos(['o/a', false]), filters: { leftOut: { pullRequests: 0, issues: 0, repositories: 2, privateRepositories } } }) as Pick<ReportModel, 'repositories' | 'filters'>;
    expect(() => assertSitePublishable(leftOut(0), false)).not.toThrow();
    expect(() => assertSitePublishable(leftOut(2), true)).not.toThrow();
    expect(() => assertSitePublishable(leftOut(2), false)).toThrow(/from private repositories 2 left out by metrics\.filters but named on the Data page/);
  });
});
