import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { silentLogger } from '../../src/log.js';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';

/** The simulator routes added for publishing (test/sim/rest-comments.ts), through the real client. */
let sim: Simulator;
let client: GitHubClient;
let dataset: SimDataset;

beforeAll(async () => {
  dataset = generateDataset({ seed: 9, size: 20 });
  sim = await startSimulator({ dataset });
  client = await createGitHubClient({ auth: { kind: 'token', token: 't' }, apiUrl: sim.url, minPostIntervalMs: 0, log: silentLogger });
});
afterAll(() => sim.close());

describe('simulator: comment and issue edit routes', () => {
  it('reads, deletes a comment, and edits and closes an issue, with GitHub\'s shapes', async () => {
    const repo = dataset.repositories[0]!;
    const params = { owner: repo.owner, repo: repo.name };
    const { data: issue } = await client.rest<{ number: number; state: string }>('POST /repos/{owner}/{repo}/issues', { ...params, title: 'T', body: 'b', labels: ['flowmeter'] });
    const { data: comment } = await client.rest<{ id: number; body: string; html_url: string }>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...params, issue_number: issue.number, body: 'hello' });
    const { data: read } = await client.rest<{ id: number; body: string; issue_url: string }>('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: comment.id });
    expect(read).toMatchObject({ id: comment.id, body: 'hello' });
    expect(read.issue_url).toMatch(new RegExp(`/issues/${issue.number}$`));

    const deleted = await client.rest('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: comment.id });
    expect(deleted.status).toBe(204);
    await expect(client.rest('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: comment.id })).rejects.toMatchObject({ status: 404 });

    const { data: edited } = await client.rest<{ title: string; state: string; state_reason: string | null }>('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...params, issue_number: issue.number, title: 'New', state: 'closed', state_reason: 'not_planned' });
    expect(edited).toMatchObject({ title: 'New', state: 'closed', state_reason: 'not_planned' });
    const open = await client.rest<Array<{ number: number }>>('GET /repos/{owner}/{repo}/issues', { ...params, state: 'open', labels: 'flowmeter' });
    expect(open.data.map((i) => i.number)).not.toContain(issue.number);
    await expect(client.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...params, issue_number: issue.number, title: '' })).rejects.toMatchObject({ status: 422 });
  });
});
