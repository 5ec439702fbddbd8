import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { createContext, type MetricsContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import { edgeCaseDataset, EDGE } from './edge-case-dataset.js';

type Facts = { number: number; cycle: number | null; pickup: number | null; review: number | null; response: number | null; reviews_by_others: number; reopened: boolean; is_bot: boolean; created_at: string; ready_at: string | null };

describe('named flow edge cases', () => {
  let facts: Map<number, Facts>;
  let ctx: MetricsContext;
  const dataset = edgeCaseDataset();

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-edge-')), 'edge.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    ctx = await createContext(store, parseMetricsConfig({}), new Date(dataset.now));
    const rows = await store.query<Facts>(`SELECT number, dur_h(ready_at, merged_at) AS cycle, dur_h(ready_at, first_review_at) AS pickup,
        dur_h(first_review_at, merged_at) AS review, dur_h(ready_at, first_response_at) AS response, reviews_by_others, reopened, is_bot,
        strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, strftime(ready_at, '%Y-%m-%dT%H:%M:%SZ') AS ready_at FROM pr_facts`);
    facts = new Map(rows.map((r) => [r.number, r]));
  }, 60_000);

  it('a draft made ready: cycle and pickup start at the ready event', () => {
    expect(facts.get(EDGE.draftMadeReady.number)).toMatchObject({ cycle: 10, pickup: 2 });
  });

  it('a review on a draft before it was ready: pickup counts as 0, not negative', () => {
    expect(facts.get(EDGE.reviewOnDraft.number)).toMatchObject({ cycle: 3, pickup: 0, review: 7 });
  });

  it('a PR reviewed only by its author has no review by others', () => {
    expect(facts.get(EDGE.selfReviewed.number)).toMatchObject({ reviews_by_others: 0, pickup: null, response: null });
  });

  it('a reopened PR is flagged', () => {
    expect(facts.get(EDGE.reopened.number)!.reopened).toBe(true);
    expect(facts.get(EDGE.draftMadeReady.number)!.reopened).toBe(false);
  });

  it('a PR with more than 100 reviews keeps them all', () => {
    expect(facts.get(EDGE.manyReviews.number)).toMatchObject({ reviews_by_others: 120, pickup: 1 });
  });

  it('a +02:00 timestamp is stored as the same instant and reported in UTC', () => {
    expect(facts.get(EDGE.offsetTimestamps.number)).toMatchObject({ created_at: '2026-11-02T08:00:00Z', cycle: 4 });
  });

  it('a deleted author is kept, bots are left out', async () => {
    expect(facts.get(EDGE.deletedAuthor.number)).toMatchObject({ reviews_by_others: 1, pickup: 2 });
    expect(facts.get(EDGE.botPr.number)!.is_bot).toBe(true);
    const report = await computeReport(ctx.store, ctx.config, ctx.now);
    expect(report.figures['throughput.merged']!.value).toBe(Object.keys(EDGE).length - 1);
    // selfReviewed and offsetTimestamps have no review by others.
    expect(report.figures['flow.unreviewed_merge_share']!.value).toBeCloseTo(2 / 7, 3);
    expect(report.figures['flow.changes_requested_share']!.value).toBeCloseTo(1 / 7, 3);
  });
});

describe('an empty database', () => {
  it('reports empty sections, not errors', async () => {
    const store = await openStore(':memory:');
    const report = await computeReport(store, parseMetricsConfig({}), new Date('2026-11-16T12:00:00Z'));
    await store.close();
    expect(report.figures['throughput.merged']!.value).toBe(0);
    expect(report.figures['flow.cycle_time.p50']).toMatchObject({ value: null, n: 0, lowSample: true });
    expect(report.sections.flow).toBeDefined();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
