-- flowmeter schema, version 6: how far back the harvest has read each repository's records.
-- covered_since is the earliest `since` of a complete full pass (a first backfill, a resumed
-- one, or an explicit --since) of that repository and resource; incremental passes keep it.
-- NULL means unknown (a database harvested before version 6, or by events only). The report
-- compares it with the previous period (docs/metrics/conventions.md, "History harvested"):
-- a period the harvest never read is not compared with.
ALTER TABLE sync_state ADD COLUMN covered_since TIMESTAMPTZ;
