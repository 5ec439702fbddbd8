// The README's input and output tables, generated from action.yml (the metadata GitHub shows on
// the Marketplace), so the two cannot drift. Tables sit between marker comments in README.md.
import { parse } from 'yaml';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** Cell text: a table row must stay one line, and a `|` would split the cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function defaultCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return '`' + value.replace(/\|/g, '\\|') + '`';
}

export function inputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.inputs).map(([name, input]) => `| \`${name}\` | ${defaultCell(input.default)} | ${cell(input.description)} |`);
  return ['| input | default | what it does |', '|---|---|---|', ...rows].join('\n');
}

export function outputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return ['| output | what it holds |', '|---|---|', ...rows].join('\n');
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start (generated from action.yml by \`npm run action-metadata\`) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers\n${start}\n${end}\naround the ${name} table`);
  return text.slice(0, from + start.length) + '\n' + content + '\n' + text.slice(to);
}

/** README.md with both tables regenerated from the action.yml text. */
export function readmeWithTables(readme: string, actionYaml: string): string {
  const metadata = parse(actionYaml) as ActionMetadata;
  return replaceBetween(replaceBetween(readme, 'action-inputs', inputsTable(metadata)), 'action-outputs', outputsTable(metadata));
}
