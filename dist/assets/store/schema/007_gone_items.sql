-- flowmeter schema, version 7: pull requests and issues GitHub no longer shows in their
-- repository. gone_at is when a harvest found one missing from the repository's open items
-- and reading it by id showed it deleted, or moved to another repository (an issue transfer).
-- The row is kept; the metrics leave it out (docs/metrics/conventions.md, "Deleted and
-- transferred items"). Any later harvest of the item writes it whole again, with gone_at NULL.
ALTER TABLE pull_requests ADD COLUMN gone_at TIMESTAMPTZ;
ALTER TABLE issues ADD COLUMN gone_at TIMESTAMPTZ;
