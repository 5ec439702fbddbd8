import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { PublishError } from '../errors.js';
import { redact } from '../log.js';
import type { GitRunner } from './git-runner.js';

/**
 * A private bare repository in a temp directory, used to talk to the data branch. The user's
 * checkout is only asked for its remote's URL: no objects, refs, index, shallow file or
 * worktree of theirs is touched, and the database never passes through their working tree.
 * Only the branch tip is fetched (depth 1), so the cost does not grow with the branch history.
 */
export interface CommitAuthor {
  name: string;
  email: string;
}

/** The identity behind a workflow's GITHUB_TOKEN; commits by it show the Actions bot. */
export const ACTIONS_BOT: CommitAuthor = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export type PushOutcome = 'pushed' | 'rejected';

/**
 * Server-side refusals that mean "another push won the ref update at the same moment" (the
 * client-side lease passed, the server's compare-and-swap did not), as opposed to a policy
 * refusal such as a protected branch: these are retried like a plain rejection.
 */
const LOST_RACE = /\[remote rejected\].*(failed to update ref|cannot lock ref|failed to lock|incorrect old value|stale info|fetch first|is at [0-9a-f]+ but expected)/;

/** The remote's URL: a remote name is looked up in the workspace, a URL or path is used as is. */
export async function remoteUrl(git: GitRunner, workspace: string, remote: string): Promise<string> {
  const named = await git.run(['remote', 'get-url', remote], { cwd: workspace, allowFailure: true });
  const url = named.code === 0 ? named.stdout.trim() : remote;
  if (named.code !== 0 && !/^[\w+.-]+:\/\/|^[^/\\]+@[^/\\]+:/.test(remote) && !isAbsolute(remote)) {
    throw new PublishError(
      `The data branch needs the git remote "${remote}" of ${workspace}, and there is none: add an \`actions/checkout\` step before flowmeter, or set \`data-branch: none\` to keep the database only in the workspace.`,
    );
  }
  // A relative path in a remote's config is relative to the workspace, not to our temp repo.
  const isPath = !/^[\w+.-]+:\/\//.test(url) && !/^[^/\\]+@[^/\\]+:/.test(url);
  return isPath && !isAbsolute(url) ? resolve(workspace, url) : url;
}

export class ScratchRepository {
  private constructor(
    private readonly git: GitRunner,
    readonly dir: string,
    private readonly url: string,
    private readonly branch: string,
  ) {}

  static async create(git: GitRunner, url: string, branch: string): Promise<ScratchRepository> {
    const dir = mkdtempSync(join(tmpdir(), 'flowmeter-data-'));
    await git.run(['init', '--bare', '--quiet', dir]);
    return new ScratchRepository(git, dir, url, branch);
  }

  private run(args: string[], options: { stdoutFile?: string; allowFailure?: boolean; input?: string } = {}) {
    return this.git.run(args, { cwd: this.dir, ...options });
  }

  /** The branch's current commit on the remote, or null when the branch does not exist. */
  async remoteTip(): Promise<string | null> {
    const listing = await this.run(['ls-remote', '--heads', this.url, `refs/heads/${this.branch}`]).catch((error: unknown) => {
      throw new PublishError(
        `Cannot reach the data branch's remote: ${(error as Error).message}. Check the remote and that the token may read and write contents (permissions: contents: write).`,
        { cause: error },
      );
    });
    const { stdout } = listing;
    const line = stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${this.branch}`));
    return line ? line.split('\t')[0]! : null;
  }

  /** Fetches the branch tip (depth 1) and returns its commit, or null when the branch is gone. */
  async fetchTip(): Promise<string | null> {
    if ((await this.remoteTip()) === null) return null;
    const ref = 'refs/flowmeter/tip';
    await this.run(['fetch', '--quiet', '--no-tags', '--depth=1', this.url, `+refs/heads/${this.branch}:${ref}`]);
    return (await this.run(['rev-parse', '--verify', `${ref}^{commit}`])).stdout.trim();
  }

  /** Writes `path` of `commit` to `file`; false when the commit has no such file. */
  async extract(commit: string, path: string, file: string): Promise<boolean> {
    const exists = await this.run(['cat-file', '-e', `${commit}:${path}`], { allowFailure: true });
    if (exists.code !== 0) return false;
    await this.run(['cat-file', 'blob', `${commit}:${path}`], { stdoutFile: file });
    return true;
  }

  /**
   * A commit whose tree holds each `file` as its `path` and nothing else, built with plumbing
   * (no index, no worktree). `parent` null makes an orphan commit (squash mode).
   */
  async commitFiles(entries: { file: string; path: string }[], message: string, parent: string | null, author: CommitAuthor): Promise<string> {
    const listing: string[] = [];
    for (const { file, path } of entries) {
      const blob = (await this.run(['hash-object', '-w', '--no-filters', file])).stdout.trim();
      listing.push(`100644 blob ${blob}\t${path}\n`);
    }
    const tree = (await this.run(['mktree'], { input: listing.join('') })).stdout.trim();
    const identity = ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`];
    const parents = parent ? ['-p', parent] : [];
    return (await this.run([...identity, 'commit-tree', tree, ...parents, '-m', message])).stdout.trim();
  }

  /**
   * Pushes `commit` to the branch. `lease` (squash mode) force-pushes only if the branch is still
   * at that commit (empty string: only if it does not exist); without it (keep mode) the push
   * must fast-forward. Both checks are the server's compare-and-swap, so two runs can never
   * overwrite each other: the loser sees 'rejected'.
   */
  async push(commit: string, lease?: string): Promise<PushOutcome> {
    const target = `refs/heads/${this.branch}`;
    const leaseArgs = lease === undefined ? [] : [`--force-with-lease=${target}:${lease}`];
    const result = await this.run(['push', '--porcelain', ...leaseArgs, this.url, `${commit}:${target}`], { allowFailure: true });
    if (result.code === 0) return 'pushed';
    const refLine = result.stdout.split('\n').find((l) => l.startsWith('!\t'));
    if (refLine && (/\[rejected\]/.test(refLine) || LOST_RACE.test(refLine))) return 'rejected';
    const reason = redact(refLine?.split('\t')[2] ?? result.stderr.trim().split('\n').slice(-3).join(' / '));
    if (refLine && /\[remote rejected\]/.test(refLine)) {
      throw new PublishError(
        `The remote refused the push to branch "${this.branch}" (${reason}): the branch may be protected. Allow the workflow token to push to it, or choose another data-branch.`,
      );
    }
    throw new PublishError(
      `Pushing the database to branch "${this.branch}" failed: ${reason || `git exited with ${result.code}`}. Check that the token can write contents (permissions: contents: write).`,
    );
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
