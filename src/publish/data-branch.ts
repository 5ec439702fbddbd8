import { existsSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PublishError } from '../errors.js';
import type { Logger } from '../log.js';
import { DEFAULT_PART_BYTES } from './database-parts.js';
import type { GitRunner } from './git-runner.js';

/**
 * What restoring and publishing share: where the database lives locally, which remote branch
 * holds it, and under which file name. The branch holds that one file and nothing else, or,
 * once the database outgrows GitHub's file size limit, its parts and their manifest.
 */
export interface DataBranchOptions {
  /** The checked-out repository; only its remote's URL is read. */
  workspace: string;
  /** A remote name of the workspace, or a URL or path (default `origin`). */
  remote?: string;
  /** Default `flowmeter-data`. */
  branch?: string;
  /** The local database file. */
  databasePath: string;
  /** File name on the branch (default: the database's file name). */
  pathInBranch?: string;
  /** A larger database goes on the branch in parts of at most this size (database-parts.ts; default 45 MiB). */
  partBytes?: number;
  git: GitRunner;
  log: Logger;
}

export const DEFAULT_DATA_BRANCH = 'flowmeter-data';
export const DEFAULT_REMOTE = 'origin';

export interface ResolvedTarget {
  workspace: string;
  remote: string;
  branch: string;
  databasePath: string;
  pathInBranch: string;
  partBytes: number;
}

export function resolveTarget(options: DataBranchOptions): ResolvedTarget {
  const branch = options.branch ?? DEFAULT_DATA_BRANCH;
  const pathInBranch = options.pathInBranch ?? basename(options.databasePath);
  if (!/^[A-Za-z0-9][A-Za-z0-9._\/-]*$/.test(branch) || branch.includes('..') || branch.endsWith('.lock') || branch.endsWith('/')) {
    throw new PublishError(`Invalid data branch name "${branch}": use letters, digits, '.', '_', '-' and '/' (e.g. flowmeter-data).`);
  }
  if (!/^[A-Za-z0-9._-]+$/.test(pathInBranch) || pathInBranch.startsWith('.')) {
    throw new PublishError(`Invalid database file name "${pathInBranch}" for the data branch: use a plain file name such as flowmeter.duckdb.`);
  }
  return { workspace: options.workspace, remote: options.remote ?? DEFAULT_REMOTE, branch, databasePath: options.databasePath, pathInBranch, partBytes: options.partBytes ?? DEFAULT_PART_BYTES };
}

/**
 * Moves `source` over `target` in one rename where possible, and drops a stale write-ahead log:
 * DuckDB would replay an old `.wal` onto a database it does not belong to.
 */
export function replaceDatabaseFile(source: string, target: string): void {
  const staging = join(dirname(target), `.${basename(target)}.incoming`);
  copyFileSync(source, staging);
  rmSync(`${target}.wal`, { force: true });
  renameSync(staging, target);
}

/** Refuses to commit a database that is still open: its last writes would be in the `.wal`. */
export function assertDatabaseClosed(databasePath: string): number {
  if (!existsSync(databasePath)) {
    throw new PublishError(`There is no database at ${databasePath} to publish: the harvest stage did not write one.`);
  }
  if (existsSync(`${databasePath}.wal`)) {
    throw new PublishError(`The database ${databasePath} still has a write-ahead log: close the store before publishing it.`);
  }
  return statSync(databasePath).size;
}
