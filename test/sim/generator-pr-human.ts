/**
 * The life of a human-authored pull request, told in order: code written before opening,
 * maybe a draft period, review requests, review rounds with fixes and re-requests,
 * conversation, and an outcome. Probabilities are tuned so every situation the metrics must
 * handle occurs dozens of times at 3,000 PRs.
 */
import type { ReviewState } from './dataset.js';
import { DAY, HOUR, MINUTE, SECOND } from './generator-ids.js';
import { pickReviewers } from './generator-org.js';
import type { GenContext, PrBuilder } from './generator-pr-plan.js';

const REVIEW_BODY: Record<ReviewState, string[]> = {
  APPROVED: ['', 'LGTM', 'Looks good, thanks!', 'Ship it.'],
  CHANGES_REQUESTED: ['Please handle the error case.', 'This needs a test.', 'The migration is not reversible.'],
  COMMENTED: ['A few questions inline.', 'Nit: naming.', 'Why not reuse the existing helper?'],
  DISMISSED: [''],
  PENDING: [''],
};
const COMMENTS = ['Thanks for the quick turnaround.', 'Rebased on main.', 'Can we land this before the release?', 'Updated.', 'Good catch, fixed.', 'Ping for review.'];

export interface HumanOptions {
  unreviewed: boolean;
  hotfix: boolean;
}

/** PR size by bucket (XS…XXL by additions + deletions), so every bucket occurs. */
export function sizePr(ctx: GenContext, b: PrBuilder, bucket?: number): void {
  const { rng } = ctx;
  const ranges: Array<[number, number]> = [[1, 9], [10, 29], [30, 99], [100, 499], [500, 999], [1000, 6000]];
  const index = bucket ?? rng.weighted([[0, 14], [1, 20], [2, 30], [3, 24], [4, 7], [5, 5]]);
  const [lo, hi] = ranges[index] as [number, number];
  const total = rng.int(lo, hi);
  const additions = Math.max(0, Math.round(total * (0.5 + 0.45 * rng.next())));
  b.plan.additions = additions;
  b.plan.deletions = total - additions;
  b.plan.changedFiles = Math.max(1, Math.round(Math.sqrt(total) / 1.6) + rng.int(0, 2));
}

/**
 * Commits authored before the PR opened (coding time), pushed just before it. Sometimes a
 * rebase leaves a later-listed commit authored earlier, so "first commit" must be a minimum.
 */
export function initialCommits(ctx: GenContext, b: PrBuilder, count: number, codingMs: number): void {
  const { rng } = ctx;
  const created = b.plan.createdMs;
  const first = created - Math.max(3 * MINUTE, codingMs);
  const times = [first];
  for (let i = 1; i < count; i++) times.push(first + (created - 2 * MINUTE - first) * rng.next());
  times.sort((x, y) => x - y);
  if (count >= 2 && rng.chance(0.08)) [times[0], times[1]] = [times[1] as number, times[0] as number];
  const pushedAt = created - rng.int(1, 10) * SECOND;
  let sha = '';
  times.forEach((at, i) => { sha = b.commit(at, pushedAt, i === 0 ? b.plan.parts.title : `wip ${i}`); });
  b.plan.pushes.push({ ms: created, sha });
}

function body(ctx: GenContext, state: ReviewState): string {
  return ctx.rng.pick(REVIEW_BODY[state]);
}

export function humanLifecycle(ctx: GenContext, b: PrBuilder, opt: HumanOptions): void {
  const { rng, nowMs } = ctx;
  const p = b.plan;
  const author = p.author;
  sizePr(ctx, b, opt.hotfix ? rng.int(0, 2) : undefined);
  const nCommits = opt.hotfix ? 1 : rng.weighted([[1, 30], [2, 25], [3, 18], [4, 12], [6, 9], [9, 6]]);
  initialCommits(ctx, b, nCommits, opt.hotfix ? rng.lognormal(40 * MINUTE, 0.5) : rng.lognormal(6 * HOUR, 1.4));

  let t = p.createdMs;
  p.openedAsDraft = !opt.hotfix && rng.chance(0.16);
  if (p.openedAsDraft) {
    const stillDraft = rng.chance(0.1);
    const readyMs = stillDraft ? t + 30 * DAY : t + rng.lognormal(20 * HOUR, 1.1);
    const early = rng.chance(0.35) ? pickReviewers(rng, ctx.org, p.repo.team, t, author, 1)[0] : undefined;
    // Reviewed while still a draft: this stage ends before it starts and must count as 0.
    if (early) b.review(early, 'COMMENTED', t + (Math.min(readyMs, t + 3 * DAY) - t) * (0.2 + 0.6 * rng.next()), 'Early feedback on the approach.');
    if (stillDraft) {
      if (rng.chance(0.5)) b.pushCommit(t + rng.lognormal(DAY, 1), 'wip');
      if (rng.chance(0.3)) b.close(b.last() + rng.lognormal(10 * DAY, 0.8), author);
      return;
    }
    b.event('ReadyForReviewEvent', readyMs, author);
    t = readyMs;
  }
  if (!opt.hotfix && rng.chance(0.05)) {
    // Back to draft for more work, then ready again: `ready_at` is the first ready event.
    const back = t + rng.lognormal(3 * HOUR, 1);
    b.event('ConvertToDraftEvent', back, author);
    b.pushCommit(back + rng.lognormal(8 * HOUR, 1), 'address early feedback');
    t = b.last() + rng.lognormal(HOUR, 1);
    b.event('ReadyForReviewEvent', t, author);
  }

  const reviewers = opt.unreviewed ? [] : reviewRounds(ctx, b, t, opt.hotfix);
  conversation(ctx, b, reviewers);

  if (!opt.hotfix && rng.chance(0.025)) {
    const closeAt = b.last() + rng.lognormal(DAY, 1);
    const reopenAt = closeAt + rng.lognormal(2 * DAY, 0.8);
    // Only when both lie in the past, so a PR is never left closed by a reopen still to come.
    if (reopenAt < nowMs - HOUR) {
      b.event('ClosedEvent', closeAt, author);
      b.event('ReopenedEvent', reopenAt, author);
      b.pushCommit(reopenAt + rng.lognormal(2 * HOUR, 0.8), 'rework after reopening');
    }
  }
  if (!opt.hotfix && rng.chance(0.02)) return; // abandoned: stays open
  if (!opt.hotfix && rng.chance(0.075)) {
    const closeAt = b.last() + rng.lognormal(2 * DAY, 1.2);
    b.comment(author, closeAt - MINUTE, 'Closing: superseded by a different approach.');
    b.close(closeAt, author !== null && rng.chance(0.7) ? author : (reviewers[0] ?? author));
    return;
  }
  const mergeAt = b.last() + (opt.hotfix ? rng.lognormal(15 * MINUTE, 0.6) : rng.lognormal(1.5 * HOUR, 1.3));
  b.merge(mergeAt, author !== null && rng.chance(0.7) ? author : (reviewers[0] ?? pickReviewers(rng, ctx.org, p.repo.team, mergeAt, author, 1)[0] ?? null));
}

/** Requests, then rounds of review → fix → re-request → review. Returns the reviewers. */
function reviewRounds(ctx: GenContext, b: PrBuilder, t: number, hotfix: boolean): string[] {
  const { rng, org } = ctx;
  const p = b.plan;
  const team = p.repo.team;
  const reviewers = pickReviewers(rng, org, team, t, p.author, rng.weighted([[1, 55], [2, 35], [3, 10]]));
  const primary = reviewers[0];
  if (!primary) return [];
  if (rng.chance(0.85)) reviewers.forEach((r, i) => b.request(t + (i + 1) * 5 * SECOND, r));
  if (rng.chance(0.08)) b.request(t + 30 * SECOND, `team:${team}`);
  const others = pickReviewers(rng, org, team, t, p.author, reviewers.length + 1).filter((r) => !reviewers.includes(r));
  // A request nobody ever answers, and one withdrawn by the author.
  if (others[0] && rng.chance(0.07)) b.request(t + 40 * SECOND, others[0]);
  if (others[1] && rng.chance(0.03)) {
    b.request(t + 50 * SECOND, others[1]);
    b.request(t + rng.lognormal(3 * HOUR, 1), others[1], true);
  }

  let time = t + (hotfix ? rng.lognormal(20 * MINUTE, 0.8) : rng.lognormal(2.5 * HOUR, 1.4));
  let state = rng.weighted<ReviewState>([['APPROVED', 58], ['CHANGES_REQUESTED', 22], ['COMMENTED', 20]]);
  b.review(primary, state, time, body(ctx, state));
  for (let round = 0; state !== 'APPROVED' && round < 3; round++) {
    const fixAt = time + rng.lognormal(4 * HOUR, 1.1);
    if (rng.chance(0.22)) b.forcePush(fixAt);
    else b.pushCommit(fixAt, 'address review comments');
    // Re-requesting the same reviewer after changes: response time restarts from here.
    if (state === 'CHANGES_REQUESTED' && rng.chance(0.8)) b.request(fixAt + MINUTE, primary);
    time = fixAt + rng.lognormal(2 * HOUR, 1.2);
    state = rng.weighted<ReviewState>([['APPROVED', 80], ['CHANGES_REQUESTED', 12], ['COMMENTED', 8]]);
    b.review(primary, state, time, body(ctx, state));
  }
  for (const r of reviewers.slice(1)) {
    const s = rng.weighted<ReviewState>([['APPROVED', 55], ['COMMENTED', 38], ['CHANGES_REQUESTED', 7]]);
    b.review(r, s, t + rng.lognormal(5 * HOUR, 1.3), body(ctx, s));
  }
  return reviewers;
}

/** Conversation comments, self-reviews, bot and deleted-user activity. */
function conversation(ctx: GenContext, b: PrBuilder, reviewers: string[]): void {
  const { rng, org } = ctx;
  const p = b.plan;
  const span = b.last() - p.createdMs + HOUR;
  const at = (): number => p.createdMs + span * rng.next();
  const count = rng.weighted([[0, 35], [1, 25], [2, 18], [3, 12], [5, 7], [8, 3]]);
  for (let i = 0; i < count; i++) {
    const when = at();
    const other = reviewers.length > 0 && rng.chance(0.7) ? rng.pick(reviewers) : pickReviewers(rng, org, p.repo.team, when, p.author, 1)[0];
    const who = p.author !== null && rng.chance(0.35) ? p.author : (other ?? p.author);
    b.comment(who, when, rng.pick(COMMENTS));
  }
  // The author reviewing their own PR (GitHub allows COMMENTED only): never a review by others.
  if (p.author !== null && rng.chance(0.05)) b.review(p.author, 'COMMENTED', at(), 'Notes for reviewers inline.');
  if (rng.chance(0.25)) b.comment('github-actions', p.createdMs + rng.int(2, 8) * MINUTE, 'Coverage report: 84.2% (+0.3%)');
  if (rng.chance(0.05)) b.review('github-actions', 'COMMENTED', p.createdMs + rng.int(3, 9) * MINUTE, 'Lint found 2 issues.');
  if (rng.chance(0.012)) b.review(null, rng.pick<ReviewState>(['APPROVED', 'COMMENTED']), at(), '');
  if (rng.chance(0.015)) b.comment(null, at(), 'Left the company; comment kept by GitHub as ghost.');
}
