-- flowmeter schema, version 8: the facts cache (metrics/facts-cache.ts). Its own schema, so
-- everything that walks the harvested tables of `main` (the site's data files, the database
-- merge, the upsert's catalog reads) never meets it. Only stale_prs is created here: every
-- writer of a PR's rows appends the PR's id to it (store/stale-facts.ts), before any report
-- has built the rest of the cache.
CREATE SCHEMA IF NOT EXISTS facts_cache;
CREATE TABLE IF NOT EXISTS facts_cache.stale_prs (pr_id VARCHAR NOT NULL);
