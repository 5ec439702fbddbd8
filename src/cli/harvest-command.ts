import { parseConfig } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { runHarvestStage, tableCounts } from '../harvest/run-harvest.js';
import { streamLogger } from '../log.js';
import { openStore } from '../store/database.js';
import { HARVEST_HELP } from './command-help.js';
import { parseCommandLine, printHelp, wantsHelp } from './command-line.js';

/** `flowmeter harvest`: the Action's harvest stage, configured by flags and GITHUB_TOKEN. */
export async function harvestCommand(args: string[]): Promise<void> {
  if (wantsHelp(args)) return printHelp(HARVEST_HELP);
  const { values } = parseCommandLine('harvest', {
    args,
    options: {
      repo: { type: 'string', multiple: true },
      db: { type: 'string' },
      'api-url': { type: 'string' },
      since: { type: 'string' },
      'backfill-days': { type: 'string' },
      'page-size': { type: 'string' },
      timeout: { type: 'string' },
      pace: { type: 'string' },
      // The metrics configuration decides what else is read: teams, milestones, iterations.
      config: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const config = parseConfig({
    repositories: (values.repo ?? []).join('\n'),
    token: process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN,
    'api-url': values['api-url'] ?? process.env.GITHUB_API_URL,
    database: values.db,
    since: values.since,
    'backfill-days': values['backfill-days'],
    'page-size': values['page-size'],
    'request-timeout': values.timeout,
    ...(values.config !== undefined ? { 'config-file': values.config } : {}),
  });
  const log = streamLogger((line) => process.stderr.write(line + '\n'), values.verbose);
  const store = await openStore(config.database);
  try {
    const pace = values.pace === undefined ? undefined : Number(values.pace);
    if (pace !== undefined && !(pace >= 0 && pace <= 60_000)) throw new ConfigError('--pace', `"${values.pace}" must be milliseconds from 0 to 60000`);
    const stats = await runHarvestStage(config, store, log, { trigger: 'cli', minPostIntervalMs: pace });
    const summary = { runId: stats.runId, cost: stats.cost, durationMs: stats.durationMs, tables: await tableCounts(store) };
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  } finally {
    await store.close();
  }
}
