import { existsSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { loadMetricsConfig, parseMetricsConfig } from '../metrics/metrics-config.js';
import { computeReport } from '../metrics/report.js';
import { openStore } from '../store/database.js';
import { DEFAULT_SITE_LANGUAGES, renderSite } from '../render/site/render-site.js';
import { computeSiteReports, DEFAULT_WEEKS } from '../render/site/site-reports.js';
import { streamLogger } from '../log.js';
import { writeSummary } from '../summary/write-summary.js';
import { REPORT_HELP } from './command-help.js';
import { parseCommandLine, printHelp, wantsHelp } from './command-line.js';

const stderrLogger = streamLogger((line) => process.stderr.write(line + '\n'));

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new ConfigError(`--${name}`, `"${value}" is not a date; write YYYY-MM-DD or an ISO timestamp`);
  return new Date(ms).toISOString();
}

/** `flowmeter report`: the ReportModel of a database as JSON on stdout, and/or the report site (`--site DIR`). */
export async function reportCommand(args: string[]): Promise<void> {
  if (wantsHelp(args)) return printHelp(REPORT_HELP);
  const { values } = parseCommandLine('report', {
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      now: { type: 'string' },
      deployments: { type: 'string' },
      config: { type: 'string' },
      site: { type: 'string' },
      title: { type: 'string' },
    },
    strict: true,
  });
  if (!values.db) throw new ConfigError('--db', 'is required: the DuckDB file to report on');
  if (!existsSync(values.db)) throw new ConfigError('--db', `${values.db} does not exist; harvest first (flowmeter harvest)`);
  if (!values.json && !values.site) throw new ConfigError('--json', 'or --site DIR is required: say what to write');
  let config = loadMetricsConfig(values.config, values.config !== undefined);
  if (values.deployments) {
    config = parseMetricsConfig({ ...config, deployments: { ...config.deployments, source: values.deployments } }, '--deployments');
  }
  const now = new Date(dateOption('now', values.now) ?? dateOption('to', values.to) ?? new Date().toISOString());
  const store = await openStore(values.db);
  try {
    // `--from all`: the whole history in the database, from its first pull request or issue.
    let from = values.from === 'all' ? undefined : dateOption('from', values.from);
    if (values.from === 'all') {
      const [first] = await store.query<{ at: string | null }>(
        `SELECT strftime(least((SELECT min(created_at) FROM pull_requests), (SELECT min(created_at) FROM issues)), '%Y-%m-%dT%H:%M:%SZ') AS at`,
      );
      from = first?.at ?? undefined;
    }
    if (values.site) {
      // The site always shows the 26/12/4-week presets ending now; --from/--to apply to --json only.
      const reports = await computeSiteReports(store, config, now);
      // Claude when ANTHROPIC_API_KEY is set (cached in the database), the rules otherwise.
      const summary = await writeSummary(store, reports.periods[DEFAULT_WEEKS], { apiKey: process.env.ANTHROPIC_API_KEY || undefined, languages: DEFAULT_SITE_LANGUAGES, log: stderrLogger });
      // Links go to GITHUB_SERVER_URL when set (GitHub Enterprise Server), else github.com.
      const stats = await renderSite(reports, summary, { title: values.title, serverUrl: process.env.GITHUB_SERVER_URL || undefined }, values.site);
      process.stderr.write(`Site written to ${values.site} (${stats.pages} pages, ${stats.charts} charts, ${(stats.durationMs / 1000).toFixed(1)} s). Open ${values.site}/index.html or run: flowmeter serve ${values.site}\n`);
    }
    if (values.json) {
      const report = await computeReport(store, config, now, { from, to: dateOption('to', values.to) });
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    }
  } finally {
    await store.close();
  }
}
