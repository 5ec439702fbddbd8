/** Every Action output, documented; action.yml is generated from this and INPUTS. */
export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'database', description: 'Path of the DuckDB database file after this run.' },
  { name: 'site-dir', description: 'Directory holding the rendered site, ready for `actions/upload-pages-artifact`; empty when no site was written.' },
  { name: 'report-json', description: 'Path of the report (the ReportModel as JSON) for the default period.' },
  { name: 'summary-markdown', description: 'The sprint-health summary and headline figures as markdown (the job summary\'s text).' },
  { name: 'dora-band', description: 'Overall DORA performance band: the lowest of the four keys\' bands (`elite`, `high`, `medium`, `low`), or `none` when no key could be rated.' },
];
