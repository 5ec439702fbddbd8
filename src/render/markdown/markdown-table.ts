/**
 * GFM tables. Cells must already be escaped, single-line and pipe-safe (escapeText, codeSpan
 * with inTable, formatValue); a stray line break is turned into a space here as a last guard,
 * because it would end the row and spill the rest of the cell into the comment.
 */
export type Align = 'left' | 'right' | 'center';

export interface Column {
  title: string;
  align?: Align;
}

const RULE: Record<Align, string> = { left: ':---', right: '---:', center: ':---:' };

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/[\r\n]+/g, ' ')).join(' | ')} |`;
}

/** The header row and the delimiter row. */
export function tableHeader(columns: readonly Column[]): string[] {
  return [tableRow(columns.map((c) => c.title)), tableRow(columns.map((c) => RULE[c.align ?? 'left']))];
}

/** A whole table, for sections that are kept or dropped as one piece. */
export function table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [...tableHeader(columns), ...rows.map(tableRow)];
}
