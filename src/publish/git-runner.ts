import { execFile, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { PublishError } from '../errors.js';
import { addSecret, redact } from '../log.js';

/**
 * The one door to the `git` CLI. The data branch is plain git so that it works with any remote
 * (GitHub, GHES, a bare directory in tests) and so that the lease and fast-forward checks are
 * git's own, atomic on the server.
 *
 * The token never appears on a command line (where `ps` and error messages would show it): it
 * reaches git as an `http.extraheader` through GIT_CONFIG_COUNT/KEY/VALUE environment variables,
 * and every message built from git's output passes through `redact`.
 */
export interface GitRunOptions {
  /** Directory to run in (default: the runner's). */
  cwd?: string;
  /** Streams stdout into this file instead of buffering it (database blobs can be large). */
  stdoutFile?: string;
  /** Resolve with the exit code instead of throwing when git exits non-zero. */
  allowFailure?: boolean;
  /** Written to git's stdin (mktree's tree listing). */
  input?: string;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitRunner {
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
}

export interface GitRunnerOptions {
  /** Default working directory. */
  cwd?: string;
  /** A GitHub token for HTTPS remotes; sent as `AUTHORIZATION: basic x-access-token:<token>`. */
  token?: string;
  /** Extra environment (tests pass GIT_CONFIG_GLOBAL, identities). */
  env?: Record<string, string>;
  /** The git executable (default `git` on PATH). */
  executable?: string;
}

/** Buffered output cap: ls-remote, rev-parse and push output are small; blobs go to files. */
const MAX_BUFFER = 16 * 1024 * 1024;

/** The environment that carries the auth header as config, so it never shows in argv. */
export function authEnvironment(token: string | undefined): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  addSecret(token);
  addSecret(basic);
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

function describe(args: string[]): string {
  return redact(`git ${args.join(' ')}`);
}

function lastLines(text: string, count = 6): string {
  return text.trim().split('\n').slice(-count).join(' / ');
}

export function createGitRunner(options: GitRunnerOptions = {}): GitRunner {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // A credential prompt would hang a workflow until its timeout; fail fast instead.
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    // Messages are matched (push --porcelain flags) and shown to users: keep them in English.
    LC_ALL: 'C',
    ...options.env,
    ...authEnvironment(options.token),
  };
  const executable = options.executable ?? 'git';

  const fail = (args: string[], code: number, stderr: string): never => {
    throw new PublishError(`${describe(args)} failed (exit ${code}): ${redact(lastLines(stderr)) || 'no message'}`);
  };

  const buffered = (args: string[], cwd: string | undefined, allowFailure: boolean, input?: string): Promise<GitResult> =>
    new Promise((resolve, reject) => {
      const child = execFile(executable, args, { cwd, env, maxBuffer: MAX_BUFFER, encoding: 'utf8' }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        if (error && typeof error.code !== 'number') {
          // Spawning failed (git missing, cwd gone): no exit code to report.
          return reject(new PublishError(`${describe(args)} could not run: ${redact(error.message)}`));
        }
        if (code !== 0 && !allowFailure) {
          try { fail(args, code, stderr); } catch (e) { return reject(e); }
        }
        resolve({ code, stdout, stderr });
      });
      if (input !== undefined) child.stdin?.end(input);
    });

  const streamed = (args: string[], cwd: string | undefined, file: string, allowFailure: boolean): Promise<GitResult> =>
    new Promise((resolve, reject) => {
      const fd = openSync(file, 'w');
      const child = spawn(executable, args, { cwd, env, stdio: ['ignore', fd, 'pipe'] });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
      child.on('error', (error) => {
        closeSync(fd);
        reject(new PublishError(`${describe(args)} could not run: ${redact(error.message)}`));
      });
      child.on('close', (code) => {
        closeSync(fd);
        const exit = code ?? 1;
        if (exit !== 0 && !allowFailure) {
          try { fail(args, exit, stderr); } catch (e) { return reject(e); }
        }
        resolve({ code: exit, stdout: '', stderr });
      });
    });

  return {
    run(args, runOptions = {}) {
      const cwd = runOptions.cwd ?? options.cwd;
      const allowFailure = runOptions.allowFailure ?? false;
      return runOptions.stdoutFile
        ? streamed(args, cwd, runOptions.stdoutFile, allowFailure)
        : buffered(args, cwd, allowFailure, runOptions.input);
    },
  };
}
