-- Per-PR facts every metric family reads: the points on each PR's timeline (METRICS.md,
-- "Points on a PR's timeline"), who counts as a bot and as "others", size, type, reverts and
-- hotfixes. Built once per report as a temp table; deployed_at is filled in by dora.sql.
-- Parameters: $bot_pattern (one regex, the configured patterns joined with |).

-- name: actor-is-bot
-- A login is a bot when GraphQL says so, it ends in [bot], or it matches a configured pattern.
CREATE OR REPLACE TEMP MACRO is_bot_actor(login, kind, pattern) AS
  coalesce(kind = 'Bot', false) OR coalesce(regexp_matches(login, pattern, 'i'), false);

-- name: github-team-members
-- With no teams in the configuration, the teams as GitHub last listed them: per organisation
-- only its latest snapshot is current (store/schema/003_github_teams.sql), so a member who
-- left, or a team that went away, is not read. Teams are named by slug, as review requests
-- to teams are; two organisations' teams of one slug count as one team.
INSERT INTO team_members
SELECT DISTINCT m.slug, m.login
  FROM github_team_members m
  JOIN (SELECT org, max(harvested_at) AS at FROM github_teams GROUP BY org) latest
    ON latest.org = m.org AND latest.at = m.harvested_at;

-- name: harvested-since
-- How far back the harvest has read every harvested repository (store/schema/006): the latest
-- coverage start of any repository and resource, so every record from then on is stored for
-- all of them. NULL when no pass recorded one (a database from before schema 6, or events only).
-- A first backfill still under way (a cursor saved, no coverage yet) has read an unknown part
-- of its span: it counts as covering nothing before its last page, so no period is compared
-- with until it completes.
SELECT strftime(max(CASE WHEN s.covered_since IS NULL AND s.cursor IS NOT NULL THEN s.updated_at ELSE s.covered_since END),
                '%Y-%m-%dT%H:%M:%S.%gZ') AS since
  FROM sync_state s SEMI JOIN repositories r ON r.id = s.repo_id
 WHERE s.resource IN ('pull_requests', 'issues', 'deployments', 'releases', 'workflow_runs');

-- name: first-activity
-- The earliest record of all: before it the repositories were not in use, so a period that
-- began earlier is not compared with (report.ts). NULL in an empty database.
SELECT strftime(least((SELECT min(created_at) FROM pull_requests), (SELECT min(created_at) FROM issues),
                      (SELECT min(created_at) FROM workflow_runs), (SELECT min(created_at) FROM deployments),
                      (SELECT min(created_at) FROM releases)), '%Y-%m-%dT%H:%M:%S.%gZ') AS at;

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

-- name: week-key
-- ISO weeks (Monday 00:00 UTC) as integers: grouping millions of rows by date_trunc on a
-- TIMESTAMPTZ, then formatting each row, costs ten times more than this arithmetic (the Unix
-- epoch began on a Thursday, three days after a Monday); the few groups are formatted after.
CREATE OR REPLACE TEMP MACRO week_key(t) AS (epoch_us(t) + 259200000000) // 604800000000;

-- name: week-start
CREATE OR REPLACE TEMP MACRO week_start(w) AS to_timestamp(w * 604800 - 259200);

-- name: week-label
CREATE OR REPLACE TEMP MACRO week_label(w) AS strftime(week_start(w), '%Y-%m-%dT%H:%M:%SZ');

-- name: day-key
-- UTC days as integers, for counting distinct days without a per-row calendar cast.
CREATE OR REPLACE TEMP MACRO day_key(t) AS epoch_us(t) // 86400000000;

-- name: size-bucket
-- A PR's size bucket from its size (additions + deletions).
CREATE OR REPLACE TEMP MACRO size_bucket(size) AS
  CASE WHEN size < 10 THEN 'XS' WHEN size < 30 THEN 'S' WHEN size < 100 THEN 'M'
       WHEN size < 500 THEN 'L' WHEN size < 1000 THEN 'XL' ELSE 'XXL' END;

-- name: pr-type
-- A PR's type from its title and labels: a revert, else the conventional-commit type of the
-- title, else from labels. Applied by flow.sql to the merged PRs of the window only, because
-- the title regex is the costliest expression per PR.
CREATE OR REPLACE TEMP MACRO pr_type(title, labels) AS
  CASE WHEN starts_with(title, 'Revert "') THEN 'revert'
       ELSE coalesce(
         nullif(regexp_extract(lower(coalesce(title, '')), '^(feat|fix|refactor|perf|docs|test|ci|build|chore|style|revert)(\([^)]*\))?!?:', 1), ''),
         CASE WHEN list_contains(list_transform(coalesce(labels, []), x -> lower(x)), 'bug') THEN 'fix'
              WHEN list_has_any(list_transform(coalesce(labels, []), x -> lower(x)), ['enhancement', 'feature']) THEN 'feat'
              WHEN list_contains(list_transform(coalesce(labels, []), x -> lower(x)), 'documentation') THEN 'docs'
              ELSE 'other' END) END;

-- name: pr-keys
-- Every PR of a known repository (and not gone: store/schema/007) with a small integer key `k` (its row id, stable while the
-- report runs): the review, request and open-work joins run on k instead of the 20-character
-- node ids, which costs a fraction at millions of rows. Author and bot flag ride along so the
-- review rows can carry them without a second join. `in_scope`: the PR is open, or was
-- created, merged or closed at or after $facts_from (context.ts timelineFactsFrom: the
-- earliest moment any family measures a PR's review or timeline columns), so pr-facts reads
-- those columns for it; a PR that ended before then cannot show in any window measured.
CREATE OR REPLACE TEMP TABLE pr_keys AS
SELECT p.rowid AS k, p.id AS pr_id, p.author_login, is_bot_actor(p.author_login, p.author_kind, $bot_pattern) AS is_bot,
       (p.state = 'OPEN' OR (p.merged_at IS NULL AND p.closed_at IS NULL)
        OR p.created_at >= $facts_from::TIMESTAMPTZ OR p.merged_at >= $facts_from::TIMESTAMPTZ
        OR p.closed_at >= $facts_from::TIMESTAMPTZ) AS in_scope
  FROM pull_requests p SEMI JOIN repositories r ON r.id = p.repo_id
 WHERE p.gone_at IS NULL;

-- name: human-reviews
-- Submitted reviews by humans, read once for every family: `by_others` marks those that count
-- toward the PR's review metrics (a human other than the PR's author; a deleted reviewer is a
-- human who left, counted unless the author is deleted too). `pr_is_bot` is the PR's, so the
-- reviewer and people families need no join to pr_facts.
CREATE OR REPLACE TEMP TABLE human_reviews AS
SELECT p.k, v.author_login AS reviewer, v.submitted_at,
       v.state = 'APPROVED' AS approved, v.state = 'CHANGES_REQUESTED' AS changes_requested,
       (v.author_login IS DISTINCT FROM p.author_login AND NOT (v.author_login IS NULL AND p.author_login IS NULL)) AS by_others,
       p.is_bot AS pr_is_bot, p.in_scope
  FROM pr_reviews v JOIN pr_keys p ON p.pr_id = v.pr_id
 WHERE v.submitted_at IS NOT NULL AND v.state <> 'PENDING'
   AND coalesce(v.author_login, '') NOT IN (SELECT login FROM bot_logins);

-- name: pr-facts
-- Narrow on purpose (it is copied and scanned many times): titles, URLs and other long texts
-- stay in pull_requests, and the few lists that show them join it by pr_id (flow.sql's types
-- as well, which applies pr_type to the window's merged PRs only).
-- Every PR gets a row, but the costly review, comment and timeline-event columns are read
-- only for PRs `in_scope` (pr_keys): any other PR has them unread (NULL, 0, false; ready_at
-- and opened_as_draft as if it had no draft events), which no family reads. Commits are read
-- for every PR: one merged long ago may be deployed inside the window (lead time).
CREATE OR REPLACE TEMP TABLE pr_facts AS
WITH rev AS (
  SELECT k,
         min(submitted_at) AS first_review_at,
         min(submitted_at) FILTER (WHERE approved) AS first_approval_at,
         max(submitted_at) AS last_review_at,
         count(*)::INTEGER AS reviews_by_others,
         bool_or(changes_requested) AS changes_requested
    FROM human_reviews WHERE by_others AND in_scope GROUP BY k
),
com AS (
  SELECT p.k, min(c.created_at) AS first_comment_at
    FROM pr_comments c JOIN pr_keys p ON p.pr_id = c.pr_id
   WHERE p.in_scope AND coalesce(c.author_login, '') NOT IN (SELECT login FROM bot_logins)
     AND (c.author_login IS DISTINCT FROM p.author_login)
     AND NOT (c.author_login IS NULL AND p.author_login IS NULL)
   GROUP BY p.k
),
tl AS (
  SELECT pr_id,
         min(created_at) FILTER (WHERE event_type = 'ReadyForReviewEvent') AS first_ready_event_at,
         arg_min(event_type, created_at) FILTER (WHERE event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent')) AS first_draft_event,
         bool_or(event_type = 'ReopenedEvent') AS reopened,
         max(created_at) FILTER (WHERE event_type = 'HeadRefForcePushedEvent') AS last_force_push_at
    FROM pr_timeline_events SEMI JOIN (SELECT pr_id FROM pr_keys WHERE in_scope) s USING (pr_id)
   WHERE event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent', 'ReopenedEvent', 'HeadRefForcePushedEvent')
   GROUP BY pr_id
),
commits AS (
  SELECT pr_id, min(authored_at) AS first_authored_at, max(committed_at) AS last_commit_at FROM pr_commits GROUP BY pr_id
),
shaped AS (
  SELECT p.rowid AS k, p.id, p.repo_id, r.full_name AS repo, p.number, p.title, p.state, p.is_draft,
         p.author_login, p.created_at, p.merged_at, p.closed_at, p.additions, p.deletions, p.head_ref,
         (p.base_ref = r.default_branch OR p.base_ref IS NULL OR r.default_branch IS NULL) AS into_default_branch,
         is_bot_actor(p.author_login, p.author_kind, $bot_pattern) AS is_bot,
         -- Opened as a draft: its first draft-related event is "ready", or it is a draft with none.
         (tl.first_draft_event = 'ReadyForReviewEvent' OR (tl.first_draft_event IS NULL AND p.is_draft)) AS opened_as_draft,
         tl.first_ready_event_at, coalesce(tl.reopened, false) AS reopened, tl.last_force_push_at,
         coalesce(commits.first_authored_at, p.first_commit_at) AS first_commit_time, commits.last_commit_at,
         rev.first_review_at, rev.first_approval_at, rev.last_review_at,
         coalesce(rev.reviews_by_others, 0) AS reviews_by_others,
         coalesce(rev.changes_requested, false) AS changes_requested,
         com.first_comment_at,
         lower(coalesce(p.title, '')) AS title_lc,
         list_transform(coalesce(p.labels, []), x -> lower(x)) AS labels_lc,
         coalesce(p.additions, 0) + coalesce(p.deletions, 0) AS lines,
         -- The revert-branch regexes only for branches that can match.
         starts_with(coalesce(p.head_ref, ''), 'revert-') AS revert_branch
    FROM pull_requests p
    JOIN repositories r ON r.id = p.repo_id
    LEFT JOIN tl ON tl.pr_id = p.id
    LEFT JOIN rev ON rev.k = p.rowid
    LEFT JOIN com ON com.k = p.rowid
    LEFT JOIN commits ON commits.pr_id = p.id
   WHERE p.gone_at IS NULL
)
SELECT k, id AS pr_id, repo_id, repo, number, state, is_draft, author_login, is_bot, into_default_branch,
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
       -- For open work: the latest commit, and the latest review by others.
       last_commit_at, last_review_at,
       coalesce(additions, 0) AS additions, coalesce(deletions, 0) AS deletions,
       -- The size bucket and PR type are macros (size_bucket, pr_type) applied where used.
       lines::INTEGER AS size,
       (starts_with(title, 'Revert "') OR (revert_branch AND regexp_matches(head_ref, '^revert-\d+-'))) AS is_revert,
       CASE WHEN revert_branch THEN TRY_CAST(regexp_extract(head_ref, '^revert-(\d+)-', 1) AS INTEGER) END AS reverted_number,
       CASE WHEN starts_with(title, 'Revert "') THEN regexp_extract(title, '^Revert "(.*)"$', 1) END AS reverted_title,
       (list_contains(labels_lc, 'hotfix') OR contains(title_lc, 'hotfix')) AS is_hotfix
  FROM shaped;
