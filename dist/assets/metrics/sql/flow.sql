-- Pull-request flow (METRICS.md "Pull-request flow"): merged PRs by the window of merged_at,
-- opened counts by created_at. Bot-authored PRs are left out unless $include_bots.
-- Parameters: $from, $to (the window), $include_bots.

-- name: stage-distributions
-- One quantile_cont over the three fractions (DuckDB computes the repeated aggregate once):
-- the values are sorted once per stage instead of three times. dora.sql and issues.sql do the same.
WITH merged AS (
  SELECT * FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
),
stages AS (
  SELECT dur_h(ready_at, merged_at) AS cycle_time,
         dur_h(first_commit_at, ready_at) AS coding_time,
         dur_h(ready_at, first_review_at) AS pickup_time,
         dur_h(ready_at, first_response_at) AS first_response,
         dur_h(ready_at, first_approval_at) AS time_to_approval,
         dur_h(first_review_at, merged_at) AS review_time,
         dur_h(merged_at, deployed_at) AS deploy_time
    FROM merged
)
SELECT stage, count(hours)::INTEGER AS n,
       quantile_cont(hours, [0.5, 0.75, 0.9])[1]::DOUBLE AS p50, quantile_cont(hours, [0.5, 0.75, 0.9])[2]::DOUBLE AS p75,
       quantile_cont(hours, [0.5, 0.75, 0.9])[3]::DOUBLE AS p90, hours_mean(hours)::DOUBLE AS mean
  FROM (UNPIVOT stages ON COLUMNS(*) INTO NAME stage VALUE hours)
 GROUP BY stage;

-- name: weekly-stages
-- Median of each stage per ISO week of merge: the stacked cycle-time breakdown.
WITH merged AS (
  SELECT week_key(merged_at) AS wk, dur_h(ready_at, merged_at) AS cycle_time,
         dur_h(first_commit_at, ready_at) AS coding_time,
         dur_h(ready_at, first_review_at) AS pickup_time,
         dur_h(first_review_at, merged_at) AS review_time,
         dur_h(merged_at, deployed_at) AS deploy_time
    FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
)
SELECT week_label(wk) AS week, count(*)::INTEGER AS merged,
       quantile_cont(cycle_time, 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(cycle_time, 0.9)::DOUBLE AS cycle_time_p90,
       quantile_cont(coding_time, 0.5)::DOUBLE AS coding_time_p50,
       quantile_cont(pickup_time, 0.5)::DOUBLE AS pickup_time_p50,
       quantile_cont(review_time, 0.5)::DOUBLE AS review_time_p50,
       quantile_cont(deploy_time, 0.5)::DOUBLE AS deploy_time_p50
  FROM merged GROUP BY wk ORDER BY wk;

-- name: merged-shares
WITH merged AS (
  SELECT * FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
)
SELECT count(*)::INTEGER AS merged,
       count(*) FILTER (WHERE reviews_by_others = 0)::INTEGER AS unreviewed,
       count(*) FILTER (WHERE changes_requested)::INTEGER AS changes_requested,
       quantile_cont(reviews_by_others, 0.5)::DOUBLE AS reviews_p50,
       avg(reviews_by_others)::DOUBLE AS reviews_mean,
       coalesce(sum(additions), 0)::BIGINT::DOUBLE AS additions,
       coalesce(sum(deletions), 0)::BIGINT::DOUBLE AS deletions
  FROM merged;

-- name: throughput-totals
WITH counted AS (SELECT * FROM pr_facts WHERE NOT is_bot OR $include_bots)
SELECT
  count(*) FILTER (WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ)::INTEGER AS opened,
  count(*) FILTER (WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ)::INTEGER AS merged,
  count(*) FILTER (WHERE merged_at IS NULL AND closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ)::INTEGER AS closed_unmerged,
  -- Reopen rate: PRs opened in the window that were ever reopened.
  count(*) FILTER (WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ AND reopened)::INTEGER AS reopened
  FROM counted;

-- name: throughput-weekly
WITH events AS (
  SELECT week_key(created_at) AS wk, 1 AS opened, 0 AS merged, 0 AS closed_unmerged, 0 AS additions, 0 AS deletions
    FROM pr_facts WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
  UNION ALL
  SELECT week_key(merged_at), 0, 1, 0, additions, deletions
    FROM pr_facts WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
  UNION ALL
  SELECT week_key(closed_at), 0, 0, 1, 0, 0
    FROM pr_facts WHERE merged_at IS NULL AND closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
)
SELECT week_label(wk) AS week, sum(opened)::INTEGER AS opened, sum(merged)::INTEGER AS merged,
       sum(closed_unmerged)::INTEGER AS closed_unmerged, sum(additions)::DOUBLE AS additions, sum(deletions)::DOUBLE AS deletions
  FROM events GROUP BY wk ORDER BY wk;

-- name: size-buckets
SELECT size_bucket(size) AS bucket, count(*)::INTEGER AS n,
       quantile_cont(dur_h(ready_at, merged_at), 0.5)::DOUBLE AS cycle_time_p50
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY size_bucket(size);

-- name: size-vs-cycle
-- One point per merged PR for the scatter chart; the most recent 2,000 keep pages light.
SELECT repo, number, size, dur_h(ready_at, merged_at)::DOUBLE AS cycle_time, size_bucket(size) AS bucket
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 ORDER BY merged_at DESC LIMIT 2000;

-- name: types
-- Titles and labels come from pull_requests, for the window's merged PRs only.
WITH merged AS (
  SELECT pr_id, size FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
),
typed AS (
  SELECT pr_type(p.title, p.labels) AS type, m.size FROM merged m JOIN pull_requests p ON p.id = m.pr_id
)
SELECT type, count(*)::INTEGER AS n, coalesce(sum(size), 0)::DOUBLE AS lines
  FROM typed GROUP BY type ORDER BY n DESC, type;

-- name: by-repository
SELECT repo, count(*)::INTEGER AS merged,
       quantile_cont(dur_h(ready_at, merged_at), 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(dur_h(ready_at, merged_at), 0.9)::DOUBLE AS cycle_time_p90,
       quantile_cont(dur_h(ready_at, first_review_at), 0.5)::DOUBLE AS pickup_time_p50,
       count(*) FILTER (WHERE reviews_by_others = 0)::INTEGER AS unreviewed
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY repo ORDER BY repo;

-- name: by-team
-- Teams come from the configuration as (team, login) rows in the temp table team_members.
SELECT t.team, count(*)::INTEGER AS merged,
       quantile_cont(dur_h(f.ready_at, f.merged_at), 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(dur_h(f.ready_at, f.first_review_at), 0.5)::DOUBLE AS pickup_time_p50
  FROM pr_facts f JOIN team_members t ON lower(t.login) = lower(f.author_login)
 WHERE f.merged_at >= $from::TIMESTAMPTZ AND f.merged_at < $to::TIMESTAMPTZ AND (NOT f.is_bot OR $include_bots)
 GROUP BY t.team ORDER BY t.team;

-- name: automation-share
-- Bot-authored PRs, reported separately (they are left out of flow metrics by default).
SELECT count(*) FILTER (WHERE is_bot)::INTEGER AS bot_merged, count(*)::INTEGER AS all_merged
  FROM pr_facts WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ;

-- name: monthly
-- Rows are grouped by UTC day (an integer), and the few distinct days named by month.
WITH merged AS (
  SELECT day_key(merged_at) AS d, dur_h(ready_at, merged_at) AS cycle_time, dur_h(ready_at, first_review_at) AS pickup_time,
         additions, deletions
    FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
),
days AS (SELECT d, strftime(to_timestamp(d * 86400), '%Y-%m') AS month FROM (SELECT DISTINCT d FROM merged))
SELECT days.month, count(*)::INTEGER AS merged,
       quantile_cont(cycle_time, 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(pickup_time, 0.5)::DOUBLE AS pickup_time_p50,
       coalesce(sum(additions), 0)::DOUBLE AS additions, coalesce(sum(deletions), 0)::DOUBLE AS deletions
  FROM merged JOIN days ON days.d = merged.d
 GROUP BY days.month ORDER BY days.month;
