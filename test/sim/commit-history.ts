/**
 * A repository's default-branch history as the simulator tells it: datasets carry commits
 * only where GitHub names them (merge commits, tagged commits, deployed and built SHAs), so
 * the branch is rebuilt from those. It is linear, oldest first: each PR merged into the default
 * branch adds its merge commit at `mergedAt`; a SHA that a release, a deployment or a
 * default-branch workflow run names and no merge made (a direct push) joins at the first
 * moment anything names it. A commit contains exactly the commits before it.
 */
import type { SimRepository } from './dataset.js';
import { epochMs } from './timestamps.js';

export interface HistoryCommit {
  oid: string;
  at: number;
  author: string | null;
  message: string;
}

export interface BranchHistory {
  commits: HistoryCommit[];
  /** Position of each commit in `commits`. */
  position: Map<string, number>;
}

export function branchHistory(repo: SimRepository): BranchHistory {
  // Built anew for each request: tests change datasets between requests.
  const seen = new Map<string, HistoryCommit>();
  const add = (oid: string | null | undefined, at: number, author: string | null, message: string) => {
    if (!oid) return;
    const known = seen.get(oid);
    if (!known) seen.set(oid, { oid, at, author, message });
    else if (at < known.at) known.at = at;
  };
  for (const pr of repo.pullRequests) {
    if (pr.mergedAt && pr.baseRefName === repo.defaultBranch) {
      add(pr.mergeCommitOid, epochMs(pr.mergedAt), pr.author, `${pr.title} (#${pr.number})`);
    }
  }
  const merges = new Set(seen.keys());
  const direct = (oid: string | null | undefined, at: number) => {
    if (oid && !merges.has(oid)) add(oid, at, null, 'Direct push');
  };
  for (const release of repo.releases) direct(release.tagCommitOid, epochMs(release.createdAt));
  for (const deployment of repo.deployments) if (deployment.ref === repo.defaultBranch) direct(deployment.sha, epochMs(deployment.createdAt));
  for (const run of repo.workflowRuns) if (run.headBranch === repo.defaultBranch) direct(run.headSha, epochMs(run.createdAt));

  const commits = [...seen.values()].sort((a, b) => a.at - b.at || (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0));
  return { commits, position: new Map(commits.map((c, i) => [c.oid, i])) };
}

export type CompareStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

/**
 * GitHub's three-dot comparison on a linear branch: the commits reachable from `head` and not
 * from `base`, oldest first; null when either is not on the branch (GitHub answers 404).
 */
export function compareCommits(history: BranchHistory, base: string, head: string): { status: CompareStatus; aheadBy: number; behindBy: number; mergeBase: HistoryCommit; commits: HistoryCommit[] } | null {
  const b = history.position.get(base);
  const h = history.position.get(head);
  if (b === undefined || h === undefined) return null;
  if (h === b) return { status: 'identical', aheadBy: 0, behindBy: 0, mergeBase: history.commits[b]!, commits: [] };
  if (h > b) return { status: 'ahead', aheadBy: h - b, behindBy: 0, mergeBase: history.commits[b]!, commits: history.commits.slice(b + 1, h + 1) };
  return { status: 'behind', aheadBy: 0, behindBy: b - h, mergeBase: history.commits[h]!, commits: [] };
}
