import { parseArgs } from 'node:util';
import { parseConfig } from './config/config.js';
import { ConfigError, FlowmeterError } from './errors.js';
import { runHarvestStage, tableCounts } from './harvest/run-harvest.js';
import { redact, streamLogger } from './log.js';
import { openStore } from './store/database.js';

const USAGE = `flowmeter — PR-flow, review, CI and DORA metrics from GitHub, kept in DuckDB

Usage:
  flowmeter harvest --repo OWNER/NAME [--repo …] --db FILE [--api-url URL] [--since DATE]
                    [--backfill-days N] [--page-size N] [--timeout SECONDS] [--pace MS] [--verbose]
      Harvests into FILE. Reads the token from GITHUB_TOKEN (or GH_TOKEN). --pace is the pause
      between GraphQL requests (default 1000 ms, GitHub's guidance; 0 for the simulator).
  flowmeter help

Exit codes: 0 done, 1 failed (the message says why), 2 bad usage.`;

async function harvestCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'harvest':
        await harvestCommand(rest);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`flowmeter: ${redact(message)}\n`);
    if (!(error instanceof FlowmeterError) && !usage && process.env.FLOWMETER_DEBUG) process.stderr.write(String((error as Error).stack) + '\n');
    return usage ? 2 : 1;
  }
}
