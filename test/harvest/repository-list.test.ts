import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { createGitHubClient } from '../../src/github/client.js';
import { parseRepositorySpecs, resolveRepositories } from '../../src/harvest/repository-list.js';
import { silentLogger } from '../../src/log.js';

describe('resolving the repositories input', () => {
  let simulator: Simulator;
  const dataset = generateDataset({ seed: 4, size: 1200 });

  beforeAll(async () => {
    dataset.repositories[1]!.isArchived = true;
    simulator = await startSimulator({ dataset });
  });
  afterAll(() => simulator.close());

  const resolve = async (input: string) => {
    const client = await createGitHubClient({ auth: { kind: 'token', token: 't' }, apiUrl: simulator.url, log: silentLogger, minPostIntervalMs: 0 });
    return resolveRepositories(client, parseRepositorySpecs(input));
  };

  it('org:NAME lists every non-archived repository of the organisation', async () => {
    const expected = dataset.repositories.filter((r) => !r.isArchived).map((r) => `${r.owner}/${r.name}`).sort();
    expect((await resolve(`org:${dataset.org}`)).sort()).toEqual(expected);
    expect(expected.length).toBe(dataset.repositories.length - 1);
  });

  it('org:NAME topic:TOPIC keeps only repositories with the topic, and names are not repeated', async () => {
    const topic = dataset.repositories[0]!.topics[0]!;
    const withTopic = dataset.repositories.filter((r) => !r.isArchived && r.topics.includes(topic)).map((r) => `${r.owner}/${r.name}`);
    const first = `${dataset.repositories[0]!.owner}/${dataset.repositories[0]!.name}`;
    expect(await resolve(`${first}\norg:${dataset.org} topic:${topic}`)).toEqual([first, ...withTopic.filter((n) => n !== first)]);
  });
});
