import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Logger } from '../log.js';
import type { ReportModel } from '../metrics/model.js';
import { computeReport } from '../metrics/report.js';
import { renderMarkdown } from '../render/markdown/render-markdown.js';
import { readPullRequestFacts, type PullRequestFacts, type PullRequestTarget } from '../publish/pull-request-comment.js';
import { DEFAULT_SITE_LANGUAGES } from '../render/site/site-config.js';
import { computeSiteReports, PERIOD_PRESETS, type PeriodWeeks, type SiteReports } from '../render/site/site-reports.js';
import type { Store } from '../store/database.js';
import type { SprintSummary } from '../summary/summary-model.js';
import { summaryMarkdown } from '../summary/summary-markdown.js';
import { writeSummary } from '../summary/write-summary.js';

/** Everything a run shows people, computed from the database after the harvest. */
export interface RunReport {
  /** The report period of `metrics.weeks` (26 ISO weeks by default), ending now. */
  report: ReportModel;
  /** The site's period presets, when the site is on. */
  siteReports: SiteReports | null;
  summary: SprintSummary;
  /** Report and summary as markdown, for the job summary, the comment and the output. */
  markdown: string;
  /** Where the report's JSON was written (the `report-json` output). */
  reportJsonPath: string;
  /** The pull request to comment on and its facts (null: not in the database, or too old). */
  pullRequest: { target: PullRequestTarget; facts: PullRequestFacts | null } | null;
}

/**
 * `serverUrl` is GITHUB_SERVER_URL: pull-request links point at github.com or the Enterprise
 * Server host. `pullRequest`: the PR a pull_request event's run comments on; its facts are read
 * here, while the report's temp tables exist, so the comment uses the report's definitions.
 */
export async function buildRunReport(config: Config, store: Store, now: Date, serverUrl: string, log: Logger, pullRequest: PullRequestTarget | null = null): Promise<RunReport> {
  const prUrl = (ref: { repository: string; number: number }) => `${serverUrl.replace(/\/$/, '')}/${ref.repository}/pull/${ref.number}`;
  return log.group('Compute the report and the summary', async () => {
    const siteReports = config.output.site ? await computeSiteReports(store, config.metrics, now) : null;
    const weeks = config.metrics.weeks;
    // A site preset is the same period when `metrics.weeks` is one of theirs: reuse it.
    const preset = (PERIOD_PRESETS as readonly number[]).includes(weeks) ? siteReports?.periods[weeks as PeriodWeeks] : undefined;
    const report = preset ?? (await computeReport(store, config.metrics, now));
    log.info(`Report ${report.range.from.slice(0, 10)} → ${report.range.to.slice(0, 10)}: ${Object.keys(report.figures).length} figures over ${report.repositories.length} repositories.`);

    const summary = await writeSummary(store, report, {
      apiKey: config.output.summary.apiKey ?? undefined,
      model: config.output.summary.model,
      baseURL: config.output.summary.baseUrl ?? undefined,
      timeoutMs: config.output.summary.timeoutMs,
      // The site's Arabic pages show an Arabic summary; the comment and job summary stay English.
      languages: config.output.site ? DEFAULT_SITE_LANGUAGES : ['en'],
      log,
    });
    const markdown = renderMarkdown(report, {
      siteUrl: config.output.site?.url ?? undefined,
      title: config.output.title,
      summary: summaryMarkdown(summary, { prUrl }),
    });

    const reportJsonPath = join(dirname(config.database), 'report.json');
    mkdirSync(dirname(reportJsonPath), { recursive: true });
    writeFileSync(reportJsonPath, JSON.stringify(report) + '\n');
    const facts = pullRequest
      ? await readPullRequestFacts(store, `${pullRequest.owner}/${pullRequest.repo}`, pullRequest.number, report, config.metrics.bots.include)
      : null;
    return { report, siteReports, summary, markdown, reportJsonPath, pullRequest: pullRequest ? { target: pullRequest, facts } : null };
  });
}
