import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PublishError } from '../errors.js';
import { mergeDatabase } from '../store/merge-database.js';
import { assertDatabaseClosed, type DataBranchOptions, replaceDatabaseFile, resolveTarget } from './data-branch.js';
import { ACTIONS_BOT, type CommitAuthor, remoteUrl, ScratchRepository } from './data-branch-remote.js';
import { commitDatabase, describeStored, extractDatabase } from './database-parts.js';

export type HistoryMode = 'squash' | 'keep';

export interface PublishOptions extends DataBranchOptions {
  /**
   * The branch commit the local database was restored from (`RestoreResult.commit`; null for a
   * fresh start). Left undefined, the branch's database is merged in before the first push,
   * which is always safe because upserts are idempotent, but costs a merge.
   */
  base?: string | null;
  /** squash (default): the branch keeps exactly one commit. keep: one new commit per run. */
  history?: HistoryMode;
  message?: string;
  /**
   * Re-applies this run's staged harvest into the database fetched from the branch (in place).
   * Default: merge the local database into it (`mergeDatabase`). Never calls the GitHub API.
   */
  reapply?: (remoteDatabasePath: string) => Promise<void>;
  /** Pushes tried before giving up (default 5). */
  maxAttempts?: number;
  author?: CommitAuthor;
  /** First backoff after a rejected push (default 1,000 ms), doubled each time, jittered. */
  backoffMs?: number;
  /** Tests replace the wait and the jitter source. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PublishResult {
  commit: string;
  attempts: number;
  /** How many times another run's database was merged in before pushing. */
  merges: number;
  bytes: number;
  /** 0: the branch holds the database as one file; else as this many parts (database-parts.ts). */
  parts: number;
}

const MAX_BACKOFF_MS = 30_000;

/** Exponential backoff with full jitter between 50 % and 150 %, so two losers do not collide again. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  return Math.round(Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (attempt - 1)) * (0.5 + random()));
}

/**
 * Commits the database file (and nothing else; in parts once it is large) to the data branch and pushes it.
 *
 * Each attempt fetches the branch tip. When the tip is not the commit this database came from,
 * another run has pushed since: its database is taken, this run's data is re-applied into it
 * (`reapply`), the result replaces the local file, and that tip becomes the new base. The push
 * then either fast-forwards (keep) or force-pushes with a lease on the base (squash), so a run
 * that pushes in between makes ours fail cleanly instead of being overwritten; we back off and
 * go round again. After `maxAttempts` rejected pushes, a PublishError says what happened.
 */
export async function publishDatabase(options: PublishOptions): Promise<PublishResult> {
  const target = resolveTarget(options);
  const { git, log } = options;
  const history = options.history ?? 'squash';
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const sleep = options.sleep ?? ((ms: number) => delay(ms).then(() => undefined));
  const random = options.random ?? Math.random;
  const reapply = options.reapply ?? ((remote: string) => mergeDatabase(remote, target.databasePath));
  const message = options.message ?? `flowmeter: database as of ${new Date().toISOString()}`;
  assertDatabaseClosed(target.databasePath);

  const url = await remoteUrl(git, target.workspace, target.remote);
  const scratch = await ScratchRepository.create(git, url, target.branch);
  let base = options.base;
  let merges = 0;
  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const tip = await scratch.fetchTip();
      if (tip !== null && tip !== base) {
        const remoteDb = join(scratch.dir, `branch-${attempt}.duckdb`);
        if (await extractDatabase(scratch, tip, target.pathInBranch, remoteDb, target.branch)) {
          log.info(`${target.branch} moved to ${tip.slice(0, 12)} since this run started: merging this run's data into that database.`);
          await reapply(remoteDb);
          replaceDatabaseFile(remoteDb, target.databasePath);
          merges++;
        } else {
          log.warning(`${target.branch} at ${tip.slice(0, 12)} has no ${target.pathInBranch}: this run's database replaces the branch content.`);
        }
        base = tip;
      } else if (tip === null) {
        base = null;
      }
      const bytes = assertDatabaseClosed(target.databasePath);
      const parent = history === 'keep' ? base ?? null : null;
      const { commit, parts } = await commitDatabase(scratch, target.databasePath, target.pathInBranch, target.partBytes, { message, parent, author: options.author ?? ACTIONS_BOT });
      const outcome = await scratch.push(commit, history === 'squash' ? base ?? '' : undefined);
      if (outcome === 'pushed') {
        log.info(`Published ${target.pathInBranch} (${describeStored(bytes, { parts })}) to ${target.branch} at ${commit.slice(0, 12)} (${history}, attempt ${attempt}).`);
        return { commit, attempts: attempt, merges, bytes, parts };
      }
      if (attempt < maxAttempts) {
        const wait = backoffDelay(attempt, options.backoffMs ?? 1000, random);
        log.info(`Push to ${target.branch} was rejected: another run pushed first. Retrying in ${wait} ms (attempt ${attempt + 1} of ${maxAttempts}).`);
        await sleep(wait);
      }
    }
  } finally {
    scratch.dispose();
  }
  throw new PublishError(
    `Could not publish the database to branch "${target.branch}": the push was rejected ${maxAttempts} times because other runs kept pushing first. ` +
      `Nothing was lost on the branch, and this run's harvest is in ${target.databasePath}. Re-run the workflow: merging is idempotent. ` +
      'Do not put every flowmeter run in one `concurrency` group to avoid this: GitHub keeps at most one pending run per group and cancels the older one when another queues (docs/events.md, "Running on events").',
  );
}
