import type { FlowSection } from '../../../metrics/flow.js';
import type { PeopleSection } from '../../../metrics/people.js';
import type { ReviewersSection } from '../../../metrics/reviewers.js';
import { empty, figureCell, figureLabel, heading, num, section, table, text, type PageContext } from '../page-context.js';
import { teamPagePath, type Block, type PageModel } from '../page-model.js';

function membersTable(ctx: PageContext, team?: string): Block {
  const { t, fmt } = ctx;
  const people = section<PeopleSection>(ctx.report, 'people');
  const members = (people?.members ?? []).filter((m) => !team || m.teams.includes(team));
  return table(t('team.members'), [t('col.login'), t('col.status'), t('col.last_activity'), { label: t('col.prs_opened'), numeric: true }, { label: t('col.reviews'), numeric: true }, { label: t('col.comments'), numeric: true }],
    members.map((m) => [text(m.login), { text: m.active ? t('team.active') : t('team.inactive'), tone: m.active ? 'ok' : 'warning' }, text(fmt.date(m.lastActivityAt)), num(fmt.integer(m.prsOpened)), num(fmt.integer(m.reviews)), num(fmt.integer(m.comments))]), t('empty.members'));
}

export function buildTeamPage(ctx: PageContext): PageModel {
  const { t, fmt } = ctx;
  const people = section<PeopleSection>(ctx.report, 'people');
  const blocks: Block[] = [heading(t('team.activity'), 'activity')];
  blocks.push(table(t('team.activity'), [t('col.figure'), { label: t('col.value'), numeric: true }],
    ['people.members', 'people.active_members', 'people.inactive_members'].filter((id) => ctx.report.figures[id]).map((id) => [text(figureLabel(ctx, id)), figureCell(ctx, id)]), t('empty.figures')));
  blocks.push({ kind: 'text', text: t('team.activity_rule', { days: fmt.integer(people?.activityDays ?? 14) }) });
  blocks.push(membersTable(ctx));
  const slugs = Object.keys(ctx.teams).sort();
  blocks.push(heading(t('team.teams'), 'teams'));
  if (people?.teamsFrom === 'github') blocks.push({ kind: 'text', text: t('team.teams_from_github') });
  else if (people?.teamsFrom === 'configuration') blocks.push({ kind: 'text', text: t('team.teams_from_config') });
  if (slugs.length > 0) {
    blocks.push({ kind: 'links', items: slugs.map((slug) => ({ text: slug, href: `lang:${teamPagePath(slug)}`, note: t('team.member_count', { n: fmt.integer(ctx.teams[slug]!.length) }) })) });
  } else blocks.push(empty(t('empty.teams')));
  blocks.push(heading(t('team.leaderboard'), 'leaderboard'));
  const board = people?.leaderboard;
  if (board?.enabled) {
    blocks.push(table(t('team.leaderboard'), [{ label: t('col.rank'), numeric: true }, t('col.login'), { label: t('col.merged'), numeric: true }, { label: t('col.reviews'), numeric: true }, { label: t('col.comments'), numeric: true }, { label: t('col.points'), numeric: true }],
      board.entries.map((e) => [num(fmt.integer(e.rank)), text(e.login), num(fmt.integer(e.mergedPrs)), num(fmt.integer(e.reviews)), num(fmt.integer(e.prComments + e.reviewComments)), num(fmt.integer(e.points))]), t('empty.leaderboard')));
    const s = board.spotlights;
    const items: Array<{ label: string; value: string }> = [];
    if (s?.longestStreak) items.push({ label: t('spotlight.streak'), value: t('spotlight.streak_value', { login: s.longestStreak.login, weeks: fmt.integer(s.longestStreak.weeks) }) });
    if (s?.fastestReviewer) items.push({ label: t('spotlight.fastest'), value: `${s.fastestReviewer.login} (${fmt.hours(s.fastestReviewer.medianHours)})` });
    if (s?.mostReviews) items.push({ label: t('spotlight.reviews'), value: `${s.mostReviews.login} (${fmt.integer(s.mostReviews.reviews)})` });
    if (s?.mostComments) items.push({ label: t('spotlight.comments'), value: `${s.mostComments.login} (${fmt.integer(s.mostComments.comments)})` });
    if (items.length) blocks.push(heading(t('team.spotlights'), 'spotlights'), { kind: 'facts', items });
  } else blocks.push(empty(t('empty.leaderboard_disabled')));
  return { key: 'team', path: 'team.html', title: t('page.team'), intro: t('team.intro'), blocks };
}

/** One configured team: its members, flow and review figures from the `byTeam` rows. */
export function buildTeamDetailPage(ctx: PageContext, slug: string): PageModel {
  const { t, fmt } = ctx;
  const flow = section<FlowSection>(ctx.report, 'flow')?.byTeam.find((r) => r.team === slug);
  const reviews = section<ReviewersSection>(ctx.report, 'reviewers')?.byTeam.find((r) => r.team === slug);
  const people = section<PeopleSection>(ctx.report, 'people')?.byTeam.find((r) => r.team === slug);
  const blocks: Block[] = [heading(t('team.summary'), 'summary')];
  const facts = [
    { label: t('team.members'), value: fmt.integer(people?.members ?? ctx.teams[slug]?.length ?? 0) },
    { label: t('team.active'), value: fmt.integer(people?.active ?? 0) },
    { label: t('col.merged'), value: fmt.integer((flow?.merged as number | undefined) ?? 0) },
    { label: t('col.cycle_p50'), value: fmt.hours((flow?.cycle_time_p50 as number | null | undefined) ?? null) },
    { label: t('col.pickup_p50'), value: fmt.hours((flow?.pickup_time_p50 as number | null | undefined) ?? null) },
    { label: t('col.reviews'), value: fmt.integer(reviews?.reviews ?? 0) },
    { label: t('col.response_p50'), value: fmt.hours(reviews?.responseP50 ?? null) },
  ];
  blocks.push({ kind: 'facts', items: facts });
  if (!flow && !reviews) blocks.push(empty(t('empty.team_activity')));
  blocks.push(heading(t('team.members'), 'members'), membersTable(ctx, slug));
  return { key: `team:${slug}`, path: teamPagePath(slug), title: t('page.team_detail', { team: slug }), blocks };
}
