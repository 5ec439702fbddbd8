/**
 * The logging surface every stage uses. The Action maps it onto @actions/core (log groups,
 * warnings); the CLI onto stderr. Nothing here may print a token: callers pass messages,
 * and `redact` masks known secrets as a last line of defence.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

const secrets = new Set<string>();

/** Registers a value (token, key) that must never appear in output. */
export function addSecret(value: string | undefined | null): void {
  if (value && value.length >= 4) secrets.add(value);
}

export function redact(message: string): string {
  let out = message;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

/** A logger writing to a stream (stderr for the CLI), with `::group::`-style indentation. */
export function streamLogger(write: (line: string) => void, verbose = false): Logger {
  let indent = '';
  return {
    info: (message) => write(redact(indent + message)),
    warning: (message) => write(redact(`${indent}warning: ${message}`)),
    debug: (message) => {
      if (verbose) write(redact(`${indent}debug: ${message}`));
    },
    async group(name, work) {
      write(redact(indent + name));
      const outer = indent;
      indent += '  ';
      try {
        return await work();
      } finally {
        indent = outer;
      }
    },
  };
}

/** Discards everything (tests that assert on data, not on logs). */
export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_name, work) => work(),
};
