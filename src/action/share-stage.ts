import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import { pullRequestCommentBody, upsertPullRequestComment, type PullRequestTarget } from '../publish/pull-request-comment.js';
import { postToSlack, slackSummaryText } from '../publish/slack-post.js';
import { isoWeekOf, upsertWeeklyComment, weeklyCommentBody } from '../publish/tracking-comment.js';
import { summaryMarkdown } from '../summary/summary-markdown.js';
import type { ActionEnvironment } from './action-environment.js';
import type { RunReport } from './report-stage.js';

/**
 * Shows the report to people: the job summary, the weekly comment on the tracking issue, the
 * pull request's own comment, and Slack. Comments use the workflow's token (`token`), because
 * they go to the repository running the workflow, whatever credential harvested the data.
 */
export interface ShareContext {
  config: Config;
  env: ActionEnvironment;
  run: RunReport;
  workflowToken: string | undefined;
  now: Date;
  log: Logger;
}

function workflowRepository(env: ActionEnvironment, input: string): { owner: string; repo: string } {
  const [owner, repo] = (env.repository ?? '').split('/');
  if (!owner || !repo) throw new ConfigError(input, 'needs GITHUB_REPOSITORY (the repository the comment goes to); it is set on every GitHub runner');
  return { owner, repo };
}

async function commentClient(ctx: ShareContext, input: string): Promise<GitHubClient> {
  if (!ctx.workflowToken) throw new ConfigError(input, 'needs `token` (the workflow token with `issues: write` / `pull-requests: write`)');
  return createGitHubClient({ auth: { kind: 'token', token: ctx.workflowToken }, apiUrl: ctx.config.apiUrl, timeoutMs: ctx.config.requestTimeoutMs, log: ctx.log });
}

/** The PR to comment on: `pr-comment` is on and a `pull_request` event triggered this run. */
export function pullRequestToComment(config: Config, env: ActionEnvironment, payload: unknown): PullRequestTarget | null {
  if (!config.output.prComment) return null;
  if (env.eventName !== 'pull_request' && env.eventName !== 'pull_request_target') return null;
  const number = (payload as { pull_request?: { number?: unknown } } | null)?.pull_request?.number;
  return typeof number === 'number' ? { ...workflowRepository(env, 'pr-comment'), number } : null;
}

export async function shareRunReport(ctx: ShareContext): Promise<void> {
  const { config, run, log } = ctx;
  if (config.output.jobSummary) {
    await core.summary.addRaw(run.markdown).write();
    log.info('Job summary written.');
  }
  if (config.output.comment) {
    const { owner, repo } = workflowRepository(ctx.env, 'comment');
    const week = isoWeekOf(ctx.now);
    const body = weeklyCommentBody(run.report, {
      siteUrl: config.output.site?.url,
      title: config.output.title,
      summary: summaryMarkdown(run.summary, { prUrl: (ref) => `${ctx.env.serverUrl}/${ref.repository}/pull/${ref.number}` }),
      week,
    });
    await upsertWeeklyComment(await commentClient(ctx, 'comment'), { owner, repo, issueTitle: config.output.comment.issueTitle, week, body, log });
  }
  if (run.pullRequest) {
    const { target, facts } = run.pullRequest;
    if (facts) {
      const body = pullRequestCommentBody(facts, run.report, ctx.now, config.output.site?.url);
      await upsertPullRequestComment(await commentClient(ctx, 'pr-comment'), { ...target, body, log });
    } else {
      log.info(`No comment on #${target.number}: it is not in the database (is ${target.owner}/${target.repo} among the harvested repositories?), or it closed before the report's periods.`);
    }
  }
  if (config.output.slackWebhookUrl) {
    const text = slackSummaryText(run.summary, { title: config.output.title, siteUrl: config.output.site?.url });
    const posted = await postToSlack({ webhookUrl: config.output.slackWebhookUrl, text, log });
    if (!posted.delivered) log.warning(`The Slack post was not delivered: ${posted.reason ?? 'unknown reason'}.`);
  }
}
