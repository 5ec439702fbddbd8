import type { Band } from '../../metrics/dora-bands.js';
import type { Figure, ReportModel } from '../../metrics/model.js';
import { formatBand, sectionsOf, type Sections } from './markdown-block.js';
import { escapeText } from './markdown-escape.js';
import { formatChange, formatN, formatValue, verdictOf, type Better } from './markdown-format.js';
import { table } from './markdown-table.js';

/**
 * The headline table: the key figures of the period, each with its value, its sample size and
 * its change against the previous period, read straight from `report.figures` so the comment,
 * the site and the summary quote the same numbers.
 */
export interface HeadlineFigure {
  id: string;
  label: string;
  better: Exclude<Better, null>;
  band?: (sections: Sections) => Band | null | undefined;
}

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  { id: 'flow.cycle_time.p50', label: 'Cycle time (p50)', better: 'lower' },
  { id: 'flow.pickup_time.p50', label: 'Pickup time (p50)', better: 'lower' },
  { id: 'throughput.merged', label: 'Merged PRs', better: 'higher' },
  { id: 'flow.unreviewed_merge_share', label: 'Unreviewed merges', better: 'lower' },
  { id: 'dora.deployments', label: 'Deployments', better: 'higher', band: (s) => s.dora?.bands?.deploymentFrequency },
  { id: 'dora.change_failure_rate', label: 'Change failure rate', better: 'lower', band: (s) => s.dora?.bands?.changeFailureRate },
  { id: 'dora.lead_time.p50', label: 'Change lead time (p50)', better: 'lower', band: (s) => s.dora?.bands?.leadTime },
  { id: 'ci.success_rate', label: 'CI success rate', better: 'higher' },
];

const COLUMNS = [
  { title: 'Key figure' },
  { title: 'Value', align: 'right' as const },
  { title: 'n', align: 'right' as const },
  { title: 'vs previous period' },
  { title: 'DORA band' },
];

export function headlineRow(spec: HeadlineFigure, figure: Figure | undefined, sections: Sections): string[] {
  const band = spec.band ? formatBand(spec.band(sections)) : '';
  if (!figure) return [escapeText(spec.label), '—', '0', 'no data', band];
  return [
    escapeText(spec.label),
    formatValue(figure.value, figure.unit),
    formatN(figure.n, figure.lowSample),
    formatChange(figure.value === null ? null : figure.delta, figure.unit, verdictOf(spec.better, figure.delta)),
    band,
  ];
}

/** The heading and table of key figures. */
export function headlineLines(report: ReportModel): string[] {
  const sections = sectionsOf(report);
  const rows = HEADLINE_FIGURES.map((spec) => headlineRow(spec, report.figures?.[spec.id], sections));
  return ['### 📌 Key figures', '', ...table(COLUMNS, rows)];
}
