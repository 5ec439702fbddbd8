import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DataBranchOptions, replaceDatabaseFile, resolveTarget } from './data-branch.js';
import { remoteUrl, ScratchRepository } from './data-branch-remote.js';
import { describeStored, extractDatabase } from './database-parts.js';

export interface RestoreResult {
  /**
   * The branch commit the local database now comes from, or null when the branch does not
   * exist (a fresh start). Pass it to `publishDatabase` as `base`: it is the lease that keeps
   * this run from overwriting a database another run pushed in the meantime.
   */
  commit: string | null;
  /** True when the database file was taken from the branch. */
  restored: boolean;
  /** Size of the restored file (0 when nothing was restored). */
  bytes: number;
}

/**
 * Puts the database from the data branch at `databasePath`, so this run continues from where
 * the last one stopped. A missing branch, or a branch without the file, is a fresh start: a
 * database already at `databasePath` (a local run's) is then left as it is.
 */
export async function restoreDatabase(options: DataBranchOptions): Promise<RestoreResult> {
  const target = resolveTarget(options);
  const { git, log } = options;
  const url = await remoteUrl(git, target.workspace, target.remote);
  const scratch = await ScratchRepository.create(git, url, target.branch);
  try {
    const commit = await scratch.fetchTip();
    if (commit === null) {
      log.info(`Data branch ${target.branch} does not exist yet: starting a new database${existsSync(target.databasePath) ? ` from the local ${target.databasePath}` : ''}.`);
      return { commit: null, restored: false, bytes: 0 };
    }
    const incoming = join(scratch.dir, 'restore.duckdb');
    const form = await extractDatabase(scratch, commit, target.pathInBranch, incoming, target.branch);
    if (!form) {
      log.warning(`Data branch ${target.branch} has no ${target.pathInBranch} at ${commit.slice(0, 12)}: starting a new database; the next publish replaces the branch content.`);
      return { commit, restored: false, bytes: 0 };
    }
    mkdirSync(dirname(target.databasePath), { recursive: true });
    replaceDatabaseFile(incoming, target.databasePath);
    const bytes = statSync(target.databasePath).size;
    log.info(`Restored ${target.pathInBranch} (${describeStored(bytes, form)}) from ${target.branch} at ${commit.slice(0, 12)}.`);
    return { commit, restored: true, bytes };
  } finally {
    scratch.dispose();
  }
}
