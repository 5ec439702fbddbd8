/**
 * Actions REST routes. Workflow runs reproduce GitHub's 1,000-result cap: with any of the
 * filters below, only the first 1,000 matches can be paged, while `total_count` stays true.
 * That cap is why the harvester must split long date ranges.
 */
import type { SimWorkflowRun } from './dataset.js';
import { notFound, paginate, type RestContext, type RestRequest, type RestResponse, type Route } from './rest-router.js';
import { runJson, workflowJson } from './rest-shapes.js';
import { epochMs } from './timestamps.js';

export const RUN_RESULT_CAP = 1000;
const CAPPED_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];
const RUN_STATUSES = new Set(['queued', 'in_progress', 'completed', 'requested', 'waiting', 'pending']);
const DAY_MS = 86_400_000;

/** One bound of GitHub's date syntax: a day (`2024-01-01`) or an instant. */
function bounds(text: string): { start: number; end: number } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = Date.parse(`${text}T00:00:00Z`);
    return { start, end: start + DAY_MS - 1 };
  }
  const at = Date.parse(text);
  if (Number.isNaN(at)) throw new Error(`invalid date ${text}`);
  return { start: at, end: at };
}

/**
 * Parses `created` as GitHub does: `>=X`, `>X`, `<=X`, `<X`, `A..B`, `*..B`, `A..*` or a single
 * date or instant. Returns a predicate over epoch milliseconds.
 */
export function parseDateFilter(spec: string): (ms: number) => boolean {
  const range = /^(.+?)\.\.(.+)$/.exec(spec);
  if (range) {
    const [, from, to] = range;
    const lo = from === '*' ? -Infinity : bounds(from!).start;
    const hi = to === '*' ? Infinity : bounds(to!).end;
    return (ms) => ms >= lo && ms <= hi;
  }
  const op = /^(>=|<=|>|<)(.+)$/.exec(spec);
  if (op) {
    const b = bounds(op[2]!);
    switch (op[1]) {
      case '>=': return (ms) => ms >= b.start;
      case '>': return (ms) => ms > b.end;
      case '<=': return (ms) => ms <= b.end;
      default: return (ms) => ms < b.start;
    }
  }
  const b = bounds(spec);
  return (ms) => ms >= b.start && ms <= b.end;
}

function listRuns(req: RestRequest, ctx: RestContext): RestResponse {
  const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
  if (!repo) return notFound();
  const q = req.query;
  let workflowId: number | undefined;
  if (req.params.workflow !== undefined) {
    const ref = req.params.workflow;
    const workflow = repo.workflows.find((w) => String(w.id) === ref || w.path.endsWith(`/${ref}`));
    if (!workflow) return notFound();
    workflowId = workflow.id;
  }
  let created: ((ms: number) => boolean) | undefined;
  try {
    created = q.get('created') ? parseDateFilter(q.get('created')!) : undefined;
  } catch {
    return { status: 422, body: { message: `Invalid created filter: ${q.get('created')}`, documentation_url: 'https://docs.github.com/rest/actions/workflow-runs' } };
  }
  const status = q.get('status');
  const actor = q.get('actor')?.replace(/\[bot\]$/, '').toLowerCase();
  const matches = (run: SimWorkflowRun): boolean =>
    (workflowId === undefined || run.workflowId === workflowId)
    && (!created || created(epochMs(run.createdAt)))
    && (!status || (RUN_STATUSES.has(status) ? run.status === status : run.conclusion === status))
    && (!q.get('branch') || run.headBranch === q.get('branch'))
    && (!q.get('event') || run.event === q.get('event'))
    && (!q.get('head_sha') || run.headSha === q.get('head_sha'))
    && (!actor || run.actor?.toLowerCase() === actor)
    // The dataset does not model check suites; a check_suite_id filter therefore matches nothing.
    && !q.get('check_suite_id');
  const runs = repo.workflowRuns.filter(matches)
    .sort((a, b) => epochMs(b.createdAt) - epochMs(a.createdAt) || b.id - a.id);
  const capped = CAPPED_FILTERS.some((name) => q.get(name));
  const page = paginate(runs, req, ctx.baseUrl, capped ? RUN_RESULT_CAP : runs.length);
  return {
    status: 200,
    headers: page.headers,
    body: { total_count: runs.length, workflow_runs: page.items.map((run) => runJson(ctx.index, repo, run)) },
  };
}

export const actionsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/actions/workflows',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      if (!repo) return notFound();
      const page = paginate(repo.workflows, req, ctx.baseUrl);
      return { status: 200, headers: page.headers, body: { total_count: repo.workflows.length, workflows: page.items.map((w) => workflowJson(repo, w)) } };
    },
  },
  { method: 'GET', pattern: '/repos/{owner}/{repo}/actions/runs', handler: listRuns },
  { method: 'GET', pattern: '/repos/{owner}/{repo}/actions/workflows/{workflow}/runs', handler: listRuns },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      const run = repo?.workflowRuns.find((r) => String(r.id) === req.params.run_id);
      return repo && run ? { status: 200, body: runJson(ctx.index, repo, run) } : notFound();
    },
  },
];
