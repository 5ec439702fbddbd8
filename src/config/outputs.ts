/** Every Action output, documented; action.yml is generated from this and INPUTS. */
export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'database', description: 'Path of the DuckDB database file after this run.' },
];
