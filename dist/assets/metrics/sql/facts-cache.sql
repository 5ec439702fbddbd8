-- The facts cache (metrics/facts-cache.ts, docs/architecture.md "The facts cache"): the per-PR
-- facts, the human reviews and the review requests, kept in the database's `facts_cache`
-- schema between reports. A report recomputes only the PRs the writers marked stale
-- (facts_cache.stale_prs, store/stale-facts.ts) and reads the rest as they were; a change of
-- this file, of facts.sql's actor-is-bot macro, of the schema version or of the bot patterns
-- rebuilds the whole cache.
-- Every row is derived: `DROP TABLE facts_cache.state` makes the next report rebuild the rest
-- (stale_prs must stay: every writer appends to it).
-- Parameters: $bot_pattern, $all (rebuild every PR's requests: the teams changed), and the
-- $fingerprint and $teams the cache is saved under.

-- name: cache-tables
CREATE TABLE IF NOT EXISTS facts_cache.stale_prs (pr_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS facts_cache.state (fingerprint VARCHAR NOT NULL, teams VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS facts_cache.bots (login VARCHAR NOT NULL);
-- A small integer key per PR id, stable for the cache's life: every later join runs on it.
-- Ids the timeline names without a PR row get one too (their requests are kept).
CREATE TABLE IF NOT EXISTS facts_cache.keys (k INTEGER NOT NULL, pr_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS facts_cache.prs (
  k INTEGER, pr_id VARCHAR, repo_id VARCHAR, number INTEGER, state VARCHAR, is_draft BOOLEAN,
  author_login VARCHAR, is_bot BOOLEAN, base_ref VARCHAR, created_at TIMESTAMPTZ, ready_at TIMESTAMPTZ,
  opened_as_draft BOOLEAN, first_commit_at TIMESTAMPTZ, first_review_at TIMESTAMPTZ,
  first_response_at TIMESTAMPTZ, first_approval_at TIMESTAMPTZ, merged_at TIMESTAMPTZ, closed_at TIMESTAMPTZ,
  reviews_by_others INTEGER, changes_requested BOOLEAN, reopened BOOLEAN, last_force_push_at TIMESTAMPTZ,
  last_commit_at TIMESTAMPTZ, last_review_at TIMESTAMPTZ, additions INTEGER, deletions INTEGER, size INTEGER,
  is_revert BOOLEAN, reverted_number INTEGER, reverted_title VARCHAR, is_hotfix BOOLEAN);
CREATE TABLE IF NOT EXISTS facts_cache.reviews (
  k INTEGER, reviewer VARCHAR, submitted_at TIMESTAMPTZ, approved BOOLEAN, changes_requested BOOLEAN, by_others BOOLEAN,
  pr_is_bot BOOLEAN);
CREATE TABLE IF NOT EXISTS facts_cache.requests (
  k INTEGER, reviewer VARCHAR, is_team BOOLEAN, requested_at TIMESTAMPTZ, asks INTEGER,
  answered_at TIMESTAMPTZ, withdrawn_at TIMESTAMPTZ, pr_last_ask_at TIMESTAMPTZ, pr_is_bot BOOLEAN);

-- name: drop-cache
DROP TABLE IF EXISTS facts_cache.state;
DROP TABLE IF EXISTS facts_cache.bots;
DROP TABLE IF EXISTS facts_cache.keys;
DROP TABLE IF EXISTS facts_cache.prs;
DROP TABLE IF EXISTS facts_cache.reviews;
DROP TABLE IF EXISTS facts_cache.requests;

-- name: state
SELECT fingerprint, teams FROM facts_cache.state;

-- name: teams-fingerprint
-- Team requests are answered by the team's members (reviewers.sql): who they are is part of
-- every team request's answer.
SELECT md5(coalesce(string_agg(team || chr(9) || login, chr(10) ORDER BY team, login), '')) AS teams
  FROM (SELECT DISTINCT lower(team) AS team, lower(login) AS login FROM team_members);

-- name: stale-by-bots
-- A login that became a bot (or stopped being one) changes the facts of every PR it reviewed
-- or commented on, not only the PR whose new row made it one.
INSERT INTO facts_cache.stale_prs
WITH changed AS (
  (SELECT login FROM bot_logins EXCEPT SELECT login FROM facts_cache.bots)
  UNION (SELECT login FROM facts_cache.bots EXCEPT SELECT login FROM bot_logins)
)
SELECT DISTINCT pr_id FROM (SELECT pr_id, author_login FROM pr_reviews UNION ALL SELECT pr_id, author_login FROM pr_comments)
 WHERE author_login IN (SELECT login FROM changed);

-- name: scope-all
CREATE OR REPLACE TEMP TABLE facts_scope AS
SELECT id AS pr_id FROM pull_requests
UNION SELECT pr_id FROM pr_timeline_events WHERE event_type IN ('ReviewRequestedEvent', 'ReviewRequestRemovedEvent');

-- name: scope-stale
CREATE OR REPLACE TEMP TABLE facts_scope AS SELECT DISTINCT pr_id FROM facts_cache.stale_prs;

-- name: assign-keys
INSERT INTO facts_cache.keys
SELECT (SELECT coalesce(max(k), 0) FROM facts_cache.keys) + row_number() OVER (ORDER BY pr_id), pr_id
  FROM facts_scope WHERE pr_id NOT IN (SELECT pr_id FROM facts_cache.keys);

-- name: scope-keys
-- The keys to recompute: the stale PRs.
CREATE OR REPLACE TEMP TABLE facts_scope_keys AS
SELECT c.k, c.pr_id FROM facts_cache.keys c SEMI JOIN facts_scope s ON s.pr_id = c.pr_id;

-- name: requests-scope-keys
-- The stale PRs, or every PR when the teams changed.
CREATE OR REPLACE TEMP TABLE requests_scope_keys AS
SELECT k, pr_id FROM facts_cache.keys WHERE $all
UNION ALL SELECT k, pr_id FROM facts_scope_keys WHERE NOT $all;

-- name: forget-stale
DELETE FROM facts_cache.prs WHERE k IN (SELECT k FROM facts_scope_keys);
DELETE FROM facts_cache.reviews WHERE k IN (SELECT k FROM facts_scope_keys);
DELETE FROM facts_cache.requests WHERE k IN (SELECT k FROM requests_scope_keys);

-- name: compute-reviews
-- Submitted reviews by humans on the PRs of known repositories: `by_others` marks those that
-- count toward the PR's review metrics (a human other than the PR's author; a deleted reviewer
-- is a human who left, counted unless the author is deleted too). `pr_is_bot` is the PR's, so
-- the reviewer and people families read these rows as they are (facts.sql human-reviews). A
-- repository stored after its PRs marks them stale (store/stale-facts.ts).
INSERT INTO facts_cache.reviews
WITH scoped AS MATERIALIZED (
  SELECT s.k, p.id, p.author_login, is_bot_actor(p.author_login, p.author_kind, $bot_pattern) AS is_bot
    FROM pull_requests p JOIN facts_scope_keys s ON s.pr_id = p.id
   WHERE p.gone_at IS NULL AND p.repo_id IN (SELECT id FROM repositories)
)
SELECT p.k, v.author_login, v.submitted_at, v.state = 'APPROVED', v.state = 'CHANGES_REQUESTED',
       (v.author_login IS DISTINCT FROM p.author_login AND NOT (v.author_login IS NULL AND p.author_login IS NULL)),
       p.is_bot
  FROM pr_reviews v JOIN scoped p ON p.id = v.pr_id
 WHERE v.submitted_at IS NOT NULL AND v.state <> 'PENDING'
   AND coalesce(v.author_login, '') NOT IN (SELECT login FROM bot_logins);

-- name: compute-prs
-- The points on each PR's timeline (METRICS.md, "Points on a PR's timeline"), size, reverts
-- and hotfixes. Reads the reviews compute-reviews just wrote. deployed_at, the repository's
-- name and whether the PR targets its default branch are added when a report reads the cache
-- (facts.sql pr-facts): they depend on deployments and on the repositories table.
INSERT INTO facts_cache.prs
WITH scoped AS MATERIALIZED (
  SELECT s.k, p.id, p.repo_id, p.number, p.title, p.state, p.is_draft, p.base_ref, p.head_ref, p.labels,
         p.author_login, p.author_kind, p.created_at, p.merged_at, p.closed_at, p.additions, p.deletions, p.first_commit_at
    FROM pull_requests p JOIN facts_scope_keys s ON s.pr_id = p.id WHERE p.gone_at IS NULL
),
rev AS (
  SELECT k,
         min(submitted_at) AS first_review_at,
         min(submitted_at) FILTER (WHERE approved) AS first_approval_at,
         max(submitted_at) AS last_review_at,
         count(*)::INTEGER AS reviews_by_others,
         bool_or(changes_requested) AS changes_requested
    FROM facts_cache.reviews SEMI JOIN facts_scope_keys s USING (k)
   WHERE by_others GROUP BY k
),
com AS (
  SELECT p.k, min(c.created_at) AS first_comment_at
    FROM pr_comments c JOIN scoped p ON p.id = c.pr_id
   WHERE coalesce(c.author_login, '') NOT IN (SELECT login FROM bot_logins)
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
    FROM pr_timeline_events SEMI JOIN facts_scope_keys s USING (pr_id)
   WHERE event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent', 'ReopenedEvent', 'HeadRefForcePushedEvent')
   GROUP BY pr_id
),
commits AS (
  SELECT pr_id, min(authored_at) AS first_authored_at, max(committed_at) AS last_commit_at
    FROM pr_commits SEMI JOIN facts_scope_keys s USING (pr_id) GROUP BY pr_id
),
shaped AS (
  SELECT p.k, p.id, p.repo_id, p.number, p.title, p.state, p.is_draft, p.base_ref,
         p.author_login, p.created_at, p.merged_at, p.closed_at, p.additions, p.deletions, p.head_ref,
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
    FROM scoped p
    LEFT JOIN tl ON tl.pr_id = p.id
    LEFT JOIN rev ON rev.k = p.k
    LEFT JOIN com ON com.k = p.k
    LEFT JOIN commits ON commits.pr_id = p.id
)
SELECT k, id, repo_id, number, state, is_draft, author_login, is_bot, base_ref, created_at,
       -- A merged PR always had a ready moment; if its ready event is missing, use created_at.
       CASE WHEN opened_as_draft THEN coalesce(first_ready_event_at, CASE WHEN merged_at IS NOT NULL THEN created_at END)
            ELSE created_at END,
       opened_as_draft, first_commit_time, first_review_at,
       least(first_review_at, first_comment_at), first_approval_at, merged_at, closed_at,
       reviews_by_others, changes_requested, reopened, last_force_push_at,
       -- For open work: the latest commit, and the latest review by others.
       last_commit_at, last_review_at,
       coalesce(additions, 0), coalesce(deletions, 0), lines::INTEGER,
       (starts_with(title, 'Revert "') OR (revert_branch AND regexp_matches(head_ref, '^revert-\d+-'))),
       CASE WHEN revert_branch THEN TRY_CAST(regexp_extract(head_ref, '^revert-(\d+)-', 1) AS INTEGER) END,
       CASE WHEN starts_with(title, 'Revert "') THEN regexp_extract(title, '^Revert "(.*)"$', 1) END,
       (list_contains(labels_lc, 'hotfix') OR contains(title_lc, 'hotfix'))
  FROM shaped;

-- name: compute-requests
-- One row per review request (METRICS.md "Reviewers and people"). A request stays pending
-- until the requested reviewer submits a review (for a team: any member of the team, per the
-- configured teams; any reviewer by others when the team has no configured members) or the
-- request is removed. Asking again while a request is pending is the same request (the wait
-- began at the first ask). At equal times a request comes before the review or removal that
-- closes it, and a review before a removal. So each ask is paired with the first closing
-- event at or after it, and the asks that share a closing event (or share having none) are
-- one request. Plain equi-joins and GROUP BYs rather than window functions or ASOF joins: a
-- full build meets millions of reviews. The bot pattern is matched once per distinct login.
-- `pr_last_ask_at` (any ask of the PR, a bot's too) lets a report keep only the PRs it needs,
-- and `pr_is_bot` (the PR's, from the prs computed just before; false for a PR the timeline
-- names without a PR row) leaves bots' PRs out without a join.
INSERT INTO facts_cache.requests
WITH keyed_events AS MATERIALIZED (
  SELECT s.k, e.event_type = 'ReviewRequestedEvent' AS is_ask, e.created_at AS ts,
         e.requested_reviewer AS reviewer, e.requested_reviewer_kind AS kind
    FROM pr_timeline_events e JOIN requests_scope_keys s ON s.pr_id = e.pr_id
   WHERE e.event_type IN ('ReviewRequestedEvent', 'ReviewRequestRemovedEvent')
     AND e.pr_id NOT IN (SELECT id FROM pull_requests WHERE gone_at IS NOT NULL)
),
last_asks AS (SELECT k, max(ts) AS pr_last_ask_at FROM keyed_events WHERE is_ask GROUP BY k),
-- is_bot_actor split in two: the kind per row, the pattern once per distinct login (testing
-- an aggregate keeps DuckDB from pushing the regex below the grouping, onto every event).
bot_requested AS MATERIALIZED (
  SELECT reviewer FROM (SELECT reviewer, any_value(reviewer) AS login FROM keyed_events WHERE reviewer IS NOT NULL GROUP BY reviewer)
   WHERE is_bot_actor(login, NULL, $bot_pattern)
),
keyed AS MATERIALIZED (
  SELECT e.k, e.is_ask, e.ts, e.reviewer, coalesce(e.reviewer, '') AS who,
         coalesce(e.kind = 'Team', false) AS is_team
    FROM keyed_events e
   WHERE coalesce(e.kind = 'Team', false)
      OR NOT (coalesce(e.kind = 'Bot', false) OR coalesce(e.reviewer IN (SELECT reviewer FROM bot_requested), false))
),
asks AS MATERIALIZED (SELECT row_number() OVER ()::INTEGER AS id, * EXCLUDE (is_ask) FROM keyed WHERE is_ask),
reviews AS MATERIALIZED (
  SELECT r.k, coalesce(r.reviewer, '') AS who, r.reviewer, r.submitted_at
    FROM facts_cache.reviews r SEMI JOIN requests_scope_keys s ON s.k = r.k
   WHERE r.by_others
),
personal_answers AS (
  SELECT a.id, min(r.submitted_at) AS answer_at
    FROM asks a JOIN reviews r ON r.k = a.k AND r.who = a.who
   WHERE NOT a.is_team AND r.submitted_at >= a.ts
   GROUP BY a.id
),
configured_teams AS (SELECT DISTINCT lower(team) AS team FROM team_members),
team_answers AS (
  SELECT a.id, min(r.submitted_at) AS answer_at
    FROM asks a JOIN reviews r ON r.k = a.k
   WHERE a.is_team AND r.submitted_at >= a.ts
     AND (lower(a.who) NOT IN (SELECT team FROM configured_teams)
          OR EXISTS (SELECT 1 FROM team_members m WHERE lower(m.team) = lower(a.who) AND lower(m.login) = lower(r.reviewer)))
   GROUP BY a.id
),
removals AS (
  SELECT a.id, min(x.ts) AS removed_at
    FROM asks a JOIN keyed x ON x.k = a.k AND x.who = a.who AND x.is_team = a.is_team
   WHERE NOT x.is_ask AND x.ts >= a.ts
   GROUP BY a.id
),
closed AS (
  SELECT a.k, a.reviewer, a.is_team, a.ts,
         coalesce(p.answer_at, t.answer_at) AS answer_at, x.removed_at
    FROM asks a
    LEFT JOIN personal_answers p ON p.id = a.id
    LEFT JOIN team_answers t ON t.id = a.id
    LEFT JOIN removals x ON x.id = a.id
),
-- A review and a removal at the same moment: the review came first.
paired AS (
  SELECT *, least(answer_at, removed_at) AS closed_at,
         answer_at IS NOT NULL AND (removed_at IS NULL OR answer_at <= removed_at) AS answered
    FROM closed
)
SELECT q.k, q.reviewer, q.is_team, min(q.ts), count(*)::INTEGER,
       CASE WHEN bool_or(q.answered) THEN q.closed_at END,
       CASE WHEN NOT bool_or(q.answered) THEN q.closed_at END,
       any_value(l.pr_last_ask_at), coalesce(any_value(p.is_bot), false)
  FROM paired q JOIN last_asks l ON l.k = q.k LEFT JOIN facts_cache.prs p ON p.k = q.k
 GROUP BY q.k, q.reviewer, q.is_team, q.closed_at;

-- name: finish
DELETE FROM facts_cache.stale_prs;
DELETE FROM facts_cache.bots;
INSERT INTO facts_cache.bots SELECT login FROM bot_logins;
DELETE FROM facts_cache.state;

-- name: save-state
INSERT INTO facts_cache.state VALUES ($fingerprint, $teams);

-- name: scope-size
SELECT count(*)::INTEGER AS n FROM facts_scope_keys;
