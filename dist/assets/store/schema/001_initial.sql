-- flowmeter schema, version 1. Every timestamp is TIMESTAMPTZ (stored UTC); every row that
-- GitHub gives a node id is keyed by it, so re-harvesting a record replaces it in place.
-- Logins are stored next to actor ids because timeline events and review requests name
-- people by login; a deleted account ("ghost") is a NULL id and NULL login.

CREATE TABLE repositories (
  id            VARCHAR PRIMARY KEY,
  database_id   BIGINT,
  owner         VARCHAR NOT NULL,
  name          VARCHAR NOT NULL,
  full_name     VARCHAR NOT NULL,
  is_private    BOOLEAN,
  is_archived   BOOLEAN,
  default_branch VARCHAR,
  topics        VARCHAR[],
  created_at    TIMESTAMPTZ,
  pushed_at     TIMESTAMPTZ,
  harvested_at  TIMESTAMPTZ
);

CREATE TABLE actors (
  id            VARCHAR PRIMARY KEY,
  database_id   BIGINT,
  login         VARCHAR NOT NULL,
  kind          VARCHAR NOT NULL, -- User | Bot | Organization | Mannequin | Team
  first_seen_at TIMESTAMPTZ,
  last_seen_at  TIMESTAMPTZ
);

CREATE TABLE pull_requests (
  id                 VARCHAR PRIMARY KEY,
  database_id        BIGINT,
  repo_id            VARCHAR NOT NULL,
  number             INTEGER NOT NULL,
  title              VARCHAR,
  url                VARCHAR,
  state              VARCHAR NOT NULL, -- OPEN | CLOSED | MERGED
  is_draft           BOOLEAN NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  updated_at         TIMESTAMPTZ NOT NULL,
  closed_at          TIMESTAMPTZ,
  merged_at          TIMESTAMPTZ,
  additions          INTEGER,
  deletions          INTEGER,
  changed_files      INTEGER,
  base_ref           VARCHAR,
  head_ref           VARCHAR,
  head_sha           VARCHAR,
  merge_commit_sha   VARCHAR,
  author_id          VARCHAR,
  author_login       VARCHAR,
  author_kind        VARCHAR,
  author_association VARCHAR,
  merged_by_login    VARCHAR,
  labels             VARCHAR[],
  commit_count       INTEGER,
  first_commit_at    TIMESTAMPTZ,
  review_count       INTEGER,
  comment_count      INTEGER,
  harvested_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE pr_reviews (
  id           VARCHAR PRIMARY KEY,
  database_id  BIGINT,
  pr_id        VARCHAR NOT NULL,
  repo_id      VARCHAR NOT NULL,
  author_id    VARCHAR,
  author_login VARCHAR,
  author_kind  VARCHAR,
  state        VARCHAR NOT NULL, -- APPROVED | CHANGES_REQUESTED | COMMENTED | DISMISSED | PENDING
  submitted_at TIMESTAMPTZ,
  created_at   TIMESTAMPTZ
);

-- Review requests still pending when the PR was last harvested (replaced as a set).
CREATE TABLE pr_review_requests (
  pr_id          VARCHAR NOT NULL,
  reviewer       VARCHAR NOT NULL, -- login, or team slug
  reviewer_kind  VARCHAR NOT NULL, -- User | Bot | Team | Mannequin
  repo_id        VARCHAR NOT NULL,
  PRIMARY KEY (pr_id, reviewer)
);

CREATE TABLE pr_timeline_events (
  id                     VARCHAR PRIMARY KEY,
  pr_id                  VARCHAR NOT NULL,
  repo_id                VARCHAR NOT NULL,
  event_type             VARCHAR NOT NULL, -- GraphQL __typename, e.g. ReadyForReviewEvent
  created_at             TIMESTAMPTZ NOT NULL,
  actor_login            VARCHAR,
  actor_kind             VARCHAR,
  requested_reviewer     VARCHAR,
  requested_reviewer_kind VARCHAR,
  commit_sha             VARCHAR
);

CREATE TABLE pr_commits (
  pr_id        VARCHAR NOT NULL,
  sha          VARCHAR NOT NULL,
  repo_id      VARCHAR NOT NULL,
  authored_at  TIMESTAMPTZ,
  committed_at TIMESTAMPTZ,
  author_login VARCHAR,
  PRIMARY KEY (pr_id, sha)
);

CREATE TABLE pr_comments (
  id           VARCHAR PRIMARY KEY,
  database_id  BIGINT,
  pr_id        VARCHAR NOT NULL,
  repo_id      VARCHAR NOT NULL,
  author_id    VARCHAR,
  author_login VARCHAR,
  author_kind  VARCHAR,
  created_at   TIMESTAMPTZ NOT NULL,
  updated_at   TIMESTAMPTZ
);

CREATE TABLE workflows (
  id       VARCHAR PRIMARY KEY, -- node id
  database_id BIGINT NOT NULL,
  repo_id  VARCHAR NOT NULL,
  name     VARCHAR,
  path     VARCHAR,
  state    VARCHAR
);

CREATE TABLE workflow_runs (
  id             VARCHAR PRIMARY KEY, -- node id; the REST list shows each run's latest attempt
  database_id    BIGINT NOT NULL,
  repo_id        VARCHAR NOT NULL,
  workflow_id    BIGINT,
  name           VARCHAR,
  path           VARCHAR,
  event          VARCHAR,
  status         VARCHAR,
  conclusion     VARCHAR,
  head_branch    VARCHAR,
  head_sha       VARCHAR,
  run_number     INTEGER,
  run_attempt    INTEGER,
  created_at     TIMESTAMPTZ NOT NULL,
  run_started_at TIMESTAMPTZ,
  updated_at     TIMESTAMPTZ,
  actor_login    VARCHAR
);

-- Every attempt flowmeter has observed (the harvest sees the latest; events see each).
CREATE TABLE workflow_run_attempts (
  run_database_id BIGINT NOT NULL,
  run_attempt     INTEGER NOT NULL,
  repo_id         VARCHAR NOT NULL,
  status          VARCHAR,
  conclusion      VARCHAR,
  run_started_at  TIMESTAMPTZ,
  updated_at      TIMESTAMPTZ,
  PRIMARY KEY (run_database_id, run_attempt)
);

CREATE TABLE deployments (
  id               VARCHAR PRIMARY KEY,
  database_id      BIGINT,
  repo_id          VARCHAR NOT NULL,
  environment      VARCHAR,
  sha              VARCHAR,
  ref              VARCHAR,
  task             VARCHAR,
  created_at       TIMESTAMPTZ NOT NULL,
  updated_at       TIMESTAMPTZ,
  creator_login    VARCHAR,
  latest_state     VARCHAR, -- upper case, as GraphQL: SUCCESS | FAILURE | ...
  latest_status_at TIMESTAMPTZ
);

CREATE TABLE deployment_statuses (
  id              VARCHAR PRIMARY KEY,
  deployment_id   VARCHAR NOT NULL,
  repo_id         VARCHAR NOT NULL,
  state           VARCHAR NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  creator_login   VARCHAR,
  environment_url VARCHAR
);

CREATE TABLE releases (
  id            VARCHAR PRIMARY KEY,
  database_id   BIGINT,
  repo_id       VARCHAR NOT NULL,
  tag_name      VARCHAR NOT NULL,
  name          VARCHAR,
  tag_sha       VARCHAR,
  created_at    TIMESTAMPTZ NOT NULL,
  published_at  TIMESTAMPTZ,
  is_draft      BOOLEAN NOT NULL,
  is_prerelease BOOLEAN NOT NULL,
  author_login  VARCHAR
);

CREATE TABLE issues (
  id            VARCHAR PRIMARY KEY,
  database_id   BIGINT,
  repo_id       VARCHAR NOT NULL,
  number        INTEGER NOT NULL,
  title         VARCHAR,
  url           VARCHAR,
  state         VARCHAR NOT NULL, -- OPEN | CLOSED
  state_reason  VARCHAR,
  created_at    TIMESTAMPTZ NOT NULL,
  updated_at    TIMESTAMPTZ NOT NULL,
  closed_at     TIMESTAMPTZ,
  author_id     VARCHAR,
  author_login  VARCHAR,
  author_kind   VARCHAR,
  labels        VARCHAR[],
  comment_count INTEGER,
  harvested_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE issue_comments (
  id           VARCHAR PRIMARY KEY,
  database_id  BIGINT,
  issue_id     VARCHAR NOT NULL,
  repo_id      VARCHAR NOT NULL,
  author_id    VARCHAR,
  author_login VARCHAR,
  author_kind  VARCHAR,
  created_at   TIMESTAMPTZ NOT NULL,
  updated_at   TIMESTAMPTZ
);

-- Incremental sync: one row per repository and resource. `watermark` is the newest
-- updated/created time fully harvested; while a sync is under way, `cursor` is the
-- page to resume from and `target_watermark` the watermark it will set when done.
CREATE TABLE sync_state (
  repo_id          VARCHAR NOT NULL,
  resource         VARCHAR NOT NULL, -- pull_requests | issues | deployments | releases | workflow_runs | workflows
  watermark        TIMESTAMPTZ,
  cursor           VARCHAR,
  target_watermark TIMESTAMPTZ,
  since            TIMESTAMPTZ,
  pages            INTEGER NOT NULL DEFAULT 0,
  updated_at       TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (repo_id, resource)
);

CREATE TABLE harvest_runs (
  id                   VARCHAR PRIMARY KEY,
  started_at           TIMESTAMPTZ NOT NULL,
  finished_at          TIMESTAMPTZ,
  status               VARCHAR NOT NULL, -- running | ok | failed
  trigger              VARCHAR,
  repos                VARCHAR[],
  requests             INTEGER NOT NULL DEFAULT 0,
  graphql_requests     INTEGER NOT NULL DEFAULT 0,
  graphql_points       INTEGER NOT NULL DEFAULT 0,
  rest_requests        INTEGER NOT NULL DEFAULT 0,
  retries              INTEGER NOT NULL DEFAULT 0,
  rate_limit_remaining INTEGER,
  rate_limit_reset     TIMESTAMPTZ,
  errors               INTEGER NOT NULL DEFAULT 0,
  error_messages       VARCHAR[],
  rows_written         INTEGER NOT NULL DEFAULT 0
);
