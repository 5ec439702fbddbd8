-- DORA (METRICS.md "DORA"): which deployments count, when each merged PR reached production,
-- incidents and the deployment each one follows, then the four keys per window.
-- Deployment ids are GraphQL node ids of their record (deployment, workflow run, release, or
-- the PR itself for merges), so they are unique across sources.
-- Parameters: $environment_pattern, $workflow_pattern, $incident_pattern (regexes, matched
-- case-insensitively), $requested (the configured source), $from/$to (the window).

-- name: deployment-candidates
-- Every deployment sources 1 to 3 would give, at any time; the source choice comes after, and
-- merges (source 4) are read from pr_facts directly. Patterns are matched on the few distinct
-- environments and workflows, not on every row.
-- A Deployment succeeded when its latest status other than INACTIVE is SUCCESS (GitHub marks
-- older successful deployments INACTIVE when a newer one lands); it went live at its first
-- SUCCESS status, as Four Keys times a deployment by its `success` deployment_status event.
-- A workflow run went live when it completed (updated_at; REST has no completed_at).
CREATE OR REPLACE TEMP TABLE deployment_candidates AS
WITH production AS (
  SELECT environment FROM (SELECT DISTINCT environment FROM deployments) e
   WHERE regexp_matches(coalesce(environment, ''), $environment_pattern, 'i')
),
production_deployments AS (
  SELECT d.* FROM deployments d SEMI JOIN production p ON p.environment = d.environment
),
statuses AS (
  SELECT s.deployment_id, s.state, s.created_at
    FROM deployment_statuses s SEMI JOIN production_deployments d ON d.id = s.deployment_id
  UNION ALL
  SELECT id, latest_state, latest_status_at FROM production_deployments WHERE latest_state IS NOT NULL AND latest_status_at IS NOT NULL
),
deployment_state AS (
  SELECT deployment_id,
         arg_max(state, created_at) FILTER (WHERE state <> 'INACTIVE') AS effective_state,
         min(created_at) FILTER (WHERE state = 'SUCCESS') AS first_success_at
    FROM statuses GROUP BY deployment_id
),
-- The deploy workflows first, from the few distinct workflows of all runs: only their
-- successful runs on the default branch are then read in full.
deploy_workflows AS (
  SELECT k.* FROM (SELECT DISTINCT repo_id, coalesce(workflow_id, -1) AS workflow_key, coalesce(name, '') AS name, coalesce(path, '') AS path
                     FROM workflow_runs) k
    LEFT JOIN workflows wf ON wf.repo_id = k.repo_id AND wf.database_id = k.workflow_key
   WHERE regexp_matches(CASE WHEN k.name <> '' THEN k.name ELSE coalesce(wf.name, '') END, $workflow_pattern, 'i')
      OR regexp_matches(CASE WHEN k.path <> '' THEN k.path ELSE coalesce(wf.path, '') END, $workflow_pattern, 'i')
),
runs AS (
  SELECT w.repo_id, w.id, coalesce(w.updated_at, w.run_started_at, w.created_at) AS finished_at, w.head_sha
    FROM workflow_runs w JOIN repositories r ON r.id = w.repo_id
    SEMI JOIN deploy_workflows d
      ON d.repo_id = w.repo_id AND d.workflow_key = coalesce(w.workflow_id, -1) AND d.name = coalesce(w.name, '') AND d.path = coalesce(w.path, '')
   WHERE w.conclusion = 'success' AND w.head_branch = r.default_branch
)
SELECT d.repo_id, d.id AS deployment_id, coalesce(s.first_success_at, d.created_at) AS deployed_at, d.sha, 'deployments' AS source
  FROM production_deployments d JOIN deployment_state s ON s.deployment_id = d.id
 WHERE s.effective_state = 'SUCCESS'
UNION ALL
SELECT repo_id, id, finished_at, head_sha, 'workflow' FROM runs
UNION ALL
SELECT repo_id, id, published_at, tag_sha, 'releases'
  FROM releases WHERE NOT is_draft AND NOT is_prerelease AND published_at IS NOT NULL;

-- name: deployment-ranges
-- Each candidate deployment with the one before it of the same repository and source (by
-- time): the commits it brought are those its commit reaches and the one before does not.
-- `known` when the harvest compared the two (harvest/deployment-ancestry.ts) or both are
-- the same commit (a re-deploy brings nothing); unknown for a repository's first stored
-- deployment, a deployment with no commit, or a pair not yet compared or gone from GitHub.
-- ancestry-pairs asks the harvest for exactly the pairs this pairs up.
CREATE OR REPLACE TEMP TABLE deployment_ranges AS
WITH ordered AS (
  SELECT repo_id, source, deployment_id, deployed_at, sha AS head_sha,
         lag(sha) OVER (PARTITION BY repo_id, source ORDER BY deployed_at, deployment_id) AS base_sha
    FROM deployment_candidates WHERE deployed_at IS NOT NULL
)
SELECT o.*, coalesce(o.base_sha = o.head_sha OR coalesce(c.status, 'missing') <> 'missing', false) AS known
  FROM ordered o
  LEFT JOIN commit_comparisons c ON c.repo_id = o.repo_id AND c.base_sha = o.base_sha AND c.head_sha = o.head_sha;

-- name: ancestry-pairs
-- The pairs of one repository's deployments still to compare, newest first: a report reads
-- recent windows most, and a harvest stopped by its budget resumes with the older ones.
-- Only the source the reports will use: the configured one, or under `auto` the first of
-- deployments, workflow, releases with a deployment since $since (else at any time), as
-- choose-sources picks per window; merges need no comparing.
WITH recent AS (
  SELECT source, max(deployed_at) >= $since::TIMESTAMPTZ AS recent FROM deployment_ranges WHERE repo_id = $repo_id GROUP BY source
),
wanted AS (
  SELECT CASE WHEN $source <> 'auto' THEN $source
              ELSE (SELECT arg_min(source, (NOT recent, list_position(['deployments', 'workflow', 'releases'], source))) FROM recent) END AS source
)
SELECT base_sha, head_sha, max(deployed_at) AS deployed_at
  FROM deployment_ranges
 WHERE repo_id = $repo_id AND source = (SELECT source FROM wanted)
   AND NOT known AND base_sha IS NOT NULL AND head_sha IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM commit_comparisons c
                    WHERE c.repo_id = deployment_ranges.repo_id AND c.base_sha = deployment_ranges.base_sha AND c.head_sha = deployment_ranges.head_sha)
 GROUP BY base_sha, head_sha
 ORDER BY max(deployed_at) DESC, head_sha
 LIMIT $limit;

-- name: choose-sources
-- Per repository: the configured source, or for `auto` the first with a deployment in the window.
-- The repositories metrics.filters leaves in (filters.sql): every later step reads these.
CREATE OR REPLACE TEMP TABLE deployment_sources AS
WITH in_window AS (
  SELECT repo_id, source FROM deployment_candidates
   WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ
  UNION
  SELECT repo_id, 'merges' FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ
     AND into_default_branch
)
SELECT r.id AS repo_id, r.full_name AS repo,
       -- A small integer key: the time-ordered (ASOF) joins below sort on it.
       (row_number() OVER (ORDER BY r.id))::INTEGER AS repo_key,
       CASE WHEN $requested <> 'auto' THEN $requested
            ELSE coalesce(arg_min(w.source, list_position(['deployments', 'workflow', 'releases', 'merges'], w.source)), 'none') END AS source
  FROM report_repositories r LEFT JOIN in_window w ON w.repo_id = r.id
 GROUP BY r.id, r.full_name;

-- name: deployments-used
-- Under `merges`, every merge of all history (all_pr_facts): an incident follows the latest
-- deployment at or before it began, which may precede the report's horizon.
CREATE OR REPLACE TEMP TABLE deployments_used AS
SELECT c.repo_id, c.deployment_id, c.deployed_at, c.sha, c.source
  FROM deployment_candidates c JOIN deployment_sources s ON s.repo_id = c.repo_id AND s.source = c.source
 WHERE c.deployed_at IS NOT NULL
UNION ALL
SELECT f.repo_id, f.pr_id, f.merged_at, p.merge_commit_sha, 'merges'
  FROM all_pr_facts f JOIN deployment_sources s ON s.repo_id = f.repo_id AND s.source = 'merges' JOIN pull_requests p ON p.id = f.pr_id
 WHERE f.merged_at IS NOT NULL AND f.into_default_branch;

-- name: deployment-points
-- Deployments of one repository at the same instant are one point in time; the smallest id
-- stands for them when PRs and incidents are matched by time, so matching is deterministic.
CREATE OR REPLACE TEMP TABLE deployment_points AS
SELECT d.repo_id, s.repo_key, d.deployed_at, min(d.deployment_id) AS deployment_id
  FROM deployments_used d JOIN deployment_sources s ON s.repo_id = d.repo_id
 GROUP BY d.repo_id, s.repo_key, d.deployed_at;

-- name: pr-deployments
-- The deployment that shipped each merged PR (METRICS.md "DORA", docs/metrics/dora.md), with
-- the rule that found it:
--   ancestry: the first deployment of the repository's source whose commits (deployment-
--             ranges, known) include the PR's merge commit;
--   time:     where that cannot be told, the first deployment at or after merged_at whose
--             contents are unknown (a deployment known not to hold the commit is skipped);
--             none after it means merged but not deployed. PRs merged into another branch,
--             or with no merge commit, take the first deployment at or after merged_at;
--   merge:    under `merges`, a PR merged into the default branch is its own deployment.
-- Deployment ids are those of deployment_points (one per repository and instant).
-- `rework`: the PR is a revert or a hotfix.
CREATE OR REPLACE TEMP TABLE pr_deployments AS
WITH merged AS (
  SELECT f.pr_id, f.repo_id, s.repo_key, s.source, f.merged_at, (f.is_revert OR f.is_hotfix) AS rework,
         (s.source = 'merges' AND f.into_default_branch) AS own_deployment,
         (f.into_default_branch AND p.merge_commit_sha IS NOT NULL) AS traceable, p.merge_commit_sha
    FROM pr_facts f JOIN deployment_sources s ON s.repo_id = f.repo_id JOIN pull_requests p ON p.id = f.pr_id
   WHERE f.merged_at IS NOT NULL AND s.source <> 'none'
),
ranges AS (
  SELECT r.* FROM deployment_ranges r SEMI JOIN deployment_sources s ON s.repo_id = r.repo_id AND s.source = r.source
),
by_ancestry AS (
  SELECT m.pr_id, arg_min(pt.deployment_id, pt.deployed_at) AS deployment_id, min(pt.deployed_at) AS deployed_at
    FROM merged m
    JOIN ranges r ON r.repo_id = m.repo_id AND r.known
    JOIN comparison_commits c ON c.repo_id = r.repo_id AND c.base_sha = r.base_sha AND c.head_sha = r.head_sha AND c.sha = m.merge_commit_sha
    JOIN deployment_points pt ON pt.repo_id = r.repo_id AND pt.deployed_at = r.deployed_at
   WHERE NOT m.own_deployment AND m.merge_commit_sha IS NOT NULL
   GROUP BY m.pr_id
),
unknown_points AS (
  SELECT pt.* FROM deployment_points pt
   SEMI JOIN ranges r ON r.repo_id = pt.repo_id AND r.deployed_at = pt.deployed_at AND NOT r.known
),
by_time AS (
  SELECT m.* FROM merged m ANTI JOIN by_ancestry a ON a.pr_id = m.pr_id WHERE NOT m.own_deployment
)
SELECT pr_id, repo_id, pr_id AS deployment_id, merged_at AS deployed_at, rework, 'merge' AS rule FROM merged WHERE own_deployment
UNION ALL
SELECT m.pr_id, m.repo_id, a.deployment_id, a.deployed_at, m.rework, 'ancestry' FROM merged m JOIN by_ancestry a ON a.pr_id = m.pr_id
UNION ALL
SELECT m.pr_id, m.repo_id, p.deployment_id, p.deployed_at, m.rework, 'time'
  FROM (SELECT * FROM by_time WHERE traceable) m
  ASOF JOIN unknown_points p ON p.repo_key = m.repo_key AND p.deployed_at >= m.merged_at
UNION ALL
SELECT m.pr_id, m.repo_id, p.deployment_id, p.deployed_at, m.rework, 'time'
  FROM (SELECT * FROM by_time WHERE NOT traceable) m
  ASOF JOIN deployment_points p ON p.repo_key = m.repo_key AND p.deployed_at >= m.merged_at;

-- name: attribution
-- How the PRs deployed in the window (the lead-time population) were credited to their
-- deployment: by commit ancestry, by time, or as their own deployment.
SELECT d.rule, count(*)::INTEGER AS prs
  FROM pr_deployments d JOIN pr_facts f ON f.pr_id = d.pr_id
 WHERE d.deployed_at >= $from::TIMESTAMPTZ AND d.deployed_at < $to::TIMESTAMPTZ AND (NOT f.is_bot OR $include_bots)
 GROUP BY d.rule ORDER BY d.rule;

-- name: clear-deployed-at
-- pr_facts may serve several reports (context.ts prepareFacts), and each chooses its own sources.
UPDATE pr_facts SET deployed_at = NULL WHERE deployed_at IS NOT NULL;

-- name: set-deployed-at
UPDATE pr_facts SET deployed_at = d.deployed_at FROM pr_deployments d WHERE d.pr_id = pr_facts.pr_id;

-- name: incidents
-- Incident issues (a label matches the pattern), merged revert PRs and merged hotfix PRs, with
-- the moment each began and ended. A revert began when the change it reverts went live (found
-- by the number in its branch, else by title) and ended when the revert merged. Each incident
-- follows the latest deployment of its repository at or before it began.
CREATE OR REPLACE TEMP TABLE dora_incidents AS
WITH issue_incidents AS (
  SELECT 'issue' AS kind, i.repo_id, i.id AS incident_id, i.number, i.title, i.url,
         i.created_at AS started_at, i.closed_at AS resolved_at,
         dur_h(i.created_at, i.closed_at) AS recovery_h, CAST(NULL AS VARCHAR) AS reverted_pr_id
    FROM report_issues i  -- the issues metrics.filters leaves in (filters.sql)
   WHERE i.gone_at IS NULL AND len(list_filter(coalesce(i.labels, []), l -> regexp_matches(l, $incident_pattern, 'i'))) > 0
),
reverts AS (  -- titles and URLs from pull_requests (pr_facts leaves long texts out)
  SELECT f.*, p.title, p.url FROM pr_facts f JOIN pull_requests p ON p.id = f.pr_id WHERE f.is_revert AND f.merged_at IS NOT NULL
),
by_number AS (
  SELECT r.pr_id, min(o.pr_id) AS reverted_id
    FROM reverts r JOIN pr_facts o ON o.repo_id = r.repo_id AND o.number = r.reverted_number AND o.pr_id <> r.pr_id
   GROUP BY r.pr_id
),
by_title AS (
  -- The latest merged PR of that title merged before the revert was opened (pull_requests has
  -- the titles; any PR of the revert's repository is in pr_facts).
  SELECT r.pr_id, arg_max(o.id, o.merged_at) AS reverted_id
    FROM reverts r JOIN pull_requests o ON o.repo_id = r.repo_id AND o.title = r.reverted_title AND o.id <> r.pr_id
   WHERE o.merged_at IS NOT NULL AND o.merged_at <= r.created_at AND o.gone_at IS NULL
   GROUP BY r.pr_id
),
revert_incidents AS (
  SELECT 'revert' AS kind, r.repo_id, r.pr_id AS incident_id, r.number, r.title, r.url,
         CASE WHEN o.deployed_at <= r.merged_at THEN o.deployed_at ELSE r.created_at END AS started_at,
         r.merged_at AS resolved_at,
         CASE WHEN o.deployed_at <= r.merged_at THEN dur_h(o.deployed_at, r.merged_at) END AS recovery_h,
         o.pr_id AS reverted_pr_id
    FROM reverts r
    LEFT JOIN by_number n ON n.pr_id = r.pr_id
    LEFT JOIN by_title t ON t.pr_id = r.pr_id
    LEFT JOIN pr_facts o ON o.pr_id = coalesce(n.reverted_id, t.reverted_id)
),
hotfix_incidents AS (
  SELECT 'hotfix' AS kind, f.repo_id, f.pr_id AS incident_id, f.number, p.title, p.url,
         f.created_at AS started_at, f.merged_at AS resolved_at, CAST(NULL AS DOUBLE) AS recovery_h, CAST(NULL AS VARCHAR) AS reverted_pr_id
    FROM pr_facts f JOIN pull_requests p ON p.id = f.pr_id WHERE f.is_hotfix AND NOT f.is_revert AND f.merged_at IS NOT NULL
),
all_incidents AS (
  SELECT * FROM issue_incidents UNION ALL SELECT * FROM revert_incidents UNION ALL SELECT * FROM hotfix_incidents
)
SELECT a.*, p.deployment_id AS failed_deployment_id
  FROM (SELECT a.*, s.repo_key FROM all_incidents a LEFT JOIN deployment_sources s ON s.repo_id = a.repo_id) a
  ASOF LEFT JOIN deployment_points p ON p.repo_key = a.repo_key AND p.deployed_at <= a.started_at;

-- name: deployment-facts
CREATE OR REPLACE TEMP TABLE deployment_facts AS
WITH shipped AS (
  SELECT deployment_id, count(*)::INTEGER AS prs, bool_or(rework) AS reworked
    FROM pr_deployments GROUP BY deployment_id
),
-- Incident references: deployment-list, for its listed deployments only (ordered lists are slow).
followed AS (
  SELECT failed_deployment_id AS deployment_id, count(*)::INTEGER AS incidents
    FROM dora_incidents WHERE failed_deployment_id IS NOT NULL
   GROUP BY failed_deployment_id
)
SELECT d.repo_id, r.full_name AS repo, d.deployment_id, d.deployed_at, d.sha, d.source,
       coalesce(s.prs, 0) AS prs, coalesce(s.reworked, false) AS reworked,
       coalesce(f.incidents, 0) AS incidents, coalesce(f.incidents, 0) > 0 AS failed
  FROM deployments_used d
  JOIN repositories r ON r.id = d.repo_id
  LEFT JOIN shipped s ON s.deployment_id = d.deployment_id
  LEFT JOIN followed f ON f.deployment_id = d.deployment_id;

-- name: sources-by-repository
SELECT s.repo, s.source,
       (SELECT count(*) FROM deployment_facts d
         WHERE d.repo_id = s.repo_id AND d.deployed_at >= $from::TIMESTAMPTZ AND d.deployed_at < $to::TIMESTAMPTZ)::INTEGER AS deployments
  FROM deployment_sources s ORDER BY s.repo;

-- name: deployment-totals
SELECT count(*)::INTEGER AS deployments,
       count(*) FILTER (WHERE failed)::INTEGER AS failed,
       count(*) FILTER (WHERE reworked)::INTEGER AS reworked,
       count(*) FILTER (WHERE prs = 0)::INTEGER AS without_prs,
       count(DISTINCT day_key(deployed_at))::INTEGER AS deploy_days
  FROM deployment_facts
 WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ;

-- name: lead-time
-- Over PRs deployed in the window (bot-authored PRs only with $include_bots, as in flow).
SELECT count(h)::INTEGER AS n, quantile_cont(h, [0.5, 0.75, 0.9])[1]::DOUBLE AS p50, quantile_cont(h, [0.5, 0.75, 0.9])[2]::DOUBLE AS p75,
       quantile_cont(h, [0.5, 0.75, 0.9])[3]::DOUBLE AS p90, hours_mean(h)::DOUBLE AS mean
  FROM (SELECT dur_h(first_commit_at, deployed_at) AS h FROM pr_facts
         WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots));

-- name: recovery-time
-- Incidents resolved in the window that have a recovery duration (issues closed, reverts of a
-- deployed change).
SELECT count(recovery_h)::INTEGER AS n, quantile_cont(recovery_h, [0.5, 0.75, 0.9])[1]::DOUBLE AS p50, quantile_cont(recovery_h, [0.5, 0.75, 0.9])[2]::DOUBLE AS p75,
       quantile_cont(recovery_h, [0.5, 0.75, 0.9])[3]::DOUBLE AS p90, hours_mean(recovery_h)::DOUBLE AS mean
  FROM dora_incidents
 WHERE resolved_at >= $from::TIMESTAMPTZ AND resolved_at < $to::TIMESTAMPTZ;

-- name: incident-counts
SELECT count(*)::INTEGER AS total,
       count(*) FILTER (WHERE kind = 'issue')::INTEGER AS issues,
       count(*) FILTER (WHERE kind = 'revert')::INTEGER AS reverts,
       count(*) FILTER (WHERE kind = 'hotfix')::INTEGER AS hotfixes,
       count(*) FILTER (WHERE failed_deployment_id IS NULL)::INTEGER AS unattributed,
       count(*) FILTER (WHERE resolved_at IS NULL)::INTEGER AS unresolved
  FROM dora_incidents
 WHERE started_at >= $from::TIMESTAMPTZ AND started_at < $to::TIMESTAMPTZ;

-- name: weekly-deployments
SELECT week_label(week_key(deployed_at)) AS week,
       count(*)::INTEGER AS deployments,
       count(DISTINCT day_key(deployed_at))::INTEGER AS deploy_days,
       count(*) FILTER (WHERE failed)::INTEGER AS failed,
       count(*) FILTER (WHERE reworked)::INTEGER AS reworked
  FROM deployment_facts
 WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ
 GROUP BY week_key(deployed_at) ORDER BY week_key(deployed_at);

-- name: weekly-lead-time
SELECT week_label(week_key(deployed_at)) AS week,
       quantile_cont(dur_h(first_commit_at, deployed_at), 0.5)::DOUBLE AS lead_time_p50
  FROM pr_facts
 WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
 GROUP BY week_key(deployed_at) ORDER BY week_key(deployed_at);

-- name: by-repository
WITH deployed AS (
  SELECT repo_id, count(*)::INTEGER AS deployments, count(*) FILTER (WHERE failed)::INTEGER AS failed,
         count(*) FILTER (WHERE reworked)::INTEGER AS reworked
    FROM deployment_facts WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ GROUP BY repo_id
),
lead AS (
  SELECT repo_id, count(dur_h(first_commit_at, deployed_at))::INTEGER AS lead_time_n,
         quantile_cont(dur_h(first_commit_at, deployed_at), 0.5)::DOUBLE AS lead_time_p50
    FROM pr_facts
   WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
   GROUP BY repo_id
),
recovery AS (
  SELECT repo_id, count(recovery_h)::INTEGER AS recovery_n, quantile_cont(recovery_h, 0.5)::DOUBLE AS recovery_time_p50
    FROM dora_incidents WHERE resolved_at >= $from::TIMESTAMPTZ AND resolved_at < $to::TIMESTAMPTZ GROUP BY repo_id
)
SELECT s.repo, s.source, coalesce(d.deployments, 0) AS deployments, coalesce(d.failed, 0) AS failed,
       coalesce(d.reworked, 0) AS reworked, coalesce(l.lead_time_n, 0) AS lead_time_n, l.lead_time_p50,
       coalesce(v.recovery_n, 0) AS recovery_n, v.recovery_time_p50
  FROM deployment_sources s
  LEFT JOIN deployed d ON d.repo_id = s.repo_id
  LEFT JOIN lead l ON l.repo_id = s.repo_id
  LEFT JOIN recovery v ON v.repo_id = s.repo_id
 ORDER BY s.repo;

-- name: deployment-list
-- The site's deployments table, most recent first, with the incidents that followed each.
WITH listed AS (  -- ordered by the instant as listed (to the second), then id
  SELECT *, strftime(deployed_at, '%Y-%m-%dT%H:%M:%SZ') AS deployed_second FROM deployment_facts
   WHERE deployed_at >= $from::TIMESTAMPTZ AND deployed_at < $to::TIMESTAMPTZ
   ORDER BY deployed_second DESC, deployment_id LIMIT 500
),
refs AS (
  SELECT failed_deployment_id AS deployment_id, list({'kind': kind, 'number': number} ORDER BY started_at, number) AS incident_refs
    FROM dora_incidents WHERE failed_deployment_id IN (SELECT deployment_id FROM listed) GROUP BY failed_deployment_id
)
SELECT l.repo, l.deployment_id AS id, l.deployed_second AS deployed_at, l.sha, l.source,
       l.prs, l.incidents, l.failed, l.reworked, coalesce(r.incident_refs, []) AS incident_refs
  FROM listed l LEFT JOIN refs r ON r.deployment_id = l.deployment_id
 ORDER BY l.deployed_second DESC, l.deployment_id;

-- name: incident-list
SELECT r.full_name AS repo, i.kind, i.number, i.title, i.url,
       strftime(i.started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at,
       strftime(i.resolved_at, '%Y-%m-%dT%H:%M:%SZ') AS resolved_at,
       i.recovery_h::DOUBLE AS recovery_h, i.failed_deployment_id, o.number AS reverted_number
  FROM dora_incidents i
  JOIN repositories r ON r.id = i.repo_id
  LEFT JOIN pr_facts o ON o.pr_id = i.reverted_pr_id
 WHERE (i.started_at >= $from::TIMESTAMPTZ AND i.started_at < $to::TIMESTAMPTZ)
    OR (i.resolved_at >= $from::TIMESTAMPTZ AND i.resolved_at < $to::TIMESTAMPTZ)
 ORDER BY i.started_at DESC, r.full_name, i.number LIMIT 500;

-- name: chosen-sources
SELECT DISTINCT source FROM deployment_sources WHERE source <> 'none' ORDER BY source;
