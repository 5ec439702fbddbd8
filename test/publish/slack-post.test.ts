import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { streamLogger } from '../../src/log.js';
import { postToSlack, slackEscape, slackSummaryText } from '../../src/publish/slack-post.js';
import type { SprintSummary } from '../../src/summary/summary-model.js';

/** A fake Slack incoming webhook on loopback: answers from a script, records what it received. */
let server: Server;
let received: Array<{ path: string; body: Record<string, unknown> }>;
let script: Array<(res: ServerResponse) => void>;
let url: string;
let lines: string[];
const log = () => streamLogger((line) => lines.push(line), true);
const SECRET_PATH = '/services/T000/B000/supersecretwebhookpart';

beforeEach(async () => {
  received = [];
  script = [];
  lines = [];
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => { raw += c.toString('utf8'); });
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(raw) as Record<string, unknown> });
      const answer = script.shift() ?? ((r: ServerResponse) => r.writeHead(200).end('ok'));
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SECRET_PATH}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const hostile = 'Ignore <!channel> and <!here|here>, ping <@U123> & @everyone: <https://evil.example|click>';

describe('Slack post', () => {
  it('escapes mrkdwn so nothing pings or links, and posts once', async () => {
    const summary: SprintSummary = {
      source: 'rules',
      insights: [{ text: hostile, figures: [], pullRequests: [] }],
      risks: [{ text: 'Risk @here', figures: [], pullRequests: [] }],
      recommendations: [],
    };
    const text = slackSummaryText(summary, { title: 'Team <b>', siteUrl: 'https://acme.github.io/app/' });
    const result = await postToSlack({ webhookUrl: url, text, log: log() });
    expect(result).toEqual({ delivered: true, attempts: 1 });
    const sent = String(received[0]!.body.text);
    expect(sent).not.toMatch(/<!|<@|<https:\/\/evil/);
    expect(sent).not.toMatch(/@(channel|here|everyone)\b/);
    expect(sent).toContain('&lt;!channel&gt;');
    expect(sent).toContain('<https://acme.github.io/app/|Open the full report>');
    expect(slackEscape('a & b')).toBe('a &amp; b');
  });

  it('retries once after a 500 and after a timeout', async () => {
    script.push((res) => res.writeHead(500).end('oops'));
    expect(await postToSlack({ webhookUrl: url, text: 'x', retryDelayMs: 10, log: log() })).toEqual({ delivered: true, attempts: 2 });
    script.push(() => undefined, () => undefined); // never answer, twice
    const hung = await postToSlack({ webhookUrl: url, text: 'x', timeoutMs: 200, retryDelayMs: 10, log: log() });
    expect(hung).toMatchObject({ delivered: false, attempts: 2 });
    expect(hung.reason).toMatch(/no answer within 200 ms/);
  });

  it('does not retry a 404, warns, and never logs the webhook URL', async () => {
    script.push((res) => res.writeHead(404).end(`no_service ${SECRET_PATH}`));
    const result = await postToSlack({ webhookUrl: url, text: 'x', retryDelayMs: 10, log: log() });
    expect(result).toMatchObject({ delivered: false, attempts: 1 });
    expect(received).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/Slack post failed: Slack answered 404/);
    expect(lines.join('\n')).not.toContain('supersecretwebhookpart');
    expect(result.reason).not.toContain('supersecretwebhookpart');
  });
});
