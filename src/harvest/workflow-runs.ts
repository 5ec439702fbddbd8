import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/database.js';
import { PageBatch } from './page-batch.js';
import { loadSyncStates, planPass, savePassProgress } from './sync-state.js';
import { addWorkflow, addWorkflowRun, type RestWorkflow, type RestWorkflowRun } from './workflow-run-rows.js';

/** GitHub returns at most this many runs for a filtered list, whatever total_count says. */
const RESULT_CAP = 1000;
const PER_PAGE = 100;
/** Below this a range is not split further (more than 1,000 runs in one minute is not a real team). */
const MIN_RANGE_MS = 60_000;

export interface WorkflowRunSyncOptions {
  backfillSince: string;
  forceSince?: string;
  overlapMs: number;
  now: () => Date;
}

interface RunsPage {
  total_count: number;
  workflow_runs: RestWorkflowRun[];
}

/**
 * Harvests workflow runs by REST. The list is filtered by creation time; a range holding more
 * than GitHub's 1,000-result cap is split in halves until each fits. Ranges are taken newest
 * first, and after each range the sync state records the part still to do, so a killed run
 * resumes where it stopped.
 */
export async function syncWorkflowRuns(client: GitHubClient, store: Store, log: Logger, fullName: string, repoId: string, options: WorkflowRunSyncOptions): Promise<number> {
  const [owner, repo] = fullName.split('/') as [string, string];
  const state = (await loadSyncStates(store, repoId)).get('workflow_runs');
  const pass = planPass('workflow_runs', state, options);
  const startedAt = options.now().toISOString();
  pass.target ??= startedAt;
  const ranges: Array<[number, number]> = [[Date.parse(pass.since), Date.parse(pass.after ?? startedAt)]];
  const knownWorkflows = new Set(
    (await store.query<{ database_id: number }>('SELECT database_id FROM workflows WHERE repo_id = $r', { r: repoId })).map((w) => Number(w.database_id)),
  );
  let stored = 0;

  const list = (from: number, to: number, page: number) =>
    client.rest<RunsPage>('GET /repos/{owner}/{repo}/actions/runs', {
      owner,
      repo,
      per_page: PER_PAGE,
      page,
      created: `${new Date(from).toISOString()}..${new Date(to).toISOString()}`,
      exclude_pull_requests: true,
    });

  while (ranges.length > 0) {
    const [from, to] = ranges.pop()!;
    const first = await list(from, to, 1);
    if (first.data.total_count > RESULT_CAP && to - from > MIN_RANGE_MS) {
      const middle = from + Math.floor((to - from) / 2);
      ranges.push([from, middle], [middle, to]);
      log.debug(`${fullName}: ${first.data.total_count} runs in range; splitting`);
      continue;
    }
    const pages = Math.min(Math.ceil(first.data.total_count / PER_PAGE), RESULT_CAP / PER_PAGE);
    for (let page = 1; page <= Math.max(pages, 1); page++) {
      const runs = page === 1 ? first.data.workflow_runs : (await list(from, to, page)).data.workflow_runs;
      const batch = new PageBatch();
      for (const run of runs) addWorkflowRun(batch, repoId, run);
      const unknown = runs.some((r) => r.workflow_id != null && !knownWorkflows.has(r.workflow_id));
      if (unknown) {
        for (const workflow of await listWorkflows(client, owner, repo)) {
          addWorkflow(batch, repoId, workflow);
          knownWorkflows.add(workflow.id);
        }
      }
      const lastPageOfRange = page >= pages;
      await store.transaction(async (connection) => {
        await batch.write(connection);
        if (lastPageOfRange) {
          pass.after = new Date(from).toISOString();
          pass.pages++;
          pass.done = ranges.length === 0;
          await savePassProgress(connection, repoId, pass, state?.watermark ?? null, startedAt);
        }
      });
      stored += runs.length;
      if (runs.length > 0 && stored % 1000 < runs.length) log.info(`${fullName}: ${stored} workflow runs so far`);
    }
  }
  return stored;
}

async function listWorkflows(client: GitHubClient, owner: string, repo: string): Promise<RestWorkflow[]> {
  const workflows: RestWorkflow[] = [];
  for (let page = 1; ; page++) {
    const response = await client.rest<{ total_count: number; workflows: RestWorkflow[] }>('GET /repos/{owner}/{repo}/actions/workflows', { owner, repo, per_page: PER_PAGE, page });
    workflows.push(...response.data.workflows);
    if (workflows.length >= response.data.total_count || response.data.workflows.length === 0) return workflows;
  }
}
