-- Synthetic flowmeter data, part 4: issues and their comments, one issue per five PRs. About
-- 4% are labelled incident and are resolved within hours; other issues take days to weeks.
-- Nothing is dated after {{now}}.

-- step: issues-plan
CREATE OR REPLACE TEMP TABLE syn_issue AS
WITH drawn AS (
  SELECT k,
         least(floor({{repos}} * pow(syn_u(k, 'issue-repo'), 1.6)), {{repos}} - 1)::INTEGER AS repo,
         syn_pick(k, 'issue-author', {{humans}}) AS human,
         syn_u(k, 'issue-bot') < 0.03 AS by_bot,
         syn_u(k, 'issue-kind') AS kind,
         {{now}} - {{span}} * syn_u(k, 'issue-created') AS created
    FROM range({{issues}}) t(k)
),
resolved AS (
  SELECT *, kind < 0.04 AS incident,
         CASE WHEN kind < 0.04 THEN CASE WHEN syn_u(k, 'issue-closes') < 0.97 THEN created + syn_logn(k, 'issue-close', 5 * 3600, 1.0) END
              WHEN syn_u(k, 'issue-closes') < 0.75 THEN created + syn_logn(k, 'issue-close', 150 * 3600, 1.5) END AS close_plan
    FROM drawn
)
SELECT *, CASE WHEN close_plan < {{now}} THEN close_plan END AS closed,
       syn_pick(k, 'issue-comments', 4) AS comments,
       row_number() OVER (PARTITION BY repo ORDER BY created, k)::INTEGER AS number
  FROM resolved;

-- step: issues
INSERT INTO issues BY NAME
SELECT syn_id('I', k) AS id, 200000000 + k AS database_id, syn_id('R', repo) AS repo_id, number,
       CASE WHEN incident THEN 'Incident: elevated errors in service-' || repo ELSE 'Problem report #' || k END AS title,
       'https://github.com/acme/service-' || lpad(repo::VARCHAR, 2, '0') || '/issues/' || number AS url,
       CASE WHEN closed IS NULL THEN 'OPEN' ELSE 'CLOSED' END AS state,
       CASE WHEN closed IS NULL THEN NULL WHEN syn_u(k, 'reason') < 0.85 THEN 'COMPLETED' ELSE 'NOT_PLANNED' END AS state_reason,
       syn_ts(created) AS created_at, syn_ts(coalesce(closed, created + ({{now}} - created) * 0.5)) AS updated_at, syn_ts(closed) AS closed_at,
       CASE WHEN by_bot THEN syn_id('B', 2) ELSE syn_id('U', human) END AS author_id,
       CASE WHEN by_bot THEN 'github-actions[bot]' ELSE syn_login(human) END AS author_login,
       CASE WHEN by_bot THEN 'Bot' ELSE 'User' END AS author_kind,
       CASE WHEN incident AND syn_u(k, 'sev') < 0.5 THEN ['incident', 'sev2']
            WHEN incident THEN ['incident']
            WHEN kind < 0.39 THEN ['bug']
            WHEN kind < 0.59 THEN ['enhancement']
            WHEN kind < 0.64 THEN ['question']
            ELSE []::VARCHAR[] END AS labels,
       comments AS comment_count, syn_ts({{now}}) AS harvested_at
  FROM syn_issue;

-- step: issue-comments
-- The first comment is usually a teammate answering; some issues are answered by their author
-- or a bot first, which the metrics must skip to find the first human response.
INSERT INTO issue_comments BY NAME
WITH slots AS (SELECT k, repo, human, by_bot, created, unnest(range(comments)) AS j FROM syn_issue WHERE comments > 0),
drawn AS (
  SELECT *, k * 4 + j AS cid,
         created + syn_logn(k, 'issue-response', 5 * 3600, 1.2) * (1 + 1.5 * j) AS t,
         CASE WHEN syn_u(k * 4 + j, 'issue-who') < 0.15 AND NOT by_bot THEN 'self'
              WHEN syn_u(k * 4 + j, 'issue-who') < 0.20 THEN 'bot'
              ELSE 'mate' END AS who,
         8 * (human // 8) + (human % 8 + 1 + syn_pick(k * 4 + j, 'issue-mate', 7)) % 8 AS mate
    FROM slots
)
SELECT syn_id('IC', cid) AS id, 300000000 + cid AS database_id, syn_id('I', k) AS issue_id, syn_id('R', repo) AS repo_id,
       CASE who WHEN 'self' THEN syn_id('U', human) WHEN 'bot' THEN syn_id('B', 2) ELSE syn_id('U', mate) END AS author_id,
       CASE who WHEN 'self' THEN syn_login(human) WHEN 'bot' THEN 'github-actions[bot]' ELSE syn_login(mate) END AS author_login,
       CASE who WHEN 'bot' THEN 'Bot' ELSE 'User' END AS author_kind,
       syn_ts(t) AS created_at, syn_ts(t) AS updated_at
  FROM drawn
 WHERE t < {{now}};
