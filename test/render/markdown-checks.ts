/**
 * Checks on rendered markdown that do not trust the renderer's own helpers: a small scanner
 * for code spans and fences (CommonMark's rules, enough for what the renderer writes), and
 * parsers for the numbers people read in the headline table.
 */

/** The text with fenced blocks and code spans removed, i.e. what GitHub scans for mentions and HTML. */
export function stripCode(markdown: string): string {
  const text = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== '`') {
      out += ch;
      i++;
      continue;
    }
    const run = /^`+/.exec(text.slice(i))![0];
    // The closing run has exactly the opener's length: not part of a longer run.
    const closer = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    closer.lastIndex = i + run.length;
    const close = closer.exec(text);
    if (close) {
      out += ' ';
      i = close.index + run.length;
    } else {
      out += run;
      i += run.length;
    }
  }
  return out;
}

/** `@word` outside code: what GitHub would turn into a mention. */
export function mentionsOutsideCode(markdown: string): string[] {
  return stripCode(markdown).match(/@\w[\w-]*/g) ?? [];
}

/** Counts the cell separators of a table row: pipes not escaped by an odd number of backslashes. */
export function cellSeparators(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && row[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

/** The cells of the table row whose first cell is `label`, or undefined. */
export function rowCells(markdown: string, label: string): string[] | undefined {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${label} |`));
  return line?.slice(2, -2).split(' | ');
}

/** A headline value back to the model's unit (hours, share, count) and how far rounding may move it. */
export function parseShown(text: string): { value: number; tolerance: number } | null {
  const number = (s: string) => Number(s.replace(/,/g, '').replace('−', '-'));
  let m: RegExpExecArray | null;
  if ((m = /^([−\d,.]+) min$/.exec(text))) return { value: number(m[1]!) / 60, tolerance: 0.5 / 60 + 1e-9 };
  if ((m = /^([−\d,.]+) h$/.exec(text))) return { value: number(m[1]!), tolerance: 0.05 + 1e-9 };
  if ((m = /^([−\d,.]+) d$/.exec(text))) return { value: number(m[1]!) * 24, tolerance: 0.05 * 24 + 1e-9 };
  if ((m = /^([−\d,.]+)%$/.exec(text))) return { value: number(m[1]!) / 100, tolerance: 0.0005 + 1e-9 };
  if ((m = /^([−\d,.]+)$/.exec(text))) return { value: number(m[1]!), tolerance: 0.05 };
  return null;
}
