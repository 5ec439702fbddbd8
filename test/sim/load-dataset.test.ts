import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/core';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from './fixtures/tiny-dataset.js';
import { loadDataset, validateDataset } from './load-dataset.js';
import { startSimulator } from './server.js';

async function writeJson(value: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'flowmeter-sim-'));
  const file = join(dir, 'dataset.json');
  await writeFile(file, JSON.stringify(value));
  return file;
}

describe('loadDataset', () => {
  it('round-trips a JSON dataset via json: and a bare .json path', async () => {
    const file = await writeJson(tinyDataset());
    expect((await loadDataset(`json:${file}`)).repositories[0]!.pullRequests).toHaveLength(150);
    expect((await loadDataset(file)).org).toBe('acme');
  });

  it('names the file and the wrong field', async () => {
    const broken = tinyDataset();
    (broken.repositories[0]!.pullRequests[7] as unknown as Record<string, unknown>).createdAt = 'yesterday';
    const file = await writeJson(broken);
    await expect(loadDataset(`json:${file}`)).rejects.toThrow(`invalid dataset ${file}: repositories[0].pullRequests[7].createdAt: expected an ISO-8601 timestamp, got "yesterday"`);
    await expect(loadDataset('json:/nonexistent/x.json')).rejects.toThrow('cannot read dataset /nonexistent/x.json');
  });

  it('generates the weeks of history the spec asks for', async () => {
    const span = async (spec: string) => {
      const d = await loadDataset(spec);
      const first = Math.min(...d.repositories.flatMap((r) => r.pullRequests.map((p) => Date.parse(p.createdAt))));
      return (Date.parse(d.now) - first) / (7 * 86_400_000);
    };
    const [short, long] = [await span('gen:1:300'), await span('gen:1:300:56')];
    expect(short).toBeGreaterThan(26);
    expect(short).toBeLessThanOrEqual(29);
    expect(long).toBeGreaterThan(52);
    expect(long).toBeLessThanOrEqual(57);
    await expect(loadDataset('gen:1:300:2')).rejects.toThrow('weeks must be an integer of at least 4');
  });

  it('rejects unknown specs', async () => {
    await expect(loadDataset('gen:abc')).rejects.toThrow('gen:SEED[:SIZE[:WEEKS]]');
    await expect(loadDataset('s3://bucket')).rejects.toThrow('unknown dataset spec');
  });

  it('serves a generated dataset that satisfies the contract', async () => {
    const dataset = await loadDataset('gen:1:120');
    expect(validateDataset(dataset, 'gen:1:120')).toBe(dataset);
    const sim = await startSimulator({ dataset });
    try {
      const repo = dataset.repositories.find((r) => r.pullRequests.length > 0)!;
      const octokit = new Octokit({ baseUrl: sim.url });
      const r = await octokit.graphql<{ repository: { pullRequests: { totalCount: number; nodes: Array<{ author: unknown; reviews: { nodes: unknown[] }; timelineItems: { nodes: unknown[] } }> } } }>(
        `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
          pullRequests(first: 100, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes {
            number createdAt updatedAt mergedAt author { __typename login }
            reviews(first: 50) { nodes { state submittedAt author { login } } }
            timelineItems(first: 100, itemTypes: [READY_FOR_REVIEW_EVENT, CONVERT_TO_DRAFT_EVENT, REVIEW_REQUESTED_EVENT, MERGED_EVENT, CLOSED_EVENT, REOPENED_EVENT]) {
              nodes { __typename ... on ReviewRequestedEvent { requestedReviewer { __typename } } } } } } } }`,
        { owner: repo.owner, name: repo.name },
      );
      expect(r.repository.pullRequests.totalCount).toBe(repo.pullRequests.length);
    } finally {
      await sim.close();
    }
  });
});
