-- Open work (METRICS.md "Open work"): the PRs waiting as of $now with the ball in court, and
-- the backlog and WIP at each window's end. Bot-authored PRs are left out unless $include_bots.
-- Parameters: $now, $include_bots, $bot_pattern; $ends (ISO instants) and $at for snapshots.

-- name: waiting-prs
-- Waiting: open and not a draft now. The ball is with the reviewers while a (human or team)
-- review request is pending, or when no review by others came at or after the later of
-- ready_at and the last push; otherwise it is with the author.
WITH waiting AS (
  SELECT f.*, coalesce(f.ready_at, f.created_at) AS ready_moment
    FROM pr_facts f
   WHERE f.state = 'OPEN' AND NOT f.is_draft AND (NOT f.is_bot OR $include_bots)
     AND f.created_at <= $now::TIMESTAMPTZ
),
commits AS (
  SELECT c.pr_id, max(c.committed_at) AS last_commit_at
    FROM pr_commits c JOIN waiting w ON w.pr_id = c.pr_id GROUP BY c.pr_id
),
-- facts.sql's human_reviews: bots already left out, `by_others` already decided.
reviews AS (
  SELECT h.pr_id, max(h.submitted_at) AS last_review_at
    FROM human_reviews h JOIN waiting w ON w.pr_id = h.pr_id
   WHERE h.by_others
   GROUP BY h.pr_id
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
  SELECT w.*, greatest(w.last_force_push_at, c.last_commit_at) AS last_push_at, v.last_review_at,
         q.reviewers AS pending_reviewers, q.last_request_at,
         (q.pr_id IS NOT NULL
           OR v.last_review_at IS NULL
           OR v.last_review_at < greatest(w.ready_moment, w.last_force_push_at, c.last_commit_at)) AS with_reviewer
    FROM waiting w
    LEFT JOIN commits c ON c.pr_id = w.pr_id
    LEFT JOIN reviews v ON v.pr_id = w.pr_id
    LEFT JOIN requests q ON q.pr_id = w.pr_id
),
timed AS (
  -- The ball last moved: to the reviewers at the latest of ready, last push and the latest
  -- request still pending; to the author at the latest review by others.
  SELECT *, CASE WHEN with_reviewer THEN greatest(ready_moment, last_push_at, last_request_at) ELSE last_review_at END AS since
    FROM judged
)
-- Pending reviewers come joined with ',' (which logins and team slugs cannot contain): lists
-- are slow to hand to JavaScript, and the waiting list can be long.
SELECT repo, number, title, url, author_login AS author,
       CASE WHEN with_reviewer THEN 'reviewer' ELSE 'author' END AS ball,
       CASE WHEN with_reviewer THEN array_to_string(coalesce(pending_reviewers, []::VARCHAR[]), ',')
            ELSE coalesce(author_login, '') END AS waiting_on,
       strftime(since, '%Y-%m-%dT%H:%M:%SZ') AS since,
       dur_h(since, $now::TIMESTAMPTZ)::DOUBLE AS wait_hours,
       size
  FROM timed
 ORDER BY wait_hours DESC, repo, number;

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
       coalesce(sum(age_hours), 0)::DOUBLE AS total_age_hours,
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
