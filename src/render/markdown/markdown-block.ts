import type { Band } from '../../metrics/dora-bands.js';
import type { DoraSection } from '../../metrics/dora-section.js';
import type { FlowSection } from '../../metrics/flow.js';
import type { ReportModel } from '../../metrics/model.js';
import type { OpenWorkSection } from '../../metrics/open-work.js';
import type { SprintsSection } from '../../metrics/sprints.js';
import type { AnomaliesSection } from '../../metrics/anomalies.js';
import { escapeText, link } from './markdown-escape.js';

/**
 * The pieces the renderer assembles and, when the body is too long, drops. A block is a
 * section: its head (heading, intro, table header) and tail are shown while at least one of
 * its units is; each unit is one or more whole lines (a table row, a chart, a whole table), so
 * dropping units never cuts inside a row, a link or a code span.
 */
export interface Unit {
  lines: string[];
  /** Lower ranks are dropped first; within a rank, the last unit of the document goes first. */
  rank: number;
}

export interface Block {
  key: string;
  /** How the truncation note names the block when all of it was dropped. */
  name: string;
  head: string[];
  units: Unit[];
  /** Lines after the units; given how many units are shown and whether anything was dropped. */
  tail?: (shown: number, truncated: boolean) => string[];
  /** What one dropped unit counts as in the truncation note, e.g. "waiting PRs"; absent: the block is named. */
  unitNoun?: string;
  /** Units counted as omitted before any truncation (e.g. waiting PRs past the row limit). */
  omitted?: number;
}

/** Drop order, least important first. Blocks without a rank here are never dropped. */
export const RANK = {
  extraWaitingRows: 1,
  flowStages: 2,
  dora: 3,
  chart: 4,
  sprint: 5,
  anomalies: 6,
  topWaitingRows: 7,
} as const;

/** The report's sections, typed: the model keeps them as `unknown`, and any may be missing (an old or partial report). */
export interface Sections {
  flow?: FlowSection;
  dora?: DoraSection;
  openWork?: OpenWorkSection;
  sprints?: SprintsSection;
  anomalies?: AnomaliesSection;
}

export function sectionsOf(report: ReportModel): Sections {
  return (report.sections ?? {}) as Sections;
}

const BAND_EMOJI: Record<Band, string> = { elite: '🟢', high: '🔵', medium: '🟡', low: '🔴' };

export function formatBand(band: Band | null | undefined): string {
  return band ? `${BAND_EMOJI[band] ?? ''} ${escapeText(band)}`.trim() : '—';
}

/** `[owner/repo#123](url)`, with the repository name escaped; plain text when the URL is not http(s). */
export function prLink(repo: string, number: number, url: string | null | undefined): string {
  return link(`${escapeText(repo)}#${number}`, url);
}
