-- CI health (METRICS.md "CI health"): workflow runs, attributed to the window of created_at.
-- Parameters: $from, $to (the window); $since (the start of the previous range) and $to
-- bound what ci_attempts holds.

-- name: ci-workflow-key
-- A workflow is its workflow id (unique across GitHub), or when that is missing its
-- repository and path (else name); `wf` is a number so the per-attempt table below stays
-- narrow and quick to build.
CREATE OR REPLACE TEMP MACRO ci_workflow_key(workflow_id, repo_id, path, name) AS
  coalesce(workflow_id::UBIGINT, hash(repo_id, coalesce(path, name, '')));

-- name: ci-workflows
CREATE OR REPLACE TEMP TABLE ci_workflows AS
WITH seen AS (SELECT DISTINCT repo_id, workflow_id, name, path FROM workflow_runs)
SELECT ci_workflow_key(s.workflow_id, s.repo_id, s.path, s.name) AS wf,
       any_value(p.full_name) AS repo, min(coalesce(w.name, s.name, s.path)) AS workflow, min(coalesce(w.path, s.path)) AS path
  FROM seen s
  JOIN repositories p ON p.id = s.repo_id
  LEFT JOIN workflows w ON w.repo_id = s.repo_id AND w.database_id = s.workflow_id
 GROUP BY 1;

-- name: ci-attempts
-- One row per observed attempt. workflow_runs holds each run's latest attempt; earlier
-- attempts that webhooks saw live in workflow_run_attempts and take the workflow, commit and
-- created_at of their run (GitHub keeps created_at across re-runs). A re-run stored as its
-- own run record (same workflow and head SHA) is simply another row. The head SHA is kept
-- as a hash (`sha`) and the start as a sortable `start_key`, so the table stays narrow.
-- It holds the runs created in [$since, $to), and older failed attempts, which can still
-- make a later success flaky. Runs of the repositories metrics.filters leaves out are not
-- read (filters.sql report_workflow_runs).
CREATE OR REPLACE TEMP TABLE ci_attempts AS
-- workflow_runs is read twice rather than through a shared CTE, which DuckDB would
-- materialize: the second read is of re-runs only (a latest attempt above 1), the only runs
-- that can have earlier attempts.
WITH observed AS (
  SELECT ci_workflow_key(workflow_id, repo_id, path, name) AS wf, head_sha, coalesce(run_attempt, 1) AS run_attempt,
         status, conclusion, created_at, run_started_at, updated_at
    FROM report_workflow_runs
  UNION ALL
  SELECT ci_workflow_key(r.workflow_id, r.repo_id, r.path, r.name), r.head_sha, a.run_attempt, a.status, a.conclusion,
         r.created_at, a.run_started_at, a.updated_at
    FROM report_workflow_runs r JOIN workflow_run_attempts a ON a.run_database_id = r.database_id AND a.run_attempt <> r.run_attempt
   WHERE r.run_attempt > 1
)
SELECT wf, CASE WHEN head_sha IS NOT NULL THEN hash(head_sha) END AS sha, run_attempt, created_at,
       -- Attempts in order of start, then attempt number (below 1,000 on GitHub).
       epoch_us(coalesce(run_started_at, created_at)) * 1000 + run_attempt AS start_key,
       CASE WHEN conclusion = 'success' THEN 'success'
            WHEN conclusion IN ('failure', 'timed_out', 'startup_failure') THEN 'failed'
            WHEN conclusion IN ('cancelled', 'skipped') THEN conclusion
            WHEN status IS DISTINCT FROM 'completed' THEN 'running'
            ELSE 'other' END AS outcome,
       CASE WHEN status = 'completed' THEN dur_h(run_started_at, updated_at) END AS duration_hours,
       -- First attempts only: a re-run keeps its run's created_at, so its queue would include
       -- the earlier attempts. A run that has not started has no queue time yet.
       CASE WHEN run_attempt = 1 AND status IN ('completed', 'in_progress') THEN dur_h(created_at, run_started_at) END AS queue_hours
  FROM observed
 WHERE created_at < $to::TIMESTAMPTZ
   AND (created_at >= $since::TIMESTAMPTZ OR conclusion IN ('failure', 'timed_out', 'startup_failure'));

-- name: workflow-stats
-- Per workflow and overall (the row with is_total): counts by outcome, duration, queue time.
WITH stats AS (
  SELECT grouping(wf) = 1 AS is_total, wf,
         count(*)::INTEGER AS runs,
         count(*) FILTER (WHERE outcome = 'success')::INTEGER AS success,
         count(*) FILTER (WHERE outcome = 'failed')::INTEGER AS failed,
         count(*) FILTER (WHERE outcome = 'cancelled')::INTEGER AS cancelled,
         count(*) FILTER (WHERE outcome = 'skipped')::INTEGER AS skipped,
         count(*) FILTER (WHERE outcome = 'running')::INTEGER AS running,
         count(*) FILTER (WHERE outcome = 'other')::INTEGER AS other,
         count(*) FILTER (WHERE run_attempt > 1)::INTEGER AS reruns,
         count(duration_hours)::INTEGER AS duration_n,
         quantile_cont(duration_hours, [0.5, 0.75, 0.9]) AS duration_q,
         hours_mean(duration_hours)::DOUBLE AS duration_mean,
         count(queue_hours)::INTEGER AS queue_n,
         quantile_cont(queue_hours, [0.5, 0.75, 0.9]) AS queue_q,
         hours_mean(queue_hours)::DOUBLE AS queue_mean,
         coalesce(hours_sum(CASE WHEN outcome = 'failed' THEN duration_hours END), 0)::DOUBLE AS time_lost_hours
    FROM ci_attempts
   WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ
   GROUP BY GROUPING SETS ((wf), ())
)
SELECT s.* EXCLUDE (wf, duration_q, queue_q), s.wf::VARCHAR AS wf, w.repo, w.workflow, w.path,
       s.duration_q[1]::DOUBLE AS duration_p50, s.duration_q[2]::DOUBLE AS duration_p75, s.duration_q[3]::DOUBLE AS duration_p90,
       s.queue_q[1]::DOUBLE AS queue_p50, s.queue_q[2]::DOUBLE AS queue_p75, s.queue_q[3]::DOUBLE AS queue_p90
  FROM stats s LEFT JOIN ci_workflows w ON w.wf = s.wf
 ORDER BY s.is_total DESC, w.repo, w.workflow, w.path;

-- name: flaky-pairs
-- A workflow and head SHA with a failed attempt followed by a successful one, i.e. a success
-- that starts after the first failure. The pair belongs to the window of the created_at of
-- the first such success; the failure itself may lie earlier.
CREATE OR REPLACE TEMP TABLE ci_flaky AS
WITH failures AS (
  SELECT wf, sha, min(start_key) AS first_failure
    FROM ci_attempts WHERE outcome = 'failed' AND sha IS NOT NULL GROUP BY wf, sha
)
SELECT f.wf, f.sha, min(a.created_at) AS flaky_at
  FROM ci_attempts a JOIN failures f ON f.wf = a.wf AND f.sha = a.sha
 WHERE a.outcome = 'success' AND a.start_key > f.first_failure
 GROUP BY f.wf, f.sha;

-- name: flaky-counts
SELECT grouping(wf) = 1 AS is_total, wf::VARCHAR AS wf, count(*)::INTEGER AS pairs
  FROM ci_flaky
 WHERE flaky_at >= $from::TIMESTAMPTZ AND flaky_at < $to::TIMESTAMPTZ
 GROUP BY GROUPING SETS ((wf), ());

-- name: flaky-list
-- The SHAs come back from workflow_runs by their hash, for the listed pairs only.
WITH listed AS (
  SELECT * FROM ci_flaky
   WHERE flaky_at >= $from::TIMESTAMPTZ AND flaky_at < $to::TIMESTAMPTZ
   ORDER BY flaky_at DESC LIMIT $limit
),
shas AS (
  SELECT DISTINCT hash(head_sha) AS sha, head_sha FROM workflow_runs
   WHERE hash(head_sha) IN (SELECT sha FROM listed)
)
SELECT w.repo, w.workflow, s.head_sha, strftime(l.flaky_at, '%Y-%m-%dT%H:%M:%SZ') AS flaky_at
  FROM listed l JOIN shas s ON s.sha = l.sha LEFT JOIN ci_workflows w ON w.wf = l.wf
 ORDER BY l.flaky_at DESC, w.repo, w.workflow, s.head_sha;

-- name: weekly
WITH weeks AS (
  SELECT week_key(created_at) AS wk, count(*)::INTEGER AS runs,
         count(*) FILTER (WHERE outcome = 'success')::INTEGER AS success,
         count(*) FILTER (WHERE outcome = 'failed')::INTEGER AS failed,
         count(duration_hours)::INTEGER AS duration_n,
         quantile_cont(duration_hours, [0.5, 0.9]) AS duration_q
    FROM ci_attempts
   WHERE created_at >= $from::TIMESTAMPTZ AND created_at < $to::TIMESTAMPTZ
   GROUP BY 1
)
SELECT week_label(wk) AS week, runs, success, failed, duration_n,
       duration_q[1]::DOUBLE AS duration_p50, duration_q[2]::DOUBLE AS duration_p90
  FROM weeks ORDER BY wk;
