import Anthropic from '@anthropic-ai/sdk';
import { SummaryError } from '../errors.js';
import type { Logger } from '../log.js';
import { proxyAwareFetch } from '../network/proxy-fetch.js';
import { TOOL_NAME } from './summary-prompt.js';

/**
 * One call to the Messages API for the summary tool, bounded in time as a whole. The SDK
 * retries 408/409/429/5xx and connection failures with exponential backoff and honours
 * `retry-after`/`retry-after-ms`; on top of that, one deadline covers every attempt and every
 * wait, and a `retry-after` longer than what is left of it fails at once instead of sleeping
 * into the deadline. Errors come out as SummaryError with a reason fit for the log.
 */
export interface ClaudeCallOptions {
  apiKey: string;
  baseURL?: string;
  /** The whole call, retries and their waits included. */
  timeoutMs: number;
  maxRetries: number;
  /** Hears which proxy (HTTPS_PROXY, …) the call goes through, if any. */
  log?: Logger;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The API answered, but not with a usable tool call (cut off, or no call): another request may fare better. */
export class UnusableAnswerError extends SummaryError {}
export const DEFAULT_MAX_RETRIES = 2;

function retryAfterMs(headers: Headers): number | null {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return ms;
  const header = headers.get('retry-after');
  if (!header) return null;
  const seconds = Number.parseFloat(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : at - Date.now();
}

/** Returns the tool input of Claude's answer (unchecked: the caller validates it). */
export async function callSummaryTool(body: Record<string, unknown>, options: ClaudeCallOptions): Promise<unknown> {
  const deadline = Date.now() + options.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let tooLongWait: number | null = null;

  // Marks a retryable answer whose requested wait overruns the deadline as not retryable
  // (the SDK obeys x-should-retry), so the call fails now with an honest reason.
  // Through HTTPS_PROXY/HTTP_PROXY when set (NO_PROXY respected); the built-in fetch otherwise.
  const baseFetch = proxyAwareFetch(process.env, options.log);
  const boundedFetch: typeof fetch = async (url, init) => {
    const response = await baseFetch(url, init);
    if (response.status !== 429 && response.status < 500) return response;
    const wait = retryAfterMs(response.headers);
    if (wait === null || Date.now() + wait < deadline) return response;
    tooLongWait = wait;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };

  const client = new Anthropic({ apiKey: options.apiKey, ...(options.baseURL ? { baseURL: options.baseURL } : {}), timeout: options.timeoutMs, maxRetries: options.maxRetries, fetch: boundedFetch, logLevel: 'off' });
  let message: Anthropic.Message;
  try {
    message = await client.messages.create(body as unknown as Anthropic.MessageCreateParamsNonStreaming, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) throw new SummaryError(`no answer within the ${options.timeoutMs / 1000} s timeout`, { cause: error });
    if (tooLongWait !== null) {
      throw new SummaryError(`the API asked to retry after ${Math.ceil(tooLongWait / 1000)} s, beyond the ${options.timeoutMs / 1000} s timeout`, { cause: error });
    }
    if (error instanceof Anthropic.APIError && error.status !== undefined) {
      throw new SummaryError(`the API answered ${error.status}${error.message ? `: ${error.message.slice(0, 200)}` : ''}`, { cause: error });
    }
    throw new SummaryError(`the API could not be reached: ${(error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (message.stop_reason === 'max_tokens') throw new UnusableAnswerError('the answer was cut off at max_tokens');
  const block = message.content.find((b) => b.type === 'tool_use' && b.name === TOOL_NAME);
  if (!block || block.type !== 'tool_use') throw new UnusableAnswerError(`the answer did not call ${TOOL_NAME}`);
  return block.input;
}
