import { PublishError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import type { ReportModel } from '../metrics/model.js';
import { renderMarkdown } from '../render/markdown/render-markdown.js';
import { COMMENT_LIMIT, upsertMarkedComment, type UpsertResult } from './marked-comment.js';
import { findOrCreateTrackingIssue, TRACKING_MARKER } from './tracking-issue.js';

/**
 * The weekly comment: the report as markdown (src/render/markdown: escaped, no mentions, mermaid
 * throughput chart, link to the site), upserted on the tracking issue. Without `week` there is
 * one comment, edited by every run. With `week` (an ISO week such as 2026-W47) each week gets
 * its own comment, edited by the week's later runs, so the issue keeps one comment per week as
 * history and subscribers are notified once a week.
 */
export interface WeeklyCommentOptions {
  owner: string;
  repo: string;
  /** Title of the tracking issue (created with it when missing). */
  issueTitle: string;
  /** Label the tracking issue carries (default `flowmeter`). */
  label?: string;
  week?: string;
  /** The comment's markdown, from `weeklyCommentBody` (the marker is added here). */
  body: string;
  log: Logger;
}

export interface WeeklyCommentResult extends UpsertResult {
  issueNumber: number;
  issueUrl: string;
}

export interface WeeklyBodyOptions {
  siteUrl?: string | null;
  title?: string;
  /** The summary's markdown (src/summary), shown under the key figures. */
  summary?: string;
  week?: string;
  /** Waiting PRs listed before "… and N more" (the renderer's default is 10). */
  maxWaitingPrs?: number;
}

/** The ISO-8601 week of `date` (UTC), e.g. 2026-W47. */
export function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function weeklyCommentMarker(week?: string): string {
  if (week !== undefined && !/^\d{4}-W\d{2}$/.test(week)) throw new PublishError(`Invalid report week "${week}": expected an ISO week such as 2026-W47.`);
  return week ? `${TRACKING_MARKER}\n<!-- flowmeter:week ${week} -->` : TRACKING_MARKER;
}

/** The report as the comment's markdown, sized so that marker and body stay under GitHub's limit. */
export function weeklyCommentBody(report: ReportModel, options: WeeklyBodyOptions = {}): string {
  const marker = weeklyCommentMarker(options.week);
  return renderMarkdown(report, {
    siteUrl: options.siteUrl ?? undefined,
    title: options.title,
    summary: options.summary,
    maxWaitingPrs: options.maxWaitingPrs,
    // The marker, its newline and the trailing newline markedBody adds.
    maxLength: COMMENT_LIMIT - marker.length - 2,
  });
}

export async function upsertWeeklyComment(client: GitHubClient, options: WeeklyCommentOptions): Promise<WeeklyCommentResult> {
  const issue = await options.log.group('Tracking issue', () =>
    findOrCreateTrackingIssue(client, { owner: options.owner, repo: options.repo, title: options.issueTitle, label: options.label, log: options.log }),
  ).catch((error: unknown) => {
    if (error instanceof PublishError) throw error;
    throw new PublishError(
      `Could not find or open the tracking issue in ${options.owner}/${options.repo}: ${(error as Error).message}. The token needs \`issues: write\`.`,
      { cause: error },
    );
  });
  const result = await upsertMarkedComment(
    client, { owner: options.owner, repo: options.repo, number: issue.number }, weeklyCommentMarker(options.week), options.body, options.log,
  );
  options.log.info(`Weekly comment ${result.action} on #${issue.number}: ${result.url}`);
  return { ...result, issueNumber: issue.number, issueUrl: issue.html_url };
}
