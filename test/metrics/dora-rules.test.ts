import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { upsertRows, type Row } from '../../src/store/upsert.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeDora, prepareDeployments, type DoraSection } from '../../src/metrics/dora.js';

/**
 * The DORA rules on a hand-built repository whose times are hours after T0, so every expected
 * number can be read off the comments: which deployments count, which PRs each one ships,
 * which deployment each incident follows, and the revert chain.
 */
const T0 = Date.parse('2026-03-02T00:00:00Z'); // a Monday
const h = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const NOW = new Date(T0 + 20 * 24 * 3_600_000);
const RANGE = { from: h(0), to: NOW.toISOString() };
const REPO = 'R_svc';

function pr(id: string, number: number, title: string, merged: number | null, firstCommit: number, extra: Row = {}): Row[] {
  return [{
    id, repo_id: REPO, number, title, state: merged === null ? 'OPEN' : 'MERGED', is_draft: false,
    created_at: h(firstCommit), updated_at: h(merged ?? firstCommit), merged_at: merged === null ? null : h(merged), closed_at: merged === null ? null : h(merged),
    base_ref: 'main', head_ref: `branch-${number}`, merge_commit_sha: `sha-${number}`, author_login: 'ana', author_kind: 'User',
    labels: [], first_commit_at: h(firstCommit), harvested_at: NOW.toISOString(), ...extra,
  }];
}

function deployment(id: string, environment: string, states: Array<[string, number]>): { deployment: Row; statuses: Row[] } {
  return {
    deployment: { id, repo_id: REPO, environment, sha: `sha-of-${id}`, created_at: h(states[0]![1]), latest_state: states[states.length - 1]![0], latest_status_at: h(states[states.length - 1]![1]) },
    statuses: states.map(([state, at], i) => ({ id: `${id}_S${i}`, deployment_id: id, repo_id: REPO, state, created_at: h(at) })),
  };
}

async function seed(store: Store): Promise<void> {
  const c = store.connection;
  await upsertRows(c, 'repositories', [{ id: REPO, owner: 'acme', name: 'svc', full_name: 'acme/svc', default_branch: 'main' }], ['id']);
  const deployments = [
    deployment('DE_1', 'production', [['IN_PROGRESS', 10], ['SUCCESS', 11], ['INACTIVE', 50]]), // live at 11, superseded later: counts
    deployment('DE_2', 'Production', [['IN_PROGRESS', 30], ['SUCCESS', 31]]), // environment matched case-insensitively
    deployment('DE_3', 'production', [['SUCCESS', 32], ['FAILURE', 32.5]]), // latest status a failure: not a deployment
    deployment('DE_4', 'production', [['SUCCESS', 33]]), // ships no PR: nothing merged between 31 and 33
    deployment('DE_5', 'staging', [['SUCCESS', 45]]), // not production
    deployment('DE_6', 'production', [['SUCCESS', 70]]),
    deployment('DE_7', 'live', [['SUCCESS', 90]]),
  ];
  await upsertRows(c, 'deployments', deployments.map((d) => d.deployment), ['id']);
  await upsertRows(c, 'deployment_statuses', deployments.flatMap((d) => d.statuses), ['id']);
  await upsertRows(c, 'pull_requests', [
    ...pr('PR_1', 1, 'feat: one', 5, 0), // → DE_1, lead 11 h
    ...pr('PR_2', 2, 'feat: two', 20, 15), // → DE_2, lead 16 h
    ...pr('PR_3', 3, 'feat: three', 40, 38), // → DE_6, lead 32 h
    // Reverts PR 2, found by title only (its branch is not revert-2-…): began when PR 2 went live (31).
    ...pr('PR_4', 4, 'Revert "feat: two"', 36, 34, { head_ref: 'undo-two' }), // → DE_6, lead 36 h
    // Reverts the revert (branch revert-4-…): began when PR 4 went live (70), not when PR 2 did.
    ...pr('PR_5', 5, 'Revert "Revert "feat: two""', 73, 72, { head_ref: 'revert-4-undo-two' }), // → DE_7, lead 18 h
    ...pr('PR_6', 6, 'fix: stop the crash', 77, 76, { labels: ['Hotfix'] }), // → DE_7, lead 14 h
    ...pr('PR_7', 7, 'feat: seven', 100, 99), // merged after the last deployment: never deployed
    ...pr('PR_8', 8, 'feat: eight', null, 1), // open
  ], ['id']);
  await upsertRows(c, 'issues', [
    { id: 'I_0', repo_id: REPO, number: 20, title: 'Outage before any deploy', state: 'CLOSED', created_at: h(2), updated_at: h(4), closed_at: h(4), labels: ['Incident'], harvested_at: NOW.toISOString() },
    { id: 'I_1', repo_id: REPO, number: 21, title: 'Errors after deploy', state: 'CLOSED', created_at: h(75), updated_at: h(80), closed_at: h(80), labels: ['sev2', 'incident'], harvested_at: NOW.toISOString() },
    { id: 'I_2', repo_id: REPO, number: 22, title: 'A bug', state: 'OPEN', created_at: h(76), updated_at: h(76), labels: ['bug'], harvested_at: NOW.toISOString() },
  ], ['id']);
}

async function dora(store: Store, source = 'deployments'): Promise<DoraSection> {
  const ctx = await createContext(store, parseMetricsConfig({ deployments: { source } }), NOW, RANGE);
  return (await computeDora(ctx, await prepareDeployments(ctx))).section;
}

describe('DORA rules on a hand-built repository', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('counts successful production deployments and ships each PR with the first one at or after its merge', async () => {
    await seed(store);
    const section = await dora(store);
    const list = [...section.deployments].reverse();
    expect(list.map((d) => [d.id, d.deployed_at, d.prs])).toEqual([
      ['DE_1', h(11).replace('.000', ''), 1],
      ['DE_2', h(31).replace('.000', ''), 1],
      ['DE_4', h(33).replace('.000', ''), 0],
      ['DE_6', h(70).replace('.000', ''), 2],
      ['DE_7', h(90).replace('.000', ''), 2],
    ]);
    const deployed = await store.query<{ number: number; at: string | null }>(`SELECT number, strftime(deployed_at, '%Y-%m-%dT%H:%M:%S.000Z') AS at FROM pr_facts ORDER BY number`);
    expect(deployed.map((r) => r.at)).toEqual([h(11), h(31), h(70), h(70), h(90), h(90), null, null]);
    expect(section.totals).toMatchObject({ deployments: 5, withoutPrs: 1 });
  });

  it('attributes incidents, resolves the revert chain and measures recovery', async () => {
    await seed(store);
    const section = await dora(store);
    const byNumber = Object.fromEntries(section.incidentList.map((i) => [i.number, i]));
    expect(byNumber[20]!.failed_deployment_id).toBeNull(); // before any deployment
    expect([byNumber[4]!.reverted_number, byNumber[4]!.failed_deployment_id, byNumber[4]!.recovery_h]).toEqual([2, 'DE_2', 5]);
    expect([byNumber[5]!.reverted_number, byNumber[5]!.failed_deployment_id, byNumber[5]!.recovery_h]).toEqual([4, 'DE_6', 3]);
    expect([byNumber[6]!.kind, byNumber[6]!.failed_deployment_id, byNumber[6]!.recovery_h]).toEqual(['hotfix', 'DE_6', null]);
    expect([byNumber[21]!.failed_deployment_id, byNumber[21]!.recovery_h]).toEqual(['DE_6', 5]);
    expect(byNumber[22]).toBeUndefined();
    const failed = section.deployments.filter((d) => d.failed).map((d) => d.id).sort();
    expect(failed).toEqual(['DE_2', 'DE_6']);
    expect(section.deployments.find((d) => d.id === 'DE_6')!.incident_refs.map((r) => r.number)).toEqual([5, 21, 6]);
    expect(section.totals).toMatchObject({ failed: 2, reworked: 2, changeFailureRate: 0.4, reworkRate: 0.4 });
    expect(section.incidents).toEqual({ total: 5, issues: 2, reverts: 2, hotfixes: 1, unattributed: 1, unresolved: 0 });
    expect(section.recoveryTime).toMatchObject({ n: 4, p50: 4 }); // 2, 3, 5, 5
    expect(section.leadTime).toMatchObject({ n: 6, p50: 17 }); // 11, 14, 16, 18, 32, 36
  });

  it('under merges, every PR merged into the default branch is its own deployment', async () => {
    await seed(store);
    const section = await dora(store, 'merges');
    expect(section.totals.deployments).toBe(7);
    expect(section.deployments.every((d) => d.prs === 1 && d.source === 'merges')).toBe(true);
    expect(section.leadTime.p50).toBe(2); // merged − first commit: 5, 5, 2, 2, 1, 1, 1
    // The revert of PR 2 began when PR 2 merged (20) and ended at 36.
    expect(section.incidentList.find((i) => i.number === 4)).toMatchObject({ failed_deployment_id: 'PR_2', recovery_h: 16 });
  });

  it('under auto, a repository without deployments, runs or releases falls back to merges', async () => {
    await seed(store);
    await store.run("DELETE FROM deployments");
    await store.run("DELETE FROM deployment_statuses");
    const section = await dora(store, 'auto');
    expect(section.source).toBe('merges');
    expect(section.sourcesByRepository).toEqual([{ repo: 'acme/svc', source: 'merges', deployments: 7 }]);
  });

  it('reads workflow runs and releases by their own rules', async () => {
    await seed(store);
    const run = (id: string, name: string, path: string, branch: string, conclusion: string, at: number): Row =>
      ({ id, database_id: Number(id.slice(4)), repo_id: REPO, name, path, event: 'push', status: 'completed', conclusion, head_branch: branch, head_sha: `sha-${id}`, created_at: h(at - 0.1), run_started_at: h(at - 0.1), updated_at: h(at) });
    await upsertRows(store.connection, 'workflow_runs', [
      run('WFR_1', 'Deploy', '.github/workflows/deploy.yml', 'main', 'success', 12), // counts, at completion
      run('WFR_2', 'Ship it', '.github/workflows/publish.yml', 'main', 'success', 41), // path matches
      run('WFR_3', 'Deploy', '.github/workflows/deploy.yml', 'feature', 'success', 50), // not the default branch
      run('WFR_4', 'Deploy', '.github/workflows/deploy.yml', 'main', 'failure', 60),
      run('WFR_5', 'CI', '.github/workflows/ci.yml', 'main', 'success', 61),
    ], ['id']);
    await upsertRows(store.connection, 'releases', [
      { id: 'RE_1', repo_id: REPO, tag_name: 'v1', created_at: h(24), published_at: h(25), is_draft: false, is_prerelease: false },
      { id: 'RE_2', repo_id: REPO, tag_name: 'v2-rc', created_at: h(26), published_at: h(26), is_draft: false, is_prerelease: true },
      { id: 'RE_3', repo_id: REPO, tag_name: 'v2', created_at: h(27), published_at: null, is_draft: true, is_prerelease: false },
    ], ['id']);
    expect((await dora(store, 'workflow')).deployments.map((d) => d.id).sort()).toEqual(['WFR_1', 'WFR_2']);
    expect((await dora(store, 'releases')).deployments.map((d) => [d.id, d.prs])).toEqual([['RE_1', 2]]);
  });

  it('an empty database gives empty figures, not errors', async () => {
    const section = await dora(store, 'auto');
    expect(section.source).toBe('none');
    expect(section.totals).toMatchObject({ deployments: 0, changeFailureRate: null, perWeek: 0 });
    expect(section.leadTime.n).toBe(0);
    expect(section.frequency).toBeNull();
    expect(section.bands).toEqual({ deploymentFrequency: null, leadTime: null, changeFailureRate: null, recoveryTime: null });
    expect(section.weekly).toHaveLength(3);
  });
});
