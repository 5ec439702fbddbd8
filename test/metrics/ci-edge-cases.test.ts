import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { upsertRows } from '../../src/store/upsert.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeCi, type CiSection } from '../../src/metrics/ci.js';
import type { Figures } from '../../src/metrics/model.js';

/**
 * Hand-written workflow runs covering both shapes a re-run takes in the database (a later
 * attempt of one run, with earlier attempts in workflow_run_attempts; or a run record of its
 * own with the same workflow and SHA), and every conclusion class. Times are minutes after T.
 */
const T = Date.parse('2026-11-10T10:00:00Z');
const NOW = new Date('2026-11-16T12:00:00Z');
const at = (minutes: number) => new Date(T + minutes * 60_000).toISOString();
const REPO = 'R_ci';

type RunSpec = [id: number, workflow: number, sha: string, attempt: number, status: string, conclusion: string | null, created: number, started: number, updated: number];
const RUNS: RunSpec[] = [
  // Re-run of the same run: attempt 1 failed (seen by a webhook), attempt 2 passed. Flaky.
  [101, 11, 's1', 2, 'completed', 'success', 0, 30, 40],
  // Re-run as a separate record: timed out, then passed. Flaky.
  [201, 11, 's2', 1, 'completed', 'timed_out', 60, 61, 121],
  [202, 11, 's2', 2, 'completed', 'success', 130, 131, 141],
  // Cancelled, then passed: not flaky, and the cancelled run is left out of the success rate.
  [301, 11, 's3', 1, 'completed', 'cancelled', 200, 201, 203],
  [302, 11, 's3', 2, 'completed', 'success', 210, 212, 222],
  // Another workflow on s1: passed, then failed. Not flaky (and s1's pair is CI's alone).
  [401, 12, 's1', 1, 'completed', 'success', 300, 302, 312],
  [402, 12, 's1', 1, 'completed', 'failure', 320, 321, 326],
  [501, 12, 's5', 1, 'completed', 'skipped', 400, 400, 400],
  [601, 12, 's6', 1, 'queued', null, 500, 500, 500],
  [701, 12, 's7', 1, 'completed', 'startup_failure', 600, 600, 600],
  // Created before the report range: the previous period's only run.
  [801, 11, 's8', 1, 'completed', 'success', -200 * 24 * 60, -200 * 24 * 60 + 1, -200 * 24 * 60 + 5],
  // A failure before both periods, then a success in the range on the same SHA: flaky now.
  [901, 12, 's9', 1, 'completed', 'failure', -400 * 24 * 60, -400 * 24 * 60 + 1, -400 * 24 * 60 + 9],
  [902, 12, 's9', 1, 'completed', 'success', 700, 701, 705],
];

async function seed(store: Store): Promise<void> {
  const c = store.connection;
  await upsertRows(c, 'repositories', [{ id: REPO, owner: 'edge', name: 'ci', full_name: 'edge/ci', default_branch: 'main' }], ['id']);
  await upsertRows(c, 'workflows', [
    { id: 'WF_11', database_id: 11, repo_id: REPO, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' },
    { id: 'WF_12', database_id: 12, repo_id: REPO, name: 'E2E', path: '.github/workflows/e2e.yml', state: 'active' },
  ], ['id']);
  await upsertRows(c, 'workflow_runs', RUNS.map(([id, workflow, sha, attempt, status, conclusion, created, started, updated]) => ({
    id: `WFR_${id}`, database_id: id, repo_id: REPO, workflow_id: workflow, name: workflow === 11 ? 'CI' : 'E2E', event: 'push', status, conclusion,
    head_branch: 'main', head_sha: sha, run_number: id, run_attempt: attempt, created_at: at(created), run_started_at: at(started), updated_at: at(updated),
  })), ['id']);
  // Every attempt the harvest and the webhooks saw: run 101's first attempt only lives here.
  await upsertRows(c, 'workflow_run_attempts', [
    { run_database_id: 101, run_attempt: 1, repo_id: REPO, status: 'completed', conclusion: 'failure', run_started_at: at(1), updated_at: at(11) },
    ...RUNS.map(([id, , , attempt, status, conclusion, , started, updated]) => ({ run_database_id: id, run_attempt: attempt, repo_id: REPO, status, conclusion, run_started_at: at(started), updated_at: at(updated) })),
  ], ['run_database_id', 'run_attempt']);
}

const h = (minutes: number) => Math.round((minutes / 60) * 1000) / 1000;

describe('CI health: named cases', () => {
  let section: CiSection;
  let figures: Figures;

  beforeAll(async () => {
    const store = await openStore(':memory:');
    await seed(store);
    ({ section, figures } = await computeCi(await createContext(store, parseMetricsConfig({}), NOW)));
    await store.close();
  });

  it('counts every attempt once, whichever table it came from', () => {
    expect(section.overall).toMatchObject({ runs: 12, success: 5, failed: 4, cancelled: 1, skipped: 1, running: 1, other: 0, reruns: 3 });
    expect(section.previous).toMatchObject({ runs: 1, success: 1 });
  });

  it('success rate leaves cancelled, skipped and unfinished runs out', () => {
    expect(figures['ci.success_rate']).toMatchObject({ value: 0.556, n: 9, previous: 1, delta: -0.444 });
    expect(figures['ci.rerun_rate']).toMatchObject({ value: 0.25, n: 12 });
  });

  it('flaky: failure then success on one workflow and SHA, in both re-run shapes', () => {
    expect(section.flaky.map((f) => [f.workflow, f.headSha]).sort()).toEqual([['CI', 's1'], ['CI', 's2'], ['E2E', 's9']]);
    expect(figures['ci.flaky_pairs']!.value).toBe(3);
    expect(section.workflows.map((w) => [w.workflow, w.flakyPairs])).toEqual([['CI', 2], ['E2E', 1]]);
    // The pair belongs to the window of the passing attempt's run.
    expect(section.flaky.find((f) => f.headSha === 's2')!.flakyAt).toBe(at(130).replace('.000Z', 'Z'));
  });

  it('duration of completed runs, queue time of started first attempts, time lost to failures', () => {
    // Completed durations (minutes): 10 (101 #1), 10, 60, 10, 2, 10, 10, 5, 0 (skipped), 0 (startup failure), 4.
    expect(section.overall.duration).toMatchObject({ n: 11, p50: h(10) });
    // Queue (minutes) of first attempts that started: 1, 1, 1, 2, 1, 0, 0, 1.
    expect(section.overall.queueTime).toMatchObject({ n: 8, p50: h(1), p90: h(1.3) });
    expect(figures['ci.time_lost_hours']!.value).toBe(h(10 + 60 + 5 + 0));
  });

  it('per workflow', () => {
    const [ci, e2e] = section.workflows;
    expect(ci).toMatchObject({ repo: 'edge/ci', workflow: 'CI', path: '.github/workflows/ci.yml', runs: 6, success: 3, failed: 2, successRate: 0.6, reruns: 3 });
    expect(e2e).toMatchObject({ workflow: 'E2E', runs: 6, success: 2, failed: 2, successRate: 0.5, timeLostHours: h(5) });
  });

  it('weekly series', () => {
    const week = section.weekly.find((w) => w.runs > 0)!;
    expect(week).toMatchObject({ week: '2026-W46', runs: 12, successRate: 0.556, durationP50: h(10) });
    expect(section.weekly.filter((w) => w.runs > 0)).toHaveLength(1);
  });
});

describe('CI health on an empty database', () => {
  it('reports empty sections, not errors', async () => {
    const store = await openStore(':memory:');
    const { section, figures } = await computeCi(await createContext(store, parseMetricsConfig({}), NOW));
    await store.close();
    expect(section.overall).toMatchObject({ runs: 0, successRate: null, rerunRate: null, flakyPairs: 0, timeLostHours: 0 });
    expect(section.workflows).toEqual([]);
    expect(section.weekly).toHaveLength(26);
    expect(figures['ci.success_rate']).toMatchObject({ value: null, n: 0, lowSample: true });
    expect(figures['ci.duration.p50']).toMatchObject({ value: null, n: 0 });
    expect(JSON.parse(JSON.stringify({ section, figures }))).toEqual({ section, figures });
  });
});
