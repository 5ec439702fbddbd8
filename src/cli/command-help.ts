/**
 * What `flowmeter COMMAND --help` prints: usage, options, the environment it reads, and an
 * example. Kept apart from the commands so that help (and `--version`) print without loading
 * DuckDB, the renderer or the GitHub client.
 */

export const HARVEST_HELP = `flowmeter harvest: harvest GitHub into a DuckDB file (what the Action's harvest stage does)

Usage:
  flowmeter harvest --repo OWNER/NAME [--repo …] --db FILE [options]

Options:
  --repo OWNER/NAME     a repository to harvest; repeat it for more, or give org:NAME for
                        every non-archived repository of an organisation (required)
  --db FILE             the DuckDB file, created if missing (required)
  --api-url URL         the GitHub API (default $GITHUB_API_URL, else https://api.github.com;
                        GitHub Enterprise Server: https://HOST/api/v3)
  --since DATE          harvest everything updated since DATE (YYYY-MM-DD), ignoring the
                        saved watermarks: a deeper backfill
  --backfill-days N     how far back a first harvest reads (default 365)
  --page-size N         pull requests per GraphQL page (default 50)
  --timeout SECONDS     per request, before it is abandoned and retried (default 60)
  --pace MS             pause between GraphQL requests (default 1000, GitHub's guidance;
                        0 for the simulator)
  --config FILE         the configuration (default .github/flowmeter.yml): whether teams,
                        milestones or a project's iterations are read too
  --verbose             also print debug lines (how ranges are split, and similar)
  -h, --help            this help

Environment:
  GITHUB_TOKEN (or GH_TOKEN)           the token (required)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY    an outgoing proxy (docs/configuration.md, "Behind a proxy")

Prints what was stored (rows per table) and what it cost, as JSON.

Example:
  GITHUB_TOKEN=… flowmeter harvest --repo octo-org/api --repo octo-org/web --db metrics.duckdb --since 2024-01-01
`;

export const REPORT_HELP = `flowmeter report: the metrics of a database, as JSON or as the report site

Usage:
  flowmeter report --db FILE --json [--from DATE] [--to DATE] [--now DATE] [options]
  flowmeter report --db FILE --site DIR [--title T] [--now DATE] [options]

Options:
  --db FILE             the DuckDB file a harvest wrote (required)
  --json                print the ReportModel as JSON on stdout
  --from DATE           start of the --json range (YYYY-MM-DD or an ISO timestamp; default:
                        the last 26 ISO weeks); "all" starts at the first record
  --to DATE             end of the --json range (default now)
  --now DATE            the clock the report runs at (default --to, else the current time)
  --site DIR            write the report site into DIR (26, 12 and 4 weeks up to now; English
                        and Arabic), with the sprint-health summary
  --title T             the site's title (default "flowmeter report")
  --deployments SOURCE  what counts as a deployment: auto, deployments, workflow, releases or
                        merges (default: the configuration's, else auto)
  --config FILE         the configuration (default .github/flowmeter.yml)
  -h, --help            this help

Environment:
  ANTHROPIC_API_KEY                    Claude writes the summary (the rules do without it)
  GITHUB_SERVER_URL                    where links point (GitHub Enterprise Server)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY    an outgoing proxy for the Claude call

Examples:
  flowmeter report --db metrics.duckdb --json --from 2024-01-01 > report.json
  flowmeter report --db metrics.duckdb --site site/ --title "Team report"
`;

export const SERVE_HELP = `flowmeter serve: preview a report site on this machine

Usage:
  flowmeter serve DIR [--port N] [--base /REPO/] [--host HOST]

Options:
  DIR                   the site directory (flowmeter report --site DIR writes one)
  --port N              the port (default 4173; 0 picks a free one)
  --base /REPO/         serve the site under this path, as GitHub Pages does for a project
                        site (https://OWNER.github.io/REPO/)
  --host HOST           the address to listen on (default 127.0.0.1, this machine only)
  -h, --help            this help

Runs until interrupted (Ctrl-C).

Example:
  flowmeter serve site/ --base /api/
`;

export const QUERY_HELP = `flowmeter query: your own SQL against a database, printed as a table

Usage:
  flowmeter query --db FILE "SQL"

Options:
  --db FILE             the DuckDB file a harvest wrote (required)
  SQL                   one statement, quoted as one argument
  -h, --help            this help

Only reads: the file is opened read-only, and DuckDB may touch no other file, so statements
that would change the database (INSERT, UPDATE, DELETE, CREATE, DROP, …) or write or read
other files (COPY, EXPORT DATABASE, ATTACH, INSTALL, LOAD, read_csv('…')) fail with a
message saying so. The tables are described in docs/schema.md.

Examples:
  flowmeter query --db metrics.duckdb "SELECT state, count(*) AS n FROM pull_requests GROUP BY 1"
  flowmeter query --db metrics.duckdb "DESCRIBE pull_requests"
`;

export const DEMO_HELP = `flowmeter demo: the whole pipeline offline, against the built-in GitHub simulator

Usage:
  flowmeter demo [--dataset SPEC] [--out DIR]

Options:
  --dataset SPEC        the simulated organisation (docs/dataset-format.md; default
                        gen:1:3000:56, 8 repositories and 3,000 pull requests over 56 weeks;
                        also $FLOWMETER_DEMO_DATASET)
  --out DIR             where the database and the site go (default demo-output; also
                        $FLOWMETER_DEMO_OUT)
  -h, --help            this help

Starts the simulator on loopback, harvests it through the real client into DIR/flowmeter.duckdb,
prints the rows per table and what the harvest cost, and writes the report site to DIR/site.
Run it again for an incremental harvest. Needs a checkout (the simulator lives in test/sim/);
the same as npm run demo.

Example:
  flowmeter demo --dataset gen:7:500 --out /tmp/flowmeter-demo && flowmeter serve /tmp/flowmeter-demo/site
`;
