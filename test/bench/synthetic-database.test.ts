import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { computeReport } from '../../src/metrics/report.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { buildSyntheticDatabase, SYNTHETIC_NOW, type SyntheticSummary } from '../../bench/synthetic-database.js';

/** The metrics-scale bench's database generator: counts and shapes a metric needs to see. */
describe('synthetic database (metrics-scale bench)', () => {
  const PRS = 2000;
  let store: Store;
  let summary: SyntheticSummary;
  const one = async <T = Record<string, number>>(sql: string) => (await store.query<T>(sql))[0]!;

  beforeAll(async () => {
    store = await openStore(':memory:');
    summary = await buildSyntheticDatabase(store, { prs: PRS });
  });
  afterAll(async () => store.close());

  it('creates the requested PRs, about 5 reviews and 2 workflow runs per PR', () => {
    const rows = (table: string) => summary.rows[table] ?? 0;
    expect(rows('pull_requests')).toBe(PRS);
    expect(rows('repositories')).toBe(50);
    expect(rows('pr_reviews') / PRS).toBeGreaterThan(4.5);
    expect(rows('pr_reviews') / PRS).toBeLessThan(5.5);
    expect(rows('workflow_runs') / PRS).toBeGreaterThan(1.7);
    expect(rows('workflow_runs') / PRS).toBeLessThan(2.3);
    for (const table of ['pr_comments', 'pr_commits', 'pr_timeline_events', 'pr_review_requests', 'workflow_run_attempts', 'deployments', 'deployment_statuses', 'releases', 'issues', 'issue_comments']) {
      expect(summary.rows[table], table).toBeGreaterThan(0);
    }
  });

  it('has ~85% merged, ~8% closed, the rest open, and some drafts', async () => {
    const s = await one(`SELECT avg((state = 'MERGED')::INTEGER)::DOUBLE AS merged, avg((state = 'CLOSED')::INTEGER)::DOUBLE AS closed,
                                avg((state = 'OPEN')::INTEGER)::DOUBLE AS open, count(*) FILTER (WHERE is_draft)::INTEGER AS drafts
                           FROM pull_requests`);
    expect(s.merged).toBeGreaterThan(0.8);
    expect(s.merged).toBeLessThan(0.9);
    expect(s.closed).toBeGreaterThan(0.05);
    expect(s.closed).toBeLessThan(0.11);
    expect(s.open).toBeGreaterThan(0.02);
    expect(s.drafts).toBeGreaterThan(0);
  });

  it('keeps every timeline in order and nothing after now', async () => {
    const bad = await one(`SELECT
        count(*) FILTER (WHERE state = 'MERGED' AND (merged_at < created_at OR closed_at <> merged_at))::INTEGER AS merged,
        count(*) FILTER (WHERE state = 'CLOSED' AND (closed_at < created_at OR merged_at IS NOT NULL))::INTEGER AS closed,
        count(*) FILTER (WHERE state = 'OPEN' AND (closed_at IS NOT NULL OR merged_at IS NOT NULL))::INTEGER AS open,
        count(*) FILTER (WHERE first_commit_at > created_at)::INTEGER AS commits
      FROM pull_requests`);
    expect(bad).toEqual({ merged: 0, closed: 0, open: 0, commits: 0 });
    const late = await one(`SELECT count(*) FILTER (WHERE v.submitted_at > p.merged_at)::INTEGER AS after_merge,
                                   count(*) FILTER (WHERE v.submitted_at < p.created_at)::INTEGER AS before_open
                              FROM pr_reviews v JOIN pull_requests p ON p.id = v.pr_id`);
    expect(late).toEqual({ after_merge: 0, before_open: 0 });
    const now = `'${SYNTHETIC_NOW}'::TIMESTAMPTZ`;
    const future = await one(`SELECT
        (SELECT count(*) FROM pull_requests WHERE greatest(created_at, updated_at, merged_at, closed_at) > ${now})::INTEGER +
        (SELECT count(*) FROM pr_reviews WHERE submitted_at > ${now})::INTEGER +
        (SELECT count(*) FROM pr_timeline_events WHERE created_at > ${now})::INTEGER +
        (SELECT count(*) FROM workflow_runs WHERE updated_at > ${now})::INTEGER +
        (SELECT count(*) FROM deployments WHERE updated_at > ${now})::INTEGER +
        (SELECT count(*) FROM issues WHERE coalesce(closed_at, created_at) > ${now})::INTEGER AS n`);
    expect(future.n).toBe(0);
  });

  it('references only rows that exist', async () => {
    const orphans = await one(`SELECT
        (SELECT count(*) FROM pr_reviews WHERE pr_id NOT IN (SELECT id FROM pull_requests))::INTEGER AS reviews,
        (SELECT count(*) FROM pr_timeline_events WHERE pr_id NOT IN (SELECT id FROM pull_requests))::INTEGER AS events,
        (SELECT count(*) FROM pull_requests WHERE repo_id NOT IN (SELECT id FROM repositories))::INTEGER AS repos,
        (SELECT count(*) FROM pr_reviews WHERE author_id IS NOT NULL AND author_id NOT IN (SELECT id FROM actors))::INTEGER AS reviewers,
        (SELECT count(*) FROM deployment_statuses WHERE deployment_id NOT IN (SELECT id FROM deployments))::INTEGER AS statuses,
        (SELECT count(*) FROM issue_comments WHERE issue_id NOT IN (SELECT id FROM issues))::INTEGER AS issue_comments`);
    expect(orphans).toEqual({ reviews: 0, events: 0, repos: 0, reviewers: 0, statuses: 0, issue_comments: 0 });
  });

  it('spreads PRs over every size bucket, conventional types, reverts and incidents', async () => {
    const buckets = await store.query<{ bucket: string }>(`SELECT DISTINCT CASE WHEN additions + deletions < 10 THEN 'XS' WHEN additions + deletions < 30 THEN 'S'
        WHEN additions + deletions < 100 THEN 'M' WHEN additions + deletions < 500 THEN 'L' WHEN additions + deletions < 1000 THEN 'XL' ELSE 'XXL' END AS bucket
      FROM pull_requests`);
    expect(buckets.map((b) => b.bucket).sort()).toEqual(['L', 'M', 'S', 'XL', 'XS', 'XXL']);
    const kinds = await one(`SELECT count(*) FILTER (WHERE regexp_matches(title, '^(feat|fix)(\\([a-z]+\\))?: '))::INTEGER AS conventional,
        count(*) FILTER (WHERE title LIKE 'Revert "%' AND regexp_matches(head_ref, '^revert-\\d+-'))::INTEGER AS reverts,
        count(*) FILTER (WHERE author_kind = 'Bot')::INTEGER AS bots,
        count(*) FILTER (WHERE author_login IS NULL)::INTEGER AS ghosts
      FROM pull_requests`);
    expect(kinds.conventional).toBeGreaterThan(PRS / 10);
    expect(kinds.reverts).toBeGreaterThan(0);
    expect(kinds.bots).toBeGreaterThan(0);
    expect(kinds.ghosts).toBeGreaterThan(0);
    const incidents = await one(`SELECT count(*)::INTEGER AS n FROM issues WHERE list_contains(labels, 'incident')`);
    expect(incidents.n).toBeGreaterThan(0);
  });

  it('is the same database for the same seed and a different one for another seed', async () => {
    const fingerprint = async (seed: number) => {
      const other = await openStore(':memory:');
      await buildSyntheticDatabase(other, { prs: 300, seed });
      const [row] = await other.query<{ f: string }>(`SELECT (SELECT sum(hash(id, created_at, additions))::VARCHAR FROM pull_requests) || '/' ||
          (SELECT sum(hash(id, submitted_at, state))::VARCHAR FROM pr_reviews) AS f`);
      await other.close();
      return row!.f;
    };
    expect(await fingerprint(7)).toBe(await fingerprint(7));
    expect(await fingerprint(7)).not.toBe(await fingerprint(8));
  });

  it('gives computeReport data for the flow figures', async () => {
    const report = await computeReport(store, parseMetricsConfig({}), new Date(SYNTHETIC_NOW));
    expect(report.figures['throughput.merged']!.value).toBeGreaterThan(100);
    expect(report.figures['flow.cycle_time.p50']!.value).toBeGreaterThan(0);
    expect(report.figures['flow.pickup_time.p50']!.n).toBeGreaterThan(100);
    expect(report.figures['flow.reviews_per_pr.mean']!.value).toBeGreaterThan(3);
  });
});
