-- Open work (METRICS.md "Open work"): the PRs waiting as of $now with the ball in court, and
-- the backlog and WIP at each window's end. Bot-authored PRs are left out unless $include_bots.
-- Parameters: $now, $include_bots, $bot_pattern; $ends (ISO instants) and $at for snapshots.

-- name: waiting-table
-- Waiting: open and not a draft now. The ball is with the reviewers while a (human or team)
-- review request is pending, or when no review by others came at or after the later of
-- ready_at and the last push; otherwise it is with the author.
-- pr_facts has each PR's latest commit (last_commit_at) and latest review by others
-- (last_review_at, from facts.sql's human_reviews: bots left out, `by_others` decided).
CREATE OR REPLACE TEMP TABLE ow_waiting AS
WITH waiting AS (
  SELECT f.*, coalesce(f.ready_at, f.created_at) AS ready_moment
    FROM pr_facts f
   WHERE f.state = 'OPEN' AND NOT f.is_draft AND (NOT f.is_bot OR $include_bots)
     AND f.created_at <= $now::TIMESTAMPTZ
),
-- A request to a bot is left out: a bot's review never counts, so it cannot hold the ball.
pending AS (
  SELECT r.pr_id, r.reviewer,
         (SELECT max(e.created_at) FROM pr_timeline_events e
           WHERE e.pr_id = r.pr_id AND e.event_type = 'ReviewRequestedEvent' AND e.requested_reviewer = r.reviewer) AS requested_at
    FROM pr_review_requests r JOIN waiting w ON w.pr_id = r.pr_id
   WHERE r.reviewer_kind = 'Team' OR NOT is_bot_actor(r.reviewer, r.reviewer_kind, $bot_pattern)
),
requests AS (
  SELECT pr_id, list(reviewer ORDER BY reviewer) AS reviewers, max(requested_at) AS last_request_at
    FROM pending GROUP BY pr_id
),
judged AS (
  SELECT w.*, greatest(w.last_force_push_at, w.last_commit_at) AS last_push_at,
         q.reviewers AS pending_reviewers, q.last_request_at,
         (q.pr_id IS NOT NULL
           OR w.last_review_at IS NULL
           OR w.last_review_at < greatest(w.ready_moment, w.last_force_push_at, w.last_commit_at)) AS with_reviewer
    FROM waiting w
    LEFT JOIN requests q ON q.pr_id = w.pr_id
),
timed AS (
  -- The ball last moved: to the reviewers at the latest of ready, last push and the latest
  -- request still pending; to the author at the latest review by others.
  SELECT *, CASE WHEN with_reviewer THEN greatest(ready_moment, last_push_at, last_request_at) ELSE last_review_at END AS since
    FROM judged
)
-- Pending reviewers come joined with ',' (which logins and team slugs cannot contain): lists
-- are slow to hand to JavaScript. Severity as open-work.ts severityOf, from $warning_hours
-- and $critical_hours, so only the listed rows and the counts leave the database.
SELECT pr_id, repo, number, author_login AS author,
       CASE WHEN with_reviewer THEN 'reviewer' ELSE 'author' END AS ball,
       CASE WHEN with_reviewer THEN array_to_string(coalesce(pending_reviewers, []::VARCHAR[]), ',')
            ELSE coalesce(author_login, '') END AS waiting_on,
       since, dur_h(since, $now::TIMESTAMPTZ)::DOUBLE AS wait_hours, size
  FROM timed;

-- name: waiting-list
-- The longest waits, with titles, URLs and labels from pull_requests for those rows only.
SELECT w.repo, w.number, p.title, p.url, coalesce(list_sort(p.labels), []::VARCHAR[]) AS labels, w.author, w.ball, w.waiting_on,
       strftime(w.since, '%Y-%m-%dT%H:%M:%SZ') AS since, w.wait_hours, w.size
  FROM (SELECT * FROM ow_waiting ORDER BY wait_hours DESC, repo, number LIMIT $limit) w
  JOIN pull_requests p ON p.id = w.pr_id
 ORDER BY w.wait_hours DESC, w.repo, w.number;

-- name: waiting-counts
-- Every waiting PR counted, per repository and overall (is_total), by ball and severity
-- (open-work.ts severityOf: critical from $critical_hours, warning from $warning_hours).
SELECT grouping(repo) = 1 AS is_total, repo, count(*)::INTEGER AS waiting,
       count(*) FILTER (WHERE ball = 'reviewer')::INTEGER AS with_reviewer,
       count(*) FILTER (WHERE ball = 'author')::INTEGER AS with_author,
       count(*) FILTER (WHERE NOT coalesce(wait_hours >= $critical_hours OR wait_hours >= $warning_hours, false))::INTEGER AS ok,
       count(*) FILTER (WHERE wait_hours >= $warning_hours AND NOT wait_hours >= $critical_hours)::INTEGER AS warning,
       count(*) FILTER (WHERE wait_hours >= $critical_hours)::INTEGER AS critical
  FROM ow_waiting
 GROUP BY GROUPING SETS ((repo), ())
 ORDER BY is_total DESC, repo;

-- name: open-prs-at
-- open_prs_at(ends, include_bots): every PR open at each instant of `ends`: created at or
-- before it and not yet closed (a PR open now has no end, whatever closed_at an earlier close
-- left). Draft or not at that instant follows its latest draft event at or before it, else
-- how it was opened.
CREATE OR REPLACE TEMP MACRO open_prs_at(ends, include_bots) AS TABLE
WITH instants AS (SELECT DISTINCT unnest(ends)::TIMESTAMPTZ AS t),
prs AS (
  SELECT pr_id, repo, author_login, created_at, opened_as_draft,
         CASE WHEN state = 'OPEN' THEN 'infinity'::TIMESTAMPTZ ELSE coalesce(closed_at, merged_at, 'infinity'::TIMESTAMPTZ) END AS ended_at
    FROM pr_facts WHERE NOT is_bot OR include_bots
),
-- Only PRs open at some instant take part in the (range) join.
candidates AS (
  SELECT * FROM prs
   WHERE created_at <= (SELECT max(t) FROM instants) AND ended_at > (SELECT min(t) FROM instants)
),
open_at AS (
  SELECT i.t, p.* FROM instants i JOIN candidates p ON p.created_at <= i.t AND p.ended_at > i.t
),
draft_events AS (
  SELECT o.t, o.pr_id, arg_max(ev.event_type, ev.created_at) AS last_draft_event
    FROM open_at o JOIN pr_timeline_events ev ON ev.pr_id = o.pr_id
   WHERE ev.event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent') AND ev.created_at <= o.t
   GROUP BY o.t, o.pr_id
)
SELECT o.t, o.repo, o.author_login, dur_h(o.created_at, o.t) AS age_hours,
       CASE WHEN d.last_draft_event IS NULL THEN coalesce(o.opened_as_draft, false)
            ELSE d.last_draft_event = 'ConvertToDraftEvent' END AS is_draft
  FROM open_at o LEFT JOIN draft_events d ON d.t = o.t AND d.pr_id = o.pr_id;

-- name: backlog-series
SELECT strftime(t, '%Y-%m-%dT%H:%M:%SZ') AS at, count(*)::INTEGER AS open,
       coalesce(hours_sum(age_hours), 0)::DOUBLE AS total_age_hours,
       quantile_cont(age_hours, 0.5)::DOUBLE AS median_age_hours,
       count(*) FILTER (WHERE NOT is_draft)::INTEGER AS wip,
       count(DISTINCT author_login) FILTER (WHERE NOT is_draft)::INTEGER AS wip_authors
  FROM open_prs_at($ends, $include_bots) GROUP BY t ORDER BY t;

-- name: wip-by-author
-- Deleted accounts share one row (author NULL).
SELECT author_login AS author, count(*) FILTER (WHERE NOT is_draft)::INTEGER AS wip, count(*)::INTEGER AS open
  FROM open_prs_at([$at], $include_bots)
 GROUP BY author_login ORDER BY wip DESC, open DESC, author_login NULLS LAST;

-- name: by-repository
SELECT repo, count(*)::INTEGER AS open, count(*) FILTER (WHERE NOT is_draft)::INTEGER AS wip,
       quantile_cont(age_hours, 0.5)::DOUBLE AS median_age_hours
  FROM open_prs_at([$at], $include_bots)
 GROUP BY repo ORDER BY repo;
