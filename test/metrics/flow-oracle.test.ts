import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset, SimPullRequest } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore } from '../../src/store/database.js';
import { DEFAULT_BOT_PATTERNS, parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { ReportModel } from '../../src/metrics/model.js';
import { earliest, hoursBetween, summary } from './oracle-stats.js';

/**
 * Flow stages recomputed in plain TypeScript from the generator's own records (not from the
 * database, not from SQL), following METRICS.md line by line, and compared with the report.
 */
function oracle(dataset: SimDataset, from: string, to: string) {
  const kinds = new Map(dataset.actors.map((a) => [a.login, a.kind]));
  const patterns = DEFAULT_BOT_PATTERNS.map((p) => new RegExp(p, 'i'));
  const isBot = (login: string | null) => login !== null && (kinds.get(login) === 'Bot' || patterns.some((p) => p.test(login)));
  const byOthers = (pr: SimPullRequest, login: string | null) => !isBot(login) && login !== pr.author && !(login === null && pr.author === null);

  const stages: Record<string, number[]> = { cycle_time: [], coding_time: [], pickup_time: [], first_response: [], time_to_approval: [], review_time: [] };
  for (const pr of dataset.repositories.flatMap((r) => r.pullRequests)) {
    if (!pr.mergedAt || Date.parse(pr.mergedAt) < Date.parse(from) || Date.parse(pr.mergedAt) >= Date.parse(to) || isBot(pr.author)) continue;
    const draftEvents = pr.timeline.filter((e) => e.type === 'ReadyForReviewEvent' || e.type === 'ConvertToDraftEvent').sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const openedAsDraft = draftEvents[0]?.type === 'ReadyForReviewEvent';
    const readyAt = openedAsDraft ? draftEvents[0]!.createdAt : pr.createdAt;
    const reviews = pr.reviews.filter((r) => r.submittedAt && r.state !== 'PENDING' && byOthers(pr, r.author));
    const firstReview = earliest(reviews.map((r) => r.submittedAt));
    const firstComment = earliest(pr.comments.filter((c) => byOthers(pr, c.author)).map((c) => c.createdAt));
    const push = (stage: string, hours: number | null) => hours !== null && stages[stage]!.push(hours);
    push('cycle_time', hoursBetween(readyAt, pr.mergedAt));
    push('coding_time', hoursBetween(earliest(pr.commits.map((c) => c.authoredDate)), readyAt));
    push('pickup_time', hoursBetween(readyAt, firstReview));
    push('first_response', hoursBetween(readyAt, earliest([firstReview, firstComment])));
    push('time_to_approval', hoursBetween(readyAt, earliest(reviews.filter((r) => r.state === 'APPROVED').map((r) => r.submittedAt))));
    push('review_time', hoursBetween(firstReview, pr.mergedAt));
  }
  return Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, summary(v)]));
}

describe('flow stages against a TypeScript oracle on the generated org', () => {
  let dataset: SimDataset;
  let report: ReportModel;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 21, size: 700 });
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-flow-oracle-')), 'flow.duckdb');
    await harvestFresh(dataset, path);
    const store = await openStore(path);
    report = await computeReport(store, parseMetricsConfig({}), new Date(dataset.now));
    await store.close();
  }, 120_000);

  it('every stage: n, p50, p75 and p90 equal the oracle', () => {
    const expected = oracle(dataset, report.range.from, report.range.to);
    for (const [stage, want] of Object.entries(expected)) {
      expect(want.n, `${stage} has data`).toBeGreaterThan(20);
      const got = { n: report.figures[`flow.${stage}.p50`]!.n, p50: report.figures[`flow.${stage}.p50`]!.value, p75: report.figures[`flow.${stage}.p75`]!.value, p90: report.figures[`flow.${stage}.p90`]!.value };
      expect([stage, got]).toEqual([stage, want]);
    }
  });
});
