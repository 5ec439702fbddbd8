-- Anomalies (METRICS.md "Sprints and anomalies"; docs/metrics/anomalies.md): the weekly series
-- of the headline metrics, and the pull requests behind a flagged week. Weeks are ISO weeks
-- (Monday 00:00 UTC); merged-PR figures belong to the week of merged_at. Bot-authored PRs are
-- left out unless $include_bots; workflow runs are those of the repositories metrics.filters
-- leaves in (filters.sql report_workflow_runs). Parameters: $from, $to (whole weeks), $include_bots.

-- name: weekly-pr-series
-- From all_pr_facts: the baseline weeks lie before the report's horizon (facts.sql pr-facts).
SELECT week_label(week_key(merged_at)) AS week,
       count(*)::INTEGER AS merged,
       quantile_cont(dur_h(ready_at, merged_at), 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(dur_h(ready_at, first_review_at), 0.5)::DOUBLE AS pickup_time_p50,
       count(first_review_at)::INTEGER AS pickup_n,
       count(*) FILTER (WHERE reviews_by_others = 0)::INTEGER AS unreviewed
  FROM all_pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY week_key(merged_at) ORDER BY week_key(merged_at);

-- name: weekly-ci-series
-- Success rate as METRICS.md "CI health": success / (success + failure + timed_out +
-- startup_failure) of runs created that week; cancelled, skipped and running runs left out.
SELECT week_label(week_key(created_at)) AS week,
       count(*) FILTER (WHERE conclusion = 'success')::INTEGER AS succeeded,
       count(*) FILTER (WHERE conclusion IN ('success', 'failure', 'timed_out', 'startup_failure'))::INTEGER AS decided
  FROM report_workflow_runs
 WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ
 GROUP BY week_key(created_at) ORDER BY week_key(created_at);

-- name: data-start
-- Before its first record a series has no value (not zero): weeks before are not a baseline.
-- The first record of all history, so from all_pr_facts.
SELECT strftime((SELECT min(created_at) FROM all_pr_facts WHERE NOT is_bot OR $include_bots), '%Y-%m-%dT%H:%M:%SZ') AS prs,
       strftime((SELECT min(created_at) FROM report_workflow_runs), '%Y-%m-%dT%H:%M:%SZ') AS runs;

-- name: merged-prs-of-week
-- The five merged PRs of one week that explain a flagged value, by $ranking:
-- cycle_time_high/low, pickup_time_high/low (reviewed PRs only), unreviewed (largest first),
-- largest (by size). Titles and URLs are read from pull_requests for those five only.
WITH week AS (
  SELECT pr_id, repo, number, size, merged_at,
         dur_h(ready_at, merged_at)::DOUBLE AS cycle_time,
         dur_h(ready_at, first_review_at)::DOUBLE AS pickup_time,
         reviews_by_others = 0 AS unreviewed
    FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
),
ranked AS (
  SELECT *, CASE $ranking WHEN 'cycle_time_high' THEN -cycle_time WHEN 'cycle_time_low' THEN cycle_time
                          WHEN 'pickup_time_high' THEN -pickup_time WHEN 'pickup_time_low' THEN pickup_time
                          ELSE -size END AS rank_value
    FROM week
   WHERE ($ranking NOT LIKE 'pickup_time%' OR pickup_time IS NOT NULL)
     AND ($ranking <> 'unreviewed' OR unreviewed)
   ORDER BY rank_value, merged_at, repo, number
   LIMIT 5
)
SELECT w.repo, w.number, p.title, p.url, w.size, w.cycle_time, w.pickup_time
  FROM ranked w JOIN pull_requests p ON p.id = w.pr_id
 ORDER BY w.rank_value, w.merged_at, w.repo, w.number;

-- name: open-prs-at-week-end
-- For a drop in throughput: the PRs still open when the week ended, oldest first.
WITH oldest AS (
  SELECT pr_id, repo, number, created_at FROM pr_facts
   WHERE created_at < $to::TIMESTAMPTZ
     AND CASE WHEN state = 'OPEN' THEN 'infinity'::TIMESTAMPTZ ELSE coalesce(closed_at, merged_at, 'infinity'::TIMESTAMPTZ) END >= $to::TIMESTAMPTZ
     AND (NOT is_bot OR $include_bots)
   ORDER BY created_at, repo, number LIMIT 5
)
SELECT o.repo, o.number, p.title, p.url, dur_h(o.created_at, $to::TIMESTAMPTZ)::DOUBLE AS age
  FROM oldest o JOIN pull_requests p ON p.id = o.pr_id
 ORDER BY o.created_at, o.repo, o.number;

-- name: failing-prs-of-week
-- For a drop in CI success: the PRs whose commits had the most failed runs that week, which
-- may be PRs closed long before it (all_pr_facts).
WITH failed AS (
  SELECT repo_id, head_sha FROM report_workflow_runs
   WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ
     AND conclusion IN ('failure', 'timed_out', 'startup_failure')
),
top AS (
  SELECT f.pr_id, f.repo, f.number, count(*)::INTEGER AS failed_runs
    FROM failed r
    JOIN (SELECT DISTINCT pr_id, repo_id, sha FROM pr_commits) c ON c.repo_id = r.repo_id AND c.sha = r.head_sha
    JOIN all_pr_facts f ON f.pr_id = c.pr_id
   WHERE NOT f.is_bot OR $include_bots
   GROUP BY f.pr_id, f.repo, f.number
   ORDER BY failed_runs DESC, f.repo, f.number LIMIT 5
)
SELECT t.repo, t.number, p.title, p.url, t.failed_runs
  FROM top t JOIN pull_requests p ON p.id = t.pr_id
 ORDER BY t.failed_runs DESC, t.repo, t.number;
