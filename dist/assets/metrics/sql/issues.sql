-- Issues (METRICS.md "Issues"): time to first response, time to close, open-issue age and
-- counts. Bot-authored issues are left out unless $include_bots; a bot's comment is never a
-- response. Parameters: $from, $to (the window), $bot_pattern, $include_bots; $ends, $now, $limit.

-- name: issue-facts
-- A response is a comment by a human other than the issue's author; a deleted (NULL)
-- commenter counts unless the author is deleted too. An open issue has no end, whatever
-- closed_at an earlier close left behind. The issues metrics.filters leaves in (filters.sql).
CREATE OR REPLACE TEMP TABLE issue_facts AS
WITH iss AS (
  SELECT id, repo_id, number, author_login, state, created_at, closed_at,
         is_bot_actor(author_login, author_kind, $bot_pattern) AS is_bot
    FROM report_issues WHERE gone_at IS NULL
),
-- The bot check runs once per distinct commenter, not once per comment.
commenters AS (
  SELECT login, kind, is_bot_actor(login, kind, $bot_pattern) AS is_bot
    FROM (SELECT DISTINCT author_login AS login, author_kind AS kind FROM issue_comments)
),
responses AS (
  SELECT c.issue_id, min(c.created_at) AS first_response_at
    FROM issue_comments c
    JOIN commenters b ON b.login IS NOT DISTINCT FROM c.author_login AND b.kind IS NOT DISTINCT FROM c.author_kind
    JOIN iss ON iss.id = c.issue_id
   WHERE NOT b.is_bot
     AND c.author_login IS DISTINCT FROM iss.author_login
     AND NOT (c.author_login IS NULL AND iss.author_login IS NULL)
   GROUP BY c.issue_id
)
SELECT iss.id AS issue_id, repo_id, number, author_login, created_at,
       CASE WHEN state = 'OPEN' THEN NULL ELSE closed_at END AS closed_at,
       r.first_response_at
  FROM iss LEFT JOIN responses r ON r.issue_id = iss.id
 WHERE NOT is_bot OR $include_bots;

-- name: distributions
-- First response belongs to the window of the response, time to close to that of the close.
WITH durations AS (
  SELECT 'first_response' AS metric, dur_h(created_at, first_response_at) AS hours FROM issue_facts
   WHERE first_response_at >= $from::TIMESTAMPTZ AND first_response_at < $to::TIMESTAMPTZ
  UNION ALL
  SELECT 'time_to_close', dur_h(created_at, closed_at) FROM issue_facts
   WHERE closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ
)
SELECT metric, count(hours)::INTEGER AS n,
       quantile_cont(hours, [0.5, 0.75, 0.9])[1]::DOUBLE AS p50, quantile_cont(hours, [0.5, 0.75, 0.9])[2]::DOUBLE AS p75,
       quantile_cont(hours, [0.5, 0.75, 0.9])[3]::DOUBLE AS p90, hours_mean(hours)::DOUBLE AS mean
  FROM durations GROUP BY metric;

-- name: counts
SELECT count(*) FILTER (WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ)::INTEGER AS opened,
       count(*) FILTER (WHERE closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ)::INTEGER AS closed
  FROM issue_facts;

-- name: weekly
WITH events AS (
  SELECT week_key(created_at) AS wk, 1 AS opened, 0 AS closed, NULL::DOUBLE AS response_hours, NULL::DOUBLE AS close_hours
    FROM issue_facts WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ
  UNION ALL
  SELECT week_key(closed_at), 0, 1, NULL, dur_h(created_at, closed_at)
    FROM issue_facts WHERE closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ
  UNION ALL
  SELECT week_key(first_response_at), 0, 0, dur_h(created_at, first_response_at), NULL
    FROM issue_facts WHERE first_response_at >= $from::TIMESTAMPTZ AND first_response_at < $to::TIMESTAMPTZ
)
SELECT week_label(wk) AS week, sum(opened)::INTEGER AS opened, sum(closed)::INTEGER AS closed,
       quantile_cont(response_hours, 0.5)::DOUBLE AS first_response_p50,
       quantile_cont(close_hours, 0.5)::DOUBLE AS time_to_close_p50
  FROM events GROUP BY wk ORDER BY wk;

-- name: open-at
-- Open issues at each instant of $ends and their age then.
WITH ends AS (SELECT DISTINCT unnest($ends)::TIMESTAMPTZ AS t),
open_at AS (
  SELECT e.t, dur_h(i.created_at, e.t) AS age_hours
    FROM ends e JOIN issue_facts i ON i.created_at <= e.t AND coalesce(i.closed_at, 'infinity'::TIMESTAMPTZ) > e.t
)
SELECT strftime(t, '%Y-%m-%dT%H:%M:%SZ') AS at, count(*)::INTEGER AS open,
       coalesce(hours_sum(age_hours), 0)::DOUBLE AS total_age_hours,
       quantile_cont(age_hours, 0.5)::DOUBLE AS median_age_hours,
       quantile_cont(age_hours, 0.9)::DOUBLE AS p90_age_hours
  FROM open_at GROUP BY t ORDER BY t;

-- name: unanswered
-- Open issues with no response yet as of $now, oldest first; `total` counts them all.
WITH unanswered AS (
  SELECT *, count(*) OVER () AS total FROM issue_facts
   WHERE closed_at IS NULL AND created_at <= $now::TIMESTAMPTZ
     AND (first_response_at IS NULL OR first_response_at > $now::TIMESTAMPTZ)
   ORDER BY created_at, repo_id, number
   LIMIT $limit
)
SELECT r.full_name AS repo, u.number, i.title, i.url, u.author_login AS author,
       strftime(u.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
       dur_h(u.created_at, $now::TIMESTAMPTZ)::DOUBLE AS age_hours, u.total::INTEGER AS total
  FROM unanswered u JOIN issues i ON i.id = u.issue_id JOIN repositories r ON r.id = u.repo_id
 ORDER BY u.created_at, r.full_name, u.number;

-- name: by-repository
WITH per_repo AS (
  SELECT repo_id,
         count(*) FILTER (WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ)::INTEGER AS opened,
         count(*) FILTER (WHERE closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ)::INTEGER AS closed,
         count(*) FILTER (WHERE created_at <= $to::TIMESTAMPTZ AND (closed_at IS NULL OR closed_at > $to::TIMESTAMPTZ))::INTEGER AS open,
         quantile_cont(dur_h(created_at, first_response_at), 0.5)
           FILTER (WHERE first_response_at >= $from::TIMESTAMPTZ AND first_response_at < $to::TIMESTAMPTZ)::DOUBLE AS first_response_p50,
         quantile_cont(dur_h(created_at, closed_at), 0.5)
           FILTER (WHERE closed_at >= $from::TIMESTAMPTZ AND closed_at < $to::TIMESTAMPTZ)::DOUBLE AS time_to_close_p50
    FROM issue_facts GROUP BY repo_id
)
SELECT r.full_name AS repo, p.* EXCLUDE (repo_id)
  FROM per_repo p JOIN repositories r ON r.id = p.repo_id ORDER BY repo;
