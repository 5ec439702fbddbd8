import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { INPUTS } from '../../src/config/inputs.js';
import { ConfigError } from '../../src/errors.js';
import { parseRepositorySpecs } from '../../src/harvest/repository-list.js';

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const config = parseConfig({ token: 't' }, 'octo/api');
    expect(config).toMatchObject({
      repositories: [{ kind: 'repo', fullName: 'octo/api' }],
      apiUrl: 'https://api.github.com',
      database: '.flowmeter/flowmeter.duckdb',
      backfillDays: 365,
      harvest: 'auto',
      pageSize: 50,
      requestTimeoutMs: 60_000,
      auth: { kind: 'token', token: 't' },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ 'page-size': '500' }, /page-size: "500" must be a whole number from 5 to 100/],
    [{ 'backfill-days': 'ten' }, /backfill-days/],
    [{ since: 'last tuesday' }, /since: "last tuesday" is not a date/],
    [{ harvest: 'sometimes' }, /harvest: "sometimes" must be auto, always or never/],
    [{ 'api-url': 'ftp://x' }, /api-url/],
    [{ repositories: 'just-a-name' }, /repositories: "just-a-name" is not owner\/name or org:NAME/],
    [{ 'private-key': 'not a key', 'app-id': '1' }, /private-key: is not a PEM private key/],
    [{ 'private-key': '-----BEGIN PRIVATE KEY-----' }, /app-id: is empty/],
  ])('rejects %j with one message naming the input', (raw, message) => {
    const attempt = () => parseConfig({ token: 't', ...raw }, 'octo/api');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('parses repository lists with orgs, topics, comments and blank lines', () => {
    expect(parseRepositorySpecs('octo/api\n\n# the site\nocto/web, org:acme topic:backend\norg:other')).toEqual([
      { kind: 'repo', fullName: 'octo/api' },
      { kind: 'repo', fullName: 'octo/web' },
      { kind: 'org', org: 'acme', topic: 'backend' },
      { kind: 'org', org: 'other', topic: null },
    ]);
  });

  it('action.yml declares exactly the inputs the code reads, with the same defaults', () => {
    const action = parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string; description: string }>;
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(INPUTS.map((i) => i.name).sort());
    for (const input of INPUTS) {
      expect(action.inputs[input.name]!.default).toBe(input.default);
      expect(action.inputs[input.name]!.description.length).toBeGreaterThan(10);
    }
  });
});
