/**
 * Importer behind `id-archive:DIR`: turns an i-d-template `archive.json` (the nightly GitHub
 * export of IETF draft repositories) and an optional `releases.json` into a `SimDataset`.
 *
 * The archive holds pull requests with reviews and conversation comments, and issues; it has
 * no commits, timeline events, workflow runs or deployments, and nothing is invented to fill
 * them in: merged PRs carry `mergedAt` and `mergeCommitOid` but no `MergedEvent`, and
 * `ready_at` falls back to `created_at` downstream. Ids the export lacks (comments, actors,
 * labels, releases, all databaseIds) are synthesised deterministically from file order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewState, SimActor, SimComment, SimDataset, SimIssue, SimLabel, SimPullRequest, SimRelease, SimReview } from './dataset.js';

type Json = Record<string, unknown>;

class ArchiveError extends Error {
  constructor(file: string, problem: string) {
    super(`id-archive: ${file}: ${problem}`);
    this.name = 'ArchiveError';
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ArchiveError(file, code === 'ENOENT' ? 'file not found' : `cannot read the file (${(err as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ArchiveError(file, `malformed JSON (${(err as Error).message})`);
  }
}

/** Field readers that name the file and the item when the export is not what we expect. */
class Reader {
  constructor(readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new ArchiveError(this.file, `${where}: ${problem}`);
  }

  object(value: unknown, where: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'expected an object');
    return value as Json;
  }

  array(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) this.fail(where, 'expected an array');
    return value;
  }

  string(o: Json, key: string, where: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v === '') this.fail(`${where}.${key}`, `expected a non-empty string, got ${JSON.stringify(v)}`);
    return v;
  }

  time(o: Json, key: string, where: string): string {
    const v = this.string(o, key, where);
    if (Number.isNaN(Date.parse(v))) this.fail(`${where}.${key}`, `not an ISO-8601 timestamp: ${JSON.stringify(v)}`);
    return v;
  }

  optionalTime(o: Json, key: string, where: string): string | null {
    return o[key] === null || o[key] === undefined ? null : this.time(o, key, where);
  }

  optionalString(o: Json, key: string): string | null {
    const v = o[key];
    return typeof v === 'string' ? v : null;
  }

  count(o: Json, key: string): number {
    const v = o[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  }

  number(o: Json, key: string, where: string): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) this.fail(`${where}.${key}`, `expected a positive integer, got ${JSON.stringify(v)}`);
    return v;
  }

  oneOf<T extends string>(o: Json, key: string, allowed: readonly T[], where: string): T {
    const v = this.string(o, key, where);
    if (!(allowed as readonly string[]).includes(v)) this.fail(`${where}.${key}`, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
    return v as T;
  }
}

/** Logins seen anywhere, in order of first appearance; `[bot]` logins become Bots. */
class Actors {
  private readonly byLogin = new Map<string, SimActor>();

  /** The GraphQL login (no `[bot]` suffix), or null for a deleted account. */
  see(raw: unknown): string | null {
    if (typeof raw !== 'string' || raw === '') return null;
    const bot = raw.endsWith('[bot]');
    const login = bot ? raw.slice(0, -'[bot]'.length) : raw;
    if (!this.byLogin.has(login)) {
      const n = this.byLogin.size + 1;
      this.byLogin.set(login, { id: `${bot ? 'BOT' : 'U'}_idarchive_${n}`, databaseId: n, login, kind: bot ? 'Bot' : 'User', name: null });
    }
    return login;
  }

  list(): SimActor[] {
    return [...this.byLogin.values()];
  }
}

const REVIEW_STATES: readonly ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];

/** One import's state: the reader, the actors seen, and databaseId counters in file order. */
interface Ctx {
  r: Reader;
  actors: Actors;
  next: { review: number; comment: number };
}

function labelNames(r: Reader, value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  return r.array(value, where).map((l, i) => (typeof l === 'string' ? l : r.string(r.object(l, `${where}[${i}]`), 'name', `${where}[${i}]`)));
}

function comments({ r, actors, next }: Ctx, value: unknown, where: string, prefix: string): SimComment[] {
  if (value === undefined || value === null) return [];
  return r.array(value, where).map((raw, i) => {
    const c = r.object(raw, `${where}[${i}]`);
    next.comment += 1;
    const comment: SimComment = {
      id: r.optionalString(c, 'id') ?? `IC_idarchive_${prefix}_${i + 1}`,
      databaseId: next.comment,
      author: actors.see(c.author),
      createdAt: r.time(c, 'createdAt', `${where}[${i}]`),
    };
    const updatedAt = r.optionalTime(c, 'updatedAt', `${where}[${i}]`);
    if (updatedAt) comment.updatedAt = updatedAt;
    const body = r.optionalString(c, 'body');
    if (body !== null) comment.body = body;
    return comment;
  });
}

function pullRequest(ctx: Ctx, raw: unknown, i: number): SimPullRequest {
  const { r, actors, next } = ctx;
  const where = `pulls[${i}]`;
  const p = r.object(raw, where);
  const number = r.number(p, 'number', where);
  const reviews: SimReview[] = r.array(p.reviews ?? [], `${where}.reviews`).map((rawReview, k) => {
    const rw = r.object(rawReview, `${where}.reviews[${k}]`);
    const state = r.oneOf(rw, 'state', REVIEW_STATES, `${where}.reviews[${k}]`);
    // The export's review time is its `createdAt`; it stands for submission too.
    const at = r.time(rw, 'createdAt', `${where}.reviews[${k}]`);
    next.review += 1;
    const review: SimReview = {
      id: r.optionalString(rw, 'id') ?? `PRR_idarchive_${number}_${k + 1}`,
      databaseId: next.review,
      author: actors.see(rw.author),
      state,
      submittedAt: state === 'PENDING' ? null : at,
      createdAt: at,
    };
    const body = r.optionalString(rw, 'body');
    if (body !== null) review.body = body;
    return review;
  });
  for (const login of Array.isArray(p.assignees) ? p.assignees : []) actors.see(login);
  const mergeCommit = p.mergeCommit && typeof p.mergeCommit === 'object' ? (p.mergeCommit as Json) : null;
  const createdAt = r.time(p, 'createdAt', where);
  const pr: SimPullRequest = {
    id: r.optionalString(p, 'id') ?? `PR_idarchive_${number}`,
    databaseId: number,
    number,
    title: r.optionalString(p, 'title') ?? `PR ${number}`,
    body: '',
    author: actors.see(p.author),
    authorAssociation: r.optionalString(p, 'authorAssociation') ?? 'NONE',
    createdAt,
    updatedAt: r.optionalTime(p, 'updatedAt', where) ?? createdAt,
    closedAt: r.optionalTime(p, 'closedAt', where),
    mergedAt: r.optionalTime(p, 'mergedAt', where),
    mergedBy: actors.see(p.mergedBy),
    state: r.oneOf(p, 'state', ['OPEN', 'CLOSED', 'MERGED'] as const, where),
    isDraft: false,
    additions: r.count(p, 'additions'),
    deletions: r.count(p, 'deletions'),
    changedFiles: r.count(p, 'changedFiles'),
    baseRefName: r.optionalString(p, 'baseRefName') ?? 'main',
    headRefName: r.optionalString(p, 'headRefName') ?? `pr-${number}`,
    mergeCommitOid: mergeCommit ? r.optionalString(mergeCommit, 'oid') : null,
    labels: labelNames(r, p.labels, `${where}.labels`),
    commits: [],
    reviews,
    comments: comments(ctx, p.comments, `${where}.comments`, `pr${number}`),
    timeline: [],
    reviewRequests: [],
  };
  const headRefOid = r.optionalString(p, 'headRefOid');
  if (headRefOid !== null) pr.headRefOid = headRefOid;
  if (pr.state === 'MERGED' && pr.mergedAt === null) r.fail(where, 'state is MERGED but mergedAt is missing');
  return pr;
}

function issue(ctx: Ctx, raw: unknown, i: number): SimIssue {
  const { r, actors } = ctx;
  const where = `issues[${i}]`;
  const o = r.object(raw, where);
  const number = r.number(o, 'number', where);
  for (const login of Array.isArray(o.assignees) ? o.assignees : []) actors.see(login);
  const createdAt = r.time(o, 'createdAt', where);
  const reason = r.optionalString(o, 'stateReason');
  return {
    id: r.optionalString(o, 'id') ?? `I_idarchive_${number}`,
    databaseId: number,
    number,
    title: r.optionalString(o, 'title') ?? `Issue ${number}`,
    body: '',
    author: actors.see(o.author),
    createdAt,
    updatedAt: r.optionalTime(o, 'updatedAt', where) ?? createdAt,
    closedAt: r.optionalTime(o, 'closedAt', where),
    state: r.oneOf(o, 'state', ['OPEN', 'CLOSED'] as const, where),
    stateReason: reason === 'COMPLETED' || reason === 'NOT_PLANNED' || reason === 'REOPENED' ? reason : null,
    labels: labelNames(r, o.labels, `${where}.labels`),
    comments: comments(ctx, o.comments, `${where}.comments`, `issue${number}`),
  };
}

function releases(dir: string): SimRelease[] {
  const file = join(dir, 'releases.json');
  let data: unknown;
  try {
    data = readJson(file);
  } catch (err) {
    if (err instanceof ArchiveError && err.message.endsWith('file not found')) return [];
    throw err;
  }
  const r: Reader = new Reader(file);
  return r.array(data, 'top level').map((raw, i) => {
    const o = r.object(raw, `[${i}]`);
    const tagName = r.string(o, 'tagName', `[${i}]`);
    const createdAt = r.time(o, 'createdAt', `[${i}]`);
    // A tag in the export is a published release: neither draft nor prerelease.
    return {
      id: `RE_idarchive_${i + 1}`, databaseId: i + 1, tagName, name: tagName,
      tagCommitOid: r.optionalString(o, 'oid'), createdAt, publishedAt: createdAt,
      isDraft: false, isPrerelease: false, author: null,
    };
  });
}

export function importIdArchive(dir: string): SimDataset {
  const file = join(dir, 'archive.json');
  const r: Reader = new Reader(file);
  const root = r.object(readJson(file), 'top level');
  const full = r.string(root, 'repo', 'top level');
  const [owner, name, ...rest] = full.split('/');
  if (!owner || !name || rest.length > 0) r.fail('top level.repo', `expected "owner/name", got ${JSON.stringify(full)}`);
  const now = new Date(r.time(root, 'timestamp', 'top level')).toISOString();
  const actors = new Actors();
  const ctx: Ctx = { r, actors, next: { review: 0, comment: 0 } };
  const pullRequests = r.array(root.pulls, 'top level.pulls').map((p, i) => pullRequest(ctx, p, i));
  const issues = r.array(root.issues ?? [], 'top level.issues').map((x, i) => issue(ctx, x, i));
  const names = new Set([
    ...labelNames(r, root.labels, 'top level.labels'),
    ...pullRequests.flatMap((p) => p.labels), ...issues.flatMap((x) => x.labels),
  ]);
  const labels: SimLabel[] = [...names].map((label, i) => ({ id: `LA_idarchive_${i + 1}`, name: label }));
  const bases = new Map<string, number>();
  for (const p of pullRequests) bases.set(p.baseRefName, (bases.get(p.baseRefName) ?? 0) + 1);
  const defaultBranch = [...bases].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'main';
  const tags = releases(dir);
  const created = [...pullRequests, ...issues].map((x) => x.createdAt).sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    org: owner,
    now,
    actors: actors.list(),
    repositories: [{
      id: `R_idarchive_${full}`, databaseId: 1, owner, name, isPrivate: false, isArchived: false, defaultBranch,
      topics: [], createdAt: created[0] ?? now, pushedAt: now, labels,
      pullRequests, issues, workflows: [], workflowRuns: [], deployments: [], releases: tags,
    }],
    truth: {
      importer: 'id-archive',
      source: file,
      deploySourceByRepo: { [name]: tags.length > 0 ? 'releases' : 'merges' },
      botLogins: actors.list().filter((a) => a.kind === 'Bot').map((a) => a.login),
    },
  };
}
