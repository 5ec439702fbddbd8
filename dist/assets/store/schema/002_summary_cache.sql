-- flowmeter schema, version 2: Claude's sprint summaries, keyed by the hash of everything sent
-- (model, prompt version, input document), so a rerun over the same data makes no API call.
-- Only answers that passed validation and grounding are stored; `summary` is the tool input as
-- Claude returned it, checked again when read. See docs/summary.md.
CREATE TABLE summary_cache (
  input_hash  TEXT PRIMARY KEY,
  model       TEXT NOT NULL,
  summary     JSON NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);
