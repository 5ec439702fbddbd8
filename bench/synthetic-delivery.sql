-- Synthetic flowmeter data, part 3: CI and delivery. Every PR gets a pull_request CI run and
-- every merge a push run on the default branch (about two runs per PR). Merges ship in
-- deploy batches (every merge in a three-hour slot of a repository); a third of the
-- repositories deploy through GitHub Deployments, a third through a Deploy workflow, a third
-- publish releases. Nothing is dated after {{now}}.

-- step: workflows
INSERT INTO workflows BY NAME
SELECT syn_id('W', r * 10 + 1) AS id, r * 10 + 1 AS database_id, syn_id('R', r) AS repo_id, 'CI' AS name,
       '.github/workflows/ci.yml' AS path, 'active' AS state
  FROM range({{repos}}) t(r)
UNION ALL
SELECT syn_id('W', r * 10 + 2), r * 10 + 2, syn_id('R', r), 'Deploy', '.github/workflows/deploy.yml', 'active'
  FROM range({{repos}}) t(r) WHERE r % 3 = 1;

-- step: batches
CREATE OR REPLACE TEMP TABLE syn_batch AS
WITH slots AS (
  SELECT repo, floor(merged / 10800)::BIGINT AS slot, arg_max(merge_sha, merged) AS sha, count(*)::INTEGER AS prs
    FROM syn_pr WHERE state = 'MERGED' GROUP BY repo, slot
),
numbered AS (SELECT *, row_number() OVER (ORDER BY repo, slot) AS b FROM slots)
SELECT b, repo, sha, prs, (slot + 1) * 10800 + syn_logn(b, 'deploy', 1200, 0.5) AS t, syn_u(b, 'ok') < 0.92 AS ok
  FROM numbered;

-- step: deployments-plan
-- Staging then production per batch; a failed production deploy is retried an hour later.
CREATE OR REPLACE TEMP TABLE syn_deployment AS
WITH shipped AS (
  SELECT b * 4 AS d, repo, sha, 'staging' AS environment, t - 900 AS t, true AS ok FROM syn_batch WHERE repo % 3 = 0
  UNION ALL
  SELECT b * 4 + 1, repo, sha, 'production', t, ok FROM syn_batch WHERE repo % 3 = 0
  UNION ALL
  SELECT b * 4 + 2, repo, sha, 'production', t + syn_logn(b, 'retry', 3600, 0.5), true FROM syn_batch WHERE repo % 3 = 0 AND NOT ok
)
SELECT *, t + least(greatest(60, syn_logn(d, 'done', 360, 0.5)), 3000) AS done FROM shipped WHERE t + 3600 < {{now}};

-- step: deployments
INSERT INTO deployments BY NAME
SELECT syn_id('DE', d) AS id, 900000000 + d AS database_id, syn_id('R', repo) AS repo_id, environment, sha,
       CASE WHEN repo % 10 = 9 THEN 'master' ELSE 'main' END AS ref, 'deploy' AS task,
       syn_ts(t) AS created_at, syn_ts(done) AS updated_at, 'github-actions[bot]' AS creator_login,
       CASE WHEN ok THEN 'SUCCESS' ELSE 'FAILURE' END AS latest_state, syn_ts(done) AS latest_status_at
  FROM syn_deployment;

-- step: deployment-statuses
INSERT INTO deployment_statuses BY NAME
SELECT syn_id('DES', d * 2) AS id, syn_id('DE', d) AS deployment_id, syn_id('R', repo) AS repo_id, 'IN_PROGRESS' AS state,
       syn_ts(t + 20) AS created_at, 'github-actions[bot]' AS creator_login, NULL::VARCHAR AS environment_url
  FROM syn_deployment
UNION ALL
SELECT syn_id('DES', d * 2 + 1), syn_id('DE', d), syn_id('R', repo), CASE WHEN ok THEN 'SUCCESS' ELSE 'FAILURE' END,
       syn_ts(done), 'github-actions[bot]', CASE WHEN ok THEN 'https://' || environment || '.service-' || repo || '.acme.example' END
  FROM syn_deployment;

-- step: releases
-- One release per day with a deploy batch; a few drafts and prereleases.
INSERT INTO releases BY NAME
WITH days AS (
  SELECT repo, floor(t / 86400)::BIGINT AS day, max(t) AS t, arg_max(sha, t) AS sha
    FROM syn_batch WHERE repo % 3 = 2 AND t < {{now}} GROUP BY repo, day
),
numbered AS (SELECT *, row_number() OVER (PARTITION BY repo ORDER BY day) AS k, hash(repo, day) % 1000000 AS h FROM days)
SELECT syn_id('RE', repo * 100000 + k) AS id, 700000000 + repo * 100000 + k AS database_id, syn_id('R', repo) AS repo_id,
       'v1.' || k || '.0' AS tag_name, 'Release 1.' || k AS name, sha AS tag_sha,
       syn_ts(t) AS created_at, syn_ts(t + 60) AS published_at,
       syn_u(h, 'draft') < 0.01 AS is_draft, syn_u(h, 'pre') < 0.03 AS is_prerelease, 'release-bot' AS author_login
  FROM numbered;

-- step: runs-plan
-- The REST list shows a run's latest attempt: a failed, timed-out or cancelled first attempt
-- is sometimes re-run, and a re-run mostly succeeds (the flaky case). created_at stays the
-- first attempt's, as GitHub keeps it.
CREATE OR REPLACE TEMP TABLE syn_run AS
WITH triggers AS (
  SELECT 7000000000 + i * 4 AS rid, repo, 'CI' AS name, '.github/workflows/ci.yml' AS path, repo * 10 + 1 AS workflow_id,
         'pull_request' AS event, 'feature/pr-' || i AS branch, head_sha AS sha,
         created + 30 + (end_t - created) * 0.2 * syn_u(i, 'ci-push') AS t, author_login AS actor, 360.0 AS typical, NULL::VARCHAR AS forced
    FROM syn_pr
  UNION ALL
  SELECT 7000000000 + i * 4 + 1, repo, 'CI', '.github/workflows/ci.yml', repo * 10 + 1, 'push',
         CASE WHEN repo % 10 = 9 THEN 'master' ELSE 'main' END, merge_sha, merged + 20, syn_login(syn_mate(team_base, seat, mate)), 360.0, NULL
    FROM syn_pr WHERE state = 'MERGED'
  UNION ALL
  SELECT 8000000000 + b, repo, 'Deploy', '.github/workflows/deploy.yml', repo * 10 + 2, 'push',
         CASE WHEN repo % 10 = 9 THEN 'master' ELSE 'main' END, sha, t - 120, 'github-actions[bot]', 240.0,
         CASE WHEN ok THEN 'success' ELSE 'failure' END
    FROM syn_batch WHERE repo % 3 = 1
),
first AS (
  SELECT *, coalesce(forced, CASE WHEN syn_u(rid, 'conclusion') < 0.82 THEN 'success'
                                  WHEN syn_u(rid, 'conclusion') < 0.91 THEN 'failure'
                                  WHEN syn_u(rid, 'conclusion') < 0.95 THEN 'cancelled'
                                  WHEN syn_u(rid, 'conclusion') < 0.975 THEN 'skipped'
                                  WHEN syn_u(rid, 'conclusion') < 0.985 THEN 'timed_out'
                                  WHEN syn_u(rid, 'conclusion') < 0.993 THEN 'startup_failure'
                                  ELSE 'success' END) AS first_conclusion,
         syn_logn(rid, 'queue', 8, 1.0) + CASE WHEN syn_u(rid, 'busy') < 0.05 THEN syn_logn(rid, 'busy', 360, 0.8) ELSE 0 END AS queue,
         syn_logn(rid, 'duration', typical, 0.35) AS duration
    FROM triggers WHERE t < {{now}}
),
attempted AS (
  SELECT *,
         CASE WHEN first_conclusion IN ('failure', 'timed_out', 'cancelled') AND syn_u(rid, 'rerun') < 0.3 THEN 2 ELSE 1 END AS attempts,
         t + queue AS started1,
         t + queue + CASE first_conclusion WHEN 'failure' THEN duration * (0.2 + 0.8 * syn_u(rid, 'cut'))
                                          WHEN 'cancelled' THEN duration * (0.05 + 0.75 * syn_u(rid, 'cut'))
                                          WHEN 'timed_out' THEN 3600 + 30 * syn_u(rid, 'cut')
                                          WHEN 'skipped' THEN 2 WHEN 'startup_failure' THEN 2
                                          ELSE duration END AS ended1
    FROM first
)
SELECT *,
       CASE WHEN attempts = 2 THEN CASE WHEN syn_u(rid, 'retry') < 0.7 THEN 'success' ELSE 'failure' END ELSE first_conclusion END AS final_conclusion,
       CASE WHEN attempts = 2 THEN ended1 + syn_logn(rid, 'retry-wait', 600, 0.8) ELSE started1 END AS started2,
       CASE WHEN attempts = 2 THEN ended1 + syn_logn(rid, 'retry-wait', 600, 0.8) + 10 + duration ELSE ended1 END AS ended2
  FROM attempted;

-- step: workflow-runs
INSERT INTO workflow_runs BY NAME
SELECT syn_id('WFR', rid) AS id, rid AS database_id, syn_id('R', repo) AS repo_id, workflow_id, name, path, event,
       CASE WHEN started2 >= {{now}} THEN 'queued' WHEN ended2 >= {{now}} THEN 'in_progress' ELSE 'completed' END AS status,
       CASE WHEN ended2 < {{now}} THEN final_conclusion END AS conclusion,
       branch AS head_branch, sha AS head_sha, (rid % 1000000)::INTEGER AS run_number, attempts AS run_attempt,
       syn_ts(t) AS created_at, syn_ts(least(started2, {{now}})) AS run_started_at, syn_ts(least(ended2, {{now}})) AS updated_at,
       actor AS actor_login
  FROM syn_run;

-- step: workflow-run-attempts
INSERT INTO workflow_run_attempts BY NAME
SELECT rid AS run_database_id, 1 AS run_attempt, syn_id('R', repo) AS repo_id,
       CASE WHEN attempts = 1 AND ended1 >= {{now}} THEN 'in_progress' ELSE 'completed' END AS status,
       CASE WHEN attempts = 1 AND ended1 >= {{now}} THEN NULL ELSE first_conclusion END AS conclusion,
       syn_ts(least(started1, {{now}})) AS run_started_at, syn_ts(least(ended1, {{now}})) AS updated_at
  FROM syn_run
UNION ALL
SELECT rid, 2, syn_id('R', repo),
       CASE WHEN ended2 >= {{now}} THEN 'in_progress' ELSE 'completed' END,
       CASE WHEN ended2 < {{now}} THEN final_conclusion END,
       syn_ts(least(started2, {{now}})), syn_ts(least(ended2, {{now}}))
  FROM syn_run WHERE attempts = 2;
