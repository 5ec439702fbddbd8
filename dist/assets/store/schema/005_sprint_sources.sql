-- flowmeter schema, version 5: where sprints can come from besides fixed windows
-- (metrics.sprints.source, docs/metrics/sprints.md). Read by the harvest only when the
-- configuration asks for that source.
-- Milestones of the harvested repositories: a milestone's due date ends a sprint.
CREATE TABLE milestones (
  id            VARCHAR PRIMARY KEY,  -- node id
  repo_id       VARCHAR NOT NULL,
  number        INTEGER,
  title         VARCHAR,
  state         VARCHAR,              -- OPEN | CLOSED
  due_on        TIMESTAMPTZ,
  created_at    TIMESTAMPTZ,
  closed_at     TIMESTAMPTZ,
  harvested_at  TIMESTAMPTZ NOT NULL
);

-- The iterations of a GitHub Projects iteration field (`project` is "owner/number"): each is
-- a sprint from its start date for its duration. Replaced as a set on every read; the stamp
-- keeps a merge of two databases from reviving an iteration since deleted (the latest stamp
-- per project and field is current, as for github_teams).
CREATE TABLE project_iterations (
  project        VARCHAR NOT NULL,
  field          VARCHAR NOT NULL,
  id             VARCHAR NOT NULL,
  title          VARCHAR,
  start_date     VARCHAR NOT NULL,     -- YYYY-MM-DD, as GitHub gives it (a date, no time zone)
  duration_days  INTEGER NOT NULL,
  harvested_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (project, field, id)
);
