import { GraphQLPartialError, type GitHubClient } from '../github/client.js';
import { organizationTeamsDocument, teamMembersDocument } from '../github/documents.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { upsertRows } from '../store/upsert.js';
import { graphQLRunner, type PageFetchOptions } from './page-fetch.js';
import { isDeletedAccount } from './actors.js';

/** What reading one owner's teams gave: counts, or why there was nothing to read. */
export type TeamsHarvest =
  | { org: string; status: 'read'; teams: number; members: number }
  | { org: string; status: 'unreadable'; reason: string };

interface MemberPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ login: string } | null>;
}

interface TeamsPage {
  organization: {
    teams: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{ slug: string; name: string | null; members: MemberPage } | null>;
    };
  } | null;
}

interface TeamMembersPage {
  organization: { team: { members: MemberPage } | null } | null;
}

/**
 * GitHub's answers that mean "this token may not read this owner's teams" (the workflow's
 * GITHUB_TOKEN, a token without read:org) or "the owner is a user, not an organisation".
 * They are answers, not faults: retrying cannot change them.
 */
const UNREADABLE = new Set(['FORBIDDEN', 'INSUFFICIENT_SCOPES', 'NOT_FOUND']);

function unreadableReason(error: unknown): string | null {
  if (!(error instanceof GraphQLPartialError)) return null;
  if (!error.errors.every((e) => e.type && UNREADABLE.has(e.type))) return null;
  return error.errors.map((e) => `${e.type}: ${e.message}`).join('; ');
}

/** Every member login of a team: the first page came with the team, the rest page by page. */
async function allMembers(run: ReturnType<typeof graphQLRunner>, org: string, slug: string, first: MemberPage): Promise<string[]> {
  const logins = first.nodes.flatMap((n) => (n && !isDeletedAccount(n.login) ? [n.login] : []));
  let page = first;
  while (page.pageInfo.hasNextPage) {
    const data = await run<TeamMembersPage>(teamMembersDocument(), { login: org, slug, after: page.pageInfo.endCursor });
    const next = data.organization?.team?.members;
    if (!next) break; // the team went away between two requests: keep what was read
    logins.push(...next.nodes.flatMap((n) => (n && !isDeletedAccount(n.login) ? [n.login] : [])));
    page = next;
  }
  return logins;
}

/**
 * Reads one owner's teams and members and stores them as a snapshot stamped `now`
 * (schema 003_github_teams.sql). The snapshot is written only once every page has been read,
 * in one transaction, so an interrupted read leaves the previous snapshot current.
 */
export async function syncOwnerTeams(client: GitHubClient, store: Store, log: Logger, org: string, now: Date, pageFetch?: PageFetchOptions): Promise<TeamsHarvest> {
  const run = graphQLRunner(client, log, pageFetch);
  const teams: Array<{ slug: string; name: string | null; members: string[] }> = [];
  let after: string | null = null;
  do {
    let data: TeamsPage;
    try {
      // The first page asks without retries: a permission answer is final, and common.
      data = after === null
        ? await client.graphql<TeamsPage>(organizationTeamsDocument(), { login: org, first: 50, after })
        : await run<TeamsPage>(organizationTeamsDocument(), { login: org, first: 50, after });
    } catch (error) {
      const reason = unreadableReason(error);
      if (reason) return { org, status: 'unreadable', reason };
      if (after !== null) throw error;
      // Any other failure of the first page: ask again, now with the usual retries.
      data = await run<TeamsPage>(organizationTeamsDocument(), { login: org, first: 50, after });
    }
    const connection = data.organization?.teams;
    if (!connection) return { org, status: 'unreadable', reason: 'GitHub returned no teams connection' };
    for (const team of connection.nodes) {
      if (team) teams.push({ slug: team.slug, name: team.name, members: await allMembers(run, org, team.slug, team.members) });
    }
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after !== null);

  const stamp = now.toISOString();
  // Logins are case-insensitive: "Acme" and "acme" in the repositories input are one snapshot.
  const key = org.toLowerCase();
  const members = teams.flatMap((t) => [...new Set(t.members)].map((login) => ({ org: key, slug: t.slug, login, harvested_at: stamp })));
  await store.transaction(async (connection) => {
    // This database holds one snapshot per organisation; the stamp is for merges (003_github_teams.sql).
    await connection.run('DELETE FROM main.github_team_members WHERE org = $org', { org: key });
    await connection.run('DELETE FROM main.github_teams WHERE org = $org', { org: key });
    await upsertRows(connection, 'github_teams', teams.map((t) => ({ org: key, slug: t.slug, name: t.name, harvested_at: stamp })), ['org', 'slug']);
    await upsertRows(connection, 'github_team_members', members, ['org', 'slug', 'login']);
  });
  return { org, status: 'read', teams: teams.length, members: members.length };
}

/**
 * Reads the teams of every owner of the harvested repositories. Teams only refine the report
 * (the configuration can name them instead), so an owner whose teams cannot be read is logged
 * with what to change, and the harvest goes on.
 */
export async function syncTeams(client: GitHubClient, store: Store, log: Logger, repositories: string[], now: Date, pageFetch?: PageFetchOptions): Promise<TeamsHarvest[]> {
  const owners = [...new Map(repositories.map((r) => [r.split('/')[0]!.toLowerCase(), r.split('/')[0]!])).values()];
  const results: TeamsHarvest[] = [];
  for (const org of owners) {
    const result = await syncOwnerTeams(client, store, log, org, now, pageFetch);
    if (result.status === 'read') log.info(`${org}: ${result.teams} teams, ${result.members} memberships`);
    else if (/^NOT_FOUND/.test(result.reason)) log.info(`${org}: not an organisation the token can see, so no teams to read.`);
    else {
      log.info(`${org}: teams not read (${result.reason}). Team breakdowns need \`teams\` in the configuration file, or a token that may read the organisation's members (read:org, or a GitHub App with "Members: read").`);
    }
    results.push(result);
  }
  return results;
}
