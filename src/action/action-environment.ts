import { resolve } from 'node:path';

/**
 * What the runner tells the Action about the run, read once from GITHUB_* variables. Tests set
 * the same variables, so the Action sees no difference between a runner and a test.
 */
export interface ActionEnvironment {
  /** The checked-out repository (GITHUB_WORKSPACE), where the data branch's remote is. */
  workspace: string;
  /** `owner/name` of the repository running the workflow. */
  repository: string | undefined;
  eventName: string | undefined;
  eventPath: string | undefined;
  /** Scratch space that the runner empties after the job. */
  runnerTemp: string;
  /** GITHUB_SERVER_URL: github.com or the Enterprise Server host. */
  serverUrl: string;
  /** The run's page, for links back from comments. */
  runUrl: string | undefined;
}

export function readActionEnvironment(env: NodeJS.ProcessEnv = process.env): ActionEnvironment {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    workspace,
    repository: env.GITHUB_REPOSITORY || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    runnerTemp: resolve(env.RUNNER_TEMP || workspace),
    serverUrl: server,
    runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  };
}

/** The database path as the data branch sees it: relative to the workspace when inside it. */
export function databasePathIn(workspace: string, database: string): string {
  return resolve(workspace, database);
}
