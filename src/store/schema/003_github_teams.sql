-- flowmeter schema, version 3: the organisation's teams and their members, as GitHub listed
-- them (membership ALL: members of child teams count as members of the parent), read when the
-- token may (docs/configuration.md, "Teams"). Team breakdowns use them when the configuration
-- names no teams.
-- Snapshots rather than history: every read replaces the organisation's rows and stamps them
-- with one `harvested_at`. Merging two runs' databases (merge-database.ts) takes the union,
-- fresher row per key, and so can bring back a member who left; that row carries an older
-- stamp, and only rows with the organisation's latest stamp are current.
CREATE TABLE github_teams (
  org           TEXT NOT NULL,
  slug          TEXT NOT NULL,
  name          TEXT,
  harvested_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (org, slug)
);

CREATE TABLE github_team_members (
  org           TEXT NOT NULL,
  slug          TEXT NOT NULL,
  login         TEXT NOT NULL,
  harvested_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (org, slug, login)
);
