/**
 * A pull request while it is being generated: times as epoch ms, actors as logins, outcome not
 * yet formatted. Lifecycles append to it through `PrBuilder`; `finish` cuts everything at
 * "now" (an unfinished PR is simply open), so later stages see exactly what the dataset holds.
 */
import type { ReviewState } from './dataset.js';
import { MINUTE, SECOND, type IdFactory } from './generator-ids.js';
import type { Org } from './generator-org.js';
import type { Rng } from './generator-random.js';
import type { RepoPlan } from './generator-repos.js';
import type { TitleParts } from './generator-titles.js';

export interface GenContext {
  rng: Rng;
  ids: IdFactory;
  org: Org;
  nowMs: number;
  startMs: number;
}

export type PrKind = 'human' | 'deleted-author' | 'bot' | 'hotfix' | 'revert' | 'overflow-reviews' | 'overflow-comments';

export interface PlanCommit { oid: string; authoredMs: number; committedMs: number; author: string | null; message: string }
export interface PlanReview { author: string | null; state: ReviewState; ms: number; body: string }
export interface PlanComment { author: string | null; ms: number; body: string }
export type SimpleEventType = 'ReadyForReviewEvent' | 'ConvertToDraftEvent' | 'ReopenedEvent' | 'ClosedEvent' | 'HeadRefForcePushedEvent';
export type PlanEvent =
  | { type: SimpleEventType; ms: number; actor: string | null }
  | { type: 'ReviewRequestedEvent' | 'ReviewRequestRemovedEvent'; ms: number; actor: string | null; reviewer: string };
/** A push to the head branch: what triggers pull-request workflow runs. */
export interface PlanPush { ms: number; sha: string }
export type PlanOutcome = { kind: 'merged' | 'closed'; ms: number; by: string | null } | { kind: 'open' };

export interface PrPlan {
  repo: RepoPlan;
  kind: PrKind;
  author: string | null;
  createdMs: number;
  openedAsDraft: boolean;
  parts: TitleParts;
  body: string;
  additions: number;
  deletions: number;
  changedFiles: number;
  commits: PlanCommit[];
  reviews: PlanReview[];
  comments: PlanComment[];
  events: PlanEvent[];
  pushes: PlanPush[];
  outcome: PlanOutcome;
  mergeCommitOid: string | null;
  /** Hours of offset used when formatting this PR's timestamps (0 = `Z`). */
  offsetHours: number;
  /** Assigned once all of the repository's PRs and issues are known (they share numbers). */
  number: number;
  revertOf?: PrPlan;
}

export class PrBuilder {
  readonly plan: PrPlan;

  constructor(private readonly ctx: GenContext, init: Pick<PrPlan, 'repo' | 'kind' | 'author' | 'createdMs' | 'parts'> & Partial<PrPlan>) {
    this.plan = {
      openedAsDraft: false, body: '', additions: 1, deletions: 0, changedFiles: 1,
      commits: [], reviews: [], comments: [], events: [], pushes: [],
      outcome: { kind: 'open' }, mergeCommitOid: null, offsetHours: 0, number: 0,
      ...init,
    };
  }

  /** Adds a commit to the branch (listing order = branch order) and returns its oid. */
  commit(authoredMs: number, committedMs: number, message: string): string {
    const oid = this.ctx.ids.oid();
    this.plan.commits.push({ oid, authoredMs, committedMs: Math.max(authoredMs, committedMs), author: this.plan.author, message });
    return oid;
  }

  /** A new commit written and pushed at `ms`. */
  pushCommit(ms: number, message: string): void {
    const sha = this.commit(ms - this.ctx.rng.int(1, 20) * MINUTE, ms, message);
    this.plan.pushes.push({ ms, sha });
  }

  /** A rebase: the branch is rewritten (new oids, committer date = push time) and force-pushed. */
  forcePush(ms: number): void {
    // A rebase planned after "now" has not happened; rewriting dates past now would drop commits.
    if (ms >= this.ctx.nowMs) return;
    for (const c of this.plan.commits) {
      c.oid = this.ctx.ids.oid();
      c.committedMs = Math.max(c.authoredMs, ms - SECOND);
    }
    this.event('HeadRefForcePushedEvent', ms, this.plan.author);
    const head = this.plan.commits[this.plan.commits.length - 1];
    if (head) this.plan.pushes.push({ ms, sha: head.oid });
  }

  review(author: string | null, state: ReviewState, ms: number, body = ''): void {
    this.plan.reviews.push({ author, state, ms, body });
  }

  comment(author: string | null, ms: number, body: string): void {
    this.plan.comments.push({ author, ms, body });
  }

  event(type: SimpleEventType, ms: number, actor: string | null): void {
    this.plan.events.push({ type, ms, actor });
  }

  request(ms: number, reviewer: string, removed = false): void {
    this.plan.events.push({ type: removed ? 'ReviewRequestRemovedEvent' : 'ReviewRequestedEvent', ms, actor: this.plan.author, reviewer });
  }

  /** The latest moment anything has happened on the PR so far. */
  last(): number {
    let t = this.plan.createdMs;
    for (const x of this.plan.reviews) t = Math.max(t, x.ms);
    for (const x of this.plan.comments) t = Math.max(t, x.ms);
    for (const x of this.plan.events) t = Math.max(t, x.ms);
    for (const x of this.plan.pushes) t = Math.max(t, x.ms);
    return t;
  }

  merge(ms: number, by: string | null): void {
    this.plan.outcome = { kind: 'merged', ms, by };
    this.plan.mergeCommitOid = this.ctx.ids.oid();
  }

  close(ms: number, by: string | null): void {
    this.plan.outcome = { kind: 'closed', ms, by };
  }

  /**
   * Cuts the PR at "now": whatever was planned later has not happened yet, so the PR is open
   * and only what lies before now is kept (pending review requests then follow naturally).
   */
  finish(): PrPlan {
    const p = this.plan;
    const { nowMs } = this.ctx;
    if (p.outcome.kind !== 'open' && p.outcome.ms > nowMs) {
      p.outcome = { kind: 'open' };
      p.mergeCommitOid = null;
    }
    const end = p.outcome.kind === 'open' ? nowMs : p.outcome.ms;
    const within = (ms: number): boolean => ms >= p.createdMs && ms <= end;
    p.reviews = p.reviews.filter((x) => within(x.ms)).sort((a, b) => a.ms - b.ms);
    p.comments = p.comments.filter((x) => within(x.ms)).sort((a, b) => a.ms - b.ms);
    p.events = p.events.filter((x) => within(x.ms)).sort((a, b) => a.ms - b.ms);
    p.pushes = p.pushes.filter((x) => x.ms <= end);
    p.commits = p.commits.filter((c) => c.committedMs <= end);
    return p;
  }
}
