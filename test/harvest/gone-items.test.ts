import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset, SimRepository } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { countRows, harvestInto } from './harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import { OPEN_ITEMS_RECHECK_DAYS } from '../../src/harvest/open-items.js';

/**
 * No change reaches an issue or pull request that is deleted, or an issue transferred to
 * another repository: the update-ordered passes never see it again. The weekly listing of open
 * items finds them, reading by id confirms each, and the store marks them gone (the row is
 * kept) so that open counts equal GitHub's. A fresh harvest of the changed organisation is the
 * oracle.
 */
const DAY = 86_400_000;
const OPEN_FIGURES = ['issues.open', 'open.backlog', 'open.wip', 'open.waiting', 'open.total_age_hours'];

describe('pull requests and issues deleted or transferred away', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let store: Store;
  let dir: string;
  let source: SimRepository;
  let target: SimRepository;
  const ids = { deletedIssue: '', movedIssue: '', deletedPull: '' };

  beforeAll(async () => {
    dataset = generateDataset({ seed: 5, size: 200 });
    const withOpen = dataset.repositories.filter((r) => r.issues.filter((i) => i.state === 'OPEN').length >= 2 && r.pullRequests.some((p) => p.state === 'OPEN'));
    source = withOpen[0]!;
    target = dataset.repositories.find((r) => r !== source)!;
    simulator = await startSimulator({ dataset });
    dir = mkdtempSync(join(tmpdir(), 'flowmeter-gone-'));
    store = await openStore(join(dir, 'h.duckdb'));
    await harvestInto(store, simulator, dataset);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  const report = (s: Store) => computeReport(s, parseMetricsConfig({}), new Date(dataset.now));
  const gone = async (table: string) => (await store.query<{ id: string }>(`SELECT id FROM ${table} WHERE gone_at IS NOT NULL ORDER BY id`)).map((r) => r.id);

  it('are found within a week, kept in the store, and left out of the open counts', async () => {
    const before = await report(store);
    const [deletedIssue, movedIssue] = source.issues.filter((i) => i.state === 'OPEN');
    const deletedPull = source.pullRequests.find((p) => p.state === 'OPEN')!;
    Object.assign(ids, { deletedIssue: deletedIssue!.id, movedIssue: movedIssue!.id, deletedPull: deletedPull.id });
    source.issues = source.issues.filter((i) => i !== deletedIssue && i !== movedIssue);
    source.pullRequests = source.pullRequests.filter((p) => p !== deletedPull);
    // A transfer keeps the node id, and gives the issue a number in its new repository and a
    // new update time.
    const numbers = [...target.issues, ...target.pullRequests].map((x) => x.number);
    target.issues.push({ ...movedIssue!, number: Math.max(0, ...numbers) + 1, updatedAt: new Date(Date.parse(dataset.now) + 60_000).toISOString() });

    // Within the week, nothing is listed: an incremental run costs one request per repository.
    const quiet = await harvestInto(store, simulator, dataset);
    expect(quiet.cost.graphqlRequests).toBe(dataset.repositories.length + 1);
    expect(await gone('issues')).toEqual([]);

    dataset.now = new Date(Date.parse(dataset.now) + (OPEN_ITEMS_RECHECK_DAYS + 1) * DAY).toISOString();
    const next = await harvestInto(store, simulator, dataset);
    const rows = next.repositories.find((r) => r.fullName === `${source.owner}/${source.name}`)?.rows;
    expect(rows).toMatchObject({ gone_issues: 1, gone_pull_requests: 1 });

    // Deleted: kept, and marked gone. Transferred: stored in its new repository, not gone.
    expect(await gone('issues')).toEqual([ids.deletedIssue]);
    expect(await gone('pull_requests')).toEqual([ids.deletedPull]);
    expect(await countRows(store, 'pull_requests', `id = '${ids.deletedPull}' AND state = 'OPEN'`)).toBe(1);
    const [moved] = await store.query<{ repo_id: string; number: number }>(`SELECT repo_id, number FROM issues WHERE id = '${ids.movedIssue}'`);
    expect(moved).toEqual({ repo_id: target.id, number: target.issues.at(-1)!.number });

    // The oracle: a fresh harvest of the organisation as it is now.
    const fresh = await openStore(join(dir, 'fresh.duckdb'));
    try {
      await harvestInto(fresh, simulator, dataset);
      const [after, expected] = [await report(store), await report(fresh)];
      for (const id of OPEN_FIGURES) expect([id, after.figures[id]?.value]).toEqual([id, expected.figures[id]?.value]);
      // And the counts did change: one issue and one pull request fewer open.
      expect(after.figures['issues.open']!.value).toBe(before.figures['issues.open']!.value! - 1);
      expect(after.figures['open.backlog']!.value).toBe(before.figures['open.backlog']!.value! - 1);
    } finally {
      await fresh.close();
    }
  }, 120_000);

  it('an item that comes back is stored whole again, no longer gone', async () => {
    const restored = { ...dataset.repositories.flatMap((r) => r.issues).find((i) => i.id === ids.movedIssue)! };
    target.issues = target.issues.filter((i) => i.id !== ids.movedIssue);
    // Transferred back: a new number in the source, and a new update time the passes read.
    restored.number = Math.max(0, ...[...source.issues, ...source.pullRequests].map((x) => x.number)) + 1;
    restored.updatedAt = new Date(Date.parse(dataset.now) + 60_000).toISOString();
    source.issues.push(restored);
    await harvestInto(store, simulator, dataset);
    const [row] = await store.query<{ repo_id: string; gone: boolean }>(`SELECT repo_id, gone_at IS NOT NULL AS gone FROM issues WHERE id = '${ids.movedIssue}'`);
    expect(row).toEqual({ repo_id: source.id, gone: false });
    // And a run within the week lists nothing and marks nothing.
    const quiet = await harvestInto(store, simulator, dataset);
    expect(quiet.cost.graphqlRequests).toBe(dataset.repositories.length + 1);
  }, 120_000);
});
