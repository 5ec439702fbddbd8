-- The Data page: how the database was filled. Read-only queries over the harvest bookkeeping.

-- name: harvest-runs
-- The most recent harvest runs, newest first, with their API use and rate-limit reading.
SELECT id, strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at,
       strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ') AS finished_at,
       status, trigger, coalesce(len(repos), 0)::INTEGER AS repositories,
       requests::INTEGER AS requests, graphql_requests::INTEGER AS graphql_requests,
       graphql_points::INTEGER AS graphql_points, rest_requests::INTEGER AS rest_requests,
       retries::INTEGER AS retries, rate_limit_remaining::INTEGER AS rate_limit_remaining,
       strftime(rate_limit_reset, '%Y-%m-%dT%H:%M:%SZ') AS rate_limit_reset,
       errors::INTEGER AS errors, rows_written::INTEGER AS rows_written
  FROM harvest_runs
 ORDER BY started_at DESC, id
 LIMIT $limit;

-- name: harvest-totals
SELECT count(*)::INTEGER AS runs, coalesce(sum(requests), 0)::INTEGER AS requests,
       coalesce(sum(graphql_points), 0)::INTEGER AS graphql_points,
       coalesce(sum(errors), 0)::INTEGER AS errors
  FROM harvest_runs;

-- name: sync-state
-- Per repository and resource: how far the harvest has read.
SELECT coalesce(r.full_name, s.repo_id) AS repo, s.resource,
       strftime(s.watermark, '%Y-%m-%dT%H:%M:%SZ') AS watermark,
       s.pages::INTEGER AS pages,
       strftime(s.updated_at, '%Y-%m-%dT%H:%M:%SZ') AS updated_at,
       (s.cursor IS NOT NULL) AS in_progress
  FROM sync_state s
  LEFT JOIN repositories r ON r.id = s.repo_id
 ORDER BY repo, s.resource;

-- name: tables
SELECT table_name AS name
  FROM information_schema.tables
 WHERE table_schema = 'main' AND table_catalog = current_database() AND table_type = 'BASE TABLE'
   AND table_name <> 'schema_migrations'
 ORDER BY table_name;
