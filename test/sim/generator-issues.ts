/**
 * Issues: regular ones (bugs, requests, questions) and incidents. Incidents are opened shortly
 * after a production change of their repository and resolved within hours, so change failure
 * rate and recovery time have something real to measure; a few are still open.
 */
import type { SimIssue } from './dataset.js';
import { DAY, HOUR, MINUTE, iso, openingTime, type IdFactory } from './generator-ids.js';
import { pickAuthor, pickReviewers } from './generator-org.js';
import type { GenContext, PlanComment } from './generator-pr-plan.js';
import type { RepoPlan } from './generator-repos.js';
import { incidentTitle, issueTitle } from './generator-titles.js';

export interface IssuePlan {
  repo: RepoPlan;
  kind: 'regular' | 'incident';
  author: string | null;
  createdMs: number;
  title: string;
  labels: string[];
  comments: PlanComment[];
  closedMs: number | null;
  stateReason: SimIssue['stateReason'];
  offsetHours: number;
  number: number;
}

function finishComments(ctx: GenContext, plan: IssuePlan): IssuePlan {
  const end = plan.closedMs ?? ctx.nowMs;
  plan.comments = plan.comments.filter((c) => c.ms >= plan.createdMs && c.ms <= end).sort((a, b) => a.ms - b.ms);
  return plan;
}

export function planIssue(ctx: GenContext, repo: RepoPlan): IssuePlan {
  const { rng, org, nowMs, startMs } = ctx;
  const createdMs = openingTime(rng, startMs, nowMs);
  const roll = rng.next();
  // Mostly people; a few by the deleted account and by a bot (nightly-failure reports).
  const author = roll < 0.02 ? null : roll < 0.05 ? 'github-actions' : pickAuthor(rng, org, repo.team, createdMs);
  const { title, labels } = author === 'github-actions' ? { title: 'Nightly build failed', labels: ['bug'] } : issueTitle(rng);
  const plan: IssuePlan = {
    repo, kind: 'regular', author, createdMs, title, labels, comments: [],
    closedMs: null, stateReason: null, offsetHours: 0, number: 0,
  };
  let t = createdMs;
  if (rng.chance(0.7)) {
    t += rng.lognormal(8 * HOUR, 1.5);
    const responder = pickReviewers(rng, org, repo.team, t, author, 1)[0];
    if (responder) plan.comments.push({ author: responder, ms: t, body: 'Thanks, looking into it.' });
    if (author !== null && author !== 'github-actions' && rng.chance(0.5)) {
      t += rng.lognormal(4 * HOUR, 1);
      plan.comments.push({ author, ms: t, body: 'More details: it happens every time.' });
    }
    for (let i = rng.int(0, 3); i > 0; i--) {
      t += rng.lognormal(DAY, 1);
      plan.comments.push({ author: rng.chance(0.03) ? null : pickAuthor(rng, org, repo.team, t), ms: t, body: 'Same here.' });
    }
  } else if (author !== null && rng.chance(0.3)) {
    // Only the author talks: a comment that is not a response.
    plan.comments.push({ author, ms: t + rng.lognormal(2 * HOUR, 1), body: 'Adding a stack trace.' });
  }
  if (rng.chance(0.75)) {
    const closeAt = t + rng.lognormal(4 * DAY, 1.3);
    if (closeAt < nowMs) {
      plan.closedMs = closeAt;
      plan.stateReason = rng.chance(0.8) ? 'COMPLETED' : 'NOT_PLANNED';
      if (rng.chance(0.06)) {
        // Closed, then reopened: open again with reason REOPENED.
        const reopenAt = closeAt + rng.lognormal(2 * DAY, 0.7);
        if (reopenAt < nowMs) {
          plan.closedMs = null;
          plan.stateReason = 'REOPENED';
          plan.comments.push({ author: author ?? 'github-actions', ms: reopenAt, body: 'Still happening, reopening.' });
        }
      }
    }
  }
  return finishComments(ctx, plan);
}

/**
 * An incident opened after the production change at `changeMs`, resolved within hours; an
 * `ongoing` one is opened at most an hour ago and not resolved yet.
 */
export function planIncident(ctx: GenContext, repo: RepoPlan, changeMs: number, ongoing = false): IssuePlan | null {
  const { rng, org, nowMs } = ctx;
  let createdMs = changeMs + Math.max(5 * MINUTE, rng.lognormal(2 * HOUR, 0.9));
  if (ongoing) createdMs = Math.min(createdMs, nowMs - rng.int(10, 60) * MINUTE);
  if (createdMs >= nowMs) return null;
  const author = pickAuthor(rng, org, repo.team, createdMs);
  const plan: IssuePlan = {
    repo, kind: 'incident', author, createdMs, title: incidentTitle(rng),
    labels: ['incident', rng.chance(0.3) ? 'sev1' : 'sev2'], comments: [],
    closedMs: null, stateReason: null, offsetHours: 0, number: 0,
  };
  const resolvedAt = ongoing ? nowMs + DAY : createdMs + Math.max(20 * MINUTE, rng.lognormal(3 * HOUR, 1));
  const responders = pickReviewers(rng, org, repo.team, createdMs, author, 2);
  let t = createdMs;
  for (const who of [responders[0], author, responders[1], author]) {
    t += (resolvedAt - createdMs) / 5;
    if (who !== undefined) plan.comments.push({ author: who, ms: t, body: who === author ? 'Status: mitigating.' : 'On it.' });
  }
  if (resolvedAt < nowMs) {
    plan.closedMs = resolvedAt;
    plan.stateReason = 'COMPLETED';
  }
  return finishComments(ctx, plan);
}

export function finalizeIssue(plan: IssuePlan, ids: IdFactory, nowMs: number): SimIssue {
  const fmt = (ms: number): string => iso(ms, plan.offsetHours);
  const last = Math.max(plan.createdMs, plan.closedMs ?? 0, ...plan.comments.map((c) => c.ms));
  return {
    id: ids.node('I'),
    databaseId: ids.database('issue', 1_500_000_000),
    number: plan.number,
    title: plan.title,
    body: plan.kind === 'incident' ? 'Customer-facing impact; see the incident channel.' : 'Steps to reproduce are in the thread.',
    author: plan.author,
    createdAt: fmt(plan.createdMs),
    updatedAt: fmt(Math.min(nowMs, last)),
    closedAt: plan.closedMs === null ? null : fmt(plan.closedMs),
    state: plan.closedMs === null ? 'OPEN' : 'CLOSED',
    stateReason: plan.stateReason,
    labels: plan.labels,
    comments: plan.comments.map((c) => ({
      id: ids.node('IC'),
      databaseId: ids.database('comment', 700_000_000),
      author: c.author,
      createdAt: fmt(c.ms),
      updatedAt: fmt(c.ms),
      body: c.body,
    })),
  };
}
