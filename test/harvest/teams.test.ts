import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { openStore, type Store } from '../../src/store/database.js';
import { mergeDatabase } from '../../src/store/merge-database.js';
import { harvestInto } from './harness.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'flowmeter-teams-')), 't.duckdb');

/** Current membership as the metrics read it: the latest snapshot per organisation. */
async function currentTeams(store: Store): Promise<Record<string, string[]>> {
  await store.run('CREATE OR REPLACE TEMP TABLE team_members (team VARCHAR, login VARCHAR)');
  const { query } = await import('../../src/metrics/named-queries.js');
  await store.run(query('facts.sql', 'github-team-members'));
  const rows = await store.query<{ team: string; members: string[] }>('SELECT team, list(login ORDER BY login) AS members FROM team_members GROUP BY team ORDER BY team');
  return Object.fromEntries(rows.map((r) => [r.team, r.members]));
}

function expectedTeams(dataset: SimDataset): Record<string, string[]> {
  return Object.fromEntries((dataset.teams ?? []).map((t) => [t.slug, [...t.members].sort()]).sort());
}

describe('harvest of GitHub teams', () => {
  let simulator: Simulator | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    await simulator?.close();
    store = undefined;
    simulator = undefined;
  });

  it('stores every team with all its members, paging teams and members past GitHub’s page sizes', async () => {
    const dataset = generateDataset({ seed: 3, size: 40 });
    // 60 teams (two pages of 50) and one of 130 members (two pages of 100).
    const big = Array.from({ length: 130 }, (_, i) => `member-${String(i).padStart(3, '0')}`);
    dataset.teams = [...dataset.teams!, { slug: 'everyone', members: big }, ...Array.from({ length: 54 }, (_, i) => ({ slug: `guild-${i}`, members: [`member-${String(i).padStart(3, '0')}`] }))];
    simulator = await startSimulator({ dataset });
    store = await openStore(tempPath());
    const stats = await harvestInto(store, simulator, dataset);
    expect(stats.teams).toEqual([{ org: dataset.org, status: 'read', teams: 60, members: 5 * 5 + 130 + 54 }]);
    expect(await currentTeams(store)).toEqual(expectedTeams(dataset));
  });

  it('a token that may not read teams leaves them out, says what to change, and the harvest succeeds', async () => {
    const dataset = generateDataset({ seed: 3, size: 40 });
    simulator = await startSimulator({ dataset, teamsReadable: false });
    store = await openStore(tempPath());
    const stats = await harvestInto(store, simulator, dataset);
    expect(stats.teams).toHaveLength(1);
    expect(stats.teams[0]).toMatchObject({ org: dataset.org, status: 'unreadable' });
    expect(stats.teams[0]!.status === 'unreadable' && stats.teams[0]!.reason).toMatch(/FORBIDDEN/);
    expect(stats.repositories.every((r) => r.error === null)).toBe(true);
    expect(await currentTeams(store)).toEqual({});
  });

  it('a later read replaces the membership: who left and which team went away no longer count', async () => {
    const dataset = generateDataset({ seed: 3, size: 40 });
    simulator = await startSimulator({ dataset });
    store = await openStore(tempPath());
    await harvestInto(store, simulator, dataset);
    const [platform, web] = [dataset.teams!.find((t) => t.slug === 'platform')!, dataset.teams!.find((t) => t.slug === 'web')!];
    const moved = platform.members.shift()!;
    web.members.push(moved);
    dataset.teams = dataset.teams!.filter((t) => t.slug !== 'data');
    simulator.dataset = dataset;
    await harvestInto(store, simulator, dataset);
    const teams = await currentTeams(store);
    expect(teams).toEqual(expectedTeams(dataset));
    expect(teams.platform).not.toContain(moved);
    expect(teams.web).toContain(moved);
    expect(teams.data).toBeUndefined();
    const [old] = await store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM github_team_members WHERE slug = 'data'");
    expect(old!.n).toBe(0);
  });

  it('merging a newer read into a database with an older one keeps the newer membership current', async () => {
    const dataset = generateDataset({ seed: 3, size: 40 });
    simulator = await startSimulator({ dataset });
    const [older, newer] = [tempPath(), tempPath()];
    store = await openStore(older);
    await harvestInto(store, simulator, dataset);
    await store.close();
    // A later run, from the same data, after someone left the platform team and "data" was removed.
    const gone = dataset.teams!.find((t) => t.slug === 'platform')!.members.pop()!;
    dataset.teams = dataset.teams!.filter((t) => t.slug !== 'data');
    // An hour later by the harvest's clock, so the newer read's stamp is surely later.
    dataset.now = new Date(Date.parse(dataset.now) + 3_600_000).toISOString();
    simulator.dataset = dataset;
    store = await openStore(newer);
    await harvestInto(store, simulator, dataset);
    await store.close();
    await mergeDatabase(older, newer);
    store = await openStore(older);
    const teams = await currentTeams(store);
    expect(teams).toEqual(expectedTeams(dataset));
    expect(teams.platform).not.toContain(gone);
    // The union keeps the older rows, only not as current.
    const [kept] = await store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM github_team_members WHERE slug = 'data'");
    expect(kept!.n).toBe(5);
  });

  it('does not ask GitHub for teams when the configuration names them', async () => {
    const dataset = generateDataset({ seed: 3, size: 40 });
    simulator = await startSimulator({ dataset });
    store = await openStore(tempPath());
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-teams-config-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'flowmeter.yml'), 'metrics:\n  teams:\n    core: [amara-okafor]\n');
    const stats = await harvestInto(store, simulator, dataset, { 'config-file': join(dir, 'flowmeter.yml') });
    expect(stats.teams).toEqual([]);
    expect(simulator.stats().graphqlOperations.OrganizationTeams).toBeUndefined();
    expect(simulator.stats().graphqlOperations.RepositorySync).toBeGreaterThan(0);
    expect(await currentTeams(store)).toEqual({});
  });
});
