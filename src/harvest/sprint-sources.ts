import { GraphQLPartialError, type GitHubClient } from '../github/client.js';
import { projectIterationsDocument, repositoryMilestonesDocument } from '../github/documents.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { upsertRows } from '../store/upsert.js';
import { graphQLRunner, type PageFetchOptions } from './page-fetch.js';

/** What the harvest reads for sprints: nothing (fixed windows), milestones, or a project's iterations. */
export interface SprintSourceRequest {
  source: 'fixed' | 'milestones' | 'iterations';
  /** "owner/number" of the project, for iterations. */
  project?: string;
  field: string;
}

interface MilestonePage {
  repository: {
    milestones: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{ id: string; number: number; title: string; state: string; dueOn: string | null; createdAt: string; closedAt: string | null } | null>;
    };
  } | null;
}

interface Iteration { id: string; title: string | null; startDate: string; duration: number }

interface ProjectAnswer {
  projectV2: {
    field: { __typename: string; configuration?: { iterations: Iteration[]; completedIterations: Iteration[] } } | null;
  } | null;
}

/** One of the two is asked for: the organisation's project, or the user's. */
interface IterationsAnswer {
  organization?: ProjectAnswer | null;
  user?: ProjectAnswer | null;
}

/** GitHub's answer when the login is not an organisation (it may be a user). */
const notAnOrganisation = (error: GraphQLPartialError) =>
  error.errors.some((e) => e.type === 'NOT_FOUND' && e.path?.length === 1 && e.path[0] === 'organization');

/** The project's answer: asked as an organisation's, then, if there is no such organisation, as a user's. */
async function readProjectField(client: GitHubClient, owner: string, number: number, field: string): Promise<ProjectAnswer | null | undefined> {
  const ask = (organization: boolean) => client.graphql<IterationsAnswer>(projectIterationsDocument(), { owner, number, field, organization });
  try {
    return (await ask(true)).organization;
  } catch (error) {
    if (!(error instanceof GraphQLPartialError) || !notAnOrganisation(error)) throw error;
  }
  return (await ask(false)).user;
}

/**
 * Replaces one repository's milestones with what GitHub lists now (every page read first,
 * then one transaction), so a milestone deleted on GitHub stops ending a sprint.
 */
export async function syncMilestones(client: GitHubClient, store: Store, log: Logger, fullName: string, repoId: string, now: Date, pageFetch?: PageFetchOptions): Promise<number> {
  const [owner, name] = fullName.split('/') as [string, string];
  const run = graphQLRunner(client, log, pageFetch);
  const rows: Array<Record<string, unknown>> = [];
  let after: string | null = null;
  do {
    const data: MilestonePage = await run<MilestonePage>(repositoryMilestonesDocument(), { owner, name, after });
    const connection = data.repository?.milestones;
    if (!connection) break;
    for (const m of connection.nodes) {
      if (m) rows.push({ id: m.id, repo_id: repoId, number: m.number, title: m.title, state: m.state, due_on: m.dueOn, created_at: m.createdAt, closed_at: m.closedAt, harvested_at: now.toISOString() });
    }
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after !== null);
  await store.transaction(async (connection) => {
    await connection.run('DELETE FROM main.milestones WHERE repo_id = $repo', { repo: repoId });
    await upsertRows(connection, 'milestones', rows, ['id']);
  });
  return rows.length;
}

/**
 * Reads the iterations (current, future and completed) of a project's iteration field (an
 * organisation's or a user's project) and
 * stores them as the current snapshot. A project or field the token cannot see, or a field
 * that is not an iteration field, is logged with what to change; the sprints then fall back to
 * fixed windows, and the report says so.
 */
export async function syncIterations(client: GitHubClient, store: Store, log: Logger, project: string, field: string, now: Date): Promise<number | null> {
  const [owner, number] = project.split('/') as [string, string];
  let answer: ProjectAnswer | null | undefined;
  try {
    answer = await readProjectField(client, owner, Number(number), field);
  } catch (error) {
    if (!(error instanceof GraphQLPartialError)) throw error;
    log.warning(`Project ${project}: iterations not read (${error.message}). Sprints need a token that may read the project (a classic token with read:project, or a GitHub App with "Projects: read").`);
    return null;
  }
  const found = answer?.projectV2?.field;
  if (!found?.configuration) {
    log.warning(`Project ${project} has no iteration field named "${field}"${found ? ` (it is a ${found.__typename})` : ''}: set metrics.sprints.iteration-field to the field's name.`);
    return null;
  }
  const stamp = now.toISOString();
  const iterations = [...found.configuration.completedIterations, ...found.configuration.iterations];
  await store.transaction(async (connection) => {
    await connection.run('DELETE FROM main.project_iterations WHERE project = $project AND field = $field', { project, field });
    await upsertRows(connection, 'project_iterations', iterations.map((i) => ({
      project, field, id: i.id, title: i.title, start_date: i.startDate, duration_days: i.duration, harvested_at: stamp,
    })), ['project', 'field', 'id']);
  });
  log.info(`Project ${project}: ${iterations.length} iterations of "${field}"`);
  return iterations.length;
}
