import type { ReportModel } from '../metrics/model.js';
import { ungroundedNumbers } from './summary-grounding.js';
import { inputPullRequestKeys, type SummaryInput } from './summary-input.js';
import type { SprintSummary, SummaryItem, SummaryLanguage } from './summary-model.js';

/**
 * Checks a summary against the report it describes: the exact shape (3 insights, 2 risks,
 * 3 recommendations), the word limit, that cited figures and PRs exist, and the number
 * grounding of every item. Claude's answer and the rules summary pass through the same check.
 */
export const SECTION_SIZES = { insights: 3, risks: 2, recommendations: 3 } as const;
export type SectionName = keyof typeof SECTION_SIZES;
export const SECTION_NAMES = Object.keys(SECTION_SIZES) as SectionName[];
export const MAX_WORDS = 180;
export const MAX_ITEM_CHARS = 600;

export type SummaryBody = Pick<SprintSummary, SectionName>;

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasExactly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).length === keys.length && keys.every((k) => k in v);

function parseItem(raw: unknown, where: string): SummaryItem | string {
  if (!isObject(raw) || !hasExactly(raw, ['text', 'figures', 'pull_requests'])) return `${where} must have exactly text, figures and pull_requests`;
  const { text, figures, pull_requests: prs } = raw;
  if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_ITEM_CHARS) return `${where}.text must be 1–${MAX_ITEM_CHARS} characters`;
  if (!Array.isArray(figures) || !figures.every((f) => typeof f === 'string')) return `${where}.figures must be a list of figure ids`;
  if (!Array.isArray(prs)) return `${where}.pull_requests must be a list`;
  const pullRequests: SummaryItem['pullRequests'] = [];
  for (const [i, pr] of prs.entries()) {
    if (!isObject(pr) || !hasExactly(pr, ['repository', 'number']) || typeof pr.repository !== 'string' || !Number.isInteger(pr.number) || (pr.number as number) < 1) {
      return `${where}.pull_requests[${i}] must be {repository, number}`;
    }
    pullRequests.push({ repository: pr.repository, number: pr.number as number });
  }
  return { text: text.trim(), figures: [...figures], pullRequests };
}

/** Claude's tool input as a summary body, or the first reason it is not one. */
export function parseToolAnswer(raw: unknown): SummaryBody | string {
  if (!isObject(raw) || !hasExactly(raw, SECTION_NAMES)) return 'the answer must have exactly insights, risks and recommendations';
  const body: Partial<SummaryBody> = {};
  for (const name of SECTION_NAMES) {
    const list = raw[name];
    if (!Array.isArray(list) || list.length !== SECTION_SIZES[name]) return `${name} must have exactly ${SECTION_SIZES[name]} items`;
    const items: SummaryItem[] = [];
    for (const [i, entry] of list.entries()) {
      const item = parseItem(entry, `${name}[${i}]`);
      if (typeof item === 'string') return item;
      items.push(item);
    }
    body[name] = items;
  }
  return body as SummaryBody;
}

// What a text in any language keeps in Latin letters: PR references, ISO weeks, percentiles.
const LATIN_NAMES = /[\w.-]+\/[\w.-]+#\d+|\b\d{4}-W\d{2}\b|\bp\d{2}\b/g;
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/gu;
const LATIN_LETTER = /(?=\p{L})\p{Script=Latin}/gu;

/**
 * Why the texts are not in `language` (empty when they are). English is not checked; an
 * Arabic item must have more Arabic letters than Latin ones once the names above are set aside,
 * so an answer in English, asked for in Arabic, is not shown on the Arabic pages.
 */
export function languageProblems(body: SummaryBody, language: SummaryLanguage): string[] {
  if (language !== 'ar') return [];
  const problems: string[] = [];
  for (const name of SECTION_NAMES) {
    body[name].forEach((item, i) => {
      const rest = item.text.replace(LATIN_NAMES, ' ');
      if ((rest.match(ARABIC_LETTER)?.length ?? 0) <= (rest.match(LATIN_LETTER)?.length ?? 0)) problems.push(`${name}[${i}] is not written in Arabic`);
    });
  }
  return problems;
}

/** Every reason the body is not a valid, grounded summary of the report in `language` (empty when it is). */
export function summaryProblems(body: SummaryBody, report: ReportModel, input: SummaryInput, language: SummaryLanguage = 'en'): string[] {
  const problems: string[] = [...languageProblems(body, language)];
  for (const name of SECTION_NAMES) {
    if (body[name].length !== SECTION_SIZES[name]) problems.push(`${name} must have exactly ${SECTION_SIZES[name]} items`);
  }
  const words = SECTION_NAMES.flatMap((name) => body[name]).reduce((sum, item) => sum + wordCount(item.text), 0);
  if (words > MAX_WORDS) problems.push(`${words} words, more than ${MAX_WORDS}`);
  const known = inputPullRequestKeys(input);
  for (const name of SECTION_NAMES) {
    body[name].forEach((item, i) => {
      const where = `${name}[${i}]`;
      for (const id of item.figures) if (!report.figures[id]) problems.push(`${where} cites unknown figure ${JSON.stringify(id)}`);
      for (const pr of item.pullRequests) {
        if (!known.has(`${pr.repository}#${pr.number}`)) problems.push(`${where} cites ${JSON.stringify(`${pr.repository}#${pr.number}`)}, which is not in the input`);
      }
      for (const token of ungroundedNumbers(item, report, input)) {
        problems.push(`${where}: the number ${JSON.stringify(token)} matches none of the figures, PRs or counts it cites`);
      }
    });
  }
  return problems;
}
