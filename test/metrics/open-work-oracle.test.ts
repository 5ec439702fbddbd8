import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset, SimPullRequest } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { createContext } from '../../src/metrics/context.js';
import { DEFAULT_BOT_PATTERNS, parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeOpenWork, type OpenWorkSection } from '../../src/metrics/open-work.js';
import type { Figures } from '../../src/metrics/model.js';
import type { LabelledPeriod } from '../../src/metrics/windows.js';
import { quantileCont } from './oracle-stats.js';

/**
 * Open work recomputed in plain TypeScript from the generator's own records, following
 * METRICS.md and docs/metrics/open-work.md line by line, and compared with computeOpenWork.
 */
const HOUR = 3_600_000;
const ms = (t: string) => Date.parse(t);
const second = (t: number) => `${new Date(t).toISOString().slice(0, 19)}Z`;
const r3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const maxOf = (values: number[]) => (values.length ? Math.max(...values) : null);

function botCheck(dataset: SimDataset) {
  const kinds = new Map(dataset.actors.map((a) => [a.login, a.kind]));
  const patterns = DEFAULT_BOT_PATTERNS.map((p) => new RegExp(p, 'i'));
  return (login: string | null) => login !== null && (kinds.get(login) === 'Bot' || patterns.some((p) => p.test(login)));
}

const draftEvents = (pr: SimPullRequest) =>
  pr.timeline.filter((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent').sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
const openedAsDraft = (pr: SimPullRequest) => {
  const first = draftEvents(pr)[0];
  return first ? first.type === 'ReadyForReviewEvent' : pr.isDraft;
};

function waitingOracle(dataset: SimDataset, warning: number, critical: number) {
  const isBot = botCheck(dataset);
  const now = ms(dataset.now);
  const out = [];
  for (const repo of dataset.repositories) {
    for (const pr of repo.pullRequests) {
      if (pr.state !== 'OPEN' || pr.isDraft || isBot(pr.author)) continue;
      const firstReady = draftEvents(pr)[0];
      const ready = openedAsDraft(pr) ? ms(firstReady!.createdAt) : ms(pr.createdAt);
      const lastPush = maxOf([
        ...pr.commits.map((c) => ms(c.committedDate)),
        ...pr.timeline.filter((e) => e.type === 'HeadRefForcePushedEvent').map((e) => ms(e.createdAt)),
      ]);
      const lastReview = maxOf(pr.reviews
        .filter((v) => v.submittedAt && v.state !== 'PENDING' && !isBot(v.author) && v.author !== pr.author && !(v.author === null && pr.author === null))
        .map((v) => ms(v.submittedAt!)));
      const pending = pr.reviewRequests.filter((r) => r.startsWith('team:') || !isBot(r));
      const lastRequest = maxOf(pr.timeline.flatMap((e) =>
        e.type === 'ReviewRequestedEvent' && e.requestedReviewer !== null && pending.includes(e.requestedReviewer) ? [ms(e.createdAt)] : []));
      const anchor = Math.max(ready, lastPush ?? -Infinity);
      const withReviewer = pending.length > 0 || lastReview === null || lastReview < anchor;
      const since = withReviewer ? Math.max(anchor, lastRequest ?? -Infinity) : lastReview!;
      const hours = Math.max(0, now - since) / HOUR;
      out.push({
        repo: `${repo.owner}/${repo.name}`,
        number: pr.number,
        author: pr.author,
        ball: withReviewer ? 'reviewer' : 'author',
        waitingOn: withReviewer ? pending.map((r) => r.replace(/^team:/, '')).sort() : pr.author === null ? [] : [pr.author],
        since: second(since),
        waitHours: r3(hours),
        severity: hours >= critical ? 'critical' : hours >= warning ? 'warning' : 'ok',
      });
    }
  }
  return out.sort((a, b) => a.repo.localeCompare(b.repo) || a.number - b.number);
}

/** Open PRs, their median age and the non-draft ones at instant `t`. */
function snapshotOracle(dataset: SimDataset, t: number) {
  const isBot = botCheck(dataset);
  const ages: number[] = [];
  let wip = 0;
  for (const pr of dataset.repositories.flatMap((r) => r.pullRequests)) {
    if (isBot(pr.author) || ms(pr.createdAt) > t) continue;
    const end = pr.state === 'OPEN' ? null : ms(pr.closedAt ?? pr.mergedAt!);
    if (end !== null && end <= t) continue;
    ages.push((t - ms(pr.createdAt)) / HOUR);
    const last = draftEvents(pr).filter((e) => ms(e.createdAt) <= t).pop();
    const draft = last ? last.type === 'ConvertToDraftEvent' : openedAsDraft(pr);
    if (!draft) wip++;
  }
  return { open: ages.length, medianAgeHours: r3(quantileCont(ages, 0.5)), wip };
}

describe.each([10, 12])('open work against a TypeScript oracle (seed %i)', (seed) => {
  let dataset: SimDataset;
  let section: OpenWorkSection;
  let figures: Figures;
  let weeks: LabelledPeriod[];

  beforeAll(async () => {
    dataset = generateDataset({ seed, size: 500 });
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-open-work-')), 'open-work.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    const ctx = await createContext(store, parseMetricsConfig({}), new Date(dataset.now));
    weeks = ctx.weeks;
    ({ section, figures } = await computeOpenWork(ctx));
    await store.close();
  }, 120_000);

  it('ball in court, waiting-on, since, wait and severity of every waiting PR', () => {
    const expected = waitingOracle(dataset, 24, 72);
    expect(expected.length).toBeGreaterThan(8);
    expect(new Set(expected.map((w) => w.ball))).toEqual(new Set(['reviewer', 'author']));
    const got = section.waiting
      .map((w) => ({ repo: w.repo, number: w.number, author: w.author, ball: w.ball, waitingOn: w.waitingOn, since: w.since, waitHours: w.waitHours, severity: w.severity }))
      .sort((a, b) => a.repo.localeCompare(b.repo) || a.number - b.number);
    expect(got).toEqual(expected);
    expect(figures['open.waiting']!.value).toBe(expected.length);
    expect(figures['open.waiting_critical']!.value).toBe(expected.filter((w) => w.severity === 'critical').length);
  });

  it('the waiting list is sorted by wait, longest first', () => {
    const waits = section.waiting.map((w) => w.waitHours);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
  });

  it('backlog count, median age and WIP at every week end', () => {
    const expected = weeks.map((w) => ({ week: w.label, ...snapshotOracle(dataset, ms(w.to)) }));
    const got = section.backlog.map((b) => ({ week: b.week, open: b.open, medianAgeHours: b.medianAgeHours, wip: b.wip }));
    expect(got).toEqual(expected);
    expect(expected.some((e) => e.open > 0 && e.wip < e.open)).toBe(true);
    const last = expected[expected.length - 1]!;
    expect(figures['open.backlog']!.value).toBe(last.open);
    expect(figures['open.median_age_hours']!.value).toBe(last.medianAgeHours);
    expect(section.wipByAuthor.reduce((s, a) => s + a.wip, 0)).toBe(last.wip);
  });
});
