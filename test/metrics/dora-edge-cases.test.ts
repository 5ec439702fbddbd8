import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimPullRequest } from '../sim/dataset.js';
import { doraOracle } from './dora-oracle.js';
import { doraFixture, type DoraFixture } from './dora-harness.js';
import type { DoraSection } from '../../src/metrics/dora.js';

/**
 * The named edge cases of issue 3 on the generated org, found through the generator's truth:
 * a deployment containing no PR, a PR merged but never deployed, a revert of a revert. The
 * report runs over the dataset's whole range so that every planted case is inside it.
 */
let fx: DoraFixture;
let dora: DoraSection;
let deployedAt: Map<string, number | null>;
const WHOLE = { from: '2020-01-01T00:00:00Z', to: '' };

beforeAll(async () => {
  fx = await doraFixture(5, 900);
  WHOLE.to = fx.dataset.now;
  ({ dora, deployedAt } = await fx.report('auto', WHOLE));
}, 180_000);

afterAll(async () => {
  await fx?.store.close();
});

const prOf = (repo: string, number: number): SimPullRequest =>
  fx.dataset.repositories.find((r) => r.name === repo)!.pullRequests.find((p) => p.number === number)!;

describe('DORA named edge cases on the generated org', () => {
  it('a deployment containing no PR is counted, with zero PRs', async () => {
    const planted = fx.dataset.truth!.nonPrDeployments as Array<[string, string]>;
    expect(planted.length).toBeGreaterThan(0);
    for (const [repo, sha] of planted) {
      const rows = await fx.store.query<{ prs: number }>(
        'SELECT d.prs FROM deployment_facts d JOIN repositories r ON r.id = d.repo_id WHERE r.name = $repo AND d.sha = $sha',
        { repo, sha },
      );
      expect(rows.length, `${repo} ${sha} is a deployment`).toBeGreaterThan(0);
      expect(rows.map((r) => r.prs), `${repo} ${sha} ships no PR`).toEqual(rows.map(() => 0));
    }
    expect(dora.totals.withoutPrs).toBeGreaterThanOrEqual(planted.length);
  });

  it('a PR merged but never deployed has no deployed_at, no lead time and no deploy time', () => {
    const planted = fx.dataset.truth!.undeployedPrs as Array<[string, number]>;
    expect(planted.length).toBeGreaterThan(0);
    for (const [repo, number] of planted) {
      const pr = prOf(repo, number);
      expect(pr.mergedAt, `${repo}#${number} merged`).not.toBeNull();
      expect(deployedAt.get(pr.id), `${repo}#${number} never deployed`).toBeNull();
    }
    const oracle = doraOracle(fx.dataset, { source: 'auto', ...WHOLE });
    const merged = oracle.prs.filter((p) => p.pr.mergedAt && !p.isBot);
    // Lead time counts deployed PRs only: the undeployed ones are the difference.
    const undeployedHumans = merged.filter((p) => p.deployedAt === null).length;
    expect(undeployedHumans).toBeGreaterThanOrEqual(planted.filter(([r, n]) => !oracle.prs.find((p) => p.pr.id === prOf(r, n).id)!.isBot).length);
    expect(dora.leadTime.n).toBe(merged.length - undeployedHumans);
  });

  it('a revert of a revert points at the first revert, not the original, and is one incident of its own', async () => {
    const chains = fx.dataset.truth!.revertOfRevertPairs as Array<[string, number, number]>;
    const pairs = fx.dataset.truth!.revertPairs as Array<[string, number, number]>;
    expect(chains.length).toBeGreaterThan(0);
    for (const [repo, second, first] of chains) {
      const original = pairs.find(([r, revert]) => r === repo && revert === first)![2];
      const incidents = dora.incidentList.filter((i) => i.repo === `${fx.dataset.org}/${repo}` && i.kind === 'revert');
      const outer = incidents.find((i) => i.number === second)!;
      const inner = incidents.find((i) => i.number === first)!;
      expect(outer.reverted_number, `${repo}#${second} reverts #${first}`).toBe(first);
      expect(inner.reverted_number, `${repo}#${first} reverts #${original}`).toBe(original);

      const [deploymentOf] = await fx.store.query<{ first: string | null; original: string | null }>(
        `SELECT (SELECT deployment_id FROM pr_deployments WHERE pr_id = $first) AS first,
                (SELECT deployment_id FROM pr_deployments WHERE pr_id = $original) AS original`,
        { first: prOf(repo, first).id, original: prOf(repo, original).id },
      );
      const firstLive = deployedAt.get(prOf(repo, first).id) ?? null;
      const outerMerged = Date.parse(prOf(repo, second).mergedAt!);
      if (firstLive !== null && firstLive <= outerMerged) {
        expect(outer.failed_deployment_id).toBe(deploymentOf!.first);
        expect(outer.recovery_h).toBeCloseTo((outerMerged - firstLive) / 3_600_000, 3);
      } else {
        expect(outer.recovery_h).toBeNull();
      }
      const originalLive = deployedAt.get(prOf(repo, original).id) ?? null;
      if (originalLive !== null && originalLive <= Date.parse(prOf(repo, first).mergedAt!)) {
        expect(inner.failed_deployment_id).toBe(deploymentOf!.original);
      }
    }
  });

  it('the whole range agrees with the oracle', () => {
    const want = doraOracle(fx.dataset, { source: 'auto', ...WHOLE }).summarize(WHOLE.from, WHOLE.to);
    expect([dora.totals.deployments, dora.totals.failed, dora.totals.reworked, dora.incidents.total]).toEqual([want.deployments, want.failed, want.reworked, want.incidents]);
    expect(dora.recoveryTime.n).toBe(want.recoveryTime.n);
    expect(dora.recoveryTime.p50).toBeCloseTo(want.recoveryTime.p50!, 2);
  });
});
