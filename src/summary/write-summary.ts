import { SummaryError } from '../errors.js';
import { addSecret, type Logger } from '../log.js';
import type { ReportModel } from '../metrics/model.js';
import type { Store } from '../store/database.js';
import { callSummaryTool, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, UnusableAnswerError } from './claude-client.js';
import { rulesSummaryFromInput } from './rules-summary.js';
import { readCachedAnswer, writeCachedAnswer } from './summary-cache.js';
import { buildSummaryInput, type SummaryInput } from './summary-input.js';
import type { SprintSummary, SummaryLanguage } from './summary-model.js';
import { requestBody, requestHash } from './summary-prompt.js';
import { parseToolAnswer, summaryProblems } from './summary-validation.js';

/**
 * The summary stage: Claude when an API key is given and its answer passes validation and
 * grounding, the rules summary otherwise (with the reason logged and kept in fallbackReason).
 * Valid answers are cached in the database by request hash, so a rerun over the same data
 * makes no call. Without a key nothing touches the network.
 *
 * The summary is English (the comment, the job summary, Slack); `languages` adds the site's
 * other languages, each a request of its own in that language (summary-prompt.ts), checked and
 * falling back on its own, in `translations`.
 */
export interface SummaryOptions {
  apiKey?: string;
  /** Default DEFAULT_MODEL (docs/summary.md says why). */
  model?: string;
  baseURL?: string;
  /** Each call, retries included; default 30 s. */
  timeoutMs?: number;
  maxRetries?: number;
  /** The languages the site shows; English is always written. Default ['en']. */
  languages?: readonly SummaryLanguage[];
  log: Logger;
}

export const DEFAULT_MODEL = 'claude-sonnet-4-6';

const LANGUAGE_NAMES: Record<SummaryLanguage, string> = { en: 'English', ar: 'Arabic' };

interface Attempt {
  summary: SprintSummary;
  /** Set when the API itself failed (timeout, unreachable, an error status), not the answer. */
  apiFailed?: boolean;
}

/** The answer as a summary, or the reason it is not usable. */
function acceptAnswer(raw: unknown, report: ReportModel, input: SummaryInput, model: string, language: SummaryLanguage): SprintSummary | string {
  const body = parseToolAnswer(raw);
  if (typeof body === 'string') return `invalid answer: ${body}`;
  const problems = summaryProblems(body, report, input, language);
  if (problems.length) return `ungrounded answer: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`;
  return { source: 'claude', model, ...(language === 'en' ? {} : { language }), ...body };
}

/** One language: the cache, else one call, else the rules summary in that language. */
async function summaryIn(language: SummaryLanguage, store: Store, report: ReportModel, input: SummaryInput, options: SummaryOptions & { apiKey: string; model: string }): Promise<Attempt> {
  const { log, model } = options;
  const label = language === 'en' ? 'Summary' : `Summary (${LANGUAGE_NAMES[language]})`;
  const rules = (fallbackReason: string): SprintSummary => ({ ...rulesSummaryFromInput(report, input, language), fallbackReason });
  const body = requestBody(report, input, model, language);
  const hash = requestHash(body, language);

  // The cache saves a call; a cache that cannot be read or written must not cost the summary.
  const cached = await readCachedAnswer(store, hash, model).catch((error: Error) => {
    log.warning(`${label}: the cache could not be read (${error.message}); asking Claude.`);
    return undefined;
  });
  if (cached !== undefined) {
    const summary = acceptAnswer(cached, report, input, model, language);
    if (typeof summary !== 'string') {
      log.info(`${label}: Claude (${model}), from the cache.`);
      return { summary };
    }
    log.debug(`${label}: the cached answer no longer passes the checks (${summary}); asking again.`);
  }

  let reason: string;
  let apiFailed = false;
  try {
    const raw = await callSummaryTool(body, {
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      log,
    });
    const summary = acceptAnswer(raw, report, input, model, language);
    if (typeof summary !== 'string') {
      await writeCachedAnswer(store, hash, model, raw).catch((error: Error) => log.warning(`${label}: the answer could not be cached (${error.message}).`));
      log.info(`${label}: Claude (${model}).`);
      return { summary };
    }
    reason = summary;
  } catch (error) {
    if (!(error instanceof SummaryError)) throw error;
    reason = error.message;
    apiFailed = !(error instanceof UnusableAnswerError);
  }
  const fallbackReason = `Claude's summary was not used: ${reason}`;
  log.warning(`${label}: rule-based. ${fallbackReason}.`);
  return { summary: rules(fallbackReason), ...(apiFailed ? { apiFailed } : {}) };
}

export async function writeSummary(store: Store, report: ReportModel, options: SummaryOptions): Promise<SprintSummary> {
  const { log } = options;
  const input = buildSummaryInput(report);
  const others = [...new Set(options.languages ?? [])].filter((language) => language !== 'en');
  const withTranslations = (english: SprintSummary, translated: SprintSummary[]): SprintSummary =>
    translated.length === 0 ? english : { ...english, translations: Object.fromEntries(translated.map((s) => [s.language!, s])) };
  if (!options.apiKey) {
    log.info('Summary: rule-based (no Anthropic API key given).');
    return withTranslations(rulesSummaryFromInput(report, input), others.map((language) => rulesSummaryFromInput(report, input, language)));
  }
  addSecret(options.apiKey);
  const settings = { ...options, apiKey: options.apiKey, model: options.model?.trim() || DEFAULT_MODEL };
  const english = await summaryIn('en', store, report, input, settings);
  const translated: SprintSummary[] = [];
  for (const language of others) {
    // After a timeout or an unreachable API, a second request would most likely wait as long
    // again for nothing: the other languages take the rules summary for the same reason.
    if (english.apiFailed) translated.push({ ...rulesSummaryFromInput(report, input, language), fallbackReason: english.summary.fallbackReason! });
    else translated.push((await summaryIn(language, store, report, input, settings)).summary);
  }
  return withTranslations(english.summary, translated);
}
