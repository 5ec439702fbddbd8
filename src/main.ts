import * as core from '@actions/core';
import { parseConfig, type Config } from './config/config.js';
import { INPUTS } from './config/inputs.js';
import { FlowmeterError } from './errors.js';
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
async function ingestTriggeringEvent(store: Store, log: Logger): Promise<boolean> {
  const eventName = process.env.GITHUB_EVENT_NAME;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventName || !eventPath) return false;
  const written = await ingestEvent(store, eventName, readEventFile(eventPath));
  if (!written) return false;
  log.info(`Ingested the ${eventName} event: ${written.map((w) => `${w.rows} ${w.table}`).join(', ')}`);
  return true;
}

async function harvestAsConfigured(config: Config, store: Store, log: Logger): Promise<void> {
  const ingested = await ingestTriggeringEvent(store, log);
  const skipApi = config.harvest === 'never' || (config.harvest === 'auto' && ingested);
  if (skipApi) {
    log.info('Skipping the API harvest: the event payload carried the change (set `harvest: always` to harvest too).');
    return;
  }
  const stats = await runHarvestStage(config, store, log, { trigger: process.env.GITHUB_EVENT_NAME ?? 'manual' });
  log.info(`Harvest: ${stats.cost.requests} requests (${stats.cost.graphqlRequests} GraphQL, ${stats.cost.graphqlPoints} points; ${stats.cost.restRequests} REST); rate limit remaining ${stats.cost.rateLimitRemaining ?? 'unknown'}`);
}

/**
 * The Action: read configuration, harvest (or ingest the event), and report. The only place
 * that turns errors into a failed step; a FlowmeterError's message is already the one line a
 * user needs, anything else is a bug and keeps its stack in the debug log.
 */
export async function run(): Promise<void> {
  let store: Store | undefined;
  try {
    const config = parseConfig(readInputs(), process.env.GITHUB_REPOSITORY);
    store = await openStore(config.database);
    await harvestAsConfigured(config, store, actionLogger);
    const counts = await tableCounts(store);
    actionLogger.info(`Database ${config.database}: ${counts.pull_requests ?? 0} pull requests, ${counts.pr_reviews ?? 0} reviews, ${counts.workflow_runs ?? 0} workflow runs, ${counts.issues ?? 0} issues`);
    core.setOutput('database', config.database);
  } catch (error) {
    if (!(error instanceof FlowmeterError)) core.debug(redact(String((error as Error)?.stack ?? error)));
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  } finally {
    await store?.close().catch(() => undefined);
  }
}
