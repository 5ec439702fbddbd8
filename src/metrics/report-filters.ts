import { ConfigError } from '../errors.js';
import type { MetricsContext } from './context.js';
import { anyOf, FILTER_KINDS, hasFilters, repositoryRegex, type MetricsFilters } from './filters-config.js';
import { metricsField } from './metrics-config.js';
import type { ReportFilters } from './model.js';

/**
 * Applies `metrics.filters` to a build (metrics/sql/filters.sql): fills the exclusion tables
 * and (re)creates the views the families read through. Runs after the facts cache is
 * refreshed, because the cache must never hold a filtered fact: the same cache serves every
 * filter, and changing a filter changes only these tables.
 */
type StatementRunner = Pick<MetricsContext, 'rows' | 'exec'>;

const FILE = 'filters.sql';

/** A list as filters.sql reads it: JSON, lower-cased (labels and logins match case-insensitively). */
const lowerList = (list: readonly string[]) => JSON.stringify(list.map((s) => s.toLowerCase()));

/**
 * The configuration accepted each title pattern as a JavaScript regex that avoids what RE2
 * lacks (filters-config.ts), but the two dialects differ in corners: DuckDB has the last word,
 * and its refusal is a configuration error naming the field, not a failed query.
 */
async function checkTitlePatterns(runner: StatementRunner, filters: MetricsFilters): Promise<void> {
  for (const list of ['include', 'exclude'] as const) {
    for (const [index, pattern] of filters.titles[list].entries()) {
      try {
        await runner.rows(FILE, 'check-pattern', { pattern });
      } catch (error) {
        const reason = (error as Error).message.replace(/^[\w ]*Error: /, '');
        throw new ConfigError(metricsField(['filters', 'titles', list, index]), `is not a regular expression DuckDB accepts (${reason}); DuckDB uses RE2 syntax`);
      }
    }
  }
}

/**
 * Builds the exclusion tables and the report views; returns what the report states about
 * its filters, or null when none is configured (the tables are then empty).
 */
export async function applyReportFilters(runner: StatementRunner, filters: MetricsFilters): Promise<ReportFilters | null> {
  await runner.exec(FILE, 'no-filters');
  const active = hasFilters(filters);
  if (active) {
    await checkTitlePatterns(runner, filters);
    await runner.exec(FILE, 'filtered-out-repositories', {
      repo_include: repositoryRegex(filters.repositories.include),
      repo_exclude: repositoryRegex(filters.repositories.exclude),
    });
    await runner.exec(FILE, 'filtered-out-items', {
      label_include: lowerList(filters.labels.include),
      label_exclude: lowerList(filters.labels.exclude),
      author_include: lowerList(filters.authors.include),
      author_exclude: lowerList(filters.authors.exclude),
      title_include: anyOf(filters.titles.include),
      title_exclude: anyOf(filters.titles.exclude),
    });
    await runner.exec(FILE, 'filtered-out-split');
  }
  await runner.exec(FILE, 'report-views');
  if (!active) return null;
  type LeftOut = { pull_requests: number; issues: number; repositories: number; private_repositories: number };
  const [left] = await runner.rows<LeftOut>(FILE, 'left-out');
  const lists = Object.fromEntries(FILTER_KINDS.map((kind) => [kind, { include: [...filters[kind].include], exclude: [...filters[kind].exclude] }]));
  return {
    ...(lists as Pick<ReportFilters, 'labels' | 'authors' | 'titles' | 'repositories'>),
    leftOut: {
      pullRequests: left?.pull_requests ?? 0,
      issues: left?.issues ?? 0,
      repositories: left?.repositories ?? 0,
      privateRepositories: left?.private_repositories ?? 0,
    },
  };
}
