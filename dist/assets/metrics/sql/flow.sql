-- Pull-request flow (METRICS.md "Pull-request flow"): merged PRs by the window of merged_at,
-- opened counts by created_at. Bot-authored PRs are left out unless $include_bots.
-- Parameters: $from, $to (the window), $include_bots.

-- name: stage-distributions
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
       quantile_cont(hours, 0.5)::DOUBLE AS p50, quantile_cont(hours, 0.75)::DOUBLE AS p75,
       quantile_cont(hours, 0.9)::DOUBLE AS p90, avg(hours)::DOUBLE AS mean
  FROM (UNPIVOT stages ON COLUMNS(*) INTO NAME stage VALUE hours)
 GROUP BY stage;

-- name: weekly-stages
-- Median of each stage per ISO week of merge: the stacked cycle-time breakdown.
WITH merged AS (
  SELECT date_trunc('week', merged_at) AS week, dur_h(ready_at, merged_at) AS cycle_time,
         dur_h(first_commit_at, ready_at) AS coding_time,
         dur_h(ready_at, first_review_at) AS pickup_time,
         dur_h(first_review_at, merged_at) AS review_time,
         dur_h(merged_at, deployed_at) AS deploy_time
    FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
)
SELECT strftime(week, '%Y-%m-%dT%H:%M:%SZ') AS week, count(*)::INTEGER AS merged,
       quantile_cont(cycle_time, 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(cycle_time, 0.9)::DOUBLE AS cycle_time_p90,
       quantile_cont(coding_time, 0.5)::DOUBLE AS coding_time_p50,
       quantile_cont(pickup_time, 0.5)::DOUBLE AS pickup_time_p50,
       quantile_cont(review_time, 0.5)::DOUBLE AS review_time_p50,
       quantile_cont(deploy_time, 0.5)::DOUBLE AS deploy_time_p50
  FROM merged GROUP BY week ORDER BY week;

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
  SELECT date_trunc('week', created_at) AS week, 1 AS opened, 0 AS merged, 0 AS closed_unmerged, 0 AS additions, 0 AS deletions
    FROM pr_facts WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
  UNION ALL
  SELECT date_trunc('week', merged_at), 0, 1, 0, additions, deletions
    FROM pr_facts WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
  UNION ALL
  SELECT date_trunc('week', closed_at), 0, 0, 1, 0, 0
    FROM pr_facts WHERE merged_at IS NULL AND closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
)
SELECT strftime(week, '%Y-%m-%dT%H:%M:%SZ') AS week, sum(opened)::INTEGER AS opened, sum(merged)::INTEGER AS merged,
       sum(closed_unmerged)::INTEGER AS closed_unmerged, sum(additions)::DOUBLE AS additions, sum(deletions)::DOUBLE AS deletions
  FROM events GROUP BY week ORDER BY week;

-- name: size-buckets
SELECT size_bucket AS bucket, count(*)::INTEGER AS n,
       quantile_cont(dur_h(ready_at, merged_at), 0.5)::DOUBLE AS cycle_time_p50
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY size_bucket;

-- name: size-vs-cycle
-- One point per merged PR for the scatter chart; the most recent 2,000 keep pages light.
SELECT repo, number, size, dur_h(ready_at, merged_at)::DOUBLE AS cycle_time, size_bucket AS bucket
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 ORDER BY merged_at DESC LIMIT 2000;

-- name: types
SELECT pr_type AS type, count(*)::INTEGER AS n, coalesce(sum(size), 0)::DOUBLE AS lines
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY pr_type ORDER BY n DESC, type;

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
SELECT strftime(date_trunc('month', merged_at), '%Y-%m') AS month, count(*)::INTEGER AS merged,
       quantile_cont(dur_h(ready_at, merged_at), 0.5)::DOUBLE AS cycle_time_p50,
       quantile_cont(dur_h(ready_at, first_review_at), 0.5)::DOUBLE AS pickup_time_p50,
       coalesce(sum(additions), 0)::DOUBLE AS additions, coalesce(sum(deletions), 0)::DOUBLE AS deletions
  FROM pr_facts
 WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY 1 ORDER BY 1;
