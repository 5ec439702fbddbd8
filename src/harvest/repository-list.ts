import { ConfigError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { organizationRepositoriesDocument } from '../github/documents.js';

/** One line of the `repositories` input. */
export type RepositorySpec = { kind: 'repo'; fullName: string } | { kind: 'org'; org: string; topic: string | null };

const NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * Parses the `repositories` input: one `owner/name` per line, or `org:NAME` (optionally
 * `org:NAME topic:TOPIC`) for every non-archived repository of an organisation. Blank lines
 * and `#` comments are ignored.
 */
export function parseRepositorySpecs(input: string, field = 'repositories'): RepositorySpec[] {
  const specs: RepositorySpec[] = [];
  for (const raw of input.split(/[\n,]/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const org = /^org:(\S+)(?:\s+topic:(\S+))?$/.exec(line);
    if (org) {
      if (!NAME.test(org[1]!)) throw new ConfigError(field, `"${line}" names no valid organisation; write org:NAME`);
      specs.push({ kind: 'org', org: org[1]!, topic: org[2] ?? null });
      continue;
    }
    const parts = line.split('/');
    if (parts.length !== 2 || !parts.every((p) => NAME.test(p))) {
      throw new ConfigError(field, `"${line}" is not owner/name or org:NAME; write one repository per line, e.g. octo-org/api`);
    }
    specs.push({ kind: 'repo', fullName: line });
  }
  return specs;
}

interface OrgPage {
  organization: {
    repositories: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{ name: string; owner: { login: string }; isArchived: boolean; repositoryTopics: { nodes: Array<{ topic: { name: string } }> } }>;
    };
  } | null;
}

/** Expands `org:` specs through the API; returns unique `owner/name` strings in input order. */
export async function resolveRepositories(client: GitHubClient, specs: RepositorySpec[]): Promise<string[]> {
  const names: string[] = [];
  for (const spec of specs) {
    if (spec.kind === 'repo') {
      names.push(spec.fullName);
      continue;
    }
    let after: string | null = null;
    do {
      const data: OrgPage = await client.graphql<OrgPage>(organizationRepositoriesDocument(), { login: spec.org, first: 100, after });
      if (!data.organization) throw new ConfigError('repositories', `organisation ${spec.org} was not found or the token cannot read it`);
      for (const repo of data.organization.repositories.nodes) {
        if (repo.isArchived) continue;
        if (spec.topic && !repo.repositoryTopics.nodes.some((t) => t.topic.name === spec.topic)) continue;
        names.push(`${repo.owner.login}/${repo.name}`);
      }
      after = data.organization.repositories.pageInfo.hasNextPage ? data.organization.repositories.pageInfo.endCursor : null;
    } while (after);
  }
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}
