import type { DuckDBConnection } from '@duckdb/node-api';
import { deleteChildren, upsertActors, upsertRows, type Row } from '../store/upsert.js';
import { ActorCollector } from './actors.js';

/** Child tables replaced as a whole whenever their parent is re-harvested. */
const PR_CHILDREN = ['pr_reviews', 'pr_comments', 'pr_commits', 'pr_timeline_events', 'pr_review_requests'] as const;
const ISSUE_CHILDREN = ['issue_comments'] as const;

const KEYS: Record<string, string[]> = {
  repositories: ['id'],
  pull_requests: ['id'],
  pr_reviews: ['id'],
  pr_comments: ['id'],
  pr_commits: ['pr_id', 'sha'],
  pr_timeline_events: ['id'],
  pr_review_requests: ['pr_id', 'reviewer'],
  pr_review_comments: ['id'],
  issues: ['id'],
  issue_comments: ['id'],
  deployments: ['id'],
  deployment_statuses: ['id'],
  releases: ['id'],
  workflows: ['id'],
  workflow_runs: ['id'],
  workflow_run_attempts: ['run_database_id', 'run_attempt'],
};

/**
 * The rows of one harvested page, written in one transaction together with the sync state,
 * so a page is stored whole or not at all. Pull requests and issues fetched here are complete
 * (overflowing connections were followed first), so their child rows are replaced as a set:
 * a review deleted on GitHub disappears here too, and nothing is ever duplicated.
 */
export class PageBatch {
  readonly actors = new ActorCollector();
  private readonly tables = new Map<string, Row[]>();
  private readonly replacedPrs: string[] = [];
  private readonly replacedIssues: string[] = [];

  add(table: string, row: Row): void {
    if (!KEYS[table]) throw new Error(`PageBatch: unknown table ${table}`);
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = []));
    rows.push(row);
  }

  /** Marks a PR whose child rows in this batch are its complete set. */
  replacePullRequestChildren(prId: string): void {
    this.replacedPrs.push(prId);
  }

  replaceIssueChildren(issueId: string): void {
    this.replacedIssues.push(issueId);
  }

  count(table: string): number {
    return this.tables.get(table)?.length ?? 0;
  }

  /** Writes everything; call inside a transaction. Returns the number of rows written. */
  async write(connection: DuckDBConnection): Promise<number> {
    let written = 0;
    for (const table of PR_CHILDREN) await deleteChildren(connection, table, 'pr_id', this.replacedPrs);
    for (const table of ISSUE_CHILDREN) await deleteChildren(connection, table, 'issue_id', this.replacedIssues);
    for (const [table, rows] of this.tables) written += await upsertRows(connection, table, rows, KEYS[table]!);
    written += await upsertActors(connection, this.actors.toRows());
    return written;
  }
}
