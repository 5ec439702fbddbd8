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
  { name: 'backfill-days', description: 'How many days of history the first run harvests (open pull requests and issues are read whatever their age). The default reaches back past the 26 weeks before a 26-week report, so the first report already compares with them.', default: '365' },
  { name: 'since', description: 'Harvest everything updated since this date (YYYY-MM-DD), ignoring the saved watermarks: for a deeper backfill.', default: '' },
  { name: 'harvest', description: '`auto`: on pull_request, review, comment, issues, workflow_run, deployment_status and release events ingest the event payload only (no API calls), otherwise harvest through the API; `always`: also harvest on those events; `never`: only ingest events.', default: 'auto' },
  { name: 'config-file', description: 'flowmeter configuration (YAML, with a `metrics:` section: bots, teams, filters, deployments, incidents, sprints, business time, thresholds, leaderboard). A missing file at the default path means defaults; a missing file named explicitly is an error.', default: '.github/flowmeter.yml' },
  { name: 'page-size', description: 'Pull requests per GraphQL page (halved automatically when GitHub times out).', default: '50' },
  { name: 'request-timeout', description: 'Seconds before a GitHub request is abandoned and retried.', default: '60' },
  { name: 'site-dir', description: 'Directory the static report site is written to; give it to `actions/upload-pages-artifact`. Set `none` to skip the site.', default: 'flowmeter-site' },
  { name: 'site-url', description: 'Public URL of the published site, linked from the comment and job summary. Empty means `https://OWNER.github.io/REPO/` on github.com and no link on GitHub Enterprise Server.', default: '' },
  { name: 'site-title', description: 'Title of the site, the comment and the job summary.', default: 'flowmeter report' },
  { name: 'publish-private-data', description: 'GitHub Pages sites are public unless your organisation restricts them. When any harvested repository is private, flowmeter refuses to write the site unless this is `true`. The database stays on the data branch either way.', default: 'false' },
  { name: 'data-branch', description: 'Branch that holds the database between runs (created on first use). The run starts from the database on it and commits the updated one back (in parts of at most 45 MiB once it is larger: GitHub refuses files over 100 MiB). Set `none` to keep the database only in the workspace.', default: 'flowmeter-data' },
  { name: 'data-history', description: '`squash`: the data branch keeps a single commit, so the repository does not grow with every run; `keep`: one commit per run.', default: 'squash' },
  { name: 'anthropic-api-key', description: 'Anthropic API key for the Claude sprint-health summary. Empty: the rule-based summary is written, with no network call.', default: '', secret: true },
  { name: 'anthropic-model', description: 'Claude model for the summary.', default: 'claude-sonnet-4-6' },
  { name: 'anthropic-base-url', description: 'Anthropic API base URL, for a proxy or gateway. Empty means the SDK default.', default: '' },
  { name: 'summary-timeout', description: 'Seconds each Claude summary request (English, and Arabic when the site has Arabic pages) may take, retries included, before the rule-based summary is used for that language instead.', default: '60' },
  { name: 'comment', description: '`true` upserts this week\'s report as one comment on the tracking issue (created if missing; needs `issues: write`). Later runs in the same week update that comment.', default: 'false' },
  { name: 'comment-issue-title', description: 'Title of the tracking issue the weekly comment goes on.', default: 'flowmeter weekly report' },
  { name: 'pr-comment', description: '`true`: on `pull_request` events, upsert a comment on that pull request with its wait, size and stage times against the team\'s medians (needs `pull-requests: write`).', default: 'false' },
  { name: 'job-summary', description: '`true` writes the report to the job summary page of the run.', default: 'true' },
  { name: 'slack-webhook-url', description: 'Slack incoming-webhook URL; when set, the summary is posted there.', default: '', secret: true },
];

export const INPUT_DEFAULTS: Readonly<Record<string, string>> = Object.fromEntries(
  INPUTS.filter((i) => i.default !== undefined && !i.default.startsWith('${{')).map((i) => [i.name, i.default!]),
);
