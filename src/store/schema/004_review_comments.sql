-- flowmeter schema, version 4: review comments (comments on a diff line, always part of a
-- review), for METRICS.md's leaderboard "review comment" points. Read by REST, repository-wide
-- and incrementally (`GET /repos/{owner}/{repo}/pulls/comments`, sorted by update time), and
-- from `pull_request_review_comment` events.
-- The PR is named by repository and number, not by `pr_id`: REST gives only the number, and a
-- `pr_id` column would make this table one of a PR's child sets, which a re-harvest of the PR
-- (by GraphQL, which does not read these) replaces as a whole.
CREATE TABLE pr_review_comments (
  id                  VARCHAR PRIMARY KEY,  -- node id
  database_id         BIGINT,
  repo_id             VARCHAR NOT NULL,
  pr_number           INTEGER NOT NULL,
  review_database_id  BIGINT,
  author_id           VARCHAR,
  author_login        VARCHAR,
  author_kind         VARCHAR,
  created_at          TIMESTAMPTZ NOT NULL,
  updated_at          TIMESTAMPTZ
);
