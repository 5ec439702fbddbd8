// Data-branch growth: bytes the remote's object store grows per incremental run, in `squash`
// and `keep` history modes. Starts from a realistic database (demo-output/flowmeter.duckdb when
// present, else a harvest of a generated 1,000-PR organisation), publishes it to a local bare
// repository, then applies RUNS small incremental harvests (new and updated PRs, reviews,
// workflow runs, sync state, a harvest_runs row), each followed by a report as in the Action
// (which refreshes the facts cache in the database), and publishes each. After every publish the
// bare repository is gc'd (`git gc --prune=now`, as GitHub eventually does) and measured with
// `git count-objects -v`. Prints one JSON object.
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../src/log.js';
import { publishDatabase, type HistoryMode } from '../src/publish/data-branch-publish.js';
import { openStore } from '../src/store/database.js';
import { upsertRows, type Row } from '../src/store/upsert.js';
import { computeReport } from '../src/metrics/report.js';
import { parseMetricsConfig } from '../src/metrics/metrics-config.js';
import { createGitFixture } from '../test/publish/git-fixture.js';
import { harvestFresh } from '../test/harvest/harness.js';
import { generateDataset } from '../test/sim/generator.js';

const RUNS = Number(process.env.BENCH_DATA_BRANCH_RUNS ?? 4);
const DEMO = 'demo-output/flowmeter.duckdb';

async function sourceDatabase(dir: string): Promise<{ path: string; source: string }> {
  if (existsSync(DEMO) && !existsSync(`${DEMO}.wal`)) return { path: DEMO, source: DEMO };
  const path = join(dir, 'generated.duckdb');
  await harvestFresh(generateDataset({ seed: 1, size: 1000 }), path);
  return { path, source: 'gen:1:1000' };
}

/** A report, as the Action computes one before it publishes: it refreshes the facts cache. */
async function report(path: string, now: string): Promise<void> {
  const store = await openStore(path);
  try {
    await computeReport(store, parseMetricsConfig({}), new Date(now));
  } finally {
    await store.close();
  }
}

/** One week's harvest of a small team, written the way the harvest writes (upserts by key). */
async function incrementalHarvest(path: string, run: number): Promise<void> {
  const store = await openStore(path);
  try {
    const c = store.connection;
    const now = runTime(run);
    const [repo] = await store.query<{ id: string }>('SELECT id FROM repositories ORDER BY id LIMIT 1');
    const repoId = repo?.id ?? 'R_bench';
    const existing = await store.query<Row>(`SELECT * EXCLUDE (labels) FROM pull_requests ORDER BY updated_at DESC LIMIT 25`);
    const updated = existing.map((pr) => ({ ...pr, labels: ['bench'], state: 'MERGED', merged_at: now, updated_at: now, harvested_at: now }));
    const added = Array.from({ length: 25 }, (_, i) => ({
      id: `PR_bench_${run}_${i}`, repo_id: repoId, number: 100_000 + run * 100 + i, title: `feat: bench change ${run}.${i}`,
      state: 'OPEN', is_draft: false, created_at: now, updated_at: now, harvested_at: now, additions: 40 + i, deletions: 7,
      changed_files: 3, author_login: `dev-${i % 7}`, author_kind: 'User', labels: ['bench'], commit_count: 2, review_count: 2, comment_count: 1,
    }));
    await upsertRows(c, 'pull_requests', [...updated, ...added], ['id']);
    await upsertRows(c, 'pr_reviews', added.flatMap((pr, i) => [0, 1].map((k) => ({
      id: `PRR_bench_${run}_${i}_${k}`, pr_id: pr.id, repo_id: repoId, author_login: `rev-${k}`, author_kind: 'User', state: k ? 'APPROVED' : 'COMMENTED', submitted_at: now, created_at: now,
    }))), ['id']);
    await upsertRows(c, 'workflow_runs', Array.from({ length: 200 }, (_, i) => ({
      id: `WFR_bench_${run}_${i}`, database_id: 9_000_000 + run * 1000 + i, repo_id: repoId, workflow_id: 1, name: 'CI', path: '.github/workflows/ci.yml',
      event: 'pull_request', status: 'completed', conclusion: i % 9 ? 'success' : 'failure', head_branch: `b${i}`, head_sha: `${run}${i}`.padEnd(40, '0'),
      run_number: run * 1000 + i, run_attempt: 1, created_at: now, run_started_at: now, updated_at: now, actor_login: `dev-${i % 7}`,
    })), ['id']);
    await upsertRows(c, 'sync_state', [{ repo_id: repoId, resource: 'pull_requests', watermark: now, pages: 0, updated_at: now }], ['repo_id', 'resource']);
    await upsertRows(c, 'harvest_runs', [{ id: `bench-${run}`, started_at: now, finished_at: now, status: 'ok', trigger: 'bench', repos: [repoId], requests: 12, graphql_requests: 4, graphql_points: 8, rest_requests: 8, retries: 0, errors: 0, rows_written: 500 }], ['id']);
  } finally {
    await store.close();
  }
  await report(path, runTime(run));
}

const runTime = (run: number) => new Date(Date.UTC(2027, 0, 1) + run * 7 * 86_400_000).toISOString();

function objectBytes(originGit: (args: string[]) => string): number {
  originGit(['gc', '--prune=now', '--quiet']);
  const stats = Object.fromEntries(originGit(['count-objects', '-v']).trim().split('\n').map((line) => line.split(': ') as [string, string]));
  return (Number(stats.size ?? 0) + Number(stats['size-pack'] ?? 0)) * 1024;
}

async function measure(history: HistoryMode, source: string): Promise<Record<string, unknown>> {
  const fx = createGitFixture();
  try {
    const workspace = fx.workspace('ws');
    const databasePath = join(workspace, 'flowmeter.duckdb');
    copyFileSync(source, databasePath);
    await report(databasePath, runTime(0));
    const options = { workspace, databasePath, git: fx.git, log: silentLogger, history };
    let base = (await publishDatabase({ ...options, base: null })).commit;
    const repoBytes = [objectBytes(fx.originGit)];
    const databaseBytes = [statSync(databasePath).size];
    for (let run = 1; run <= RUNS; run++) {
      await incrementalHarvest(databasePath, run);
      base = (await publishDatabase({ ...options, base })).commit;
      repoBytes.push(objectBytes(fx.originGit));
      databaseBytes.push(statSync(databasePath).size);
    }
    const growth = repoBytes.slice(1).map((bytes, i) => bytes - repoBytes[i]!);
    return {
      commits: fx.commitCount('flowmeter-data'),
      repoBytesAfterEachRun: repoBytes,
      databaseBytesAfterEachRun: databaseBytes,
      growthBytesPerIncrementalRun: growth,
      meanGrowthBytesPerIncrementalRun: Math.round(growth.reduce((a, b) => a + b, 0) / growth.length),
    };
  } finally {
    fx.dispose();
  }
}

export async function dataBranchGrowthBench(): Promise<Record<string, unknown>> {
  const scratch = createGitFixture();
  try {
    const { path, source } = await sourceDatabase(scratch.root);
    return {
      bench: 'data-branch-growth',
      database: { source, bytes: statSync(path).size },
      incrementalRun: '25 new + 25 updated PRs, 50 reviews, 200 workflow runs, sync state, a harvest_runs row',
      runs: RUNS,
      squash: await measure('squash', path),
      keep: await measure('keep', path),
    };
  } finally {
    scratch.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await dataBranchGrowthBench())}\n`);
}
