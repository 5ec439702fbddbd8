-- Sprint health (METRICS.md "Sprints and anomalies"; docs/metrics/sprints.md): the PR-flow
-- figures of each sprint window. Merged-PR figures belong to the sprint of merged_at, scope to
-- the sprint of created_at. Bot-authored PRs are left out unless $include_bots.
-- Parameters: $labels, $froms, $tos (lists of equal length, one entry per sprint window; the
-- running sprint ends at the report's reference moment), $include_bots.

-- name: sprint-pr-metrics
WITH windows AS (
  SELECT unnest($labels) AS label, unnest($froms)::TIMESTAMPTZ AS w_from, unnest($tos)::TIMESTAMPTZ AS w_to
),
counted AS (SELECT * FROM pr_facts WHERE NOT is_bot OR $include_bots),
merged AS (
  SELECT w.label, count(f.pr_id)::INTEGER AS merged,
         quantile_cont(dur_h(f.ready_at, f.merged_at), 0.5)::DOUBLE AS cycle_time_p50,
         quantile_cont(dur_h(f.ready_at, f.merged_at), 0.9)::DOUBLE AS cycle_time_p90,
         quantile_cont(dur_h(f.ready_at, f.first_review_at), 0.5)::DOUBLE AS pickup_time_p50,
         count(f.first_review_at)::INTEGER AS pickup_n,
         count(f.pr_id) FILTER (WHERE f.reviews_by_others = 0)::INTEGER AS unreviewed
    FROM windows w LEFT JOIN counted f ON f.merged_at >= w.w_from AND f.merged_at < w.w_to
   GROUP BY w.label
),
scope AS (
  SELECT w.label, count(f.pr_id)::INTEGER AS scope
    FROM windows w LEFT JOIN counted f ON f.created_at >= w.w_from AND f.created_at < w.w_to
   GROUP BY w.label
),
-- Open at the start (created before it, not closed by then) and still open at the end. A
-- closed PR ends at closed_at (merged_at if missing); a PR open now has no end, even if an
-- earlier close left a closed_at (as open-work.sql). Drafts count: a draft is open work too.
carryover AS (
  SELECT w.label, count(f.pr_id)::INTEGER AS carryover
    FROM windows w LEFT JOIN counted f
      ON f.created_at < w.w_from
     AND CASE WHEN f.state = 'OPEN' THEN 'infinity'::TIMESTAMPTZ ELSE coalesce(f.closed_at, f.merged_at, 'infinity'::TIMESTAMPTZ) END >= w.w_to
   GROUP BY w.label
)
SELECT m.label, m.merged, m.cycle_time_p50, m.cycle_time_p90, m.pickup_time_p50, m.pickup_n, m.unreviewed,
       s.scope, c.carryover
  FROM merged m JOIN scope s USING (label) JOIN carryover c USING (label);

-- name: sprint-deployment-facts
-- Deployments (and failed ones) per sprint from the DORA family's deployment_facts.
WITH windows AS (
  SELECT unnest($labels) AS label, unnest($froms)::TIMESTAMPTZ AS w_from, unnest($tos)::TIMESTAMPTZ AS w_to
)
SELECT w.label, count(d.deployment_id)::INTEGER AS deployments,
       count(d.deployment_id) FILTER (WHERE d.failed)::INTEGER AS failed
  FROM windows w LEFT JOIN deployment_facts d ON d.deployed_at >= w.w_from AND d.deployed_at < w.w_to
 GROUP BY w.label;

-- name: sprint-deployments-used
-- The same count when only deployments_used exists (no failure attribution).
WITH windows AS (
  SELECT unnest($labels) AS label, unnest($froms)::TIMESTAMPTZ AS w_from, unnest($tos)::TIMESTAMPTZ AS w_to
)
SELECT w.label, count(d.deployment_id)::INTEGER AS deployments, CAST(NULL AS INTEGER) AS failed
  FROM windows w LEFT JOIN deployments_used d ON d.deployed_at >= w.w_from AND d.deployed_at < w.w_to
 GROUP BY w.label;

-- name: temp-tables
-- Which of the DORA family's temp tables exist (they are built only when DORA runs first).
SELECT table_name AS name FROM duckdb_tables() WHERE temporary AND table_name IN ('deployment_facts', 'deployments_used');

-- name: iteration-windows
-- The iterations of a Projects iteration field, as last read (the latest snapshot of that
-- project and field, schema 005): each from 00:00 UTC of its start date for its duration.
SELECT title,
       strftime(CAST(start_date AS DATE), '%Y-%m-%dT00:00:00.000Z') AS start,
       strftime(CAST(start_date AS DATE) + CAST(duration_days AS INTEGER), '%Y-%m-%dT00:00:00.000Z') AS "end"
  FROM project_iterations
 WHERE project = $project AND field = $field
   AND harvested_at = (SELECT max(harvested_at) FROM project_iterations WHERE project = $project AND field = $field)
 ORDER BY start_date, id;

-- name: milestone-due-dates
-- The distinct due dates of the milestones of the repositories the report covers
-- (metrics.filters may leave some out: filters.sql report_repositories), each as the end of its
-- day (00:00 UTC of the next day: a milestone due on the 14th includes the 14th), with the
-- first title due then.
SELECT strftime(due_end, '%Y-%m-%dT00:00:00.000Z') AS due_end, title
  FROM (SELECT CAST(timezone('UTC', m.due_on) AS DATE) + 1 AS due_end, min(m.title) AS title
          FROM milestones m SEMI JOIN report_repositories r ON r.id = m.repo_id
         WHERE m.due_on IS NOT NULL
         GROUP BY 1)
 ORDER BY due_end;
