import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset, SimIssue } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { createContext } from '../../src/metrics/context.js';
import { DEFAULT_BOT_PATTERNS, parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeIssues, type IssuesSection } from '../../src/metrics/issues.js';
import type { Figures } from '../../src/metrics/model.js';
import type { LabelledPeriod, Period } from '../../src/metrics/windows.js';
import { earliest, hoursBetween, quantileCont, summary } from './oracle-stats.js';

/**
 * Issue metrics recomputed in plain TypeScript from the generator's issues, following
 * METRICS.md and docs/metrics/issues.md, and compared with computeIssues.
 */
const ms = (t: string) => Date.parse(t);
const inWindow = (t: string | null, p: Period) => t !== null && ms(t) >= ms(p.from) && ms(t) < ms(p.to);

function humanIssues(dataset: SimDataset) {
  const kinds = new Map(dataset.actors.map((a) => [a.login, a.kind]));
  const patterns = DEFAULT_BOT_PATTERNS.map((p) => new RegExp(p, 'i'));
  const isBot = (login: string | null) => login !== null && (kinds.get(login) === 'Bot' || patterns.some((p) => p.test(login)));
  const responder = (issue: SimIssue, login: string | null) => !isBot(login) && login !== issue.author && !(login === null && issue.author === null);
  return dataset.repositories.flatMap((r) => r.issues)
    .filter((issue) => !isBot(issue.author))
    .map((issue) => ({
      createdAt: issue.createdAt,
      closedAt: issue.state === 'CLOSED' ? issue.closedAt : null,
      firstResponseAt: earliest(issue.comments.filter((c) => responder(issue, c.author)).map((c) => c.createdAt)),
    }));
}

type Issue = ReturnType<typeof humanIssues>[number];

function periodOracle(issues: Issue[], p: Period) {
  return {
    opened: issues.filter((i) => inWindow(i.createdAt, p)).length,
    closed: issues.filter((i) => inWindow(i.closedAt, p)).length,
    firstResponse: summary(issues.filter((i) => inWindow(i.firstResponseAt, p)).map((i) => hoursBetween(i.createdAt, i.firstResponseAt)!)),
    timeToClose: summary(issues.filter((i) => inWindow(i.closedAt, p)).map((i) => hoursBetween(i.createdAt, i.closedAt)!)),
  };
}

function openAt(issues: Issue[], t: string) {
  const ages = issues.filter((i) => ms(i.createdAt) <= ms(t) && (i.closedAt === null || ms(i.closedAt) > ms(t))).map((i) => hoursBetween(i.createdAt, t)!);
  const median = quantileCont(ages, 0.5);
  return { open: ages.length, medianAgeHours: median === null ? null : Math.round(median * 1000) / 1000 };
}

const pick = (p: NonNullable<IssuesSection['previous']>) => ({
  opened: p.opened,
  closed: p.closed,
  firstResponse: { n: p.firstResponse.n, p50: p.firstResponse.p50, p75: p.firstResponse.p75, p90: p.firstResponse.p90 },
  timeToClose: { n: p.timeToClose.n, p50: p.timeToClose.p50, p75: p.timeToClose.p75, p90: p.timeToClose.p90 },
});

describe('issues against a TypeScript oracle on the generated org', () => {
  let dataset: SimDataset;
  let issues: Issue[];
  let section: IssuesSection;
  let figures: Figures;
  let range: Period;
  let previous: Period;
  let weeks: LabelledPeriod[];

  beforeAll(async () => {
    dataset = generateDataset({ seed: 7, size: 500 });
    issues = humanIssues(dataset);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-issues-oracle-')), 'issues.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    const ctx = await createContext(store, parseMetricsConfig({}), new Date(dataset.now));
    ({ range, previous, weeks } = ctx);
    ({ section, figures } = await computeIssues(ctx));
    await store.close();
  }, 120_000);

  it('time to first response, time to close, opened and closed', () => {
    const want = periodOracle(issues, range);
    expect(want.firstResponse.n).toBeGreaterThan(30);
    expect(want.timeToClose.n).toBeGreaterThan(30);
    expect(pick(section)).toEqual(want);
    expect(figures['issues.first_response.p50']).toMatchObject({ value: want.firstResponse.p50, n: want.firstResponse.n });
    expect(figures['issues.time_to_close.p50']).toMatchObject({ value: want.timeToClose.p50, n: want.timeToClose.n });
    expect(figures['issues.opened']!.value).toBe(want.opened);
    expect(figures['issues.closed']!.value).toBe(want.closed);
  });

  it('the previous period too', () => {
    expect(pick(section.previous!)).toEqual(periodOracle(issues, previous));
  });

  it('open issues and their median age at every week end; opened and closed per week', () => {
    const want = weeks.map((w) => ({ week: w.label, ...openAt(issues, w.to), opened: periodOracle(issues, w).opened, closed: periodOracle(issues, w).closed }));
    expect(section.weekly.map((w) => ({ week: w.week, open: w.open, medianAgeHours: w.medianAgeHours, opened: w.opened, closed: w.closed }))).toEqual(want);
    const end = openAt(issues, range.to);
    expect(figures['issues.open']!.value).toBe(end.open);
    expect(figures['issues.open_age.p50']!.value).toBe(end.medianAgeHours);
  });

  it('unanswered open issues', () => {
    const want = issues.filter((i) => i.closedAt === null && i.firstResponseAt === null).length;
    expect(want).toBeGreaterThan(0);
    expect(section.unanswered.count).toBe(want);
  });
});
