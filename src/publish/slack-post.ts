import { setTimeout as delay } from 'node:timers/promises';
import { PublishError } from '../errors.js';
import { addSecret, redact, type Logger } from '../log.js';
import { proxyAwareFetch } from '../network/proxy-fetch.js';
import { safeUrl } from '../render/markdown/markdown-escape.js';
import type { SprintSummary, SummaryItem } from '../summary/summary-model.js';

/**
 * The optional Slack post: the sprint summary as mrkdwn, sent to an incoming webhook. Text is
 * untrusted (it quotes PR titles and figures): `&`, `<` and `>` are escaped as Slack asks, which
 * also disarms `<!channel>`, `<!here>`, `<@U…>` and `<url|label>` syntax, and the plain words
 * `@channel`, `@here` and `@everyone` are broken with a zero-width space. The webhook URL is a
 * secret (anyone holding it can post) and never appears in logs or errors.
 */
export interface SlackPostOptions {
  webhookUrl: string;
  text: string;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Wait before the one retry (default 1 s; a `retry-after` header wins, up to 30 s). */
  retryDelayMs?: number;
  log: Logger;
}

export interface SlackPostResult {
  delivered: boolean;
  attempts: number;
  /** Why it was not delivered. */
  reason?: string;
}

const ZWSP = '\u200B';

/** Escapes untrusted text for a Slack mrkdwn message. */
export function slackEscape(raw: string): string {
  return raw
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, `@${ZWSP}$1`);
}

function itemLines(heading: string, items: SummaryItem[]): string[] {
  if (items.length === 0) return [];
  return [`*${heading}*`, ...items.map((item) => `• ${slackEscape(item.text)}`)];
}

/** The summary as a Slack message: title, the three lists, and a link to the site. */
export function slackSummaryText(summary: SprintSummary, options: { title: string; siteUrl?: string | null }): string {
  const site = safeUrl(options.siteUrl);
  return [
    `*${slackEscape(options.title)}*${summary.source === 'rules' ? ' (rule-based summary)' : ''}`,
    ...itemLines('Insights', summary.insights),
    ...itemLines('Risks', summary.risks),
    ...itemLines('Recommendations', summary.recommendations),
    ...(site ? [`<${site}|Open the full report>`] : []),
  ].join('\n');
}

type Attempt = { ok: true } | { ok: false; retry: boolean; reason: string; retryAfterMs?: number };

async function attempt(url: string, text: string, timeoutMs: number): Promise<Attempt> {
  let response: Response;
  try {
    // Through HTTPS_PROXY when set, like every other request flowmeter makes.
    response = await proxyAwareFetch()(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, mrkdwn: true, unfurl_links: false, unfurl_media: false }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, retry: true, reason: name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : redact((error as Error).message) };
  }
  const body = (await response.text().catch(() => '')).slice(0, 200);
  if (response.ok) return { ok: true };
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    retry: response.status === 429 || response.status >= 500,
    reason: `Slack answered ${response.status}${body ? ` (${redact(body)})` : ''}`,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(30_000, retryAfter * 1000) : undefined,
  };
}

/**
 * Posts `text` (already escaped mrkdwn, e.g. from slackSummaryText), retrying once on a timeout,
 * network error, 429 or 5xx. A failed post is a warning, not a failed run: the report, comment
 * and data branch matter more than a chat message. A malformed URL is a PublishError.
 */
export async function postToSlack(options: SlackPostOptions): Promise<SlackPostResult> {
  addSecret(options.webhookUrl);
  let url: URL;
  try {
    url = new URL(options.webhookUrl);
  } catch {
    throw new PublishError('slack-webhook-url is not a URL: use the incoming-webhook URL Slack shows (https://hooks.slack.com/services/…).');
  }
  // The secret is the path; an error body may echo it without the host.
  if (url.pathname.length > 1) addSecret(url.pathname);
  addSecret(url.pathname.split('/').filter((part) => part.length >= 8).pop());
  if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new PublishError('slack-webhook-url must be an https:// URL.');
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  let last: Attempt = { ok: false, retry: false, reason: 'not sent' };
  for (let n = 1; n <= 2; n++) {
    last = await attempt(url.href, options.text, timeoutMs);
    if (last.ok) {
      options.log.info('Posted the summary to Slack.');
      return { delivered: true, attempts: n };
    }
    if (!last.retry || n === 2) {
      options.log.warning(`The Slack post failed: ${last.reason}.`);
      return { delivered: false, attempts: n, reason: last.reason };
    }
    await delay(last.retryAfterMs ?? options.retryDelayMs ?? 1000);
  }
  return { delivered: false, attempts: 2, reason: last.ok ? undefined : last.reason };
}
