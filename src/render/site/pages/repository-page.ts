import type { DoraSection } from '../../../metrics/dora-section.js';
import type { FlowSection } from '../../../metrics/flow.js';
import type { IssuesSection } from '../../../metrics/issues.js';
import type { OpenWorkSection } from '../../../metrics/open-work.js';
import { empty, heading, section, type PageContext } from '../page-context.js';
import { repositoryPagePath, type Block, type PageModel } from '../page-model.js';
import { workflowTable } from './ci-page.js';
import { unansweredTable } from './issues-page.js';
import { waitingBlocks } from './open-work-page.js';

/** One repository: its row of every family's per-repository table, its waiting PRs and CI. */
export function buildRepositoryPage(ctx: PageContext, fullName: string): PageModel {
  const { t, fmt } = ctx;
  const flow = section<FlowSection>(ctx.report, 'flow')?.byRepository.find((r) => r.repo === fullName);
  const dora = section<DoraSection>(ctx.report, 'dora')?.byRepository.find((r) => r.repo === fullName);
  const open = section<OpenWorkSection>(ctx.report, 'openWork')?.byRepository.find((r) => r.repo === fullName);
  const issues = section<IssuesSection>(ctx.report, 'issues')?.byRepository.find((r) => r.repo === fullName);
  const blocks: Block[] = [heading(t('repo.summary'), 'summary')];
  blocks.push({ kind: 'links', items: [{ text: t('repo.on_github', { repo: fullName }), href: `${ctx.serverUrl}/${fullName}` }] });
  blocks.push({ kind: 'facts', items: [
    { label: t('col.merged'), value: fmt.integer((flow?.merged as number | undefined) ?? 0) },
    { label: t('col.cycle_p50'), value: fmt.hours((flow?.cycle_time_p50 as number | null | undefined) ?? null) },
    { label: t('col.pickup_p50'), value: fmt.hours((flow?.pickup_time_p50 as number | null | undefined) ?? null) },
    { label: t('col.deployments'), value: fmt.integer(dora?.deployments ?? 0) },
    { label: t('col.cfr'), value: fmt.value(dora?.change_failure_rate ?? null, 'share') },
    { label: t('col.lead_time_p50'), value: fmt.hours(dora?.lead_time_p50 ?? null) },
    { label: t('col.open'), value: fmt.integer(open?.open ?? 0) },
    { label: t('col.waiting'), value: fmt.integer(open?.waiting ?? 0) },
    { label: t('issues.open_issues'), value: fmt.integer(issues?.open ?? 0) },
  ] });
  if (!flow && !dora && !open && !issues) blocks.push(empty(t('empty.repository')));
  blocks.push(heading(t('open.waiting'), 'waiting'), ...waitingBlocks(ctx, fullName));
  blocks.push(heading(t('ci.workflows'), 'workflows'), workflowTable(ctx, fullName));
  blocks.push(heading(t('issues.unanswered'), 'unanswered'), unansweredTable(ctx, fullName));
  return { key: `repo:${fullName}`, path: repositoryPagePath(fullName), title: fullName, intro: t('repo.intro'), blocks };
}
