/**
 * Typed errors. Modules throw these; only `run()` in main.ts (and the CLI's entry) turns them
 * into a failed Action or exit code. Each message names the input, field or file at fault and
 * says how to fix it, so a user sees one clear line rather than a stack.
 */
export class FlowmeterError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration input or file field is invalid. `field` is the input/field name. */
export class ConfigError extends FlowmeterError {
  constructor(readonly field: string, message: string) {
    super(`Invalid ${field}: ${message}`);
  }
}

/** The command line itself is wrong (an unknown option, a missing value): the CLI exits 2 and points at `--help`. */
export class UsageError extends FlowmeterError {}

/** The database file cannot be opened, migrated or written. */
export class StoreError extends FlowmeterError {}

/** GitHub answered in a way the harvest cannot recover from (bad credentials, missing repo). */
export class GitHubApiError extends FlowmeterError {
  constructor(message: string, readonly status?: number, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The token's hourly budget ran out and resets later than a run waits (GitHubClientOptions'
 * maxRateLimitWaitSeconds). Not a fault: a first harvest of many repositories can need several
 * runs, each resuming where the last stopped.
 */
export class RateLimitError extends GitHubApiError {
  constructor(readonly resetAt: Date, waitLimitSeconds: number) {
    super(`GitHub's API rate limit for this token ran out; it resets at ${resetAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, later than the ${Math.round(waitLimitSeconds / 60)} minutes a run waits`, 403);
  }
}

/** The runner's platform cannot load the bundled DuckDB engine. */
export class PlatformError extends FlowmeterError {}

/** An event payload (GITHUB_EVENT_PATH) is not one flowmeter can read. */
export class EventPayloadError extends FlowmeterError {}

/** The database could not be restored from or published to the data branch, or a comment/post failed. */
export class PublishError extends FlowmeterError {}

/** Claude's summary could not be used (no answer in time, an API error, an invalid or ungrounded answer); the rules summary runs instead. */
export class SummaryError extends FlowmeterError {}
