import { branchHistory } from '../sim/commit-history.js';
import type { SimDataset, SimPullRequest, SimRepository } from '../sim/dataset.js';
import { DEFAULT_BOT_PATTERNS } from '../../src/metrics/metrics-config.js';
import { hoursBetween, summary } from './oracle-stats.js';

/**
 * The DORA family recomputed in plain TypeScript from the generator's own records (never from
 * the database or SQL), following METRICS.md "DORA" and docs/metrics/dora.md line by line.
 */
export type Source = 'deployments' | 'workflow' | 'releases' | 'merges';
const ORDER: Source[] = ['deployments', 'workflow', 'releases', 'merges'];

export interface OracleOptions {
  source: 'auto' | Source;
  from: string;
  to: string;
  environment?: string;
  workflow?: string;
  incidentLabel?: string;
}

export interface OracleDeployment { repo: string; id: string; at: number; sha: string | null; source: Source; prs: string[]; incidents: OracleIncident[] }
export interface OracleIncident { repo: string; kind: 'issue' | 'revert' | 'hotfix'; number: number; start: number; end: number | null; recoveryH: number | null; revertedNumber: number | null; failedDeployment: string | null }
export interface OraclePr { repo: string; pr: SimPullRequest; deployedAt: number | null; deployment: string | null; isBot: boolean; firstCommitAt: string | null }

const t = (s: string): number => Date.parse(s);
const iso = (ms: number): string => new Date(ms).toISOString();

function candidates(repo: SimRepository, o: OracleOptions): Record<Source, Array<{ id: string; at: number; sha: string | null }>> {
  const env = new RegExp(o.environment ?? '^(prod|production|live)$', 'i');
  const wf = new RegExp(o.workflow ?? 'deploy|release|publish', 'i');
  const deployments = repo.deployments.flatMap((d) => {
    const live = d.statuses.filter((s) => s.state !== 'INACTIVE');
    const firstSuccess = d.statuses.find((s) => s.state === 'SUCCESS');
    if (!env.test(d.environment) || live[live.length - 1]?.state !== 'SUCCESS' || !firstSuccess) return [];
    return [{ id: d.id, at: t(firstSuccess.createdAt), sha: d.sha }];
  });
  const pathOf = new Map(repo.workflows.map((w) => [w.id, w.path]));
  const workflow = repo.workflowRuns
    .filter((r) => r.conclusion === 'success' && r.headBranch === repo.defaultBranch && (wf.test(r.name) || wf.test(pathOf.get(r.workflowId) ?? '')))
    .map((r) => ({ id: r.nodeId, at: t(r.updatedAt), sha: r.headSha }));
  const releases = repo.releases
    .filter((r) => !r.isDraft && !r.isPrerelease && r.publishedAt)
    .map((r) => ({ id: r.id, at: t(r.publishedAt!), sha: r.tagCommitOid }));
  const merges = repo.pullRequests
    .filter((p) => p.mergedAt && p.baseRefName === repo.defaultBranch)
    .map((p) => ({ id: p.id, at: t(p.mergedAt!), sha: p.mergeCommitOid }));
  return { deployments, workflow, releases, merges };
}

/**
 * The source whose consecutive deployments the harvest compared (docs/metrics/dora.md): under
 * `auto` the first of deployments, workflow, releases with a deployment in the year before the
 * harvest, else the first with any.
 */
function comparedSource(all: Record<Source, Array<{ at: number }>>, now: number): Source | null {
  const order: Source[] = ['deployments', 'workflow', 'releases'];
  const present = order.filter((s) => all[s].length > 0);
  return present.find((s) => all[s].some((d) => d.at >= now - 365 * 86_400_000)) ?? present[0] ?? null;
}

type Candidate = { id: string; at: number; sha: string | null };

/** Each deployment with the one before it of the same source, in time order. */
function consecutive(list: Candidate[]): Array<{ d: Candidate; before: Candidate | undefined }> {
  const ordered = [...list].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.map((d, i) => ({ d, before: ordered[i - 1] }));
}

/** The commit pairs the harvest compared: consecutive deployments of the compared source. */
function comparedPairs(list: Candidate[]): Set<string> {
  return new Set(consecutive(list).filter(({ d, before }) => before?.sha && d.sha).map(({ d, before }) => `${before!.sha}...${d.sha}`));
}

/**
 * What each deployment brought, by commit ancestry on the simulator's linear branch: the
 * positions after the deployment before it (same source, time order) up to its own. Null
 * where that is unknown: the first deployment, a missing commit, a pair not compared (a pair
 * compared for another source is known here too).
 */
function broughtRanges(repo: SimRepository, list: Candidate[], compared: Set<string>): Map<string, [number, number] | null> {
  const position = branchHistory(repo).position;
  const ranges = new Map<string, [number, number] | null>();
  for (const { d, before } of consecutive(list)) {
    if (!before || !d.sha || !before.sha) { ranges.set(d.id, null); continue; }
    if (before.sha === d.sha) { ranges.set(d.id, [0, -1]); continue; }
    const b = position.get(before.sha);
    const h = position.get(d.sha);
    ranges.set(d.id, !compared.has(`${before.sha}...${d.sha}`) || b === undefined || h === undefined ? null : [b + 1, h]);
  }
  return ranges;
}

/** The deployment standing for an instant: the smallest id among those at the same time. */
function canonical(list: OracleDeployment[]): OracleDeployment[] {
  const byTime = new Map<number, OracleDeployment>();
  for (const d of list) {
    const seen = byTime.get(d.at);
    if (!seen || d.id < seen.id) byTime.set(d.at, d);
  }
  return [...byTime.values()].sort((a, b) => a.at - b.at);
}

export function doraOracle(dataset: SimDataset, o: OracleOptions) {
  const from = t(o.from);
  const to = t(o.to);
  const incidentLabel = new RegExp(o.incidentLabel ?? 'incident', 'i');
  const kinds = new Map(dataset.actors.map((a) => [a.login, a.kind]));
  const bots = DEFAULT_BOT_PATTERNS.map((p) => new RegExp(p, 'i'));
  const isBot = (login: string | null) => login !== null && (kinds.get(login) === 'Bot' || bots.some((p) => p.test(login)));

  const sourceByRepo: Record<string, Source | 'none'> = {};
  const deployments: OracleDeployment[] = [];
  const prs: OraclePr[] = [];
  const incidents: OracleIncident[] = [];

  for (const repo of dataset.repositories) {
    const name = `${repo.owner}/${repo.name}`;
    const all = candidates(repo, o);
    const source = o.source !== 'auto' ? o.source : ORDER.find((s) => all[s].some((d) => d.at >= from && d.at < to)) ?? 'none';
    sourceByRepo[name] = source;
    const used: OracleDeployment[] = source === 'none' ? [] : all[source].map((d) => ({ repo: name, ...d, source, prs: [], incidents: [] }));
    deployments.push(...used);
    const byId = new Map(used.map((d) => [d.id, d]));
    const points = canonical(used);
    const firstAtOrAfter = (at: number) => points.find((p) => p.at >= at) ?? null;
    // Commit ancestry first; the time rule over deployments whose contents are unknown.
    const harvested = comparedSource(all, t(dataset.now));
    const ranges = source === 'none' || source === 'merges' ? new Map<string, [number, number] | null>() : broughtRanges(repo, all[source], harvested ? comparedPairs(all[harvested]) : new Set());
    const pointAt = new Map(points.map((p) => [p.at, p]));
    const unknownAt = new Set(used.filter((d) => ranges.get(d.id) === null).map((d) => d.at));
    const position = branchHistory(repo).position;
    const shippedBy = (pr: SimPullRequest): OracleDeployment | null => {
      const merged = t(pr.mergedAt!);
      const at = pr.mergeCommitOid ? position.get(pr.mergeCommitOid) : undefined;
      const containing = at === undefined ? [] : used.filter((d) => { const r = ranges.get(d.id); return r && at >= r[0] && at <= r[1]; });
      if (containing.length > 0) return pointAt.get(Math.min(...containing.map((d) => d.at)))!;
      const traceable = pr.baseRefName === repo.defaultBranch && pr.mergeCommitOid !== null;
      return traceable ? points.find((p) => p.at >= merged && unknownAt.has(p.at)) ?? null : firstAtOrAfter(merged);
    };
    const lastAtOrBefore = (at: number) => [...points].reverse().find((p) => p.at <= at) ?? null;

    const repoPrs = new Map<string, OraclePr>();
    for (const pr of repo.pullRequests) {
      let deployment: OracleDeployment | null = null;
      if (pr.mergedAt) {
        deployment = source === 'merges' && pr.baseRefName === repo.defaultBranch ? byId.get(pr.id)! : source === 'none' ? null : shippedBy(pr);
        deployment?.prs.push(pr.id);
      }
      const commits = pr.commits.map((c) => t(c.authoredDate));
      const entry: OraclePr = { repo: name, pr, deployedAt: deployment?.at ?? null, deployment: deployment?.id ?? null, isBot: isBot(pr.author), firstCommitAt: commits.length ? iso(Math.min(...commits)) : null };
      repoPrs.set(pr.id, entry);
      prs.push(entry);
    }

    const merged = repo.pullRequests.filter((p) => p.mergedAt);
    const add = (i: Omit<OracleIncident, 'failedDeployment'>) => {
      const failed = lastAtOrBefore(i.start);
      const incident = { ...i, failedDeployment: failed?.id ?? null };
      failed?.incidents.push(incident);
      incidents.push(incident);
    };
    for (const issue of repo.issues) {
      if (!issue.labels.some((l) => incidentLabel.test(l))) continue;
      add({ repo: name, kind: 'issue', number: issue.number, start: t(issue.createdAt), end: issue.closedAt ? t(issue.closedAt) : null, recoveryH: hoursBetween(issue.createdAt, issue.closedAt), revertedNumber: null });
    }
    for (const pr of merged) {
      const branch = /^revert-(\d+)-/.exec(pr.headRefName);
      const isRevert = pr.title.startsWith('Revert "') || branch !== null;
      const isHotfix = pr.labels.some((l) => l.toLowerCase() === 'hotfix') || pr.title.toLowerCase().includes('hotfix');
      if (isRevert) {
        const revertedTitle = /^Revert "(.*)"$/.exec(pr.title)?.[1] ?? (pr.title.startsWith('Revert "') ? '' : null);
        const byNumber = branch ? repo.pullRequests.find((p) => p.number === Number(branch[1]) && p.id !== pr.id) : undefined;
        const byTitle = merged
          .filter((p) => p.id !== pr.id && revertedTitle !== null && p.title === revertedTitle && t(p.mergedAt!) <= t(pr.createdAt))
          .sort((a, b) => t(b.mergedAt!) - t(a.mergedAt!))[0];
        const reverted = byNumber ?? byTitle;
        const live = reverted ? repoPrs.get(reverted.id)?.deployedAt ?? null : null;
        const exact = live !== null && live <= t(pr.mergedAt!);
        add({ repo: name, kind: 'revert', number: pr.number, start: exact ? live : t(pr.createdAt), end: t(pr.mergedAt!), recoveryH: exact ? hoursBetween(iso(live), pr.mergedAt) : null, revertedNumber: reverted?.number ?? null });
      } else if (isHotfix) {
        add({ repo: name, kind: 'hotfix', number: pr.number, start: t(pr.createdAt), end: t(pr.mergedAt!), recoveryH: null, revertedNumber: null });
      }
    }
  }

  return { sourceByRepo, deployments, prs, incidents, summarize: (a: string, b: string, repo?: string) => summarize(a, b, repo) };

  function summarize(periodFrom: string, periodTo: string, repo?: string) {
    const [f, e] = [t(periodFrom), t(periodTo)];
    const inside = (x: number | null) => x !== null && x >= f && x < e;
    const mine = <T extends { repo: string }>(xs: T[]) => (repo ? xs.filter((x) => x.repo === repo) : xs);
    const shipped = mine(deployments).filter((d) => inside(d.at));
    const prsById = new Map(prs.map((p) => [p.pr.id, p.pr]));
    const rework = (d: OracleDeployment) => d.prs.some((id) => {
      const p = prsById.get(id)!;
      return p.title.startsWith('Revert "') || /^revert-\d+-/.test(p.headRefName) || p.labels.some((l) => l.toLowerCase() === 'hotfix') || p.title.toLowerCase().includes('hotfix');
    });
    const failed = shipped.filter((d) => d.incidents.length > 0).length;
    const reworked = shipped.filter(rework).length;
    const lead = mine(prs).filter((p) => inside(p.deployedAt) && !p.isBot).map((p) => hoursBetween(p.firstCommitAt, iso(p.deployedAt!))).filter((h): h is number => h !== null);
    const recovery = mine(incidents).filter((i) => inside(i.end) && i.recoveryH !== null).map((i) => i.recoveryH!);
    const deployTime = mine(prs).filter((p) => inside(t(p.pr.mergedAt ?? '')) && !p.isBot && p.deployedAt !== null).map((p) => hoursBetween(p.pr.mergedAt, iso(p.deployedAt!))!);
    const days = (e - f) / 86_400_000;
    const r3 = (v: number) => Math.round(v * 1000) / 1000;
    return {
      deployments: shipped.length,
      failed,
      reworked,
      perWeek: r3((shipped.length * 7) / days),
      changeFailureRate: shipped.length ? r3(failed / shipped.length) : null,
      reworkRate: shipped.length ? r3(reworked / shipped.length) : null,
      leadTime: summary(lead),
      recoveryTime: summary(recovery),
      deployTime: summary(deployTime),
      incidents: mine(incidents).filter((i) => inside(i.start)).length,
    };
  }
}
