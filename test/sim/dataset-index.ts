/**
 * Lookups over a live dataset. Tests mutate the dataset between requests, so an index is built
 * per request (lazily, per lookup kind) instead of once at start-up.
 */
import type {
  SimActor, SimDataset, SimDeployment, SimIssue, SimPullRequest, SimRelease, SimRepository,
} from './dataset.js';

export type IndexedNode =
  | { kind: 'Repository'; repo: SimRepository }
  | { kind: 'PullRequest'; repo: SimRepository; pr: SimPullRequest }
  | { kind: 'Issue'; repo: SimRepository; issue: SimIssue }
  | { kind: 'Deployment'; repo: SimRepository; deployment: SimDeployment }
  | { kind: 'Release'; repo: SimRepository; release: SimRelease }
  | { kind: 'Actor'; actor: SimActor };

export class DatasetIndex {
  private actors?: Map<string, SimActor>;
  private nodes?: Map<string, IndexedNode>;

  constructor(readonly dataset: SimDataset) {}

  /** GitHub logins are case-insensitive; unknown logins get a stable synthetic User. */
  actor(login: string | null | undefined): SimActor | null {
    if (login == null) return null;
    this.actors ??= new Map(this.dataset.actors.map((a) => [a.login.toLowerCase(), a]));
    return this.actors.get(login.toLowerCase()) ?? syntheticUser(login);
  }

  repo(owner: string, name: string): SimRepository | undefined {
    const o = owner.toLowerCase();
    const n = name.toLowerCase();
    return this.dataset.repositories.find((r) => r.owner.toLowerCase() === o && r.name.toLowerCase() === n);
  }

  /** Issues and pull requests share one number space per repository, as on GitHub. */
  issueOrPull(repo: SimRepository, number: number):
    | { kind: 'Issue'; issue: SimIssue } | { kind: 'PullRequest'; pr: SimPullRequest } | undefined {
    const pr = repo.pullRequests.find((p) => p.number === number);
    if (pr) return { kind: 'PullRequest', pr };
    const issue = repo.issues.find((i) => i.number === number);
    return issue ? { kind: 'Issue', issue } : undefined;
  }

  node(id: string): IndexedNode | undefined {
    if (!this.nodes) {
      const nodes = new Map<string, IndexedNode>();
      for (const actor of this.dataset.actors) nodes.set(actor.id, { kind: 'Actor', actor });
      for (const repo of this.dataset.repositories) {
        nodes.set(repo.id, { kind: 'Repository', repo });
        for (const pr of repo.pullRequests) nodes.set(pr.id, { kind: 'PullRequest', repo, pr });
        for (const issue of repo.issues) nodes.set(issue.id, { kind: 'Issue', repo, issue });
        for (const deployment of repo.deployments) nodes.set(deployment.id, { kind: 'Deployment', repo, deployment });
        for (const release of repo.releases) nodes.set(release.id, { kind: 'Release', repo, release });
      }
      this.nodes = nodes;
    }
    return this.nodes.get(id);
  }
}

function syntheticUser(login: string): SimActor {
  // FNV-1a keeps the id stable across runs without a registry of invented accounts.
  let hash = 0x811c9dc5;
  for (const ch of login.toLowerCase()) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const databaseId = 900_000_000 + (hash % 99_999_999);
  return { id: `U_sim${databaseId}`, databaseId, login, kind: 'User', name: null };
}
