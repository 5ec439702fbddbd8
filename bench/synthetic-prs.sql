-- Synthetic flowmeter data, part 1: random helpers, repositories, actors, pull requests.
-- Set-based on purpose: rows come from range(n) and every "random" value is a hash of the
-- row number, a salt and the seed, so a million PRs build in seconds and the same seed always
-- gives the same database. {{name}} placeholders are numbers filled in by
-- synthetic-database.ts. Times in the plan tables (syn_*) are epoch seconds as DOUBLE.

-- step: macros
-- syn_u: uniform in (0, 1). syn_z: standard normal (Box-Muller). syn_logn: log-normal with
-- the given median, which is how durations in real repositories are shaped.
CREATE OR REPLACE TEMP MACRO syn_u(i, salt) AS ((hash(i, salt, {{seed}}) % 1000000007)::DOUBLE + 0.5) / 1000000007;
CREATE OR REPLACE TEMP MACRO syn_z(i, salt) AS sqrt(-2 * ln(syn_u(i, salt || ':a'))) * cos(2 * pi() * syn_u(i, salt || ':b'));
CREATE OR REPLACE TEMP MACRO syn_logn(i, salt, median, sigma) AS median * exp(sigma * syn_z(i, salt));
CREATE OR REPLACE TEMP MACRO syn_pick(i, salt, n) AS least(floor(syn_u(i, salt) * n), n - 1)::INTEGER;
CREATE OR REPLACE TEMP MACRO syn_sha(i, salt) AS printf('%016x%016x%08x', hash(i, salt, {{seed}}, 1), hash(i, salt, {{seed}}, 2), hash(i, salt, {{seed}}, 3) % 4294967296);
CREATE OR REPLACE TEMP MACRO syn_ts(x) AS to_timestamp(x);
-- Node ids as long as GitHub's (about 20 characters, too long for DuckDB to inline), since
-- key length shows in every join on pr_id.
CREATE OR REPLACE TEMP MACRO syn_id(kind, n) AS kind || '_kwDOBx' || printf('%012x', n);
CREATE OR REPLACE TEMP MACRO syn_login(h) AS 'dev-' || lpad(h::VARCHAR, 4, '0');
-- Reviewers come from the author's team of eight: the k-th teammate after the author's seat.
CREATE OR REPLACE TEMP MACRO syn_mate(base, seat, k) AS base + (seat + 1 + k % 7) % 8;

-- step: repositories
INSERT INTO repositories BY NAME
SELECT syn_id('R', r) AS id, 5000 + r AS database_id, 'acme' AS owner,
       'service-' || lpad(r::VARCHAR, 2, '0') AS name, 'acme/service-' || lpad(r::VARCHAR, 2, '0') AS full_name,
       r % 4 <> 0 AS is_private, false AS is_archived,
       CASE WHEN r % 10 = 9 THEN 'master' ELSE 'main' END AS default_branch,
       ['backend', 'team-' || (r % 5)] AS topics,
       syn_ts({{start}} - 400 * 86400) AS created_at, syn_ts({{now}}) AS pushed_at, syn_ts({{now}}) AS harvested_at
  FROM range({{repos}}) t(r);

-- step: actors
-- Humans (a multiple of eight, so every team is full), the usual bots, and one bot that is a
-- plain User account recognised only by the "-bot$" pattern.
INSERT INTO actors BY NAME
SELECT syn_id('U', h) AS id, 1000 + h AS database_id, syn_login(h) AS login, 'User' AS kind,
       syn_ts({{start}}) AS first_seen_at, syn_ts({{now}}) AS last_seen_at
  FROM range({{humans}}) t(h)
UNION ALL
SELECT syn_id('B', b), 900 + b, login, kind, syn_ts({{start}}), syn_ts({{now}})
  FROM (VALUES (0, 'dependabot[bot]', 'Bot'), (1, 'renovate[bot]', 'Bot'), (2, 'github-actions[bot]', 'Bot'),
               (3, 'codecov[bot]', 'Bot'), (4, 'coderabbitai[bot]', 'Bot'), (5, 'release-bot', 'User')) v(b, login, kind);

-- step: pr-plan
-- One row per PR with every planned moment; the child tables are derived from it.
-- ~85% merged, ~8% closed, the rest open (a planned merge or close after now stays open).
CREATE OR REPLACE TEMP TABLE syn_pr AS
WITH drawn AS (
  SELECT i,
         least(floor({{repos}} * pow(syn_u(i, 'repo'), 1.6)), {{repos}} - 1)::INTEGER AS repo,
         syn_u(i, 'who') AS who,
         least(floor({{humans}} * pow(syn_u(i, 'author'), 1.3)), {{humans}} - 1)::INTEGER AS human,
         syn_pick(i, 'stand-in', {{humans}}) AS stand_in,
         syn_u(i, 'intent') AS intent,
         syn_u(i, 'draft') < 0.12 AS opened_as_draft,
         syn_logn(i, 'coding', 18 * 3600, 1.2) AS coding,
         syn_logn(i, 'ready', 8 * 3600, 1.0) AS draft_wait,
         syn_logn(i, 'cycle', 20 * 3600, 1.3) AS cycle,
         syn_logn(i, 'close', 70 * 3600, 1.2) AS close_wait,
         syn_logn(i, 'pickup', 3.5 * 3600, 1.4) AS pickup,
         greatest(1, round(syn_logn(i, 'size', 90, 1.7)))::INTEGER AS size,
         syn_pick(i, 'type', 14) AS type_pick,
         ['api', 'ui', 'db', 'auth', 'billing', 'search'][1 + syn_pick(i, 'area', 6)] AS area
    FROM range({{prs}}) t(i)
),
placed AS (
  SELECT *,
         CASE WHEN who < 0.03 THEN 'bot' WHEN who < 0.032 THEN 'ghost' ELSE 'human' END AS author_type,
         -- PRs still open today were mostly opened recently; old ones are the stale tail.
         {{now}} - {{span}} * CASE WHEN intent >= 0.93 THEN pow(syn_u(i, 'created'), 3) ELSE syn_u(i, 'created') END AS created
    FROM drawn
),
timed AS (
  SELECT *, CASE WHEN opened_as_draft THEN created + draft_wait ELSE created END AS ready_plan FROM placed
),
stated AS (
  SELECT *,
         CASE WHEN intent < 0.85 AND ready_plan + cycle < {{now}} THEN 'MERGED'
              WHEN intent >= 0.85 AND intent < 0.93 AND ready_plan + close_wait < {{now}} THEN 'CLOSED'
              ELSE 'OPEN' END AS state
    FROM timed
),
shaped AS (
  SELECT *,
         state = 'OPEN' AND opened_as_draft AND (ready_plan >= {{now}} OR syn_u(i, 'still-draft') < 0.5) AS still_draft,
         CASE state WHEN 'MERGED' THEN ready_plan + cycle WHEN 'CLOSED' THEN ready_plan + close_wait ELSE {{now}} END AS end_t,
         author_type = 'human' AND state = 'MERGED' AND syn_u(i, 'revert') < 0.006 AS is_revert,
         author_type = 'human' AND syn_u(i, 'hotfix') < 0.01 AS hotfix_plan,
         CASE WHEN author_type = 'human' THEN human ELSE stand_in END AS team_anchor
    FROM stated
)
SELECT i, repo, state, still_draft, opened_as_draft, author_type, is_revert, hotfix_plan AND NOT is_revert AS is_hotfix,
       CASE author_type WHEN 'human' THEN syn_id('U', human) WHEN 'bot' THEN syn_id('B', i % 2) END AS author_id,
       CASE author_type WHEN 'human' THEN syn_login(human) WHEN 'bot' THEN ['dependabot[bot]', 'renovate[bot]'][1 + i % 2] END AS author_login,
       CASE author_type WHEN 'human' THEN 'User' WHEN 'bot' THEN 'Bot' END AS author_kind,
       8 * (team_anchor // 8) AS team_base, team_anchor % 8 AS seat, syn_pick(i, 'first-mate', 7) AS mate,
       row_number() OVER (PARTITION BY repo ORDER BY created, i)::INTEGER AS number,
       created, created - coding AS first_commit,
       CASE WHEN NOT still_draft THEN ready_plan END AS ready,
       CASE WHEN state = 'MERGED' THEN end_t END AS merged,
       CASE WHEN state <> 'OPEN' THEN end_t END AS closed,
       end_t,
       CASE WHEN state = 'OPEN' THEN created + ({{now}} - created) * (0.5 + 0.5 * syn_u(i, 'updated')) ELSE end_t END AS updated,
       -- The first review lands before the merge; a few drafts are reviewed before they are ready.
       CASE WHEN opened_as_draft AND syn_u(i, 'early-review') < 0.05 THEN created + 0.5 * draft_wait
            WHEN state = 'MERGED' THEN ready_plan + least(pickup, 0.7 * cycle)
            ELSE ready_plan + pickup END AS first_review,
       CASE WHEN still_draft THEN 0
            WHEN author_type = 'bot' THEN (syn_u(i, 'bot-review') < 0.5)::INTEGER
            WHEN syn_u(i, 'unreviewed') < 0.05 THEN 0
            ELSE 1 + syn_pick(i, 'reviews', 10) END AS reviews,
       CASE WHEN still_draft THEN 0 ELSE syn_pick(i, 'comments', 3) END AS comments,
       1 + syn_pick(i, 'commits', 3) AS commits,
       size, round(size * (0.4 + 0.5 * syn_u(i, 'additions')))::INTEGER AS additions,
       CASE WHEN author_type = 'bot' THEN 'build(deps): bump lib-' || (i % 97) || ' from 1.' || (i % 13) || '.0 to 1.' || (i % 13) || '.1'
            WHEN hotfix_plan AND NOT is_revert THEN 'fix(' || area || '): hotfix for the ' || area || ' outage #' || i
            WHEN type_pick < 10 THEN ['feat', 'fix', 'refactor', 'perf', 'docs', 'test', 'ci', 'build', 'chore', 'style'][1 + type_pick]
                 || CASE WHEN syn_u(i, 'scope') < 0.3 THEN '(' || area || ')' ELSE '' END || ': change ' || area || ' #' || i
            ELSE ['Update', 'Improve', 'Add', 'Tidy'][type_pick - 9] || ' ' || area || ' #' || i END AS title,
       CASE WHEN author_type = 'bot' THEN ['dependencies']
            WHEN hotfix_plan AND NOT is_revert THEN ['hotfix']
            WHEN syn_u(i, 'label') < 0.10 THEN ['bug']
            WHEN syn_u(i, 'label') < 0.18 THEN ['enhancement']
            WHEN syn_u(i, 'label') < 0.21 THEN ['documentation']
            WHEN syn_u(i, 'label') < 0.28 THEN ['area/' || area]
            ELSE []::VARCHAR[] END AS labels,
       syn_sha(i, 'head') AS head_sha,
       CASE WHEN state = 'MERGED' THEN syn_sha(i, 'merge') END AS merge_sha
  FROM shaped;

-- step: revert-targets
-- A revert undoes the latest merge in its repository before the revert was opened.
CREATE OR REPLACE TEMP TABLE syn_revert AS
SELECT r.i, t.number AS target_number, t.i AS target_i, t.title AS target_title
  FROM (SELECT i, repo, created FROM syn_pr WHERE is_revert) r
  ASOF JOIN (SELECT i, repo, merged, number, title FROM syn_pr WHERE state = 'MERGED' AND NOT is_revert) t
    ON r.repo = t.repo AND r.created >= t.merged;

-- step: pull-requests
INSERT INTO pull_requests BY NAME
SELECT syn_id('PR', p.i) AS id, 100000000 + p.i AS database_id, syn_id('R', p.repo) AS repo_id, p.number,
       CASE WHEN v.i IS NOT NULL THEN 'Revert "' || v.target_title || '"' ELSE p.title END AS title,
       'https://github.com/acme/service-' || lpad(p.repo::VARCHAR, 2, '0') || '/pull/' || p.number AS url,
       p.state, p.still_draft AS is_draft,
       syn_ts(p.created) AS created_at, syn_ts(p.updated) AS updated_at,
       syn_ts(p.closed) AS closed_at, syn_ts(p.merged) AS merged_at,
       p.additions, p.size - p.additions AS deletions, least(1 + p.size // 40, 300)::INTEGER AS changed_files,
       CASE WHEN p.repo % 10 = 9 THEN 'master' ELSE 'main' END AS base_ref,
       CASE WHEN v.i IS NOT NULL THEN 'revert-' || v.target_number || '-feature/pr-' || v.target_i
            WHEN p.author_type = 'bot' THEN 'dependabot/npm/lib-' || (p.i % 97)
            ELSE 'feature/pr-' || p.i END AS head_ref,
       p.head_sha, p.merge_sha AS merge_commit_sha,
       p.author_id, p.author_login, p.author_kind,
       CASE p.author_type WHEN 'human' THEN 'MEMBER' WHEN 'bot' THEN 'NONE' END AS author_association,
       CASE WHEN p.state = 'MERGED' THEN syn_login(syn_mate(p.team_base, p.seat, p.mate)) END AS merged_by_login,
       p.labels, p.commits AS commit_count, syn_ts(p.first_commit) AS first_commit_at,
       p.reviews AS review_count, p.comments AS comment_count, syn_ts({{now}}) AS harvested_at
  FROM syn_pr p LEFT JOIN syn_revert v ON v.i = p.i;
