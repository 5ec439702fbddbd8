-- Per-PR facts every metric family reads: the points on each PR's timeline (METRICS.md,
-- "Points on a PR's timeline"), who counts as a bot and as "others", size, type, reverts and
-- hotfixes. Built once per report as a temp table; deployed_at is filled in by dora.sql.
-- Parameters: $bot_pattern (one regex, the configured patterns joined with |).

-- name: actor-is-bot
-- A login is a bot when GraphQL says so, it ends in [bot], or it matches a configured pattern.
CREATE OR REPLACE TEMP MACRO is_bot_actor(login, kind, pattern) AS
  coalesce(kind = 'Bot', false) OR coalesce(regexp_matches(login, pattern, 'i'), false);

-- name: bot-logins
-- Every login seen as a bot on a review, a comment or a PR. Deciding it once per distinct login
-- (thousands) instead of once per row (millions) is what keeps the review scans cheap.
-- MATERIALIZED keeps DuckDB from pushing the regex below the DISTINCT (onto every row).
CREATE OR REPLACE TEMP TABLE bot_logins AS
WITH seen AS MATERIALIZED (
  SELECT author_login AS login, author_kind AS kind FROM pr_reviews GROUP BY ALL
  UNION SELECT author_login, author_kind FROM pr_comments GROUP BY ALL
  UNION SELECT author_login, author_kind FROM pull_requests GROUP BY ALL
)
SELECT DISTINCT login FROM seen WHERE login IS NOT NULL AND is_bot_actor(login, kind, $bot_pattern);

-- name: human-reviews
-- Submitted reviews by humans, read once for every family: `by_others` marks those that count
-- toward the PR's review metrics (a human other than the PR's author; a deleted reviewer is a
-- human who left, counted unless the author is deleted too).
CREATE OR REPLACE TEMP TABLE human_reviews AS
SELECT v.pr_id, v.author_login AS reviewer, v.state, v.submitted_at,
       (v.author_login IS DISTINCT FROM p.author_login AND NOT (v.author_login IS NULL AND p.author_login IS NULL)) AS by_others
  FROM pr_reviews v JOIN pull_requests p ON p.id = v.pr_id
 WHERE v.submitted_at IS NOT NULL AND v.state <> 'PENDING'
   AND coalesce(v.author_login, '') NOT IN (SELECT login FROM bot_logins);

-- name: pr-facts
CREATE OR REPLACE TEMP TABLE pr_facts AS
WITH rev AS (
  SELECT pr_id,
         min(submitted_at) AS first_review_at,
         min(submitted_at) FILTER (WHERE state = 'APPROVED') AS first_approval_at,
         count(*)::INTEGER AS reviews_by_others,
         bool_or(state = 'CHANGES_REQUESTED') AS changes_requested
    FROM human_reviews WHERE by_others GROUP BY pr_id
),
com AS (
  SELECT c.pr_id, min(c.created_at) AS first_comment_at
    FROM pr_comments c JOIN pull_requests p ON p.id = c.pr_id
   WHERE coalesce(c.author_login, '') NOT IN (SELECT login FROM bot_logins)
     AND (c.author_login IS DISTINCT FROM p.author_login)
     AND NOT (c.author_login IS NULL AND p.author_login IS NULL)
   GROUP BY c.pr_id
),
tl AS (
  SELECT pr_id,
         min(created_at) FILTER (WHERE event_type = 'ReadyForReviewEvent') AS first_ready_event_at,
         arg_min(event_type, created_at) FILTER (WHERE event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent')) AS first_draft_event,
         bool_or(event_type = 'ReopenedEvent') AS reopened,
         max(created_at) FILTER (WHERE event_type = 'HeadRefForcePushedEvent') AS last_force_push_at
    FROM pr_timeline_events
   WHERE event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent', 'ReopenedEvent', 'HeadRefForcePushedEvent')
   GROUP BY pr_id
),
commits AS (
  SELECT pr_id, min(authored_at) AS first_authored_at FROM pr_commits GROUP BY pr_id
),
shaped AS (
  SELECT p.*, r.full_name AS repo, r.default_branch,
         is_bot_actor(p.author_login, p.author_kind, $bot_pattern) AS is_bot,
         -- Opened as a draft: its first draft-related event is "ready", or it is a draft with none.
         (tl.first_draft_event = 'ReadyForReviewEvent' OR (tl.first_draft_event IS NULL AND p.is_draft)) AS opened_as_draft,
         tl.first_ready_event_at, coalesce(tl.reopened, false) AS reopened, tl.last_force_push_at,
         coalesce(commits.first_authored_at, p.first_commit_at) AS first_commit_time,
         rev.first_review_at, rev.first_approval_at,
         coalesce(rev.reviews_by_others, 0) AS reviews_by_others,
         coalesce(rev.changes_requested, false) AS changes_requested,
         com.first_comment_at,
         -- Lower-cased once: the type and hotfix rules below read them several times.
         lower(coalesce(p.title, '')) AS title_lc,
         list_transform(coalesce(p.labels, []), x -> lower(x)) AS labels_lc,
         coalesce(p.additions, 0) + coalesce(p.deletions, 0) AS lines,
         -- One regex pass: the conventional-commit type, or '' when the title has none.
         regexp_extract(lower(coalesce(p.title, '')), '^(feat|fix|refactor|perf|docs|test|ci|build|chore|style|revert)(\([^)]*\))?!?:', 1) AS conventional_type
    FROM pull_requests p
    JOIN repositories r ON r.id = p.repo_id
    LEFT JOIN tl ON tl.pr_id = p.id
    LEFT JOIN rev ON rev.pr_id = p.id
    LEFT JOIN com ON com.pr_id = p.id
    LEFT JOIN commits ON commits.pr_id = p.id
)
SELECT id AS pr_id, repo_id, repo, default_branch, number, title, url, state, is_draft,
       author_login, author_kind, is_bot, labels, base_ref, head_ref, merge_commit_sha,
       created_at,
       -- A merged PR always had a ready moment; if its ready event is missing, use created_at.
       CASE WHEN opened_as_draft THEN coalesce(first_ready_event_at, CASE WHEN merged_at IS NOT NULL THEN created_at END)
            ELSE created_at END AS ready_at,
       opened_as_draft,
       first_commit_time AS first_commit_at,
       first_review_at,
       least(first_review_at, first_comment_at) AS first_response_at,
       first_approval_at,
       merged_at, closed_at,
       CAST(NULL AS TIMESTAMPTZ) AS deployed_at,
       reviews_by_others, changes_requested, reopened, last_force_push_at,
       coalesce(additions, 0) AS additions, coalesce(deletions, 0) AS deletions,
       lines::INTEGER AS size,
       CASE WHEN lines < 10 THEN 'XS' WHEN lines < 30 THEN 'S' WHEN lines < 100 THEN 'M'
            WHEN lines < 500 THEN 'L' WHEN lines < 1000 THEN 'XL' ELSE 'XXL' END AS size_bucket,
       CASE WHEN starts_with(title, 'Revert "') THEN 'revert'
            WHEN conventional_type <> '' THEN conventional_type
            WHEN list_contains(labels_lc, 'bug') THEN 'fix'
            WHEN list_has_any(labels_lc, ['enhancement', 'feature']) THEN 'feat'
            WHEN list_contains(labels_lc, 'documentation') THEN 'docs'
            ELSE 'other' END AS pr_type,
       (starts_with(title, 'Revert "') OR regexp_matches(coalesce(head_ref, ''), '^revert-\d+-')) AS is_revert,
       TRY_CAST(regexp_extract(coalesce(head_ref, ''), '^revert-(\d+)-', 1) AS INTEGER) AS reverted_number,
       CASE WHEN starts_with(title, 'Revert "') THEN regexp_extract(title, '^Revert "(.*)"$', 1) END AS reverted_title,
       (list_contains(labels_lc, 'hotfix') OR contains(title_lc, 'hotfix')) AS is_hotfix
  FROM shaped;
