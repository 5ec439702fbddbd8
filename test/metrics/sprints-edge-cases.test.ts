import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { upsertRows } from '../../src/store/upsert.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import { computeSprints, type SprintsSection } from '../../src/metrics/sprints.js';
import type { AnomaliesSection } from '../../src/metrics/anomalies.js';

/**
 * Sprint edge cases on hand-made rows. Sprints of 14 days anchored on 2026-11-02: with "now"
 * on 2026-11-20 the previous sprint is [2026-11-02, 2026-11-16), complete, and the running one
 * started 2026-11-16.
 */
const NOW = new Date('2026-11-20T12:00:00Z');
const CONFIG = { sprints: { anchor: '2026-11-02', 'length-days': 14 } };

let serial = 0;
function pr(fields: { author?: string; created: string; merged?: string; closed?: string }) {
  serial += 1;
  const closed = fields.closed ?? fields.merged ?? null;
  return {
    id: `PR_${serial}`, repo_id: 'R_1', number: serial, title: `feat: change ${serial}`, url: `https://github.com/o/r/pull/${serial}`,
    state: fields.merged ? 'MERGED' : closed ? 'CLOSED' : 'OPEN', is_draft: false,
    created_at: fields.created, updated_at: closed ?? fields.created, closed_at: closed, merged_at: fields.merged ?? null,
    additions: 10, deletions: 2, base_ref: 'main', head_ref: `b${serial}`, author_login: fields.author ?? 'ana', author_kind: fields.author === 'renovate' ? 'Bot' : 'User',
    labels: [], harvested_at: '2026-11-20T00:00:00Z',
  };
}

async function seed(store: Store): Promise<void> {
  await upsertRows(store.connection, 'repositories', [{ id: 'R_1', owner: 'o', name: 'r', full_name: 'o/r', default_branch: 'main' }], ['id']);
  await upsertRows(store.connection, 'pull_requests', [
    pr({ created: '2026-10-20T10:00:00Z' }), // open since before the sprint: carried over
    pr({ created: '2026-10-21T10:00:00Z', closed: '2026-11-16T00:00:00Z' }), // closed the instant the sprint ended: open all sprint long
    pr({ created: '2026-10-22T10:00:00Z', merged: '2026-11-05T10:00:00Z' }), // merged during: throughput, not carryover
    pr({ created: '2026-11-03T10:00:00Z' }), // opened during: scope, not carryover
    pr({ created: '2026-10-23T10:00:00Z', closed: '2026-10-30T10:00:00Z' }), // closed before the sprint: neither
    pr({ created: '2026-10-24T10:00:00Z', author: 'renovate' }), // a bot's: left out unless include-bots
    pr({ created: '2026-11-04T09:00:00Z', author: 'renovate', merged: '2026-11-04T10:00:00Z' }),
  ], ['id']);
}

describe('sprint edge cases', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(async () => store.close());

  it('carryover, scope and throughput at the sprint boundaries; bots left out, or counted when asked', async () => {
    await seed(store);
    const humans = (await computeSprints(await createContext(store, parseMetricsConfig(CONFIG), NOW))).section;
    expect(humans.previous).toMatchObject({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z', merged: 1, carryover: 2, scope: 1, cycleTimeP50: 336, unreviewedShare: 1 });
    // The running sprint: everything still open at "now" that was open on 2026-11-16.
    expect(humans.current).toMatchObject({ merged: 0, carryover: 2, scope: 0, cycleTimeP50: null, unreviewedShare: null, complete: false });
    const all = (await computeSprints(await createContext(store, parseMetricsConfig({ ...CONFIG, bots: { include: true } }), NOW))).section;
    expect(all.previous).toMatchObject({ merged: 2, carryover: 3, scope: 2 });
  });

  it('deployments and change failure rate: null without DORA tables, counts from deployments_used, rates from deployment_facts', async () => {
    await seed(store);
    const ctx = await createContext(store, parseMetricsConfig(CONFIG), NOW);
    let section = (await computeSprints(ctx)).section;
    expect(section.previous).toMatchObject({ deployments: null, failedDeployments: null, changeFailureRate: null });

    await store.run(`CREATE OR REPLACE TEMP TABLE deployments_used AS
      SELECT * FROM (VALUES ('R_1', 'D1', TIMESTAMPTZ '2026-11-03T00:00:00Z', 'a', 'releases'),
                            ('R_1', 'D2', TIMESTAMPTZ '2026-11-10T00:00:00Z', 'b', 'releases'),
                            ('R_1', 'D3', TIMESTAMPTZ '2026-11-16T00:00:00Z', 'c', 'releases'))
        AS t(repo_id, deployment_id, deployed_at, sha, source)`);
    section = (await computeSprints(ctx)).section;
    expect(section.previous).toMatchObject({ deployments: 2, failedDeployments: null, changeFailureRate: null });
    expect(section.current).toMatchObject({ deployments: 1 });

    await store.run(`CREATE OR REPLACE TEMP TABLE deployment_facts AS
      SELECT d.*, d.deployment_id = 'D2' AS failed FROM deployments_used d`);
    const result = await computeSprints(ctx);
    expect(result.section.previous).toMatchObject({ deployments: 2, failedDeployments: 1, changeFailureRate: 0.5 });
    expect(result.figures['sprint.change_failure_rate']).toMatchObject({ value: 0, previous: 0.5, delta: -0.5, n: 1 });
    expect(result.section.comparison.find((m) => m.id === 'sprint.change_failure_rate')!.direction).toBe('better');
  });

  it('a sprint that has ended by the report\'s end is complete, and counts are compared unscaled', async () => {
    await seed(store);
    const ctx = await createContext(store, parseMetricsConfig(CONFIG), NOW, { from: '2026-10-01T00:00:00Z', to: '2026-11-16T00:00:00Z' });
    const { section } = await computeSprints(ctx);
    expect(section.referenceAt).toBe('2026-11-16T00:00:00.000Z');
    expect(section.current).toMatchObject({ from: '2026-11-02T00:00:00.000Z', complete: true, elapsedShare: 1, merged: 1 });
    expect(section.previous).toMatchObject({ from: '2026-10-19T00:00:00.000Z', merged: 0 });
    expect(section.comparison.find((m) => m.id === 'sprint.throughput')).toMatchObject({ paced: false, direction: 'better', delta: 1 });
  });

  it('milestones asked for but none in the database: fixed sprints are used, with a note saying so', async () => {
    await seed(store);
    const ctx = await createContext(store, parseMetricsConfig({ sprints: { ...CONFIG.sprints, source: 'milestones' } }), NOW);
    const { section } = await computeSprints(ctx);
    expect(section).toMatchObject({ source: 'fixed', requestedSource: 'milestones' });
    expect(section.note).toMatch(/milestones/);
    expect(section.previous.merged).toBe(1);
  });

  it('an empty database reports empty sprints and no anomalies, without errors', async () => {
    const report = await computeReport(store, parseMetricsConfig(CONFIG), NOW);
    const sprints = report.sections.sprints as SprintsSection;
    expect(sprints.current).toMatchObject({ merged: 0, carryover: 0, scope: 0, cycleTimeP50: null, pickupTimeP50: null, unreviewedShare: null });
    expect(report.figures['sprint.throughput']).toMatchObject({ value: 0, previous: 0, delta: 0 });
    const anomalies = report.sections.anomalies as AnomaliesSection;
    expect(anomalies.anomalies).toEqual([]);
    expect(report.figures['anomalies.flagged']!.value).toBe(0);
    expect(() => JSON.stringify(report)).not.toThrow();
  });
});
