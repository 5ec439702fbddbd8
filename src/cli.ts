import { DEMO_HELP, HARVEST_HELP, QUERY_HELP, REPORT_HELP, SERVE_HELP } from './cli/command-help.js';
import { printHelp, wantsHelp } from './cli/command-line.js';
import { FlowmeterError, UsageError } from './errors.js';
import { redact } from './log.js';
import { FLOWMETER_VERSION } from './version.js';

// Each command is loaded when it runs, so `--help` and `--version` answer at once, without
// loading DuckDB, the renderer or the GitHub client.
const COMMANDS: Record<string, { run: (args: string[]) => Promise<void>; help: string }> = {
  harvest: { run: async (args) => (await import('./cli/harvest-command.js')).harvestCommand(args), help: HARVEST_HELP },
  report: { run: async (args) => (await import('./cli/report-command.js')).reportCommand(args), help: REPORT_HELP },
  demo: { run: async (args) => (await import('./cli/demo-command.js')).demoCommand(args), help: DEMO_HELP },
  serve: { run: async (args) => (await import('./cli/serve-command.js')).serveCommand(args), help: SERVE_HELP },
  query: { run: async (args) => (await import('./cli/query-command.js')).queryCommand(args), help: QUERY_HELP },
};

const USAGE = `flowmeter ${FLOWMETER_VERSION}: PR-flow, review, CI and DORA metrics from GitHub, kept in DuckDB

Usage:
  flowmeter COMMAND [options]

Commands:
  harvest   harvest GitHub into a DuckDB file
  report    the metrics of a database as JSON, or the report site
  demo      the whole pipeline offline, against the built-in GitHub simulator
  serve     preview a report site on this machine
  query     your own SQL against a database, read-only

  flowmeter COMMAND --help   a command's options and an example (or: flowmeter help COMMAND)
  flowmeter --version        the version

Examples:
  GITHUB_TOKEN=… flowmeter harvest --repo octo-org/api --db metrics.duckdb
  flowmeter report --db metrics.duckdb --site site/ && flowmeter serve site/
  flowmeter query --db metrics.duckdb "SELECT state, count(*) AS n FROM pull_requests GROUP BY 1"

Behind a proxy: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured (docs/configuration.md).
Exit codes: 0 done, 1 failed (the message says why), 2 bad usage.`;

/** The CLI: runs one command and turns any error into one line on stderr and an exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command !== undefined && Object.hasOwn(COMMANDS, command)) {
      const { run, help } = COMMANDS[command]!;
      if (wantsHelp(rest)) printHelp(help);
      else await run(rest);
      return 0;
    }
    switch (command) {
      case '--version':
      case '-v':
      case 'version':
        process.stdout.write(`flowmeter ${FLOWMETER_VERSION}\n`);
        return 0;
      case 'help':
      case '--help':
      case '-h': {
        const topic = rest[0];
        if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) throw new UsageError(`Unknown command "${topic}". Run "flowmeter --help" for the commands.`);
        printHelp(topic === undefined ? USAGE : COMMANDS[topic]!.help);
        return 0;
      }
      case undefined:
        process.stderr.write(USAGE + '\n');
        return 2;
      default:
        throw new UsageError(
          command.startsWith('-')
            ? `Unknown option ${command}. Run "flowmeter --help" for the commands, "flowmeter COMMAND --help" for their options.`
            : `Unknown command "${command}". Run "flowmeter --help" for the commands.`,
        );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const usage = error instanceof UsageError || Boolean((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`flowmeter: ${redact(message)}\n`);
    if (!(error instanceof FlowmeterError) && !usage && process.env.FLOWMETER_DEBUG) process.stderr.write(String((error as Error).stack) + '\n');
    return usage ? 2 : 1;
  }
}
