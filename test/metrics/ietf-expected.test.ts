import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../sim/load-dataset.js';
import { harvestFresh } from '../harvest/harness.js';
import { spawnSync } from 'node:child_process';
import type { ReportModel } from '../../src/metrics/model.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'ietf-ppm-dap');
const bin = join(import.meta.dirname, '..', '..', 'bin', 'flowmeter.js');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

/**
 * The real archive, through the simulator, the real harvester and computeReport over its whole
 * range with deployments from releases, reproduces expected.json (computed independently from
 * the same files with METRICS.md): hours to within 0.01, shares to within 0.001.
 */
describe('ietf-ppm-dap: reference figures from expected.json', () => {
  let report: ReportModel;

  beforeAll(async () => {
    const dataset = await loadDataset(`id-archive:${dir}`);
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-ietf-metrics-')), 'ietf.duckdb');
    await harvestFresh(dataset, path);
    // The CLI path the issue names: `report --json --deployments releases` over the whole range.
    const cli = spawnSync(process.execPath, [bin, 'report', '--db', path, '--json', '--deployments', 'releases', '--from', 'all', '--to', dataset.now], { encoding: 'utf8' });
    expect(cli.stderr).not.toMatch(/flowmeter:/);
    report = JSON.parse(cli.stdout) as ReportModel;
  }, 120_000);

  const stages: Array<[string, string]> = [
    ['cycle_time_h', 'flow.cycle_time'],
    ['pickup_time_h', 'flow.pickup_time'],
    ['first_response_h', 'flow.first_response'],
    ['time_to_approval_h', 'flow.time_to_approval'],
    ['review_time_h', 'flow.review_time'],
    ['deploy_time_h_release_source', 'flow.deploy_time'],
  ];
  for (const [key, id] of stages) {
    it(`${key} → ${id}.*`, () => {
      const want = expected[key] as { n: number; p50: number; p75: number; p90: number };
      for (const q of ['p50', 'p75', 'p90'] as const) {
        const got = report.figures[`${id}.${q}`]!;
        expect(got.n, `${id}.${q} n`).toBe(want.n);
        expect(Math.abs(got.value! - want[q]), `${id}.${q}: ${got.value} vs ${want[q]}`).toBeLessThanOrEqual(0.01);
      }
    });
  }

  it('shares, reviews per PR, counts and weekly throughput', () => {
    expect(Math.abs(report.figures['flow.unreviewed_merge_share']!.value! - expected.unreviewed_merge_share)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(report.figures['flow.changes_requested_share']!.value! - expected.changes_requested_share)).toBeLessThanOrEqual(0.001);
    expect(report.figures['flow.reviews_per_pr.p50']!.value).toBe(expected.reviews_per_merged_pr.median);
    expect(Math.abs(report.figures['flow.reviews_per_pr.mean']!.value! - expected.reviews_per_merged_pr.mean)).toBeLessThanOrEqual(0.001);
    expect(report.figures['throughput.merged']!.value).toBe(expected.merged);
    expect(report.figures['throughput.closed_unmerged']!.value).toBe(expected.closed_unmerged);
    const weekly = (report.sections.flow as { throughputWeekly: Array<{ merged: number }> }).throughputWeekly;
    expect(weekly.filter((w) => w.merged > 0).length).toBe(expected.weeks_with_merges);
    expect(Math.max(...weekly.map((w) => w.merged))).toBe(expected.max_merged_in_a_week);
  });
});
