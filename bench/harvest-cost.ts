// Harvest cost: requests and GraphQL points per 1,000 pull requests for a full backfill of a
// generated organisation through the simulator, then for an incremental run with no changes.
// Prints one JSON object. Targets (issue 2): ≤ 25 requests and ≤ 100 points per 1,000 PRs;
// with no changes, 1 GraphQL request per repository (plus REST checks for workflow runs and
// review comments), and
// one GraphQL request for the organisation's teams.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/database.js';
import { generateDataset } from '../test/sim/generator.js';
import { startSimulator } from '../test/sim/server.js';
import { harvestInto } from '../test/harvest/harness.js';

export async function harvestCostBench(size = Number(process.env.BENCH_HARVEST_PRS ?? 3000)): Promise<Record<string, unknown>> {
  const dataset = generateDataset({ seed: 1, size });
  const repos = dataset.repositories.length;
  const prs = dataset.repositories.reduce((n, r) => n + r.pullRequests.length, 0);
  const runs = dataset.repositories.reduce((n, r) => n + r.workflowRuns.length, 0);
  const reviews = dataset.repositories.reduce((n, r) => n + r.pullRequests.reduce((m, p) => m + p.reviews.length, 0), 0);
  const simulator = await startSimulator({ dataset });
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-bench-'));
  const store = await openStore(join(dir, 'bench.duckdb'));
  try {
    const started = performance.now();
    const full = await harvestInto(store, simulator, dataset);
    const fullSeconds = (performance.now() - started) / 1000;
    const compareRoute = 'GET /repos/{owner}/{repo}/compare/{basehead}';
    const fullCompares = simulator.stats().byRoute[compareRoute] ?? 0;
    const incremental = await harvestInto(store, simulator, dataset);
    const incrementalCompares = (simulator.stats().byRoute[compareRoute] ?? 0) - fullCompares;
    const [pairs] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM commit_comparisons');
    const per1000 = (n: number) => Math.round((n / prs) * 1000 * 10) / 10;
    return {
      bench: 'harvest-cost',
      dataset: { repos, pullRequests: prs, reviews, workflowRuns: runs },
      backfill: {
        graphqlRequests: full.cost.graphqlRequests,
        graphqlPoints: full.cost.graphqlPoints,
        restRequests: full.cost.restRequests,
        graphqlRequestsPer1000Prs: per1000(full.cost.graphqlRequests),
        graphqlPointsPer1000Prs: per1000(full.cost.graphqlPoints),
        allRequestsPer1000Prs: per1000(full.cost.requests),
        restRequestsPer1000Runs: Math.round((full.cost.restRequests / runs) * 1000 * 10) / 10,
        seconds: Math.round(fullSeconds * 10) / 10,
      },
      incrementalNoChanges: {
        graphqlRequests: incremental.cost.graphqlRequests,
        graphqlPoints: incremental.cost.graphqlPoints,
        restRequests: incremental.cost.restRequests,
        graphqlRequestsPerRepo: incremental.cost.graphqlRequests / repos,
        restRequestsPerRepo: incremental.cost.restRequests / repos,
      },
      // Commit ancestry (deployment-ancestry.ts): one compare per pair of consecutive
      // deployments plus one per further 250 commits; at most 200 pairs per repository and run.
      ancestry: {
        comparisons: pairs!.n,
        compareRequestsBackfill: fullCompares,
        compareRequestsSecondRun: incrementalCompares,
        // One pair per deployment after a repository's first: requests per deployment compared.
        requestsPerComparison: pairs!.n ? Math.round(((fullCompares + incrementalCompares) / pairs!.n) * 100) / 100 : null,
      },
      forScale: { restHarvesterAt3CallsPerPr: prs * 3 },
    };
  } finally {
    await store.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
