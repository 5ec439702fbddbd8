import type { MetricsContext, TeamsSource } from './context.js';
import { figure, round } from './figures.js';
import type { FamilyResult, Figures } from './model.js';
import { prepareReviewerTables } from './reviewers.js';

/**
 * People (METRICS.md "Reviewers and people"): who is active, and the opt-in leaderboard with
 * its spotlights. Definitions and decisions: docs/metrics/people.md.
 */

export interface Member {
  login: string;
  teams: string[];
  /** Authored a PR, review or PR comment in the last `activity.days` days before now. */
  active: boolean;
  /** Null for a configured team member never seen on a PR. */
  lastActivityAt: string | null;
  daysSinceActivity: number | null;
  /** In the report window. */
  prsOpened: number;
  reviews: number;
  comments: number;
}

export interface LeaderboardEntry {
  rank: number;
  login: string;
  mergedPrs: number;
  reviews: number;
  /** Comments on a diff line (pr_review_comments). */
  reviewComments: number;
  prComments: number;
  points: number;
}

export interface Spotlights {
  longestStreak: { login: string; weeks: number; firstWeek: string; lastWeek: string } | null;
  fastestReviewer: { login: string; medianHours: number; n: number } | null;
  mostReviews: { login: string; reviews: number } | null;
  mostComments: { login: string; comments: number } | null;
}

export interface Leaderboard {
  enabled: boolean;
  points: { mergedPr: number; review: number; reviewComment: number; prComment: number };
  entries: LeaderboardEntry[];
  spotlights: Spotlights | null;
}

export interface PeopleSection {
  activityDays: number;
  members: Member[];
  active: number;
  inactive: number;
  byTeam: Array<{ team: string; members: number; active: number; inactive: number }>;
  /** Where the teams came from: the configuration file, GitHub's teams (read by the harvest), or none. */
  teamsFrom: TeamsSource;
  /** Every team with its members' logins. */
  teams: Array<{ team: string; members: string[] }>;
  leaderboard: Leaderboard;
}

/** The fastest-reviewer spotlight needs a median over at least this many answered requests. */
export const FASTEST_REVIEWER_MIN_REVIEWS = 5;

type MemberRow = { login: string; teams: string[]; active: boolean; last_activity_at: string | null; days_since_activity: number | null; prs_opened: number; reviews: number; comments: number };
type TallyRow = { login: string; merged_prs: number; reviews: number; review_comments: number; pr_comments: number; points: number };

/** The login with the highest count (ties to the login), or null when nobody has any. */
function leader(rows: TallyRow[], count: (row: TallyRow) => number): { login: string; count: number } | null {
  const best = [...rows].sort((a, b) => count(b) - count(a) || a.login.localeCompare(b.login))[0];
  return best && count(best) > 0 ? { login: best.login, count: count(best) } : null;
}

async function leaderboard(ctx: MetricsContext): Promise<Leaderboard> {
  const rules = ctx.config.leaderboard;
  const points = { mergedPr: rules.points['merged-pr'], review: rules.points.review, reviewComment: rules.points['review-comment'], prComment: rules.points['pr-comment'] };
  if (!rules.enabled) return { enabled: false, points, entries: [], spotlights: null };
  const window = { ...ctx.range };
  const tally = await ctx.rows<TallyRow>('people.sql', 'leaderboard', {
    ...window,
    merged_points: points.mergedPr,
    review_points: points.review,
    review_comment_points: points.reviewComment,
    pr_comment_points: points.prComment,
  });
  type StreakRow = { login: string; weeks: number; first_week: string; last_week: string };
  const [streak] = await ctx.rows<StreakRow>('people.sql', 'longest-streak', window);
  const [fastest] = await ctx.rows<{ login: string; median_hours: number; n: number }>('people.sql', 'fastest-reviewer', { ...window, min_reviews: FASTEST_REVIEWER_MIN_REVIEWS });
  const mostReviews = leader(tally, (r) => r.reviews);
  // "Most comments" counts every comment a person wrote: on the conversation and on diff lines.
  const mostComments = leader(tally, (r) => r.pr_comments + r.review_comments);
  // Equal points share a rank (1, 2, 2, 4), so the order among them is only alphabetical.
  const entries = tally.map((r): LeaderboardEntry => ({
    rank: 1 + tally.findIndex((o) => o.points === r.points),
    login: r.login,
    mergedPrs: r.merged_prs,
    reviews: r.reviews,
    reviewComments: r.review_comments,
    prComments: r.pr_comments,
    points: round(r.points) ?? 0,
  }));
  return {
    enabled: true,
    points,
    entries,
    spotlights: {
      longestStreak: streak ? { login: streak.login, weeks: streak.weeks, firstWeek: streak.first_week, lastWeek: streak.last_week } : null,
      fastestReviewer: fastest ? { login: fastest.login, medianHours: round(fastest.median_hours) ?? 0, n: fastest.n } : null,
      mostReviews: mostReviews ? { login: mostReviews.login, reviews: mostReviews.count } : null,
      mostComments: mostComments ? { login: mostComments.login, comments: mostComments.count } : null,
    },
  };
}

export async function computePeople(ctx: MetricsContext): Promise<FamilyResult<PeopleSection>> {
  await prepareReviewerTables(ctx);
  await ctx.exec('people.sql', 'members-table', { ...ctx.range });
  const days = ctx.config.activity.days;
  const rows = await ctx.rows<MemberRow>('people.sql', 'members', { days });
  const members: Member[] = rows.map((r) => ({
    login: r.login,
    teams: r.teams,
    active: r.active,
    lastActivityAt: r.last_activity_at,
    daysSinceActivity: round(r.days_since_activity),
    prsOpened: r.prs_opened,
    reviews: r.reviews,
    comments: r.comments,
  }));
  const teams = new Map<string, { team: string; members: number; active: number; inactive: number }>();
  const teamList = await ctx.rows<{ team: string; members: string[] }>('people.sql', 'teams');
  for (const { team } of teamList) teams.set(team, { team, members: 0, active: 0, inactive: 0 });
  for (const team of Object.keys(ctx.config.teams).sort()) if (!teams.has(team)) teams.set(team, { team, members: 0, active: 0, inactive: 0 });
  for (const m of members) {
    for (const team of m.teams) {
      const t = teams.get(team) ?? { team, members: 0, active: 0, inactive: 0 };
      t.members += 1;
      if (m.active) t.active += 1;
      else t.inactive += 1;
      teams.set(team, t);
    }
  }
  const active = members.filter((m) => m.active).length;
  const section: PeopleSection = {
    activityDays: days,
    members,
    active,
    inactive: members.length - active,
    byTeam: [...teams.values()],
    teamsFrom: ctx.teamsFrom,
    teams: teamList,
    leaderboard: await leaderboard(ctx),
  };

  // The previous figure is the same count as of the start of the report range.
  const [before] = await ctx.rows<{ active: number; members: number }>('people.sql', 'previous-member-counts', { ...ctx.range, days });
  const previousActive = before?.active ?? 0;
  const previousMembers = before?.members ?? 0;
  const figures: Figures = {
    'people.active_members': figure(`Active members (last ${days} days)`, 'count', active, members.length, previousActive),
    'people.inactive_members': figure(`Inactive members (nothing in ${days} days)`, 'count', section.inactive, members.length, previousMembers - previousActive),
    'people.members': figure('Members', 'count', members.length, members.length, previousMembers),
  };
  return { section, figures };
}
