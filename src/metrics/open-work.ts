import type { MetricsContext } from './context.js';
import { figure, round } from './figures.js';
import type { FamilyResult, Figures } from './model.js';

/**
 * Open work (METRICS.md "Open work"): who each waiting PR waits on and for how long as of
 * "now", and the backlog and work in progress at each ISO week's end. See docs/metrics/open-work.md.
 */
/** Waiting PRs listed in the section (all of them are counted). */
export const WAITING_LIST_LIMIT = 1000;

export type Ball = 'reviewer' | 'author';
export type Severity = 'ok' | 'warning' | 'critical';

export interface WaitingPr {
  repo: string;
  number: number;
  title: string | null;
  url: string | null;
  /** The PR's labels, sorted: untrusted text, like the title. */
  labels: string[];
  /** NULL for a deleted account. */
  author: string | null;
  ball: Ball;
  /** Pending reviewers (logins or team slugs) in the reviewers' court; the author in the author's. */
  waitingOn: string[];
  /** The moment the ball last moved. */
  since: string;
  waitHours: number;
  severity: Severity;
  /** additions + deletions */
  size: number;
}

export interface BacklogPoint {
  week: string;
  /** The week's end (the range end for the last, partial week). */
  at: string;
  open: number;
  totalAgeHours: number;
  medianAgeHours: number | null;
  wip: number;
  wipAuthors: number;
}

export interface OpenWorkSection {
  asOf: string;
  thresholds: { warningHours: number; criticalHours: number };
  /** Longest waits first, at most WAITING_LIST_LIMIT; `counts.waiting` is the full number. */
  waiting: WaitingPr[];
  counts: { waiting: number; withReviewer: number; withAuthor: number; ok: number; warning: number; critical: number };
  backlog: BacklogPoint[];
  /** At the range end. */
  wipByAuthor: Array<{ author: string | null; wip: number; open: number }>;
  byRepository: Array<{ repo: string; open: number; wip: number; medianAgeHours: number | null; waiting: number; warning: number; critical: number }>;
}

type WaitingRow = {
  repo: string; number: number; title: string | null; url: string | null; labels: string[]; author: string | null; ball: Ball;
  /** Joined with ',', which logins and team slugs cannot contain. */
  waiting_on: string; since: string; wait_hours: number; size: number;
};
type CountRow = { is_total: boolean; repo: string | null; waiting: number; with_reviewer: number; with_author: number; ok: number; warning: number; critical: number };
type BacklogRow = { at: string; open: number; total_age_hours: number; median_age_hours: number | null; wip: number; wip_authors: number };

export function severityOf(hours: number, thresholds: OpenWorkSection['thresholds']): Severity {
  if (hours >= thresholds.criticalHours) return 'critical';
  return hours >= thresholds.warningHours ? 'warning' : 'ok';
}

/** SQL reports instants to the second. */
const instant = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;

export async function computeOpenWork(ctx: MetricsContext): Promise<FamilyResult<OpenWorkSection>> {
  const thresholds = { warningHours: ctx.config.waiting['warning-hours'], criticalHours: ctx.config.waiting['critical-hours'] };
  const limits = { warning_hours: thresholds.warningHours, critical_hours: thresholds.criticalHours };
  await ctx.exec('open-work.sql', 'waiting-table');
  // The list keeps the longest waits: enough for any page, without megabytes of JSON for an
  // org with tens of thousands of open PRs; the counts (in SQL) cover every waiting PR.
  const rows = await ctx.rows<WaitingRow>('open-work.sql', 'waiting-list', { limit: WAITING_LIST_LIMIT });
  const countRows = await ctx.rows<CountRow>('open-work.sql', 'waiting-counts', limits);
  const waiting: WaitingPr[] = rows.map((r) => ({
    repo: r.repo,
    number: r.number,
    title: r.title,
    url: r.url,
    labels: r.labels ?? [],
    author: r.author,
    ball: r.ball,
    waitingOn: r.waiting_on ? r.waiting_on.split(',') : [],
    since: r.since,
    waitHours: round(r.wait_hours) ?? 0,
    severity: severityOf(r.wait_hours, thresholds),
    size: r.size,
  }));

  const end = ctx.range.to;
  const previousEnd = ctx.previous.to;
  const ends = [...ctx.weeks.map((w) => w.to), end, previousEnd];
  await ctx.exec('open-work.sql', 'open-prs-at');
  const series = new Map((await ctx.rows<BacklogRow>('open-work.sql', 'backlog-series', { ends })).map((r) => [r.at, r]));
  const at = (iso: string): BacklogRow => series.get(instant(iso)) ?? { at: instant(iso), open: 0, total_age_hours: 0, median_age_hours: null, wip: 0, wip_authors: 0 };
  const backlog: BacklogPoint[] = ctx.weeks.map((w) => {
    const r = at(w.to);
    return { week: w.label, at: r.at, open: r.open, totalAgeHours: round(r.total_age_hours) ?? 0, medianAgeHours: round(r.median_age_hours), wip: r.wip, wipAuthors: r.wip_authors };
  });

  const wipByAuthor = await ctx.rows<{ author: string | null; wip: number; open: number }>('open-work.sql', 'wip-by-author', { at: end });
  const repos = await ctx.rows<{ repo: string; open: number; wip: number; median_age_hours: number | null }>('open-work.sql', 'by-repository', { at: end });
  const waitingByRepo = new Map(countRows.filter((r) => !r.is_total).map((r) => [r.repo!, r]));
  const repoNames = [...new Set([...repos.map((r) => r.repo), ...waitingByRepo.keys()])].sort();
  const byRepository = repoNames.map((repo) => {
    const snapshot = repos.find((r) => r.repo === repo);
    const mine = waitingByRepo.get(repo);
    return {
      repo,
      open: snapshot?.open ?? 0,
      wip: snapshot?.wip ?? 0,
      medianAgeHours: round(snapshot?.median_age_hours),
      waiting: mine?.waiting ?? 0,
      warning: mine?.warning ?? 0,
      critical: mine?.critical ?? 0,
    };
  });

  const total = countRows.find((r) => r.is_total);
  const counts = {
    waiting: total?.waiting ?? 0,
    withReviewer: total?.with_reviewer ?? 0,
    withAuthor: total?.with_author ?? 0,
    ok: total?.ok ?? 0,
    warning: total?.warning ?? 0,
    critical: total?.critical ?? 0,
  };
  const section: OpenWorkSection = { asOf: ctx.now.toISOString(), thresholds, waiting, counts, backlog, wipByAuthor, byRepository };

  // Who held the ball in the past is not recorded (pending requests are as of the harvest),
  // so waiting figures have no previous value; backlog figures compare with the range start.
  const now = at(end);
  const before = at(previousEnd);
  const figures: Figures = {
    'open.waiting': figure('Waiting PRs', 'prs', counts.waiting, counts.waiting, null),
    'open.waiting_on_reviewer': figure('Waiting PRs with the ball in the reviewers’ court', 'prs', counts.withReviewer, counts.waiting, null),
    'open.waiting_warning': figure('Waiting PRs at warning severity or worse', 'prs', counts.warning + counts.critical, counts.waiting, null),
    'open.waiting_critical': figure('Waiting PRs at critical severity', 'prs', counts.critical, counts.waiting, null),
    'open.backlog': figure('Open PRs at the range end', 'prs', now.open, now.open, before.open),
    'open.median_age_hours': figure('Median age of open PRs at the range end', 'hours', now.median_age_hours, now.open, before.median_age_hours),
    'open.total_age_hours': figure('Total age of open PRs at the range end', 'hours', now.total_age_hours, now.open, before.total_age_hours),
    'open.wip': figure('Open non-draft PRs at the range end', 'prs', now.wip, now.wip, before.wip),
  };
  return { section, figures };
}
