import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset, SimRepository } from './dataset.js';
import { branchHistory } from './commit-history.js';
import { generateDataset } from './generator.js';
import { startSimulator, type Simulator } from './server.js';

/**
 * REST compare as GitHub documents it: `base...head`, status and counts, the commits head has
 * and base has not (oldest first) in pages of 250 by default, `Link` to the next page, and 404
 * for a commit GitHub does not have.
 */
let sim: Simulator;
let octokit: Octokit;
let dataset: SimDataset;
let repo: SimRepository;

beforeAll(async () => {
  dataset = generateDataset({ seed: 3, size: 900 });
  repo = [...dataset.repositories].sort((a, b) => branchHistory(b).commits.length - branchHistory(a).commits.length)[0]!;
  sim = await startSimulator({ dataset });
  octokit = new Octokit({ baseUrl: sim.url, auth: 'compare-token' });
});
afterAll(() => sim.close());

const compare = (basehead: string, params: Record<string, unknown> = {}) =>
  octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: repo.owner, repo: repo.name, basehead, ...params });

describe('REST compare', () => {
  it('lists what head has and base has not, 250 commits a page, with Link to the rest', async () => {
    const { commits } = branchHistory(repo);
    expect(commits.length).toBeGreaterThan(260);
    const base = commits[0]!.oid;
    const head = commits[commits.length - 1]!.oid;
    const first = await compare(`${base}...${head}`);
    expect(first.data).toMatchObject({ status: 'ahead', ahead_by: commits.length - 1, behind_by: 0, total_commits: commits.length - 1 });
    expect(first.data.base_commit.sha).toBe(base);
    expect(first.data.merge_base_commit.sha).toBe(base);
    expect(first.data.commits).toHaveLength(250);
    expect(first.data.commits[0]!.sha).toBe(commits[1]!.oid);
    expect(first.data.commits[0]!.parents.map((p: { sha: string }) => p.sha)).toEqual([base]);
    expect(first.data.commits[0]!.commit.author?.date).toMatch(/Z$/);
    expect(first.headers.link).toContain('rel="next"');

    const all: string[] = [];
    for (let page = 1; all.length < first.data.total_commits; page++) {
      const res = await compare(`${base}...${head}`, { per_page: 250, page });
      expect(res.data.commits.length).toBeLessThanOrEqual(250);
      all.push(...res.data.commits.map((c: { sha: string }) => c.sha));
      if (res.data.commits.length === 0) break;
    }
    expect(all).toEqual(commits.slice(1).map((c) => c.oid));
  });

  it('says behind, identical, and 404 for a commit it does not have', async () => {
    const { commits } = branchHistory(repo);
    const behind = await compare(`${commits[10]!.oid}...${commits[4]!.oid}`);
    expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 6, total_commits: 0, commits: [] });
    expect(behind.data.merge_base_commit.sha).toBe(commits[4]!.oid);
    const same = await compare(`${commits[3]!.oid}...${commits[3]!.oid}`);
    expect(same.data).toMatchObject({ status: 'identical', total_commits: 0 });
    await expect(compare(`${'0'.repeat(40)}...${commits[3]!.oid}`)).rejects.toMatchObject({ status: 404 });
  });
});
