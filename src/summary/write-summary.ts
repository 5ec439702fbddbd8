import { SummaryError } from '../errors.js';
import { addSecret, type Logger } from '../log.js';
import type { ReportModel } from '../metrics/model.js';
import type { Store } from '../store/database.js';
import { callSummaryTool, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './claude-client.js';
import { rulesSummaryFromInput } from './rules-summary.js';
import { readCachedAnswer, writeCachedAnswer } from './summary-cache.js';
import { buildSummaryInput, type SummaryInput } from './summary-input.js';
import type { SprintSummary } from './summary-model.js';
import { requestBody, requestHash } from './summary-prompt.js';
import { parseToolAnswer, summaryProblems } from './summary-validation.js';

/**
 * The summary stage: Claude when an API key is given and its answer passes validation and
 * grounding, the rules summary otherwise (with the reason logged and kept in fallbackReason).
 * Valid answers are cached in the database by request hash, so a rerun over the same data
 * makes no call. Without a key nothing touches the network.
 */
export interface SummaryOptions {
  apiKey?: string;
  /** Default DEFAULT_MODEL (docs/summary.md says why). */
  model?: string;
  baseURL?: string;
  /** The whole call, retries included; default 30 s. */
  timeoutMs?: number;
  maxRetries?: number;
  log: Logger;
}

export const DEFAULT_MODEL = 'claude-sonnet-4-6';

/** The answer as a summary, or the reason it is not usable. */
function acceptAnswer(raw: unknown, report: ReportModel, input: SummaryInput, model: string): SprintSummary | string {
  const body = parseToolAnswer(raw);
  if (typeof body === 'string') return `invalid answer: ${body}`;
  const problems = summaryProblems(body, report, input);
  if (problems.length) return `ungrounded answer: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`;
  return { source: 'claude', model, ...body };
}

export async function writeSummary(store: Store, report: ReportModel, options: SummaryOptions): Promise<SprintSummary> {
  const { log } = options;
  const input = buildSummaryInput(report);
  const rules = (fallbackReason?: string): SprintSummary => ({ ...rulesSummaryFromInput(report, input), ...(fallbackReason ? { fallbackReason } : {}) });
  if (!options.apiKey) {
    log.info('Summary: rule-based (no Anthropic API key given).');
    return rules();
  }
  addSecret(options.apiKey);
  const model = options.model?.trim() || DEFAULT_MODEL;
  const body = requestBody(report, input, model);
  const hash = requestHash(body);

  // The cache saves a call; a cache that cannot be read or written must not cost the summary.
  const cached = await readCachedAnswer(store, hash, model).catch((error: Error) => {
    log.warning(`Summary: the cache could not be read (${error.message}); asking Claude.`);
    return undefined;
  });
  if (cached !== undefined) {
    const summary = acceptAnswer(cached, report, input, model);
    if (typeof summary !== 'string') {
      log.info(`Summary: Claude (${model}), from the cache.`);
      return summary;
    }
    log.debug(`Summary: the cached answer no longer passes the checks (${summary}); asking again.`);
  }

  let reason: string;
  try {
    const raw = await callSummaryTool(body, {
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      log,
    });
    const summary = acceptAnswer(raw, report, input, model);
    if (typeof summary !== 'string') {
      await writeCachedAnswer(store, hash, model, raw).catch((error: Error) => log.warning(`Summary: the answer could not be cached (${error.message}).`));
      log.info(`Summary: Claude (${model}).`);
      return summary;
    }
    reason = summary;
  } catch (error) {
    if (!(error instanceof SummaryError)) throw error;
    reason = error.message;
  }
  const fallbackReason = `Claude's summary was not used: ${reason}`;
  log.warning(`Summary: rule-based. ${fallbackReason}.`);
  return rules(fallbackReason);
}
