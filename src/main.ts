import * as core from '@actions/core';
import { readActionEnvironment, type ActionEnvironment } from './action/action-environment.js';
import { DataBranchStage } from './action/data-branch-stage.js';
import { overallDoraBand } from './action/report-outputs.js';
import { buildRunReport, type RunReport } from './action/report-stage.js';
import { pullRequestToComment, shareRunReport } from './action/share-stage.js';
import { writeRunSite } from './action/site-stage.js';
import { parseConfig, type Config } from './config/config.js';
import { INPUTS } from './config/inputs.js';
import { FlowmeterError, StoreError } from './errors.js';
import { ingestEvent, readEventFile } from './harvest/events/ingest-event.js';
import { runHarvestStage, tableCounts } from './harvest/run-harvest.js';
import { addSecret, redact, type Logger } from './log.js';
import { openStore, type Store } from './store/database.js';

/** The Action's log: @actions/core groups and annotations, with secrets masked. */
const actionLogger: Logger = {
  info: (message) => core.info(redact(message)),
  warning: (message) => core.warning(redact(message)),
  debug: (message) => core.debug(redact(message)),
  group: (name, work) => core.group(redact(name), work),
};

function readInputs(): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const input of INPUTS) {
    raw[input.name] = core.getInput(input.name);
    if (input.secret && raw[input.name]) {
      core.setSecret(raw[input.name]!);
      addSecret(raw[input.name]);
    }
  }
  return raw;
}

/** Ingests the triggering event's payload; true when the event was one flowmeter records. */
async function ingestTriggeringEvent(store: Store, env: ActionEnvironment, log: Logger): Promise<boolean> {
  if (!env.eventName || !env.eventPath) return false;
  const written = await ingestEvent(store, env.eventName, readEventFile(env.eventPath));
  if (!written) return false;
  log.info(`Ingested the ${env.eventName} event: ${written.map((w) => `${w.rows} ${w.table}`).join(', ')}`);
  return true;
}

async function harvestAsConfigured(config: Config, store: Store, env: ActionEnvironment, log: Logger): Promise<void> {
  const ingested = await ingestTriggeringEvent(store, env, log);
  const skipApi = config.harvest === 'never' || (config.harvest === 'auto' && ingested);
  if (skipApi) {
    log.info('Skipping the API harvest: the event payload carried the change (set `harvest: always` to harvest too).');
  } else {
    const stats = await runHarvestStage(config, store, log, { trigger: env.eventName ?? 'manual' });
    log.info(`Harvest: ${stats.cost.requests} requests (${stats.cost.graphqlRequests} GraphQL, ${stats.cost.graphqlPoints} points; ${stats.cost.restRequests} REST); rate limit remaining ${stats.cost.rateLimitRemaining ?? 'unknown'}`);
  }
  const counts = await tableCounts(store);
  log.info(`Database ${config.database}: ${counts.pull_requests ?? 0} pull requests, ${counts.pr_reviews ?? 0} reviews, ${counts.workflow_runs ?? 0} workflow runs, ${counts.issues ?? 0} issues`);
}

/** A report is only computed when something shows it: event-only runs stay fast. */
const wantsReport = (config: Config) =>
  Boolean(config.output.site || config.output.comment || config.output.prComment || config.output.jobSummary || config.output.slackWebhookUrl);

/**
 * The Action: restore the database from the data branch, harvest (or ingest the event), compute
 * the report and the summary, commit the database back, then show the results (outputs, job
 * summary, comments, Slack) and write the site. The only place that turns errors into a failed
 * step; a FlowmeterError's message is already the one line a user needs, anything else is a bug
 * and keeps its stack in the debug log.
 *
 * A harvest or report that fails part way still has every page it stored in the database (each
 * page is one transaction), so the database is committed to the data branch before the step
 * fails: otherwise the runner's copy, and the progress, would be thrown away, and a first
 * harvest that always runs into the rate limit would start over on every run and never finish.
 */
export async function run(): Promise<void> {
  let store: Store | undefined;
  try {
    const env = readActionEnvironment();
    const raw = readInputs();
    const config = parseConfig(raw, env.repository);
    const dataBranch = DataBranchStage.create(config, env, raw.token || undefined, actionLogger);
    await dataBranch?.restore();

    store = await openStore(config.database);
    const now = new Date();
    const payload = env.eventPath ? readEventFile(env.eventPath) : null;
    const pullRequest = pullRequestToComment(config, env, payload);
    let report: RunReport | null = null;
    let failure: unknown = null;
    try {
      await harvestAsConfigured(config, store, env, actionLogger);
      if (wantsReport(config)) report = await buildRunReport(config, store, now, env.serverUrl, actionLogger, pullRequest);
    } catch (error) {
      // A database that cannot be written is not worth committing over the branch's.
      if (!dataBranch || error instanceof StoreError) throw error;
      failure = error;
    }

    if (dataBranch) {
      await store.close();
      store = undefined;
      const published = await publishKeepingFailure(dataBranch, env.eventName ?? 'a manual run', failure);
      if (failure) throw failure;
      store = await openStore(config.database);
      // Another run pushed first and its data was merged in: report on the union.
      if (published.merges > 0 && report) report = await buildRunReport(config, store, now, env.serverUrl, actionLogger, pullRequest);
    }
    core.setOutput('database', config.database);
    if (!report) return;
    core.setOutput('report-json', report.reportJsonPath);
    core.setOutput('summary-markdown', report.markdown);
    core.setOutput('dora-band', overallDoraBand(report.report));
    await shareRunReport({ config, env, run: report, workflowToken: raw.token || undefined, now, log: actionLogger });
    const siteDir = await writeRunSite(config, env, report, actionLogger);
    core.setOutput('site-dir', siteDir ?? '');
  } catch (error) {
    if (!(error instanceof FlowmeterError)) core.debug(redact(String((error as Error)?.stack ?? error)));
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  } finally {
    await store?.close().catch(() => undefined);
  }
}

/**
 * Publishes after a failed harvest or report too. When that publish fails as well, the first
 * failure is shown as an error annotation and the publish's error fails the step: both say
 * what went wrong, and the second says the harvest was not kept.
 */
async function publishKeepingFailure(dataBranch: DataBranchStage, runLabel: string, failure: unknown) {
  if (failure) actionLogger.warning('This run failed (the error follows): committing what it harvested before the failure, so the next run resumes from there.');
  try {
    return await dataBranch.publish(runLabel);
  } catch (error) {
    if (failure) core.error(redact(failure instanceof Error ? failure.message : String(failure)));
    throw error;
  }
}
