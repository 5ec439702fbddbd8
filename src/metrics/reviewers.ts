import type { MetricsContext } from './context.js';
import { distribution, distributionFigures, figure, round } from './figures.js';
import type { Distribution, FamilyResult, Figures } from './model.js';
import type { Period } from './windows.js';

/**
 * Reviewers (METRICS.md "Reviewers and people"): who reviews how much, how fast they answer a
 * review request, what is still waiting on them, and who reviews whom. Definitions and every
 * decision METRICS.md leaves open are in docs/metrics/reviewers.md.
 */

/** What became of the review requests made in the window (as of the report's now). */
export interface RequestOutcomes {
  requests: number;
  answered: number;
  /** Never answered by a review and not withdrawn; counted, never dropped. */
  unanswered: number;
  withdrawn: number;
  /** Hours from each request to the reviewer's first review after it; answered requests only. */
  responseTime: Distribution;
}

export interface ReviewerLoad extends RequestOutcomes {
  /** Null for a deleted account ("ghost"). */
  login: string | null;
  teams: string[];
  reviews: number;
  prsReviewed: number;
  /** Pending now on open PRs. */
  outstanding: number;
  oldestOutstandingWaitHours: number | null;
}

export interface TeamRequests extends RequestOutcomes {
  team: string;
  outstanding: number;
  oldestOutstandingWaitHours: number | null;
}

export interface ReviewNetworkEdge {
  author: string | null;
  reviewer: string | null;
  reviews: number;
  prs: number;
}

export interface ReviewerTeamLoad {
  team: string;
  reviews: number;
  prsReviewed: number;
  requests: number;
  answered: number;
  unanswered: number;
  responseP50: number | null;
  responseP90: number | null;
}

export interface ReviewersSection {
  totals: { reviews: number; prsReviewed: number; reviewers: number };
  /** Personal requests (a user was asked), current and previous period. */
  requests: RequestOutcomes;
  /** Null when the previous period was not harvested in full (report.ts). */
  previousRequests: RequestOutcomes | null;
  /** Requests to teams, all teams together. */
  teamRequests: RequestOutcomes;
  outstanding: { personal: number; team: number; oldestWaitHours: number | null };
  load: ReviewerLoad[];
  teams: TeamRequests[];
  network: ReviewNetworkEdge[];
  byTeam: ReviewerTeamLoad[];
}

type OutcomeRow = { requests: number; answered?: number; n?: number; unanswered: number; withdrawn: number; p50: number | null; p75: number | null; p90: number | null };

function outcomes(row: OutcomeRow | undefined): RequestOutcomes {
  const answered = row?.answered ?? row?.n ?? 0;
  return {
    requests: row?.requests ?? 0,
    answered,
    unanswered: row?.unanswered ?? 0,
    withdrawn: row?.withdrawn ?? 0,
    responseTime: distribution({ n: answered, p50: row?.p50, p75: row?.p75, p90: row?.p90, mean: null }),
  };
}

const prepared = new WeakSet<MetricsContext>();

/**
 * Builds rv_window, rv_requests and rv_outstanding once per report, for its range: the people
 * family reads them too (leaderboard reviews, fastest reviewer), so both agree on what a
 * review is. Both read the review rows from facts.sql's human_reviews.
 */
export async function prepareReviewerTables(ctx: MetricsContext): Promise<void> {
  if (prepared.has(ctx)) return;
  await ctx.exec('reviewers.sql', 'window-table', { ...ctx.range, previous_from: ctx.previous.from });
  await ctx.exec('reviewers.sql', 'requests-table', { previous_from: ctx.previous.from });
  await ctx.exec('reviewers.sql', 'outstanding-table');
  prepared.add(ctx);
}

async function requestOutcomes(ctx: MetricsContext, period: Period, teams: boolean): Promise<RequestOutcomes> {
  const [row] = await ctx.rows<OutcomeRow>('reviewers.sql', 'response-summary', { ...period, teams });
  return outcomes(row);
}

export async function computeReviewers(ctx: MetricsContext): Promise<FamilyResult<ReviewersSection>> {
  await prepareReviewerTables(ctx);
  const window = { ...ctx.range };
  type LoadRow = OutcomeRow & { login: string | null; teams: string[]; reviews: number; prs_reviewed: number; outstanding: number; oldest_wait_h: number | null };
  const loadRows = await ctx.rows<LoadRow>('reviewers.sql', 'reviewer-load', window);
  type TeamRow = OutcomeRow & { team: string; outstanding: number; oldest_wait_h: number | null };
  const teamRows = await ctx.rows<TeamRow>('reviewers.sql', 'team-requests', window);
  type ByTeamRow = { team: string; reviews: number; prs_reviewed: number; requests: number; answered: number; unanswered: number; response_p50: number | null; response_p90: number | null };
  const byTeamRows = await ctx.rows<ByTeamRow>('reviewers.sql', 'by-team', window);
  type Totals = { reviews: number; prs: number; reviewers: number; previous_reviews: number };
  const [totals] = await ctx.rows<Totals>('reviewers.sql', 'review-totals');
  const [pending] = await ctx.rows<{ personal: number; team: number; oldest_wait_h: number | null }>('reviewers.sql', 'outstanding-summary');

  const previousRequests = await requestOutcomes(ctx, ctx.previous, false);
  const section: ReviewersSection = {
    totals: { reviews: totals?.reviews ?? 0, prsReviewed: totals?.prs ?? 0, reviewers: totals?.reviewers ?? 0 },
    requests: await requestOutcomes(ctx, ctx.range, false),
    previousRequests,
    teamRequests: await requestOutcomes(ctx, ctx.range, true),
    outstanding: { personal: pending?.personal ?? 0, team: pending?.team ?? 0, oldestWaitHours: round(pending?.oldest_wait_h) },
    load: loadRows.map((r) => ({
      login: r.login,
      teams: r.teams,
      reviews: r.reviews,
      prsReviewed: r.prs_reviewed,
      ...outcomes(r),
      outstanding: r.outstanding,
      oldestOutstandingWaitHours: round(r.oldest_wait_h),
    })),
    teams: teamRows.map((r) => ({ team: r.team, ...outcomes(r), outstanding: r.outstanding, oldestOutstandingWaitHours: round(r.oldest_wait_h) })),
    network: await ctx.rows<ReviewNetworkEdge>('reviewers.sql', 'network'),
    byTeam: byTeamRows.map((r) => ({
      team: r.team,
      reviews: r.reviews,
      prsReviewed: r.prs_reviewed,
      requests: r.requests,
      answered: r.answered,
      unanswered: r.unanswered,
      responseP50: round(r.response_p50),
      responseP90: round(r.response_p90),
    })),
  };

  const { requests, teamRequests } = section;
  const previousTeam = await requestOutcomes(ctx, ctx.previous, true);
  const figures: Figures = {
    ...distributionFigures('reviewers.response_time', 'Response time to a review request', requests.responseTime, previousRequests.responseTime),
    ...distributionFigures('reviewers.team_response_time', 'Response time to a team review request', teamRequests.responseTime, previousTeam.responseTime),
  };
  figures['reviewers.requests'] = figure('Review requests', 'count', requests.requests, requests.requests, previousRequests.requests);
  figures['reviewers.unanswered_requests'] = figure('Review requests never answered', 'count', requests.unanswered, requests.requests, previousRequests.unanswered);
  figures['reviewers.outstanding_requests'] = figure('Review requests pending now', 'count', section.outstanding.personal, section.outstanding.personal, null);
  figures['reviewers.reviews'] = figure('Reviews by others', 'count', section.totals.reviews, section.totals.reviews, totals?.previous_reviews ?? 0);
  return { section, figures };
}
