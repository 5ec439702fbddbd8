import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

/**
 * What every subcommand shares: `--help` answered before anything else happens (no database
 * opened, no request sent), and node's argument errors turned into one line that names the
 * option at fault and points at the subcommand's help.
 */
export type ParsedCommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** True when `--help` or `-h` comes before any `--` (after it, they are plain arguments). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** The first quoted name in one of node's parseArgs messages (`'--db <value>'` gives `--db`). */
function quotedName(message: string): string {
  return /'([^' ]+)/.exec(message)?.[1] ?? '';
}

/** parseArgs's error as the user should read it, or null when it is not one of parseArgs's. */
function usageProblem(command: string, error: unknown): string | null {
  const { code, message } = error as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS') || !message) return null;
  const name = quotedName(message);
  const of = `flowmeter ${command}`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${name} for ${of}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${name}" for ${of}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return `Option ${name} of ${of} takes no value`;
      if (/ambiguous/.test(message)) return `Option ${name} of ${of} needs a value (write one that starts with "-" as ${name}=-VALUE)`;
      return `Option ${name} of ${of} needs a value`;
    default:
      return `${message.split('\n')[0]!.replace(/\.$/, '')} (${of})`;
  }
}

/**
 * Parses a subcommand's arguments strictly. An unknown option, a missing value or a stray
 * argument throws a UsageError such as `Unknown option --bogus for flowmeter harvest. Run
 * "flowmeter harvest --help" for its options.`
 */
export function parseCommandLine<T extends ParseArgsConfig>(command: string, config: T): ParsedCommandLine<T> {
  try {
    return parseArgs(config);
  } catch (error) {
    const problem = usageProblem(command, error);
    if (problem === null) throw error;
    throw new UsageError(`${problem}. Run "flowmeter ${command} --help" for its options.`, { cause: error });
  }
}

/** The help of one subcommand, printed on stdout (it is what was asked for, not an error). */
export function printHelp(help: string): void {
  process.stdout.write(help.trimEnd() + '\n');
}
