-- Per-PR facts every metric family reads: the points on each PR's timeline (METRICS.md,
-- "Points on a PR's timeline"), who counts as a bot and as "others", size, type, reverts and
-- hotfixes: read from the facts cache (facts-cache.sql) into temp tables once per report;
-- deployed_at is filled in by dora.sql.
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
-- How far back the harvest has read every repository the report covers (store/schema/006;
-- metrics.filters may leave some out, filters.sql report_repositories): the latest
-- coverage start of any repository and resource, so every record from then on is stored for
-- all of them. NULL when no pass recorded one (a database from before schema 6, or events only).
-- A first backfill still under way (a cursor saved, no coverage yet) has read an unknown part
-- of its span: it counts as covering nothing before its last page, so no period is compared
-- with until it completes.
SELECT strftime(max(CASE WHEN s.covered_since IS NULL AND s.cursor IS NOT NULL THEN s.updated_at ELSE s.covered_since END),
                '%Y-%m-%dT%H:%M:%S.%gZ') AS since
  FROM sync_state s SEMI JOIN report_repositories r ON r.id = s.repo_id
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

-- name: hours-sum
-- Sums and means of hours, summed as whole microseconds: a sum of doubles depends on the order
-- of its rows (the join and hash order, the threads), and a report must not change in its last
-- rounded digit when only the order does.
CREATE OR REPLACE TEMP MACRO hours_sum(h) AS sum(round(h * 3600000000)::HUGEINT) / 3600000000.0;

-- name: hours-mean
CREATE OR REPLACE TEMP MACRO hours_mean(h) AS hours_sum(h) / count(h);

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

-- name: human-reviews
-- Submitted reviews by humans on the PRs of pr_facts, read once for every family: the cache's
-- rows as they are (facts-cache.sql compute-reviews), a view rather than a copy because only
-- two families scan them. `by_others` marks those that count toward the PR's review metrics;
-- `pr_is_bot` is the PR's, so the reviewer and people families need no join to pr_facts.
-- Reviews of the PRs metrics.filters leaves out are left out too (filters.sql).
CREATE OR REPLACE TEMP VIEW human_reviews AS
SELECT v.k, v.reviewer, v.submitted_at, v.approved, v.changes_requested, v.by_others, v.pr_is_bot
  FROM facts_cache.reviews v ANTI JOIN filtered_out_prs x ON x.k = v.k;

-- name: all-pr-facts
-- The cache's per-PR facts (facts-cache.sql compute-prs) with what they depend on outside
-- the PR's own rows, read now: the repository's name and default branch. Every PR of all
-- history, as a view: the few statements that look before the report's horizon (all-time
-- activity, streaks, the anomaly baselines, deployments by merge) read it; the rest read
-- pr_facts. The PRs metrics.filters leaves out (filters.sql filtered_out_prs) are not here, so
-- no family reads them.
CREATE OR REPLACE TEMP VIEW all_pr_facts AS
SELECT f.k, f.pr_id, f.repo_id, r.full_name AS repo, f.number, f.state, f.is_draft, f.author_login, f.is_bot,
       (f.base_ref = r.default_branch OR f.base_ref IS NULL OR r.default_branch IS NULL) AS into_default_branch,
       f.created_at, f.ready_at, f.opened_as_draft, f.first_commit_at, f.first_review_at, f.first_response_at,
       f.first_approval_at, f.merged_at, f.closed_at,
       f.reviews_by_others, f.changes_requested, f.reopened, f.last_force_push_at, f.last_commit_at, f.last_review_at,
       f.additions, f.deletions, f.size, f.is_revert, f.reverted_number, f.reverted_title, f.is_hotfix
  FROM facts_cache.prs f JOIN repositories r ON r.id = f.repo_id
  ANTI JOIN filtered_out_prs x ON x.k = f.k;

-- name: pr-facts
-- The PRs a report over windows that begin at $horizon or later can read (context.ts
-- reportHorizon): copied once per build, narrow on purpose (titles, URLs and other long texts
-- stay in pull_requests, and the few lists that show them join it by pr_id). Every family
-- anchors a PR in a window by created_at, merged_at or closed_at, or asks whether it is open,
-- so a PR that ended before the horizon is never counted; pr-facts-reaching-back adds the
-- exceptions. deployed_at is filled in by dora.sql.
CREATE OR REPLACE TEMP TABLE pr_facts AS
SELECT *, CAST(NULL AS TIMESTAMPTZ) AS deployed_at FROM all_pr_facts
 WHERE state = 'OPEN' OR coalesce(greatest(created_at, closed_at, merged_at), 'infinity'::TIMESTAMPTZ) >= $horizon::TIMESTAMPTZ;

-- name: pr-facts-reaching-back
-- The PRs that ended before the horizon and still count (a few; one pass over all of them
-- with these conditions would cost more than the copy itself):
-- - merged before the horizon and deployed after it: DORA's lead time counts it in its
--   deployment's window. Per repository, a PR merged after the latest deployment before the
--   horizon of some source that also deploys after it may be one (a superset: the source is
--   chosen per report, dora.sql choose-sources);
-- - the change a kept revert reverts (dora.sql incidents: by number, else any merged PR of
--   its title): the incident began when that change went live.
-- Needs deployment_candidates (dora.sql).
INSERT INTO pr_facts
WITH last_before AS (
  SELECT repo_id, min(coalesce(before_horizon, '-infinity'::TIMESTAMPTZ)) AS at
    FROM (SELECT repo_id, source, max(deployed_at) FILTER (WHERE deployed_at < $horizon::TIMESTAMPTZ) AS before_horizon
            FROM deployment_candidates WHERE deployed_at IS NOT NULL
           GROUP BY repo_id, source HAVING max(deployed_at) >= $horizon::TIMESTAMPTZ)
   GROUP BY repo_id
),
reverts AS (SELECT pr_id, repo_id, reverted_number, reverted_title, created_at FROM pr_facts WHERE is_revert),
by_number AS (
  SELECT r.pr_id, o.k FROM reverts r JOIN facts_cache.prs o ON o.repo_id = r.repo_id AND o.number = r.reverted_number AND o.pr_id <> r.pr_id
),
-- Titles only for the reverts no number matched: when there are none, the titles of
-- pull_requests are not read at all.
unmatched AS (SELECT * FROM reverts WHERE pr_id NOT IN (SELECT pr_id FROM by_number)),
by_title AS (
  SELECT o.k FROM unmatched r JOIN pull_requests p ON p.repo_id = r.repo_id AND p.title = r.reverted_title
    JOIN facts_cache.prs o ON o.pr_id = p.id
   WHERE p.merged_at IS NOT NULL AND p.merged_at <= r.created_at
),
reaching_back AS (
  SELECT f.k FROM facts_cache.prs f JOIN last_before d ON d.repo_id = f.repo_id
   WHERE f.merged_at < $horizon::TIMESTAMPTZ AND f.merged_at > d.at
  UNION SELECT k FROM by_number
  UNION SELECT k FROM by_title
)
SELECT *, CAST(NULL AS TIMESTAMPTZ) AS deployed_at FROM all_pr_facts
 WHERE k IN (SELECT k FROM reaching_back EXCEPT SELECT k FROM pr_facts);

-- name: pr-keys
-- Every PR of a known repository (and not gone: store/schema/007), of all history, with its
-- small integer key `k` from the facts cache (facts-cache.sql): the review, request and
-- open-work joins run on k instead of the 20-character node ids, which costs a fraction at
-- millions of rows. Author and bot flag ride along so the review rows can carry them without
-- a second join.
CREATE OR REPLACE TEMP TABLE pr_keys AS
SELECT k, pr_id, author_login, is_bot FROM all_pr_facts;
