import { comparisonGap, type ReportFilters, type ReportModel } from '../../metrics/model.js';
import { sectionsOf, type Block } from './markdown-block.js';
import { codeSpan, escapeText, safeUrl, truncateText } from './markdown-escape.js';
import { formatDate, formatInstant, groupThousands, plural } from './markdown-format.js';
import { headlineLines } from './markdown-headline.js';
import { DEFAULT_WAITING_ROWS, anomaliesBlock, waitingBlock } from './markdown-row-sections.js';
import { chartBlock, doraBlock, flowStagesBlock, sprintBlock } from './markdown-sections.js';

/**
 * The ReportModel as GitHub-flavoured markdown, for the weekly comment and the job summary:
 * key figures, a mermaid throughput chart, waiting PRs, sprint, anomalies, DORA and flow
 * stages. A pure function of (report, options): the same report gives the same bytes.
 * Escaping and mention rules: markdown-escape.ts and docs/markdown-summary.md.
 */
export interface MarkdownOptions {
  /** The published report site; linked at the top and from the "more" and truncation notes. */
  siteUrl?: string;
  /** Upper bound on the body's length in UTF-16 code units (never fewer than GitHub's characters). */
  maxLength?: number;
  title?: string;
  /** Waiting PRs listed before "… and N more" (default 10). */
  maxWaitingPrs?: number;
  /**
   * The sprint-health summary, already rendered and escaped (summaryMarkdown in src/summary/).
   * It follows the key figures and is never truncated: it is at most 180 words.
   */
  summary?: string;
}

/** GitHub rejects comment bodies over 65,536 characters; the rest is headroom for a caller's marker. */
export const DEFAULT_MAX_LENGTH = 65_000;
export const DEFAULT_TITLE = 'flowmeter report';
const TITLE_MAX = 120;

const joinParts = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);

const FILTER_ENTRIES_SHOWN = 5;
const FILTER_KINDS = ['repositories', 'labels', 'authors', 'titles'] as const satisfies ReadonlyArray<keyof ReportFilters>;

/**
 * The line under the period that says the report is filtered (metrics.filters), so nobody
 * reads a filtered figure as the whole organisation's: each list in use, and what the filters
 * left out. Entries are configuration text, written in code spans (no mention, no markup).
 */
function filtersLine(filters: ReportFilters | null | undefined): string | null {
  if (!filters) return null;
  const entries = (list: readonly string[]) =>
    list.slice(0, FILTER_ENTRIES_SHOWN).map((entry) => codeSpan(entry)).join(', ') + (list.length > FILTER_ENTRIES_SHOWN ? ` and ${list.length - FILTER_ENTRIES_SHOWN} more` : '');
  const lists = FILTER_KINDS.flatMap((kind) => {
    const { include, exclude } = filters[kind];
    const said = [...(include.length ? [`only ${entries(include)}`] : []), ...(exclude.length ? [`not ${entries(exclude)}`] : [])];
    return said.length ? [`${kind} ${said.join(', ')}`] : [];
  });
  const { pullRequests, issues, repositories } = filters.leftOut;
  const left = [plural(pullRequests, 'pull request'), plural(issues, 'issue'), ...(repositories > 0 ? [plural(repositories, 'repository', 'repositories')] : [])];
  return `🔎 Filtered (\`metrics.filters\`): ${lists.join(' · ')} — ${joinParts(left)} left out`;
}

function preamble(report: ReportModel, title: string | undefined, site: string | null): string[] {
  const repos = report.repositories ?? [];
  const scope = repos.length === 1 ? escapeText(repos[0]!.fullName) : plural(repos.length, 'repository', 'repositories');
  const weeks = report.weeks?.length ?? 0;
  // A previous period the harvest read only in part, or that began before the first activity,
  // is not compared with (figures carry no delta).
  const gap = comparisonGap(report);
  const comparedWith = gap
    ? `not compared with the period before: ${gap.reason === 'first-activity' ? 'the first activity stored is on' : 'history harvested since'} ${formatDate(gap.since)}`
    : `compared with ${formatDate(report.previousRange?.from)} → ${formatDate(report.previousRange?.to)}`;
  const period =
    `${scope} · **${formatDate(report.range?.from)} → ${formatDate(report.range?.to)}** (${plural(weeks, 'week')}), ` +
    `${comparedWith} · as of ${formatInstant(report.generatedAt)}`;
  const filtered = filtersLine(report.filters);
  return [
    `## 📈 ${escapeText(truncateText(title ?? DEFAULT_TITLE, TITLE_MAX)) || DEFAULT_TITLE}`,
    '',
    period,
    ...(filtered ? ['', filtered] : []),
    ...(site ? ['', `📊 **[Open the full report](${site})**`] : []),
  ];
}

/** What the reader is missing, once anything was dropped for length; null when nothing was. */
function truncationNote(blocks: Block[], kept: number[], siteLink: string): string | null {
  if (blocks.every((b, i) => kept[i] === b.units.length)) return null;
  const parts: string[] = [];
  const sections: string[] = [];
  blocks.forEach((b, i) => {
    const dropped = b.units.length - kept[i]!;
    const missing = dropped + (b.omitted ?? 0);
    if (b.unitNoun && missing > 0) parts.push(`${groupThousands(missing)} more ${b.unitNoun}`);
    else if (!b.unitNoun && kept[i] === 0) sections.push(b.name);
  });
  if (sections.length > 0) parts.push(`the ${joinParts(sections)} section${sections.length > 1 ? 's' : ''}`);
  return `_… truncated: ${joinParts(parts)}, see ${siteLink}._`;
}

const linesLength = (lines: string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);

function assemble(fixed: string[], blocks: Block[], kept: number[], siteLink: string): string {
  const note = truncationNote(blocks, kept, siteLink);
  const parts = [fixed.join('\n')];
  blocks.forEach((b, i) => {
    const k = kept[i]!;
    if (k === 0) return;
    const body = b.units.slice(0, k).flatMap((u) => u.lines);
    parts.push([...b.head, ...body, ...(b.tail?.(k, note !== null) ?? [])].join('\n'));
  });
  if (note) parts.push(note);
  return `${parts.join('\n\n')}\n`;
}

/**
 * Drops units (least important rank first, last in the document first within a rank) until the
 * body fits. Sizes are upper bounds kept incrementally, so a 5,000-row table costs one pass;
 * the assembled text is then measured for real.
 */
function fit(fixed: string[], blocks: Block[], maxLength: number, siteLink: string): string {
  const kept = blocks.map((b) => b.units.length);
  const unitSizes = blocks.map((b) => b.units.map((u) => linesLength(u.lines)));
  const frame = blocks.map((b) => linesLength(b.head) + linesLength(b.tail?.(0, false) ?? []) + 2);
  const blockSize = (i: number) => (kept[i] === 0 ? 0 : frame[i]! + unitSizes[i]!.slice(0, kept[i]).reduce((a, b) => a + b, 0));
  let size = linesLength(fixed) + blocks.reduce((sum, _b, i) => sum + blockSize(i), 0);
  const order = blocks
    .flatMap((b, bi) => b.units.map((u, ui) => ({ bi, ui, rank: u.rank })))
    .sort((a, b) => a.rank - b.rank || b.bi - a.bi || b.ui - a.ui);
  const noteSize = () => (truncationNote(blocks, kept, siteLink)?.length ?? 0) + 2;

  let text = assemble(fixed, blocks, kept, siteLink);
  for (const { bi, ui } of order) {
    if (text.length <= maxLength) break;
    kept[bi] = ui;
    size -= unitSizes[bi]![ui]!;
    if (ui === 0) size -= frame[bi]!;
    // Assemble only once the estimate fits: estimates are upper bounds, so this is rare.
    if (size + noteSize() <= maxLength) text = assemble(fixed, blocks, kept, siteLink);
  }
  if (text.length > maxLength) text = assemble(fixed, blocks, kept, siteLink);
  if (text.length > maxLength) {
    throw new RangeError(`maxLength ${maxLength} is too small for the report's title, period and key figures (${text.length} characters)`);
  }
  return text;
}

export function renderMarkdown(report: ReportModel, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const site = safeUrl(options.siteUrl);
  const siteLink = site ? `the [site](${site})` : 'the site';
  const sections = sectionsOf(report);
  const fixed = [...preamble(report, options.title, site), '', ...headlineLines(report), ...(options.summary ? ['', options.summary.trimEnd()] : [])];
  const blocks = [
    chartBlock(sections.flow),
    waitingBlock(sections.openWork, options.maxWaitingPrs ?? DEFAULT_WAITING_ROWS, siteLink),
    sprintBlock(sections.sprints),
    anomaliesBlock(sections.anomalies),
    doraBlock(sections.dora, report.figures ?? {}),
    flowStagesBlock(sections.flow),
  ].filter((b): b is Block => b !== null);
  return fit(fixed, blocks, maxLength, siteLink);
}
