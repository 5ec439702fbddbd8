import { readAssetFile } from '../asset-files.js';
import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import type { ReportModel } from '../metrics/model.js';
import { safeUrl } from '../render/markdown/markdown-escape.js';
import { formatDate, formatHours, groupThousands } from '../render/markdown/markdown-format.js';
import { table } from '../render/markdown/markdown-table.js';
import type { Store } from '../store/database.js';
import { upsertMarkedComment, type UpsertResult } from './marked-comment.js';

/**
 * The optional comment on a pull request (pull_request events): its size, wait and stage times
 * next to the team's medians (the report's `flow.*.p50` figures; the median size is computed
 * over the same range). It names no one, so it cannot mention anyone; numbers and fixed words
 * only, which is also why there is nothing untrusted to escape in it.
 */
export const PULL_REQUEST_MARKER = '<!-- flowmeter:pull-request -->';

/** The pull request a `pull_request` event's run comments on, in the workflow's repository. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

export interface PullRequestFacts {
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  is_draft: boolean;
  size: number;
  changed_files: number | null;
  created_at: string;
  ready_at: string | null;
  first_commit_at: string | null;
  first_review_at: string | null;
  first_approval_at: string | null;
  merged_at: string | null;
  review_count: number;
  size_p50: number | null;
  team_merged: number;
}

/**
 * The PR's facts, or null when the harvest has not seen it or it closed before the report's
 * reach. Reads the metrics engine's temp tables, so call it on the connection that computed
 * the report (report-stage.ts does, right after computeReport), with the report's bot setting.
 */
export async function readPullRequestFacts(store: Store, repository: string, number: number, report: ReportModel, includeBots: boolean): Promise<PullRequestFacts | null> {
  const rows = await store.query<PullRequestFacts>(readAssetFile('publish/sql/pull-request-facts.sql'), {
    repo: repository, number, from: report.range.from, to: report.range.to, include_bots: includeBots,
  });
  return rows[0] ?? null;
}

const hoursBetween = (from: string | null, to: string | null): number | null =>
  from && to ? Math.max(0, (Date.parse(to) - Date.parse(from)) / 3_600_000) : null;

/** METRICS.md size buckets. */
export function sizeBucket(lines: number): string {
  return lines < 10 ? 'XS' : lines < 30 ? 'S' : lines < 100 ? 'M' : lines < 500 ? 'L' : lines < 1000 ? 'XL' : 'XXL';
}

function teamMedian(report: ReportModel, stage: string): string {
  const value = report.figures?.[`flow.${stage}.p50`]?.value;
  return typeof value === 'number' && Number.isFinite(value) ? formatHours(value) : '—';
}

/** `value` hours, or "x so far" for a stage still running at `now`. */
function duration(hours: number | null, runningSince: string | null, now: Date): string {
  if (hours !== null) return formatHours(hours);
  const running = hoursBetween(runningSince, now.toISOString());
  return running === null ? '—' : `${formatHours(running)} so far`;
}

export function pullRequestCommentBody(facts: PullRequestFacts, report: ReportModel, now: Date, siteUrl?: string | null): string {
  const open = facts.state === 'OPEN';
  const rows: string[][] = [
    ['Size (lines changed)', `${groupThousands(facts.size)} (${sizeBucket(facts.size)})`, facts.size_p50 === null ? '—' : groupThousands(Math.round(facts.size_p50))],
    ['Coding time', duration(hoursBetween(facts.first_commit_at, facts.ready_at), null, now), teamMedian(report, 'coding_time')],
    ['Pickup time (to first review)', duration(hoursBetween(facts.ready_at, facts.first_review_at), open ? facts.ready_at : null, now), teamMedian(report, 'pickup_time')],
    ['Time to approval', duration(hoursBetween(facts.ready_at, facts.first_approval_at), open ? facts.ready_at : null, now), teamMedian(report, 'time_to_approval')],
    ['Review time', duration(hoursBetween(facts.first_review_at, facts.merged_at), open ? facts.first_review_at : null, now), teamMedian(report, 'review_time')],
    ['Cycle time (ready to merge)', duration(hoursBetween(facts.ready_at, facts.merged_at), open ? facts.ready_at : null, now), teamMedian(report, 'cycle_time')],
  ];
  const site = safeUrl(siteUrl);
  const status = facts.ready_at === null
    ? 'Still a draft: the clock starts when it is marked ready for review.'
    : facts.first_review_at === null && open
      ? `Waiting for a first review for ${formatHours(hoursBetween(facts.ready_at, now.toISOString()) ?? 0)}.`
      : `${facts.review_count} review${facts.review_count === 1 ? '' : 's'} by others so far.`;
  return [
    '### ⏱️ This pull request against the team',
    '',
    status,
    '',
    ...table([{ title: '' }, { title: 'This PR', align: 'right' }, { title: 'Team median', align: 'right' }], rows),
    '',
    `_Team medians over ${groupThousands(facts.team_merged)} PRs merged ${formatDate(report.range.from)} → ${formatDate(report.range.to)}` +
      `${site ? ` · [full report](${site})` : ''}. Updated by flowmeter on every run._`,
  ].join('\n');
}

export interface PullRequestCommentOptions {
  owner: string;
  repo: string;
  number: number;
  body: string;
  log: Logger;
}

/** Upserts the comment on the PR (issue comments API: a PR is an issue). Needs `pull-requests: write`. */
export async function upsertPullRequestComment(client: GitHubClient, options: PullRequestCommentOptions): Promise<UpsertResult> {
  const result = await upsertMarkedComment(client, { owner: options.owner, repo: options.repo, number: options.number }, PULL_REQUEST_MARKER, options.body, options.log);
  options.log.info(`Pull-request comment ${result.action} on #${options.number}: ${result.url}`);
  return result;
}
