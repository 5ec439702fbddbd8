import type { Store } from '../store/database.js';
import { REPORT_MEMORY_LIMIT } from '../store/duckdb-engine.js';
import { computeAnomalies } from './anomalies.js';
import { computeCi } from './ci.js';
import { createContext, harvestedFrom, prepareFacts, type ContextOptions, type PrepareOptions, type PreparedFacts } from './context.js';
import { computeDora, prepareDeployments } from './dora.js';
import { computeFlow } from './flow.js';
import { computeIssues } from './issues.js';
import type { MetricsConfig } from './metrics-config.js';
import { sectionWithoutPrevious, withoutPrevious } from './figures.js';
import { REPORT_SCHEMA_VERSION, type Figures, type HarvestCoverage, type ReportModel } from './model.js';
import { computeOpenWork } from './open-work.js';
import { computePeople } from './people.js';
import { computeReviewers } from './reviewers.js';
import { computeSprints } from './sprints.js';

/**
 * Computes the ReportModel: a pure function of (database, config, now, range). Families run
 * in order because later ones read what earlier ones prepared (deployed_at before flow).
 */
export async function computeReport(store: Store, config: MetricsConfig, now: Date, options: ContextOptions = {}): Promise<ReportModel> {
  const [report] = await computeReports(store, config, now, [options]);
  return report!;
}

/**
 * Several reports over one config and database (the site's period presets): the per-PR facts,
 * most of a report's cost, are brought up to date once for all of them (facts-cache.ts). Each
 * report equals computeReport's.
 */
export async function computeReports(store: Store, config: MetricsConfig, now: Date, periods: ContextOptions[], options: PrepareOptions = {}): Promise<ReportModel[]> {
  await store.run(`SET memory_limit = '${REPORT_MEMORY_LIMIT}'`);
  const prepared = await prepareFacts(store, config, now, periods, options);
  const reports: ReportModel[] = [];
  for (const options of periods) reports.push(await reportOverFacts(store, config, now, options, prepared));
  return reports;
}

async function reportOverFacts(store: Store, config: MetricsConfig, now: Date, options: ContextOptions, prepared: PreparedFacts): Promise<ReportModel> {
  const ctx = await createContext(store, config, now, options, prepared);
  const coverage: HarvestCoverage = {
    harvestedSince: ctx.harvestedSince,
    firstActivityAt: ctx.firstActivityAt,
    rangeHarvested: harvestedFrom(ctx.harvestedSince, ctx.range.from),
    // A period that began before the first activity of all holds the repositories' first
    // weeks and the nothing before them: every count would rise from nearly nothing.
    previousRangeHarvested: harvestedFrom(ctx.harvestedSince, ctx.previous.from) && harvestedFrom(ctx.firstActivityAt, ctx.previous.from),
  };
  const figures: Figures = {};
  const sections: Record<string, unknown> = {};
  // A period the harvest read only in part is not compared with: its counts would look like a
  // rise from nothing, in a figure or in a section. Sprints compare sprints, and sprints.ts
  // checks those itself.
  const add = (name: string, result: { section: unknown; figures: Figures }) => {
    const compared = coverage.previousRangeHarvested || name === 'sprints';
    sections[name] = compared ? result.section : sectionWithoutPrevious(result.section);
    Object.assign(figures, compared ? result.figures : withoutPrevious(result.figures));
  };

  const deployments = await prepareDeployments(ctx);
  add('flow', await computeFlow(ctx));
  add('dora', await computeDora(ctx, deployments));
  add('openWork', await computeOpenWork(ctx));
  add('reviewers', await computeReviewers(ctx));
  add('people', await computePeople(ctx));
  add('ci', await computeCi(ctx));
  add('issues', await computeIssues(ctx));
  add('sprints', await computeSprints(ctx));
  add('anomalies', await computeAnomalies(ctx));

  // The repositories the filters leave in (filters.sql report-views): what the figures cover.
  const repositories = await store.query<{ id: string; full_name: string; is_private: boolean | null }>('SELECT id, full_name, is_private FROM report_repositories ORDER BY full_name');
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    range: ctx.range,
    previousRange: ctx.previous,
    coverage,
    weeks: ctx.weeks,
    repositories: repositories.map((r) => ({ id: r.id, fullName: r.full_name, isPrivate: Boolean(r.is_private) })),
    filters: prepared.filters,
    sections,
    figures: Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b))),
  };
}
