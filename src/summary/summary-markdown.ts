import { codeSpan, escapeText, link } from '../render/markdown/markdown-escape.js';
import type { SprintSummary, SummaryItem, SummaryPullRequestRef } from './summary-model.js';

/**
 * The summary as GitHub-flavoured markdown, for the weekly comment, the job summary and the
 * Slack post: three short lists and a line saying who wrote it. Item texts are escaped as
 * untrusted (Claude's text may echo a PR title), so no HTML, link, mention or issue reference
 * can come out of them; PR links are built from the cited references, never from the text.
 */
export interface SummaryMarkdownOptions {
  /** The URL of a cited PR; without it PRs are not linked. */
  prUrl?(ref: SummaryPullRequestRef): string;
}

const SECTIONS: Array<[keyof Pick<SprintSummary, 'insights' | 'risks' | 'recommendations'>, string]> = [
  ['insights', '💡 Insights'],
  ['risks', '⚠️ Risks'],
  ['recommendations', '✅ Recommendations'],
];

function itemLine(item: SummaryItem, options: SummaryMarkdownOptions): string {
  const text = escapeText(item.text);
  if (!options.prUrl || item.pullRequests.length === 0) return `- ${text}`;
  const links = item.pullRequests.map((pr) => link(escapeText(`${pr.repository}#${pr.number}`), options.prUrl!(pr)));
  return `- ${text} (${links.join(', ')})`;
}

export function sourceLine(summary: SprintSummary): string {
  if (summary.source === 'claude') return `_Written by Claude (${codeSpan(summary.model ?? 'unknown model')}); every number was checked against the report._`;
  const text = summary.fallbackReason?.trim() ?? '';
  const reason = text ? ` ${escapeText(/[.!?]$/.test(text) ? text : `${text}.`)}` : '';
  return `_Rule-based summary.${reason}_`;
}

export function summaryMarkdown(summary: SprintSummary, options: SummaryMarkdownOptions = {}): string {
  const lines: string[] = [];
  for (const [key, title] of SECTIONS) {
    lines.push(`**${title}**`, '');
    for (const item of summary[key]) lines.push(itemLine(item, options));
    lines.push('');
  }
  lines.push(sourceLine(summary), '');
  return lines.join('\n');
}
