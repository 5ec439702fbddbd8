-- Claude's validated summaries, keyed by the request hash (src/summary/summary-cache.ts).

-- name: read
SELECT summary::VARCHAR AS summary FROM summary_cache WHERE input_hash = $hash AND model = $model;

-- name: write
INSERT INTO summary_cache (input_hash, model, summary, created_at)
VALUES ($hash, $model, $summary::JSON, now())
ON CONFLICT (input_hash) DO UPDATE SET model = excluded.model, summary = excluded.summary, created_at = excluded.created_at;
