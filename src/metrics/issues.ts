import type { MetricsContext } from './context.js';
import { distribution, distributionFigures, figure, round } from './figures.js';
import type { Distribution, FamilyResult, Figures } from './model.js';
import type { Period } from './windows.js';

/**
 * Issues (METRICS.md "Issues"): time to first response, time to close, open issues and their
 * age at each ISO week's end, opened and closed counts. See docs/metrics/issues.md.
 */
export interface IssuePeriod {
  opened: number;
  closed: number;
  firstResponse: Distribution;
  timeToClose: Distribution;
}

export interface IssuesSection extends IssuePeriod {
  /** Null when the previous period was not harvested in full (report.ts). */
  previous: IssuePeriod | null;
  /** Open issues at the range end. */
  open: { count: number; totalAgeHours: number; medianAgeHours: number | null; p90AgeHours: number | null };
  weekly: Array<{
    week: string; from: string; opened: number; closed: number; firstResponseP50: number | null; timeToCloseP50: number | null;
    open: number; totalAgeHours: number; medianAgeHours: number | null;
  }>;
  /** Open issues nobody but their author has answered, oldest first (at most UNANSWERED_LIMIT). */
  unanswered: { count: number; oldest: Array<{ repo: string; number: number; title: string | null; url: string | null; author: string | null; createdAt: string; ageHours: number }> };
  byRepository: Array<{ repo: string; opened: number; closed: number; open: number; firstResponseP50: number | null; timeToCloseP50: number | null }>;
}

export const UNANSWERED_LIMIT = 100;

type OpenRow = { at: string; open: number; total_age_hours: number; median_age_hours: number | null; p90_age_hours: number | null };

/** SQL reports instants to the second. */
const instant = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;

async function period(ctx: MetricsContext, p: Period): Promise<IssuePeriod> {
  const rows = await ctx.rows<{ metric: string; n: number; p50: number | null; p75: number | null; p90: number | null; mean: number | null }>('issues.sql', 'distributions', { ...p });
  const [counts] = await ctx.rows<{ opened: number; closed: number }>('issues.sql', 'counts', { ...p });
  return {
    opened: counts?.opened ?? 0,
    closed: counts?.closed ?? 0,
    firstResponse: distribution(rows.find((r) => r.metric === 'first_response')),
    timeToClose: distribution(rows.find((r) => r.metric === 'time_to_close')),
  };
}

export async function computeIssues(ctx: MetricsContext): Promise<FamilyResult<IssuesSection>> {
  await ctx.exec('issues.sql', 'issue-facts');
  const current = await period(ctx, ctx.range);
  const previous = await period(ctx, ctx.previous);

  const ends = [...ctx.weeks.map((w) => w.to), ctx.range.to, ctx.previous.to];
  const openAt = new Map((await ctx.rows<OpenRow>('issues.sql', 'open-at', { ends })).map((r) => [r.at, r]));
  const at = (iso: string): OpenRow => openAt.get(instant(iso)) ?? { at: instant(iso), open: 0, total_age_hours: 0, median_age_hours: null, p90_age_hours: null };

  type WeekRow = { week: string; opened: number; closed: number; first_response_p50: number | null; time_to_close_p50: number | null };
  const weeks = new Map((await ctx.rows<WeekRow>('issues.sql', 'weekly', { ...ctx.range })).map((w) => [w.week, w]));
  const weekly = ctx.weeks.map((w) => {
    const row = weeks.get(instant(w.from));
    const end = at(w.to);
    return {
      week: w.label,
      from: w.from,
      opened: row?.opened ?? 0,
      closed: row?.closed ?? 0,
      firstResponseP50: round(row?.first_response_p50),
      timeToCloseP50: round(row?.time_to_close_p50),
      open: end.open,
      totalAgeHours: round(end.total_age_hours) ?? 0,
      medianAgeHours: round(end.median_age_hours),
    };
  });

  type UnansweredRow = { repo: string; number: number; title: string | null; url: string | null; author: string | null; created_at: string; age_hours: number; total: number };
  const unansweredRows = await ctx.rows<UnansweredRow>('issues.sql', 'unanswered', { limit: UNANSWERED_LIMIT });
  const unanswered = {
    count: unansweredRows[0]?.total ?? 0,
    oldest: unansweredRows.map((r) => ({ repo: r.repo, number: r.number, title: r.title, url: r.url, author: r.author, createdAt: r.created_at, ageHours: round(r.age_hours) ?? 0 })),
  };
  type RepoRow = { repo: string; opened: number; closed: number; open: number; first_response_p50: number | null; time_to_close_p50: number | null };
  const byRepository = (await ctx.rows<RepoRow>('issues.sql', 'by-repository', { ...ctx.range })).map((r) => ({
    repo: r.repo, opened: r.opened, closed: r.closed, open: r.open, firstResponseP50: round(r.first_response_p50), timeToCloseP50: round(r.time_to_close_p50),
  }));

  const end = at(ctx.range.to);
  const before = at(ctx.previous.to);
  const section: IssuesSection = {
    ...current,
    previous,
    open: { count: end.open, totalAgeHours: round(end.total_age_hours) ?? 0, medianAgeHours: round(end.median_age_hours), p90AgeHours: round(end.p90_age_hours) },
    weekly,
    unanswered,
    byRepository,
  };
  const figures: Figures = {
    ...distributionFigures('issues.first_response', 'Issue time to first response', current.firstResponse, previous.firstResponse),
    ...distributionFigures('issues.time_to_close', 'Issue time to close', current.timeToClose, previous.timeToClose),
    'issues.opened': figure('Issues opened', 'count', current.opened, current.opened, previous.opened),
    'issues.closed': figure('Issues closed', 'count', current.closed, current.closed, previous.closed),
    'issues.open': figure('Open issues at the range end', 'count', end.open, end.open, before.open),
    'issues.open_age.p50': figure('Median age of open issues at the range end', 'hours', end.median_age_hours, end.open, before.median_age_hours),
    'issues.unanswered': figure('Open issues without a response', 'count', unanswered.count, unanswered.count, null),
  };
  return { section, figures };
}
