-- Reviewers (METRICS.md "Reviewers and people"): review load, response to review requests,
-- outstanding requests and the review network. Only humans count as reviewers; reviews are
-- "by others" (never the PR's author); bot-authored PRs are left out unless $include_bots.
-- Reviews are facts.sql's human_reviews (all time) on PRs that count: `NOT pr_is_bot OR
-- $include_bots`. The rv_* temp tables are built once per report (reviewers.ts,
-- prepareReviewerTables) and also read by people.sql: rv_window covers the report's window
-- and the previous one, rv_requests every request that can fall in either or is pending.

-- name: window-table
-- Reviews by others per PR (its key k) and reviewer, in the window ($from–$to) and in the
-- previous one ($previous_from–$from): load, network, totals and the leaderboard aggregate
-- this instead of the review rows (and count PRs without count(DISTINCT)). Read straight
-- from facts.sql's human_reviews, which carries the PR's bot flag.
CREATE OR REPLACE TEMP TABLE rv_window AS
SELECT k, reviewer,
       count(*) FILTER (WHERE submitted_at >= $from::TIMESTAMPTZ)::INTEGER AS reviews,
       count(*) FILTER (WHERE submitted_at < $from::TIMESTAMPTZ)::INTEGER AS previous_reviews
  FROM human_reviews
 WHERE by_others AND (NOT pr_is_bot OR $include_bots)
   AND submitted_at >= $previous_from::TIMESTAMPTZ AND submitted_at < $to::TIMESTAMPTZ
 GROUP BY k, reviewer;

-- name: requests-table
-- One row per review request (the facts cache's, facts-cache.sql compute-requests, which says
-- when a request is answered or withdrawn), of the PRs that can matter here: asked (anyone)
-- since $previous_from, the earliest window reported, or open now (outstanding). Every
-- request of such a PR is kept, so it is exact. k is the PR's pr_facts key; a PR the timeline
-- names without a PR row keeps its requests under a key pr_facts lacks (it has no reviews).
-- Requests on the PRs metrics.filters leaves out are left out (filters.sql).
CREATE OR REPLACE TEMP TABLE rv_requests AS
SELECT q.k, q.reviewer, q.is_team, q.requested_at, q.asks, q.answered_at, q.withdrawn_at
  FROM facts_cache.requests q ANTI JOIN filtered_out_prs x ON x.k = q.k
 WHERE (q.pr_last_ask_at >= $previous_from::TIMESTAMPTZ OR q.k IN (SELECT k FROM pr_facts WHERE state = 'OPEN'))
   AND ($include_bots OR NOT q.pr_is_bot);

-- name: outstanding-table
-- Requests still pending now (pr_review_requests, as of the last harvest) on open PRs, with
-- the wait since the pending request began (NULL when the timeline has no matching request).
CREATE OR REPLACE TEMP TABLE rv_outstanding AS
WITH pending AS (
  SELECT f.k, q.pr_id, q.reviewer, q.reviewer_kind = 'Team' AS is_team
    FROM pr_review_requests q JOIN pr_facts f ON f.pr_id = q.pr_id
   WHERE f.state = 'OPEN' AND (NOT f.is_bot OR $include_bots)
     AND (q.reviewer_kind = 'Team' OR NOT is_bot_actor(q.reviewer, q.reviewer_kind, $bot_pattern))
),
began AS (
  SELECT k, reviewer, is_team, max(requested_at) AS requested_at
    FROM rv_requests WHERE answered_at IS NULL AND withdrawn_at IS NULL
   GROUP BY k, reviewer, is_team
)
SELECT p.*, b.requested_at, dur_h(b.requested_at, $now::TIMESTAMPTZ)::DOUBLE AS wait_h
  FROM pending p LEFT JOIN began b
    ON b.k = p.k AND b.reviewer = p.reviewer AND b.is_team = p.is_team;

-- name: reviewer-load
-- Per human reviewer: reviews and PRs reviewed (by submitted_at), requests received (by the
-- time of the request) and their outcome, and what is pending now.
WITH reviews AS (
  SELECT reviewer, sum(reviews)::INTEGER AS reviews, count(*)::INTEGER AS prs_reviewed
    FROM rv_window WHERE reviews > 0 GROUP BY reviewer
),
requests AS (
  SELECT reviewer, count(*)::INTEGER AS requests,
         count(answered_at)::INTEGER AS answered,
         count(*) FILTER (WHERE answered_at IS NULL AND withdrawn_at IS NULL)::INTEGER AS unanswered,
         count(withdrawn_at)::INTEGER AS withdrawn,
         quantile_cont(dur_h(requested_at, answered_at), 0.5)::DOUBLE AS p50,
         quantile_cont(dur_h(requested_at, answered_at), 0.75)::DOUBLE AS p75,
         quantile_cont(dur_h(requested_at, answered_at), 0.9)::DOUBLE AS p90
    FROM rv_requests
   WHERE NOT is_team AND requested_at >= $from::TIMESTAMPTZ AND requested_at < $to::TIMESTAMPTZ
   GROUP BY reviewer
),
outstanding AS (
  SELECT reviewer, count(*)::INTEGER AS outstanding, max(wait_h)::DOUBLE AS oldest_wait_h
    FROM rv_outstanding WHERE NOT is_team GROUP BY reviewer
),
people AS (
  SELECT reviewer FROM reviews UNION SELECT reviewer FROM requests UNION SELECT reviewer FROM outstanding
)
SELECT p.reviewer AS login,
       coalesce((SELECT list(DISTINCT m.team ORDER BY m.team) FROM team_members m WHERE lower(m.login) = lower(p.reviewer)), []) AS teams,
       coalesce(v.reviews, 0) AS reviews, coalesce(v.prs_reviewed, 0) AS prs_reviewed,
       coalesce(q.requests, 0) AS requests, coalesce(q.answered, 0) AS answered,
       coalesce(q.unanswered, 0) AS unanswered, coalesce(q.withdrawn, 0) AS withdrawn,
       q.p50, q.p75, q.p90,
       coalesce(o.outstanding, 0) AS outstanding, o.oldest_wait_h
  FROM people p
  LEFT JOIN reviews v ON v.reviewer IS NOT DISTINCT FROM p.reviewer
  LEFT JOIN requests q ON q.reviewer IS NOT DISTINCT FROM p.reviewer
  LEFT JOIN outstanding o ON o.reviewer IS NOT DISTINCT FROM p.reviewer
 ORDER BY reviews DESC, requests DESC, login NULLS LAST;

-- name: team-requests
-- Requests to a team (reviewer_kind Team), reported per team apart from personal requests.
WITH requests AS (
  SELECT reviewer AS team, count(*)::INTEGER AS requests,
         count(answered_at)::INTEGER AS answered,
         count(*) FILTER (WHERE answered_at IS NULL AND withdrawn_at IS NULL)::INTEGER AS unanswered,
         count(withdrawn_at)::INTEGER AS withdrawn,
         quantile_cont(dur_h(requested_at, answered_at), 0.5)::DOUBLE AS p50,
         quantile_cont(dur_h(requested_at, answered_at), 0.75)::DOUBLE AS p75,
         quantile_cont(dur_h(requested_at, answered_at), 0.9)::DOUBLE AS p90
    FROM rv_requests
   WHERE is_team AND requested_at >= $from::TIMESTAMPTZ AND requested_at < $to::TIMESTAMPTZ
   GROUP BY reviewer
),
outstanding AS (
  SELECT reviewer AS team, count(*)::INTEGER AS outstanding, max(wait_h)::DOUBLE AS oldest_wait_h
    FROM rv_outstanding WHERE is_team GROUP BY reviewer
),
teams AS (SELECT team FROM requests UNION SELECT team FROM outstanding)
SELECT t.team, coalesce(q.requests, 0) AS requests, coalesce(q.answered, 0) AS answered,
       coalesce(q.unanswered, 0) AS unanswered, coalesce(q.withdrawn, 0) AS withdrawn,
       q.p50, q.p75, q.p90, coalesce(o.outstanding, 0) AS outstanding, o.oldest_wait_h
  FROM teams t LEFT JOIN requests q ON q.team = t.team LEFT JOIN outstanding o ON o.team = t.team
 ORDER BY t.team;

-- name: response-summary
-- All personal (or, with $teams, all team) requests made in the window.
SELECT count(*)::INTEGER AS requests,
       count(answered_at)::INTEGER AS n,
       count(*) FILTER (WHERE answered_at IS NULL AND withdrawn_at IS NULL)::INTEGER AS unanswered,
       count(withdrawn_at)::INTEGER AS withdrawn,
       quantile_cont(dur_h(requested_at, answered_at), 0.5)::DOUBLE AS p50,
       quantile_cont(dur_h(requested_at, answered_at), 0.75)::DOUBLE AS p75,
       quantile_cont(dur_h(requested_at, answered_at), 0.9)::DOUBLE AS p90
  FROM rv_requests
 WHERE is_team = $teams AND requested_at >= $from::TIMESTAMPTZ AND requested_at < $to::TIMESTAMPTZ;

-- name: outstanding-summary
SELECT count(*) FILTER (WHERE NOT is_team)::INTEGER AS personal,
       count(*) FILTER (WHERE is_team)::INTEGER AS team,
       max(wait_h) FILTER (WHERE NOT is_team)::DOUBLE AS oldest_wait_h
  FROM rv_outstanding;

-- name: review-totals
SELECT coalesce(sum(reviews), 0)::INTEGER AS reviews,
       count(DISTINCT k) FILTER (WHERE reviews > 0)::INTEGER AS prs,
       count(DISTINCT coalesce(reviewer, '')) FILTER (WHERE reviews > 0)::INTEGER AS reviewers,
       coalesce(sum(previous_reviews), 0)::INTEGER AS previous_reviews
  FROM rv_window;

-- name: network
-- Author × reviewer: reviews by others in the window (the heatmap's cells). The PR's author
-- comes from pr_keys by k (rv_window leaves it out: it would be carried through millions of rows).
SELECT p.author_login AS author, w.reviewer, sum(w.reviews)::INTEGER AS reviews, count(*)::INTEGER AS prs
  FROM rv_window w JOIN pr_keys p ON p.k = w.k
 WHERE w.reviews > 0
 GROUP BY p.author_login, w.reviewer
 ORDER BY reviews DESC, author NULLS LAST, w.reviewer NULLS LAST;

-- name: by-team
-- Per configured team, the load of its members as reviewers.
WITH reviews AS (
  SELECT m.team, sum(r.reviews)::INTEGER AS reviews, count(DISTINCT r.k)::INTEGER AS prs_reviewed
    FROM rv_window r JOIN team_members m ON lower(m.login) = lower(r.reviewer)
   WHERE r.reviews > 0
   GROUP BY m.team
),
requests AS (
  SELECT m.team, count(*)::INTEGER AS requests,
         count(*) FILTER (WHERE q.answered_at IS NULL AND q.withdrawn_at IS NULL)::INTEGER AS unanswered,
         count(q.answered_at)::INTEGER AS answered,
         quantile_cont(dur_h(q.requested_at, q.answered_at), 0.5)::DOUBLE AS response_p50,
         quantile_cont(dur_h(q.requested_at, q.answered_at), 0.9)::DOUBLE AS response_p90
    FROM rv_requests q JOIN team_members m ON lower(m.login) = lower(q.reviewer)
   WHERE NOT q.is_team AND q.requested_at >= $from::TIMESTAMPTZ AND q.requested_at < $to::TIMESTAMPTZ
   GROUP BY m.team
),
teams AS (SELECT DISTINCT team FROM team_members)
SELECT t.team, coalesce(v.reviews, 0) AS reviews, coalesce(v.prs_reviewed, 0) AS prs_reviewed,
       coalesce(q.requests, 0) AS requests, coalesce(q.answered, 0) AS answered,
       coalesce(q.unanswered, 0) AS unanswered, q.response_p50, q.response_p90
  FROM teams t LEFT JOIN reviews v ON v.team = t.team LEFT JOIN requests q ON q.team = t.team
 ORDER BY t.team;
