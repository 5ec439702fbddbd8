/**
 * `GET /repos/{owner}/{repo}/compare/{base}...{head}` in GitHub's documented shape: status,
 * ahead_by, behind_by, total_commits, base_commit, merge_base_commit, and the commits
 * reachable from head but not from base, oldest first, in pages of at most 250 (the default
 * when no `per_page` is given; `page` and `per_page` page through the rest, with `Link`).
 * The history is the simulator's linear default branch (commit-history.ts).
 */
import type { SimRepository } from './dataset.js';
import type { DatasetIndex } from './dataset-index.js';
import { branchHistory, compareCommits, type HistoryCommit } from './commit-history.js';
import { DOCS, notFound, type RestRequest, type Route } from './rest-router.js';
import { actorJson } from './rest-shapes.js';
import { isoUtc } from './timestamps.js';

const API = 'https://api.github.com';
const WEB = 'https://github.com';
export const COMPARE_PAGE_MAX = 250;

function commitJson(index: DatasetIndex, repo: SimRepository, commit: HistoryCommit, parent: HistoryCommit | undefined) {
  const fullName = `${repo.owner}/${repo.name}`;
  const actor = commit.author ? actorJson(index, commit.author) : null;
  const person = { name: actor?.login ?? 'GitHub', email: actor ? `${actor.id}+${actor.login}@users.noreply.github.com` : 'noreply@github.com', date: isoUtc(new Date(commit.at).toISOString()) };
  return {
    sha: commit.oid,
    node_id: `C_sim${commit.oid.slice(0, 20)}`,
    url: `${API}/repos/${fullName}/commits/${commit.oid}`,
    html_url: `${WEB}/${fullName}/commit/${commit.oid}`,
    comments_url: `${API}/repos/${fullName}/commits/${commit.oid}/comments`,
    commit: {
      author: person,
      committer: person,
      message: commit.message,
      tree: { sha: commit.oid.split('').reverse().join(''), url: `${API}/repos/${fullName}/git/trees/${commit.oid}` },
      url: `${API}/repos/${fullName}/git/commits/${commit.oid}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: actor,
    committer: actor,
    parents: parent ? [{ sha: parent.oid, url: `${API}/repos/${fullName}/commits/${parent.oid}`, html_url: `${WEB}/${fullName}/commit/${parent.oid}` }] : [],
  };
}

function comparePage(req: RestRequest): { perPage: number; page: number } {
  const perPage = Math.min(COMPARE_PAGE_MAX, Math.max(1, Number.parseInt(req.query.get('per_page') ?? String(COMPARE_PAGE_MAX), 10) || COMPARE_PAGE_MAX));
  const page = Math.max(1, Number.parseInt(req.query.get('page') ?? '1', 10) || 1);
  return { perPage, page };
}

export const compareRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/compare/{basehead}',
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      const [base, head, extra] = (req.params.basehead ?? '').split('...');
      if (!repo) return notFound();
      if (!base || !head || extra !== undefined) {
        return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
      }
      const history = branchHistory(repo);
      const result = compareCommits(history, base, head);
      if (!result) return { status: 404, body: { message: `No commit found for SHA: ${history.position.has(base) ? head : base}`, documentation_url: DOCS, status: '404' } };

      const { perPage, page } = comparePage(req);
      const start = (page - 1) * perPage;
      const pageCommits = result.commits.slice(start, start + perPage);
      const lastPage = Math.max(1, Math.ceil(result.commits.length / perPage));
      const link = (n: number) => {
        const query = new URLSearchParams(req.query);
        query.set('per_page', String(perPage));
        query.set('page', String(n));
        return `<${ctx.baseUrl}${req.path}?${query.toString()}>`;
      };
      const links: string[] = [];
      if (page > 1) links.push(`${link(Math.min(page - 1, lastPage))}; rel="prev"`, `${link(1)}; rel="first"`);
      if (page < lastPage) links.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`);

      const at = (oid: string) => history.commits[history.position.get(oid)!]!;
      const parentOf = (c: HistoryCommit) => history.commits[history.position.get(c.oid)! - 1];
      const fullName = `${repo.owner}/${repo.name}`;
      return {
        status: 200,
        headers: links.length ? { link: links.join(', ') } : {},
        body: {
          url: `${API}/repos/${fullName}/compare/${base}...${head}`,
          html_url: `${WEB}/${fullName}/compare/${base}...${head}`,
          permalink_url: `${WEB}/${fullName}/compare/${base}...${head}`,
          diff_url: `${WEB}/${fullName}/compare/${base}...${head}.diff`,
          patch_url: `${WEB}/${fullName}/compare/${base}...${head}.patch`,
          base_commit: commitJson(ctx.index, repo, at(base), parentOf(at(base))),
          merge_base_commit: commitJson(ctx.index, repo, result.mergeBase, parentOf(result.mergeBase)),
          status: result.status,
          ahead_by: result.aheadBy,
          behind_by: result.behindBy,
          total_commits: result.commits.length,
          commits: pageCommits.map((c) => commitJson(ctx.index, repo, c, parentOf(c))),
          // GitHub lists changed files on the first page only; the simulator has no file data.
          files: [],
        },
      };
    },
  },
];
