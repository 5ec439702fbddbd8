import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchHistory } from '../sim/commit-history.js';
import type { SimDataset, SimRepository } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { harvestInto } from './harness.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { DoraSection } from '../../src/metrics/dora.js';
import { openStore, type Store } from '../../src/store/database.js';

/**
 * A release is published hours after its tag's commit is cut, so PRs merged in between ship in
 * the next release. The time rule (first release published at or after the merge) credits them
 * to the earlier one; commit ancestry, read by REST compare between consecutive tags, credits
 * the release whose tag contains the merge commit. The oracle is the simulator's branch history.
 */
const HOUR = 3_600_000;
const LAG_HOURS = 36;
const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}';

interface Expected { prId: string; repo: string; ancestry: number | null; time: number | null; afterFirstRelease: boolean }

/** Per merged PR: when the release containing it went out, and when the time rule says. */
function oracle(repo: SimRepository): Expected[] {
  const history = branchHistory(repo);
  const releases = repo.releases
    .filter((r) => !r.isDraft && !r.isPrerelease && r.publishedAt)
    .map((r) => ({ at: Date.parse(r.publishedAt!), position: r.tagCommitOid ? history.position.get(r.tagCommitOid) : undefined }))
    .sort((a, b) => a.at - b.at)
    // A release of the same commit as the one before brings nothing: neither rule credits it.
    .filter((r, i, all) => i === 0 || r.position === undefined || r.position !== all[i - 1]!.position);
  const first = releases[0]?.at ?? Infinity;
  return repo.pullRequests.filter((p) => p.mergedAt && p.baseRefName === repo.defaultBranch && p.mergeCommitOid).map((p) => {
    const merged = Date.parse(p.mergedAt!);
    const position = history.position.get(p.mergeCommitOid!)!;
    const containing = releases.find((r) => r.position !== undefined && r.position >= position);
    const byTime = releases.find((r) => r.at >= merged);
    return { prId: p.id, repo: `${repo.owner}/${repo.name}`, ancestry: containing?.at ?? null, time: byTime?.at ?? null, afterFirstRelease: merged > first };
  });
}

describe('releases credited by commit ancestry', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let store: Store;
  let expected: Expected[];
  let compareRequests = 0;
  let releases = 0;
  let releasePairs = 0;
  let harvest: Record<string, string> = {};

  beforeAll(async () => {
    dataset = generateDataset({ seed: 21, size: 500 });
    for (const repo of dataset.repositories) {
      for (const release of repo.releases) {
        if (release.publishedAt) release.publishedAt = new Date(Date.parse(release.publishedAt) + LAG_HOURS * HOUR).toISOString();
      }
      const published = repo.releases.filter((r) => !r.isDraft && !r.isPrerelease && r.publishedAt).sort((a, b) => Date.parse(a.publishedAt!) - Date.parse(b.publishedAt!));
      releases += published.length;
      releasePairs += published.filter((r, i) => i > 0 && r.tagCommitOid && published[i - 1]!.tagCommitOid && r.tagCommitOid !== published[i - 1]!.tagCommitOid).length;
    }
    expected = dataset.repositories.flatMap(oracle);
    simulator = await startSimulator({ dataset });
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-ancestry-'));
    writeFileSync(join(dir, 'flowmeter.yml'), 'metrics:\n  deployments:\n    source: releases\n');
    harvest = { 'config-file': join(dir, 'flowmeter.yml') };
    store = await openStore(join(dir, 'h.duckdb'));
    await harvestInto(store, simulator, dataset, harvest);
    compareRequests = simulator.stats().byRoute[COMPARE] ?? 0;
  });

  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  it('compares each pair of consecutive deployments once, as counted in the harvest cost', async () => {
    expect(releases).toBeGreaterThan(5);
    const [pairs] = await store.query<{ n: number; missing: number }>("SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE status = 'missing')::INTEGER AS missing FROM commit_comparisons");
    expect(pairs!.n).toBe(releasePairs);
    expect(pairs!.missing).toBe(0);
    expect(compareRequests).toBeGreaterThanOrEqual(pairs!.n);
    const [run] = await store.query<{ rest: number }>('SELECT rest_requests::INTEGER AS rest FROM harvest_runs ORDER BY started_at DESC LIMIT 1');
    expect(run!.rest).toBeGreaterThanOrEqual(compareRequests);
    // A second harvest asks nothing again.
    await harvestInto(store, simulator, dataset, harvest);
    expect(simulator.stats().byRoute[COMPARE] ?? 0).toBe(compareRequests);
  });

  it('credits each PR to the release whose tag contains its merge commit', async () => {
    const now = new Date(dataset.now);
    const report = await computeReport(store, parseMetricsConfig({ deployments: { source: 'releases' } }), now, { from: new Date(Date.parse(dataset.now) - 364 * 24 * HOUR).toISOString(), to: dataset.now });
    const credited = new Map((await store.query<{ pr_id: string; deployed_at: string | null; rule: string }>('SELECT pr_id, deployed_at, rule FROM pr_deployments')).map((r) => [r.pr_id, r]));
    const comparable = expected.filter((e) => e.afterFirstRelease && credited.has(e.prId));
    expect(comparable.length).toBeGreaterThan(20);
    const moved = comparable.filter((e) => e.ancestry !== e.time);
    // The lag is real: the time rule would credit these to the release before.
    expect(moved.length).toBeGreaterThan(5);
    for (const e of comparable) {
      const row = credited.get(e.prId)!;
      expect([e.prId, row.rule, Date.parse(row.deployed_at!)]).toEqual([e.prId, 'ancestry', e.ancestry]);
    }
    // A PR merged after the last release's tag is not deployed, even if merged before it went out.
    const pending = expected.filter((e) => e.afterFirstRelease && e.ancestry === null && e.time !== null);
    for (const e of pending) expect(credited.has(e.prId)).toBe(false);
    const dora = report.sections.dora as DoraSection;
    expect(dora.attribution.prs.ancestry).toBeGreaterThan(0);
    expect(['ancestry', 'mixed']).toContain(dora.attribution.rule);
    expect(dora.attribution.figures).toContain('dora.lead_time');
  });

  it('costs one request per release, and one more per further 250 commits', async () => {
    const [pairs] = await store.query<{ n: number; pages: number }>(
      'SELECT count(*)::INTEGER AS n, sum(greatest(1, ceil(total_commits / 250)))::INTEGER AS pages FROM commit_comparisons',
    );
    // Only the source the metrics will use is compared (releases, as configured).
    expect(compareRequests).toBe(pairs!.pages);
    console.log(JSON.stringify({ releases, comparisons: pairs!.n, compareRequests, compareRequestsPerRelease: Math.round((compareRequests / releases) * 100) / 100 }));
  });
  it('falls back to the time rule where ancestry is unknown, and says so', async () => {
    await store.run('DELETE FROM comparison_commits');
    await store.run('DELETE FROM commit_comparisons');
    const report = await computeReport(store, parseMetricsConfig({ deployments: { source: 'releases' } }), new Date(dataset.now), { from: new Date(Date.parse(dataset.now) - 364 * 24 * HOUR).toISOString(), to: dataset.now });
    const credited = await store.query<{ pr_id: string; deployed_at: string; rule: string }>('SELECT pr_id, deployed_at, rule FROM pr_deployments');
    expect(new Set(credited.map((r) => r.rule))).toEqual(new Set(['time']));
    const byId = new Map(expected.map((e) => [e.prId, e]));
    for (const r of credited) if (byId.has(r.pr_id)) expect(Date.parse(r.deployed_at)).toBe(byId.get(r.pr_id)!.time);
    const dora = report.sections.dora as DoraSection;
    expect(dora.attribution).toMatchObject({ rule: 'time', prs: { ancestry: 0 } });
  });

});

describe('a release of more than 250 commits', () => {
  it('is read page by page, every commit stored, each page counted', async () => {
    const dataset = generateDataset({ seed: 3, size: 900 });
    const repo = [...dataset.repositories].sort((a, b) => branchHistory(b).commits.length - branchHistory(a).commits.length)[0]!;
    dataset.repositories = [repo];
    const { commits } = branchHistory(repo);
    const release = (n: number, sha: string, at: number) => ({
      id: `RE_sim_pages_${n}`, databaseId: 990_000 + n, tagName: `v9.${n}.0`, name: `v9.${n}.0`, tagCommitOid: sha,
      createdAt: new Date(at).toISOString(), publishedAt: new Date(at).toISOString(), isDraft: false, isPrerelease: false, author: null,
    });
    repo.releases = [release(1, commits[0]!.oid, commits[0]!.at + HOUR), release(2, commits[commits.length - 1]!.oid, Date.parse(dataset.now) - HOUR)];
    expect(commits.length - 1).toBeGreaterThan(250);

    const simulator = await startSimulator({ dataset });
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-ancestry-pages-'));
    writeFileSync(join(dir, 'flowmeter.yml'), 'metrics:\n  deployments:\n    source: releases\n');
    const store = await openStore(join(dir, 'h.duckdb'));
    try {
      await harvestInto(store, simulator, dataset, { 'config-file': join(dir, 'flowmeter.yml') });
      const [stored] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM comparison_commits');
      expect(stored!.n).toBe(commits.length - 1);
      expect(simulator.stats().byRoute[COMPARE]).toBe(Math.ceil((commits.length - 1) / 250));
    } finally {
      await store.close();
      await simulator.close();
    }
  });
});
