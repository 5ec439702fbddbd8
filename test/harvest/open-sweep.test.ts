import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import type { Simulator } from '../sim/server.js';
import { countRows, dumpDatabase, harvestInto, harvestShallowAndDeep, type ShallowAndDeep } from './harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { OpenWorkSection } from '../../src/metrics/open-work.js';

/**
 * A first harvest pages records by update time back to `backfill-days`. A pull request or an
 * issue that is still open but has not changed since then is not among them, and it is the
 * oldest waiting work, which the open-work and issue figures exist to show. The harvest
 * sweeps the open items once per repository, whatever their age.
 */
const DAY = 86_400_000;
/** A backfill of 60 days in pages of 10: the last page read holds few items older than that. */
const SHALLOW = { 'backfill-days': '60', 'page-size': '10' };

describe('open items that no change brought within the backfill', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let dir: string;
  let shallow: Store;
  let deep: Store;
  let now: Date;
  const stale = (updatedAt: string) => Date.parse(updatedAt) < now.getTime() - 60 * DAY;
  const openPrs = () => dataset.repositories.flatMap((r) => r.pullRequests.filter((p) => p.state === 'OPEN'));
  const openIssues = () => dataset.repositories.flatMap((r) => (r.issues ?? []).filter((i) => i.state === 'OPEN'));
  const ids = async (store: Store, table: string) =>
    (await store.query<{ id: string }>(`SELECT id FROM ${table} WHERE state = 'OPEN' ORDER BY id`)).map((r) => r.id);

  let both: ShallowAndDeep;
  beforeAll(async () => {
    dataset = generateDataset({ seed: 11, size: 300 });
    now = new Date(dataset.now);
    both = await harvestShallowAndDeep(dataset, SHALLOW);
    ({ simulator, dir, shallow, deep } = both);
  }, 180_000);
  afterAll(async () => {
    await both?.close();
  });

  it('a 60-day first harvest stores every open pull request and issue, with all their records', async () => {
    // The dataset has open items unchanged for longer than the backfill: without the sweep
    // these would be missing.
    expect(openPrs().filter((p) => stale(p.updatedAt)).length).toBeGreaterThan(0);
    expect(openIssues().filter((i) => stale(i.updatedAt)).length).toBeGreaterThan(0);
    expect(await ids(shallow, 'pull_requests')).toEqual(openPrs().map((p) => p.id).sort());
    expect(await ids(shallow, 'issues')).toEqual(openIssues().map((i) => i.id).sort());

    // Stored whole: their reviews, commits, comments and timeline equal the full harvest's.
    const staleIds = openPrs().filter((p) => stale(p.updatedAt)).map((p) => `'${p.id}'`).join(', ');
    for (const table of ['pr_reviews', 'pr_commits', 'pr_comments', 'pr_timeline_events']) {
      const query = `SELECT * FROM ${table} WHERE pr_id IN (${staleIds}) ORDER BY ALL`;
      const rows = JSON.stringify(await shallow.query(query));
      expect([table, rows]).toEqual([table, JSON.stringify(await deep.query(query))]);
    }
    // The sweep records no coverage: only the update-ordered passes say how far back they read.
    const [row] = await shallow.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM sync_state WHERE resource = 'open_items' AND covered_since IS NULL AND watermark IS NOT NULL");
    expect(row!.n).toBe(dataset.repositories.length);
  });

  it('open work and open issues equal those of a full harvest', async () => {
    const config = parseMetricsConfig({});
    const [a, b] = [await computeReport(shallow, config, now), await computeReport(deep, config, now)];
    for (const id of ['open.waiting', 'open.waiting_warning', 'open.waiting_critical', 'open.backlog', 'open.median_age_hours', 'open.total_age_hours', 'open.wip', 'issues.open']) {
      expect([id, a.figures[id]?.value]).toEqual([id, b.figures[id]?.value]);
    }
    const waiting = (r: typeof a) => (r.sections.openWork as OpenWorkSection).waiting.map((w) => `${w.repo}#${w.number} ${w.severity}`);
    expect(waiting(a)).toEqual(waiting(b));
    // Among them the PRs no change brought within the backfill, the longest waits of all.
    const unchanged = dataset.repositories.flatMap((r) => r.pullRequests.filter((p) => p.state === 'OPEN' && stale(p.updatedAt)).map((p) => `${r.owner}/${r.name}#${p.number}`));
    expect(waiting(a).filter((w) => unchanged.includes(w.split(' ')[0]!)).length).toBeGreaterThan(0);
  });

  it('a database harvested before the sweep existed gets it once, on its next run', async () => {
    const store = await openStore(join(dir, 'older.duckdb'));
    try {
      await harvestInto(store, simulator, dataset, SHALLOW);
      const complete = await dumpDatabase(store);
      // As such a database was: no sweep recorded, and the unchanged open items never read.
      const staleOpen = openPrs().filter((p) => stale(p.updatedAt)).map((p) => `'${p.id}'`).join(', ');
      await store.run(`DELETE FROM sync_state WHERE resource LIKE 'open_%'`);
      await store.run(`DELETE FROM pull_requests WHERE id IN (${staleOpen})`);
      expect(await countRows(store, 'pull_requests', `id IN (${staleOpen})`)).toBe(0);

      const next = await harvestInto(store, simulator, dataset, SHALLOW);
      expect(await countRows(store, 'pull_requests', `id IN (${staleOpen})`)).toBe(openPrs().filter((p) => stale(p.updatedAt)).length);
      expect(next.repositories.reduce((n, r) => n + (r.rows.older_open_pull_requests ?? 0), 0)).toBe(openPrs().filter((p) => stale(p.updatedAt)).length);
      // Equal to the complete database, but for the releases: the sweep's run is also the weekly
      // one that reaches back to recent pre-releases (repository-sync.ts), and its last page may
      // hold older releases, which are stored too (with their authors' earlier sightings).
      // Those older releases make more pairs of consecutive deployments to compare, too.
      const { releases, actors, commit_comparisons: pairs, comparison_commits: brought, ...rest } = await dumpDatabase(store);
      const { releases: completeReleases, actors: completeActors, commit_comparisons: completePairs, comparison_commits: completeBrought, ...completeRest } = complete;
      expect(rest).toEqual(completeRest);
      expect(releases).toEqual(expect.arrayContaining(completeReleases!));
      expect(pairs).toEqual(expect.arrayContaining(completePairs!));
      expect(brought).toEqual(expect.arrayContaining(completeBrought!));
      const ids = (rows: string[]) => rows.map((r) => (JSON.parse(r) as { id: string }).id);
      expect(ids(actors!)).toEqual(expect.arrayContaining(ids(completeActors!)));

      // Done once: the run after costs one GraphQL request per repository (and one for teams).
      const after = await harvestInto(store, simulator, dataset, SHALLOW);
      expect(after.cost.graphqlRequests).toBe(dataset.repositories.length + 1);
    } finally {
      await store.close();
    }
  }, 120_000);
});
