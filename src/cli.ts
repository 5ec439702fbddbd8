import { harvestCommand } from './cli/harvest-command.js';
import { queryCommand } from './cli/query-command.js';
import { reportCommand } from './cli/report-command.js';
import { serveCommand } from './cli/serve-command.js';
import { FlowmeterError } from './errors.js';
import { redact } from './log.js';

const USAGE = `flowmeter — PR-flow, review, CI and DORA metrics from GitHub, kept in DuckDB

Usage:
  flowmeter harvest --repo OWNER/NAME [--repo …] --db FILE [--api-url URL] [--since DATE]
                    [--backfill-days N] [--page-size N] [--timeout SECONDS] [--pace MS]
                    [--config FILE] [--verbose]
      Harvests into FILE. Reads the token from GITHUB_TOKEN (or GH_TOKEN). --pace is the pause
      between GraphQL requests (default 1000 ms, GitHub's guidance; 0 for the simulator).
      --config (default .github/flowmeter.yml) decides whether teams, milestones or a
      project's iterations are read too.
  flowmeter report --db FILE --json [--from DATE] [--to DATE] [--now DATE]
                   [--deployments auto|deployments|workflow|releases|merges] [--config FILE]
      Prints the ReportModel as JSON. The range defaults to the last 26 ISO weeks up to now;
      --from all starts at the first record in the database.
  flowmeter report --db FILE --site DIR [--title T] [--now DATE] [--config FILE]
      Writes the report site (26, 12 and 4 weeks up to now; English and Arabic) into DIR, with
      the sprint-health summary: Claude when ANTHROPIC_API_KEY is set, the rules otherwise.
  flowmeter serve DIR [--port N] [--base /repo/]
      Previews a site on http://127.0.0.1 (--base reproduces a GitHub Pages subpath).
  flowmeter query --db FILE "SQL"
      Runs your own SQL against the database and prints a table. The file is opened
      read-only: a statement that would change it fails.
  flowmeter help

Exit codes: 0 done, 1 failed (the message says why), 2 bad usage.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'harvest':
        await harvestCommand(rest);
        return 0;
      case 'report':
        await reportCommand(rest);
        return 0;
      case 'serve':
        await serveCommand(rest);
        return 0;
      case 'query':
        await queryCommand(rest);
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
