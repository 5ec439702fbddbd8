import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/log.js';
import { createGitRunner, type GitRunner } from '../../src/publish/git-runner.js';
import { openStore } from '../../src/store/database.js';
import { upsertRows } from '../../src/store/upsert.js';

/**
 * A bare repository as `origin` and workspaces that point at it, all in one temp directory, with
 * git isolated from the machine's global and system configuration.
 */
export interface GitFixture {
  root: string;
  origin: string;
  env: Record<string, string>;
  git: GitRunner;
  /** A new workspace (git init + origin remote), as actions/checkout would leave it. */
  workspace(name: string): string;
  /** Commits on the origin's branch (0 when it does not exist). */
  commitCount(branch: string): number;
  originGit(args: string[]): string;
  dispose(): void;
}

export function createGitFixture(): GitFixture {
  const root = mkdtempSync(join(tmpdir(), 'flowmeter-publish-'));
  const globalConfig = join(root, 'gitconfig');
  writeFileSync(globalConfig, '[init]\n\tdefaultBranch = main\n');
  const env = { GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: '1', HOME: root };
  const origin = join(root, 'origin.git');
  const run = (args: string[], cwd = root) => execFileSync('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  run(['init', '--bare', '--quiet', origin]);
  return {
    root,
    origin,
    env,
    git: createGitRunner({ env }),
    workspace(name) {
      const dir = join(root, name);
      mkdirSync(dir, { recursive: true });
      run(['init', '--quiet'], dir);
      run(['remote', 'add', 'origin', origin], dir);
      return dir;
    },
    commitCount(branch) {
      const exists = run(['for-each-ref', '--format=%(refname)', `refs/heads/${branch}`], origin).trim();
      return exists ? Number(run(['rev-list', '--count', `refs/heads/${branch}`], origin).trim()) : 0;
    },
    originGit: (args) => run(args, origin),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Writes pull requests `from`..`to` of one repository into the database at `path` (created if needed). */
export async function writePullRequests(path: string, repo: string, from: number, to: number, updatedAt = '2026-01-01T00:00:00Z'): Promise<void> {
  const store = await openStore(path);
  try {
    await upsertRows(store.connection, 'repositories', [{ id: `R_${repo}`, owner: 'acme', name: repo, full_name: `acme/${repo}`, harvested_at: updatedAt }], ['id']);
    const rows = [];
    for (let n = from; n <= to; n++) {
      rows.push({
        id: `PR_${repo}_${n}`, repo_id: `R_${repo}`, number: n, title: `PR ${n}`, state: 'OPEN', is_draft: false,
        created_at: '2025-12-01T00:00:00Z', updated_at: updatedAt, harvested_at: updatedAt, labels: ['a'],
      });
    }
    await upsertRows(store.connection, 'pull_requests', rows, ['id']);
  } finally {
    await store.close();
  }
}

export async function pullRequestNumbers(path: string): Promise<string[]> {
  const store = await openStore(path);
  try {
    const rows = await store.query<{ id: string }>('SELECT id FROM pull_requests ORDER BY id');
    return rows.map((r) => r.id);
  } finally {
    await store.close();
  }
}

/** One run's view of the fixture: its own workspace and database path, the fixture's git. */
export function runIn(fx: GitFixture, name: string) {
  const workspace = fx.workspace(name);
  const databasePath = join(workspace, '.flowmeter', 'flowmeter.duckdb');
  return { workspace, databasePath, git: fx.git, log: silentLogger };
}
