/**
 * Pull requests with a fixed shape: dependency bumps by bots, reverts (GitHub's "Revert"
 * button), and the few very long discussions that overflow a 100-item GraphQL page.
 */
import type { ReviewState } from './dataset.js';
import { DAY, HOUR, MINUTE } from './generator-ids.js';
import { pickReviewers } from './generator-org.js';
import { initialCommits, sizePr } from './generator-pr-human.js';
import { PrBuilder, type GenContext, type PrPlan } from './generator-pr-plan.js';
import { revertTitle } from './generator-titles.js';

/** Bots open, the team approves (or not), and superseded bumps are closed by the bot itself. */
export function botLifecycle(ctx: GenContext, b: PrBuilder): void {
  const { rng } = ctx;
  const p = b.plan;
  const bot = p.author ?? 'dependabot';
  sizePr(ctx, b, rng.weighted([[0, 40], [1, 30], [2, 20], [3, 8], [5, 2]]));
  initialCommits(ctx, b, 1, rng.int(1, 5) * MINUTE);
  const human = pickReviewers(rng, ctx.org, p.repo.team, p.createdMs, null, 1)[0] ?? null;
  if (rng.chance(0.3)) b.comment('github-actions', p.createdMs + rng.int(2, 8) * MINUTE, 'Bundle size: +0.1 kB');
  const roll = rng.next();
  if (roll < 0.72) {
    if (human && rng.chance(0.55)) b.review(human, 'APPROVED', p.createdMs + rng.lognormal(6 * HOUR, 1.2), '');
    if (bot === 'renovate' && rng.chance(0.2)) b.comment(bot, p.createdMs + rng.lognormal(2 * HOUR, 1), 'Edited/Blocked Notification: this PR was rebased.');
    // Auto-merge: GitHub records the person who enabled it as `mergedBy`.
    b.merge(b.last() + rng.lognormal(40 * MINUTE, 1), human);
  } else if (roll < 0.9) {
    const closeAt = p.createdMs + rng.lognormal(5 * DAY, 0.7);
    b.comment(bot, closeAt - MINUTE, 'Superseded by a newer version.');
    b.close(closeAt, bot);
  }
  // else: an ignored bump, still open.
}

/**
 * A revert of `original`, opened after it merged. Branch and title depend on the original's
 * number, which is known only once numbers are assigned, so `applyRevertNames` fills them.
 */
export function revertLifecycle(ctx: GenContext, original: PrPlan): PrPlan | null {
  const { rng, org, nowMs } = ctx;
  if (original.outcome.kind !== 'merged') return null;
  const createdMs = original.outcome.ms + Math.max(10 * MINUTE, rng.lognormal(5 * HOUR, 1));
  if (createdMs > nowMs - 2 * HOUR) return null;
  const author = original.author !== null && rng.chance(0.6)
    ? original.author
    : pickReviewers(rng, org, original.repo.team, createdMs, null, 1)[0] ?? null;
  const b = new PrBuilder(ctx, {
    repo: original.repo, kind: 'revert', author, createdMs, revertOf: original,
    parts: { title: `Revert "${original.parts.title}"`, headRefName: 'revert-pending', labels: rng.chance(0.2) ? ['revert'] : [] },
  });
  b.plan.additions = original.deletions;
  b.plan.deletions = original.additions;
  b.plan.changedFiles = original.changedFiles;
  initialCommits(ctx, b, 1, 2 * MINUTE);
  const reviewer = pickReviewers(rng, org, original.repo.team, createdMs, author, 1)[0];
  if (reviewer && rng.chance(0.7)) {
    b.request(createdMs + 10_000, reviewer);
    b.review(reviewer, 'APPROVED', createdMs + rng.lognormal(20 * MINUTE, 0.8), '');
  }
  b.merge(b.last() + rng.lognormal(30 * MINUTE, 0.8), author ?? reviewer ?? null);
  return b.finish();
}

/** Once numbers exist: `Revert "<title>"` and `revert-<n>-<branch>`, as GitHub names them. */
export function applyRevertNames(plan: PrPlan, orgName: string): void {
  const original = plan.revertOf;
  if (!original) return;
  const parts = revertTitle(original.parts.title, original.number, original.parts.headRefName);
  plan.parts = { ...parts, labels: plan.parts.labels };
  plan.body = `Reverts ${orgName}/${original.repo.name}#${original.number}`;
}

/** More than 100 reviews (a long design discussion): forces the reviews overflow query. */
export function overflowReviewsLifecycle(ctx: GenContext, b: PrBuilder): void {
  const { rng, org } = ctx;
  const p = b.plan;
  sizePr(ctx, b, 5);
  initialCommits(ctx, b, 4, rng.lognormal(2 * DAY, 0.5));
  const reviewers = pickReviewers(rng, org, p.repo.team, p.createdMs, p.author, 3);
  reviewers.forEach((r, i) => b.request(p.createdMs + (i + 1) * MINUTE, r));
  const count = rng.int(105, 130);
  const span = 30 * DAY;
  for (let i = 0; i < count; i++) {
    const at = p.createdMs + HOUR + (span * (i + 1)) / (count + 1);
    const last = i === count - 1;
    const state: ReviewState = last ? 'APPROVED' : rng.weighted<ReviewState>([['COMMENTED', 90], ['CHANGES_REQUESTED', 10]]);
    b.review(last ? (reviewers[0] ?? null) : rng.pick(reviewers.length > 0 ? reviewers : [null]), state, at, last ? 'Finally, LGTM.' : 'See inline.');
    if (i % 10 === 9) b.pushCommit(at + rng.int(30, 120) * MINUTE, `address review round ${(i + 1) / 10}`);
  }
  b.merge(b.last() + rng.lognormal(2 * HOUR, 0.5), p.author ?? reviewers[0] ?? null);
}

/** More than 100 conversation comments: forces the comments overflow query. */
export function overflowCommentsLifecycle(ctx: GenContext, b: PrBuilder): void {
  const { rng, org } = ctx;
  const p = b.plan;
  sizePr(ctx, b, 4);
  initialCommits(ctx, b, 3, rng.lognormal(DAY, 0.5));
  const people = pickReviewers(rng, org, p.repo.team, p.createdMs, p.author, 4);
  const count = rng.int(101, 140);
  const span = 20 * DAY;
  for (let i = 0; i < count; i++) {
    const who = p.author !== null && i % 3 === 0 ? p.author : rng.pick(people.length > 0 ? people : [null]);
    b.comment(who, p.createdMs + 30 * MINUTE + (span * (i + 1)) / (count + 1), `Discussion point ${i + 1}.`);
  }
  const reviewer = people[0];
  if (reviewer) {
    b.request(p.createdMs + MINUTE, reviewer);
    b.review(reviewer, 'APPROVED', b.last() + rng.lognormal(3 * HOUR, 0.6), 'Agreed after all that.');
  }
  b.merge(b.last() + rng.lognormal(HOUR, 0.5), p.author ?? reviewer ?? null);
}
