/**
 * Turns a finished PR plan into the dataset's `SimPullRequest`. Everything derived is derived
 * here from what the plan holds, so it cannot disagree with it: merge/close events, `isDraft`
 * from the last draft event, pending review requests, and `updatedAt` as the latest activity.
 */
import type { SimPullRequest, SimReview, SimTimelineEvent } from './dataset.js';
import { iso, type IdFactory, type NodeKind } from './generator-ids.js';
import type { PlanEvent, PrPlan } from './generator-pr-plan.js';

const EVENT_PREFIX: Record<SimTimelineEvent['type'], NodeKind> = {
  ReviewRequestedEvent: 'RRE',
  ReviewRequestRemovedEvent: 'RRRE',
  ReadyForReviewEvent: 'RFRE',
  ConvertToDraftEvent: 'CTDE',
  ClosedEvent: 'CE',
  ReopenedEvent: 'REE',
  MergedEvent: 'ME',
  HeadRefForcePushedEvent: 'HRFPE',
};

type FinalEvent = PlanEvent | { type: 'MergedEvent'; ms: number; actor: string | null; commitOid: string | null };

/**
 * Requests still pending after everything that happened: a request is answered by a review
 * from that reviewer (for `team:slug`, from any member of the team) after it, or withdrawn.
 * GitHub keeps unanswered requests on closed and merged PRs too, so they are kept whatever
 * the state.
 */
export function pendingRequests(plan: PrPlan, teamOf: (login: string) => string | undefined): string[] {
  const pending = new Map<string, number>();
  const happenings = [
    ...plan.events.map((e) => ({ ms: e.ms, order: 0, e })),
    ...plan.reviews.map((r) => ({ ms: r.ms, order: 1, r })),
  ].sort((a, b) => a.ms - b.ms || a.order - b.order);
  for (const h of happenings) {
    if ('e' in h) {
      if (h.e.type === 'ReviewRequestedEvent') pending.set(h.e.reviewer, h.ms);
      if (h.e.type === 'ReviewRequestRemovedEvent') pending.delete(h.e.reviewer);
    } else if (h.r.author !== null) {
      pending.delete(h.r.author);
      const team = teamOf(h.r.author);
      if (team !== undefined) pending.delete(`team:${team}`);
    }
  }
  return [...pending.keys()];
}

/**
 * Diff-line comments for a commenting or change-requesting review: 0 to 2, posted with the
 * review. Derived from the review's ids rather than drawn from the generator's random stream
 * or id counters, so adding them changed no other generated value.
 */
function withDiffComments(review: SimReview): SimReview {
  if (review.submittedAt === null || (review.state !== 'COMMENTED' && review.state !== 'CHANGES_REQUESTED')) return review;
  const count = review.databaseId % 3;
  const comments = Array.from({ length: count }, (_, i) => ({
    id: `PRRC_${review.id.replace(/^PRR_?/, '')}_${i}`,
    databaseId: review.databaseId * 4 + i + 1,
    createdAt: review.submittedAt!,
    updatedAt: review.submittedAt!,
    body: i === 0 ? 'Could this be simpler?' : 'Nit: naming.',
  }));
  return count > 0 ? { ...review, comments } : review;
}

export function finalizePr(plan: PrPlan, ids: IdFactory, nowMs: number, teamOf: (login: string) => string | undefined): SimPullRequest {
  const fmt = (ms: number): string => iso(ms, plan.offsetHours);
  const out = plan.outcome;
  const events: FinalEvent[] = [...plan.events];
  if (out.kind === 'merged') events.push({ type: 'MergedEvent', ms: out.ms, actor: out.by, commitOid: plan.mergeCommitOid });
  if (out.kind !== 'open') events.push({ type: 'ClosedEvent', ms: out.ms, actor: out.by });

  let isDraft = plan.openedAsDraft;
  for (const e of events) {
    if (e.type === 'ConvertToDraftEvent') isDraft = true;
    if (e.type === 'ReadyForReviewEvent') isDraft = false;
  }
  const times = [
    plan.createdMs,
    ...events.map((e) => e.ms),
    ...plan.reviews.map((r) => r.ms),
    ...plan.comments.map((c) => c.ms),
    ...plan.commits.map((c) => c.committedMs),
  ];
  const updatedMs = Math.min(nowMs, times.reduce((m, t) => Math.max(m, t), 0));
  const head = plan.commits[plan.commits.length - 1];

  const timeline: SimTimelineEvent[] = events.map((e) => {
    const base = { id: ids.node(EVENT_PREFIX[e.type]), createdAt: fmt(e.ms), actor: e.actor };
    if (e.type === 'MergedEvent') return { ...base, type: e.type, commitOid: e.commitOid };
    if (e.type === 'ReviewRequestedEvent' || e.type === 'ReviewRequestRemovedEvent') return { ...base, type: e.type, requestedReviewer: e.reviewer };
    return { ...base, type: e.type };
  });

  return {
    id: ids.node('PR'),
    databaseId: ids.database('pull', 1_000_000_000),
    number: plan.number,
    title: plan.parts.title,
    body: plan.body,
    author: plan.author,
    authorAssociation: plan.author === null ? 'NONE' : plan.kind === 'bot' ? 'CONTRIBUTOR' : 'MEMBER',
    createdAt: fmt(plan.createdMs),
    updatedAt: fmt(updatedMs),
    closedAt: out.kind === 'open' ? null : fmt(out.ms),
    mergedAt: out.kind === 'merged' ? fmt(out.ms) : null,
    mergedBy: out.kind === 'merged' ? out.by : null,
    state: out.kind === 'merged' ? 'MERGED' : out.kind === 'closed' ? 'CLOSED' : 'OPEN',
    isDraft,
    additions: plan.additions,
    deletions: plan.deletions,
    changedFiles: plan.changedFiles,
    baseRefName: plan.repo.sim.defaultBranch,
    headRefName: plan.parts.headRefName,
    headRefOid: head?.oid,
    mergeCommitOid: out.kind === 'merged' ? plan.mergeCommitOid : null,
    labels: plan.parts.labels,
    commits: plan.commits.map((c) => ({
      oid: c.oid, authoredDate: fmt(c.authoredMs), committedDate: fmt(c.committedMs), author: c.author, message: c.message,
    })),
    reviews: plan.reviews.map((r) => withDiffComments({
      id: ids.node('PRR'),
      databaseId: ids.database('review', 2_000_000_000),
      author: r.author,
      state: r.state,
      submittedAt: fmt(r.ms),
      createdAt: fmt(r.ms),
      body: r.body,
    })),
    comments: plan.comments.map((c) => ({
      id: ids.node('IC'),
      databaseId: ids.database('comment', 700_000_000),
      author: c.author,
      createdAt: fmt(c.ms),
      updatedAt: fmt(c.ms),
      body: c.body,
    })),
    timeline,
    reviewRequests: pendingRequests(plan, teamOf),
  };
}
