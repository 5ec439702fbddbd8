-- One pull request's points on the timeline (METRICS.md, "Points on a PR's timeline"), its size,
-- and the team's median size over PRs merged in the report's range, for the pull-request comment.
-- Reviews by others exclude bots by kind and by the `[bot]` suffix (the configured bot patterns
-- are the metrics engine's; a PR comment is a glance, not a figure).
-- Parameters: $repo (owner/name), $number, $from, $to (the report's range).
WITH pr AS (
  SELECT p.* FROM pull_requests p JOIN repositories r ON r.id = p.repo_id
   WHERE lower(r.full_name) = lower($repo) AND p.number = $number
),
draft_events AS (
  SELECT min(created_at) FILTER (WHERE event_type = 'ReadyForReviewEvent') AS first_ready_at,
         arg_min(event_type, created_at) AS first_draft_event
    FROM pr_timeline_events
   WHERE pr_id = (SELECT id FROM pr) AND event_type IN ('ReadyForReviewEvent', 'ConvertToDraftEvent')
),
reviews AS (
  SELECT min(v.submitted_at) AS first_review_at,
         min(v.submitted_at) FILTER (WHERE v.state = 'APPROVED') AS first_approval_at,
         count(*)::INTEGER AS review_count
    FROM pr_reviews v JOIN pr p ON p.id = v.pr_id
   WHERE v.submitted_at IS NOT NULL AND v.state <> 'PENDING'
     AND v.author_login IS DISTINCT FROM p.author_login
     AND coalesce(v.author_kind, '') <> 'Bot' AND coalesce(v.author_login, '') NOT LIKE '%[bot]'
),
commits AS (
  SELECT min(authored_at) AS first_commit_at FROM pr_commits WHERE pr_id = (SELECT id FROM pr)
),
team AS (
  SELECT median(additions + deletions)::DOUBLE AS size_p50, count(*)::INTEGER AS merged
    FROM pull_requests
   WHERE merged_at >= $from::TIMESTAMPTZ AND merged_at < $to::TIMESTAMPTZ
)
SELECT pr.state, pr.is_draft,
       (coalesce(pr.additions, 0) + coalesce(pr.deletions, 0))::INTEGER AS size,
       pr.changed_files::INTEGER AS changed_files,
       strftime(pr.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
       -- Opened as a draft: ready at the first ReadyForReviewEvent (none yet: not ready). Else at creation.
       strftime(CASE
         WHEN d.first_draft_event = 'ReadyForReviewEvent' THEN d.first_ready_at
         WHEN d.first_draft_event IS NULL AND pr.is_draft THEN NULL
         ELSE pr.created_at END, '%Y-%m-%dT%H:%M:%SZ') AS ready_at,
       strftime(c.first_commit_at, '%Y-%m-%dT%H:%M:%SZ') AS first_commit_at,
       strftime(r.first_review_at, '%Y-%m-%dT%H:%M:%SZ') AS first_review_at,
       strftime(r.first_approval_at, '%Y-%m-%dT%H:%M:%SZ') AS first_approval_at,
       strftime(pr.merged_at, '%Y-%m-%dT%H:%M:%SZ') AS merged_at,
       coalesce(r.review_count, 0) AS review_count,
       t.size_p50, t.merged AS team_merged
  FROM pr, draft_events d, reviews r, commits c, team t;
