-- flowmeter schema, version 10: which commits each deployment brought, for crediting a merged
-- PR to the first deployment whose commit contains its merge commit (METRICS.md "DORA").
-- The harvest compares each deployment's commit with the one before it of the same
-- repository and source (REST compare, base...head; harvest/deployment-ancestry.ts).
-- commit_comparisons holds one row per pair compared: GitHub's status (ahead, behind,
-- identical, diverged) or `missing` when GitHub knows either commit no more (a force-push
-- or a deleted tag), so the pair is not asked for again and the time rule serves it.
-- comparison_commits lists the commits reachable from head and not from base.
CREATE TABLE commit_comparisons (
  repo_id       VARCHAR NOT NULL,
  base_sha      VARCHAR NOT NULL,
  head_sha      VARCHAR NOT NULL,
  status        VARCHAR NOT NULL,
  ahead_by      INTEGER,
  behind_by     INTEGER,
  total_commits INTEGER,
  compared_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (repo_id, base_sha, head_sha)
);

CREATE TABLE comparison_commits (
  repo_id  VARCHAR NOT NULL,
  base_sha VARCHAR NOT NULL,
  head_sha VARCHAR NOT NULL,
  sha      VARCHAR NOT NULL,
  PRIMARY KEY (repo_id, base_sha, head_sha, sha)
);
