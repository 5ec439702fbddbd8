/**
 * Every Action input flowmeter reads, with its default and description. action.yml is
 * generated from this list's documentation in the README table check (issue 5); here it is
 * the single source for defaults, so the Action and the CLI agree.
 */
export interface InputSpec {
  name: string;
  description: string;
  default?: string;
  secret?: boolean;
}

export const INPUTS: readonly InputSpec[] = [
  { name: 'repositories', description: 'Repositories to harvest: one `owner/name` per line, or `org:NAME` (optionally `org:NAME topic:TOPIC`) for every non-archived repository of an organisation. Defaults to the repository running the workflow.', default: '' },
  { name: 'token', description: 'Token for the GitHub API: the workflow `GITHUB_TOKEN` or a PAT. Needs read access to pull requests, issues, actions, deployments and contents of every harvested repository.', default: '${{ github.token }}', secret: true },
  { name: 'app-id', description: 'GitHub App id, to authenticate as an App installation instead of with `token` (for org-wide use).', default: '' },
  { name: 'private-key', description: 'The GitHub App private key (PEM), with `app-id`.', default: '', secret: true },
  { name: 'installation-id', description: 'The App installation id; found from the repositories\' owner when empty.', default: '' },
  { name: 'api-url', description: 'GitHub API URL; set for GitHub Enterprise Server (`https://HOST/api/v3`).', default: '${{ github.api_url }}' },
  { name: 'database', description: 'Path of the DuckDB database file.', default: '.flowmeter/flowmeter.duckdb' },
  { name: 'backfill-days', description: 'How many days of history the first run harvests.', default: '180' },
  { name: 'since', description: 'Harvest everything updated since this date (YYYY-MM-DD), ignoring the saved watermarks: for a deeper backfill.', default: '' },
  { name: 'harvest', description: '`auto`: on pull_request, review, comment, issues, workflow_run, deployment_status and release events ingest the event payload only (no API calls), otherwise harvest through the API; `always`: also harvest on those events; `never`: only ingest events.', default: 'auto' },
  { name: 'config-file', description: 'flowmeter configuration (YAML, with a `metrics:` section: bots, teams, deployments, incidents, sprints, business time, thresholds, leaderboard). A missing file at the default path means defaults; a missing file named explicitly is an error.', default: '.github/flowmeter.yml' },
  { name: 'page-size', description: 'Pull requests per GraphQL page (halved automatically when GitHub times out).', default: '50' },
  { name: 'request-timeout', description: 'Seconds before a GitHub request is abandoned and retried.', default: '60' },
];

export const INPUT_DEFAULTS: Readonly<Record<string, string>> = Object.fromEntries(
  INPUTS.filter((i) => i.default !== undefined && !i.default.startsWith('${{')).map((i) => [i.name, i.default!]),
);
