-- One pull request's points on its timeline and its size, read from the metrics engine's
-- pr_facts (so every definition is the report's: ready time, reviews by others, bots by the
-- configured patterns), and the team's median size over the PRs merged in the report's range,
-- counted as the flow family counts them. Runs on the connection that computed the report:
-- pr_facts is its temp table. The PR itself comes from all_pr_facts, the same facts for every
-- PR of all history (pr_facts holds only the PRs the report's windows reach). A PR flowmeter
-- has not stored gets no row.
-- Parameters: $repo (owner/name), $number, $from, $to (the report's range), $include_bots.
WITH pr AS (
  SELECT f.*, p.changed_files
    FROM all_pr_facts f JOIN pull_requests p ON p.id = f.pr_id
   WHERE lower(f.repo) = lower($repo) AND f.number = $number
),
team AS (
  SELECT median(size)::DOUBLE AS size_p50, count(*)::INTEGER AS merged
    FROM pr_facts
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ AND (NOT is_bot OR $include_bots)
)
SELECT pr.state, pr.is_draft, pr.size::INTEGER AS size, pr.changed_files::INTEGER AS changed_files,
       strftime(pr.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
       strftime(pr.ready_at, '%Y-%m-%dT%H:%M:%SZ') AS ready_at,
       strftime(pr.first_commit_at, '%Y-%m-%dT%H:%M:%SZ') AS first_commit_at,
       strftime(pr.first_review_at, '%Y-%m-%dT%H:%M:%SZ') AS first_review_at,
       strftime(pr.first_approval_at, '%Y-%m-%dT%H:%M:%SZ') AS first_approval_at,
       strftime(pr.merged_at, '%Y-%m-%dT%H:%M:%SZ') AS merged_at,
       pr.reviews_by_others AS review_count,
       t.size_p50, t.merged AS team_merged
  FROM pr, team t;
