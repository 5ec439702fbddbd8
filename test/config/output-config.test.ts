import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/errors.js';
import { readmeWithTables } from '../../scripts/readme-tables.js';

const root = join(import.meta.dirname, '..', '..');

describe('output configuration', () => {
  it('defaults: site, squash data branch, rules summary, no comment, job summary', () => {
    const { output } = parseConfig({ token: 't' }, 'octo/api');
    expect(output).toEqual({
      site: { dir: 'flowmeter-site', url: 'https://octo.github.io/api/', title: 'flowmeter report', publishPrivateData: false },
      dataBranch: { name: 'flowmeter-data', history: 'squash' },
      summary: { apiKey: null, model: 'claude-sonnet-4-6', baseUrl: null, timeoutMs: 60_000 },
      comment: null,
      prComment: false,
      jobSummary: true,
      slackWebhookUrl: null,
      title: 'flowmeter report',
    });
  });

  it('derives the Pages URL only for github.com, and a user site has no path', () => {
    expect(parseConfig({ token: 't' }, 'octo/octo.github.io').output.site?.url).toBe('https://octo.github.io/');
    expect(parseConfig({ token: 't', 'api-url': 'https://ghe.example/api/v3' }, 'octo/api').output.site?.url).toBeNull();
    expect(parseConfig({ token: 't', 'site-url': 'https://metrics.example/' }, 'octo/api').output.site?.url).toBe('https://metrics.example/');
  });

  it('`none` turns off the site and the data branch', () => {
    const { output } = parseConfig({ token: 't', 'site-dir': 'none', 'data-branch': 'none', comment: 'true', 'data-history': 'keep' }, 'octo/api');
    expect(output.site).toBeNull();
    expect(output.dataBranch).toBeNull();
    expect(output.comment).toEqual({ issueTitle: 'flowmeter weekly report' });
  });

  it.each([
    [{ 'data-branch': '--upload-pack=evil' }, /data-branch: "--upload-pack=evil" is not a valid branch name/],
    [{ 'data-branch': 'a..b' }, /data-branch/],
    [{ 'data-history': 'all' }, /data-history: "all" must be one of squash, keep/],
    [{ comment: 'yes' }, /comment: "yes" must be true or false/],
    [{ 'publish-private-data': '1' }, /publish-private-data/],
    [{ 'summary-timeout': '-1' }, /summary-timeout/],
    [{ 'anthropic-model': 'claude sonnet' }, /anthropic-model/],
    [{ 'slack-webhook-url': 'http://hooks.slack.com/x' }, /slack-webhook-url: must be an https/],
    [{ 'site-url': 'pages' }, /site-url: is not an http\(s\) URL/],
  ])('rejects %j with one message naming the input', (raw, message) => {
    const attempt = () => parseConfig({ token: 't', ...raw }, 'octo/api');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it("the README's input and output tables are the ones generated from action.yml", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const actionYaml = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(readme).toBe(readmeWithTables(readme, actionYaml));
    for (const name of ['site-dir', 'publish-private-data', 'anthropic-api-key', 'dora-band']) expect(readme).toContain(`| \`${name}\` |`);
  });
});
