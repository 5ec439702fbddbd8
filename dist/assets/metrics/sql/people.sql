-- People (METRICS.md "Reviewers and people"): member activity, the opt-in leaderboard and its
-- spotlights. Only humans with a login are people: bots never, and a deleted account
-- ("ghost") has no identity to be active or to score. Activity on bot-authored PRs is left
-- out unless $include_bots. Reviews come from facts.sql's human_reviews and rv_window (reviewers.sql).

-- name: members-table
-- One row per person seen on a PR: opened it, reviewed it (own PR included: they were
-- active), or commented on it (on the conversation or on a diff line), with the last activity up to $now and up to $from (for the
-- previous period's figure) and the counts in the window. Last activity is of all history, so
-- PRs come from all_pr_facts and the bot flags of PRs from pr_keys.
CREATE OR REPLACE TEMP TABLE pp_members AS
-- Each source is aggregated by login on its own (millions of review rows become thousands),
-- then the few rows per login are combined: max of maxima, sum of counts. Comment authors
-- are grouped with their kind first, so the bot pattern runs once per login and kind (the
-- test reads an aggregate, which keeps DuckDB from pushing it onto every comment).
WITH prs AS (
  SELECT author_login AS login,
         max(created_at) FILTER (WHERE created_at <= $now::TIMESTAMPTZ) AS last_ts,
         max(created_at) FILTER (WHERE created_at <= $from::TIMESTAMPTZ) AS last_ts_before,
         count(*) FILTER (WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ) AS prs_opened,
         0 AS reviews, 0 AS comments, 0 AS review_comments
    FROM all_pr_facts WHERE author_login IS NOT NULL AND NOT is_bot
   GROUP BY author_login
),
reviews AS (
  SELECT reviewer AS login,
         max(submitted_at) FILTER (WHERE submitted_at <= $now::TIMESTAMPTZ) AS last_ts,
         max(submitted_at) FILTER (WHERE submitted_at <= $from::TIMESTAMPTZ) AS last_ts_before,
         0 AS prs_opened,
         count(*) FILTER (WHERE submitted_at >= $from::TIMESTAMPTZ AND submitted_at < $to::TIMESTAMPTZ) AS reviews,
         0 AS comments, 0 AS review_comments
    FROM human_reviews
   WHERE reviewer IS NOT NULL AND (NOT pr_is_bot OR $include_bots)
   GROUP BY reviewer
),
commenters AS (
  SELECT author_login AS login, author_kind, any_value(author_login) AS seen_login,
         max(created_at) FILTER (WHERE created_at <= $now::TIMESTAMPTZ) AS last_ts,
         max(created_at) FILTER (WHERE created_at <= $from::TIMESTAMPTZ) AS last_ts_before,
         count(*) FILTER (WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ) AS comments,
         0 AS review_comments
    FROM pr_comments
   WHERE author_login IS NOT NULL
     AND ($include_bots OR pr_id NOT IN (SELECT pr_id FROM pr_keys WHERE is_bot))
     AND pr_id NOT IN (SELECT pr_id FROM filtered_out_prs)
   GROUP BY author_login, author_kind
),
-- Comments on diff lines count as comments too. They name their PR by repository and number.
-- On a PR metrics.filters leaves out (filters.sql), a comment of either kind does not count.
diff_commenters AS (
  SELECT c.author_login AS login, c.author_kind, any_value(c.author_login) AS seen_login,
         max(c.created_at) FILTER (WHERE c.created_at <= $now::TIMESTAMPTZ) AS last_ts,
         max(c.created_at) FILTER (WHERE c.created_at <= $from::TIMESTAMPTZ) AS last_ts_before,
         0 AS comments,
         count(*) FILTER (WHERE c.created_at >= $from::TIMESTAMPTZ AND c.created_at < $to::TIMESTAMPTZ) AS review_comments
    FROM pr_review_comments c
    LEFT JOIN all_pr_facts f ON f.repo_id = c.repo_id AND f.number = c.pr_number
   WHERE c.author_login IS NOT NULL AND ($include_bots OR NOT coalesce(f.is_bot, false))
     AND c.repo_id NOT IN (SELECT id FROM filtered_out_repositories)
     AND NOT EXISTS (SELECT 1 FROM filtered_out_prs x WHERE x.repo_id = c.repo_id AND x.number = c.pr_number)
   GROUP BY c.author_login, c.author_kind
),
comments AS (
  SELECT login, last_ts, last_ts_before, 0 AS prs_opened, 0 AS reviews, comments, review_comments
    FROM (SELECT * FROM commenters UNION ALL SELECT * FROM diff_commenters)
   WHERE NOT is_bot_actor(seen_login, author_kind, $bot_pattern)
)
SELECT login, max(last_ts) AS last_ts, max(last_ts_before) AS last_ts_before,
       sum(prs_opened)::INTEGER AS prs_opened, sum(reviews)::INTEGER AS reviews, sum(comments)::INTEGER AS comments,
       sum(review_comments)::INTEGER AS review_comments
  FROM (SELECT * FROM prs UNION ALL SELECT * FROM reviews UNION ALL SELECT * FROM comments)
 GROUP BY login;

-- name: members
-- Members now: everyone seen by now, plus configured team members never seen. Active: any
-- activity in the $days days up to now.
WITH seen AS (SELECT * FROM pp_members WHERE last_ts IS NOT NULL),
configured AS (
  SELECT min(login) AS login FROM team_members
   WHERE lower(login) NOT IN (SELECT lower(login) FROM seen)
   GROUP BY lower(login)
),
members AS (
  SELECT login, last_ts, prs_opened, reviews, comments + review_comments AS comments FROM seen
  UNION ALL
  SELECT login, NULL, 0, 0, 0 FROM configured
)
SELECT m.login,
       coalesce((SELECT list(DISTINCT t.team ORDER BY t.team) FROM team_members t WHERE lower(t.login) = lower(m.login)), []) AS teams,
       coalesce(m.last_ts >= $now::TIMESTAMPTZ - to_days(CAST($days AS INTEGER)), false) AS active,
       strftime(m.last_ts, '%Y-%m-%dT%H:%M:%SZ') AS last_activity_at,
       ((epoch($now::TIMESTAMPTZ) - epoch(m.last_ts)) / 86400.0)::DOUBLE AS days_since_activity,
       m.prs_opened, m.reviews, m.comments
  FROM members m
 ORDER BY active DESC, m.last_ts DESC NULLS LAST, m.login;

-- name: teams
-- Each team with its members' logins (context.ts loadTeamMembers: configured or from GitHub).
SELECT team, list(DISTINCT login ORDER BY login) AS members FROM team_members GROUP BY team ORDER BY team;

-- name: previous-member-counts
-- The same counts as of the start of the report range ($from).
WITH seen AS (SELECT login, last_ts_before AS last_ts FROM pp_members WHERE last_ts_before IS NOT NULL),
configured AS (
  SELECT DISTINCT lower(login) AS login FROM team_members WHERE lower(login) NOT IN (SELECT lower(login) FROM seen)
)
SELECT count(*) FILTER (WHERE last_ts >= $from::TIMESTAMPTZ - to_days(CAST($days AS INTEGER)))::INTEGER AS active,
       count(*)::INTEGER AS members
  FROM (SELECT last_ts FROM seen UNION ALL SELECT NULL FROM configured);

-- name: leaderboard
-- Points per event in the window: a merged PR (its author), a review by others, a review
-- comment (a comment on a diff line; own PR included, as for PR comments), a PR comment (own
-- PR included). A comment of either kind on a bot's PR counts only when bots are included,
-- like any activity there.
WITH merged AS (
  SELECT author_login AS login, count(*)::INTEGER AS merged_prs FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND author_login IS NOT NULL AND NOT is_bot
   GROUP BY author_login
),
reviewed AS (
  SELECT reviewer AS login, sum(reviews)::INTEGER AS reviews FROM rv_window
   WHERE reviews > 0 AND reviewer IS NOT NULL
   GROUP BY reviewer
),
-- Both kinds of comment as members-table counted them in the window (bots, and bot PRs
-- unless bots are included, left out).
commented AS (SELECT login, comments AS pr_comments FROM pp_members WHERE comments > 0),
diff_commented AS (SELECT login, review_comments FROM pp_members WHERE review_comments > 0),
tally AS (
  SELECT login, coalesce(m.merged_prs, 0) AS merged_prs, coalesce(r.reviews, 0) AS reviews,
         coalesce(d.review_comments, 0) AS review_comments, coalesce(c.pr_comments, 0) AS pr_comments
    FROM merged m FULL JOIN reviewed r USING (login) FULL JOIN commented c USING (login) FULL JOIN diff_commented d USING (login)
)
SELECT *, (merged_prs * $merged_points + reviews * $review_points + review_comments * $review_comment_points
           + pr_comments * $pr_comment_points)::DOUBLE AS points
  FROM tally
 ORDER BY points DESC, login;

-- name: longest-streak
-- From all_pr_facts: a streak may begin before the report's horizon.
-- Consecutive ISO weeks (Monday 00:00 UTC) with a merged PR, per author: a streak may start
-- before the window but must end in a week that overlaps it. Ties: the more recent, then login.
-- Weeks are facts.sql's integer week keys, so an island is the key minus the row number.
WITH weeks AS (
  SELECT DISTINCT author_login AS login, week_key(merged_at) AS week
    FROM all_pr_facts
   WHERE merged_at < $to::TIMESTAMPTZ AND author_login IS NOT NULL AND NOT is_bot
),
islands AS (
  SELECT login, week, week - row_number() OVER (PARTITION BY login ORDER BY week) AS island
    FROM weeks
),
runs AS (
  SELECT login, min(week) AS first_week, max(week) AS last_week, count(*)::INTEGER AS weeks
    FROM islands GROUP BY login, island
)
SELECT login, weeks, week_label(first_week) AS first_week, week_label(last_week) AS last_week
  FROM runs
 WHERE week_start(last_week) + INTERVAL 7 DAY > $from::TIMESTAMPTZ
 ORDER BY weeks DESC, last_week DESC, login
 LIMIT 1;

-- name: fastest-reviewer
-- Lowest median response to a personal review request made in the window, among reviewers
-- with at least $min_reviews answered requests.
SELECT reviewer AS login, quantile_cont(dur_h(requested_at, answered_at), 0.5)::DOUBLE AS median_hours,
       count(answered_at)::INTEGER AS n
  FROM rv_requests
 WHERE NOT is_team AND reviewer IS NOT NULL AND answered_at IS NOT NULL
   AND requested_at >= $from::TIMESTAMPTZ AND requested_at < $to::TIMESTAMPTZ
 GROUP BY reviewer
HAVING count(answered_at) >= $min_reviews
 ORDER BY median_hours, n DESC, login
 LIMIT 1;
