-- metrics.filters (docs/metrics/README.md "Filters"; metrics/report-filters.ts): what a report
-- leaves out, as three exclusion tables every family reads through, built once per build
-- after the facts cache is refreshed. Exclusions rather than inclusions: without filters the
-- tables are empty, an anti join against nothing costs nothing, and rows the report read
-- before (workflow runs or issues of a repository not stored, say) stay exactly as they were.
-- The facts cache itself never holds a filtered fact: filters apply when a report reads it,
-- so a changed filter needs no rebuild and cannot meet stale facts.
-- Parameters: $repo_include and $repo_exclude (one anchored lower-case regex each, '' for
-- none); $label_include, $label_exclude, $author_include, $author_exclude (JSON lists of
-- lower-case strings); $title_include and $title_exclude (one regex each, '' for none,
-- matched case-insensitively).

-- name: no-filters
CREATE OR REPLACE TEMP TABLE filtered_out_repositories (id VARCHAR);
CREATE OR REPLACE TEMP TABLE filtered_out_prs (k INTEGER, pr_id VARCHAR, repo_id VARCHAR, number INTEGER);
CREATE OR REPLACE TEMP TABLE filtered_out_issues (id VARCHAR);

-- name: filtered-out-repositories
CREATE OR REPLACE TEMP TABLE filtered_out_repositories AS
SELECT id FROM repositories
 WHERE NOT ($repo_include = '' OR regexp_full_match(lower(full_name), $repo_include))
    OR ($repo_exclude <> '' AND regexp_full_match(lower(full_name), $repo_exclude));

-- name: filtered-out-items
-- Pull requests and issues alike: in an excluded repository, or failing the label, author or
-- title lists. A label include list keeps only items with at least one of its labels (so an
-- item without labels is out); an author include list leaves out a deleted author's items
-- (no login to match); an exclude list wins over an include list.
CREATE OR REPLACE TEMP TABLE filtered_out_items AS
WITH items AS (
  SELECT 'pr' AS kind, id, repo_id, number, labels, author_login, title FROM pull_requests
  UNION ALL
  SELECT 'issue', id, repo_id, number, labels, author_login, title FROM issues
),
judged AS (
  SELECT kind, id, repo_id, number,
         list_transform(coalesce(labels, []), x -> lower(x)) AS labels_lc, lower(author_login) AS author_lc, coalesce(title, '') AS title
    FROM items
)
SELECT kind, id, repo_id, number FROM judged
 WHERE repo_id IN (SELECT id FROM filtered_out_repositories)
    OR NOT (len($label_include::JSON::VARCHAR[]) = 0 OR list_has_any(labels_lc, $label_include::JSON::VARCHAR[]))
    OR list_has_any(labels_lc, $label_exclude::JSON::VARCHAR[])
    OR NOT (len($author_include::JSON::VARCHAR[]) = 0 OR coalesce(list_contains($author_include::JSON::VARCHAR[], author_lc), false))
    OR coalesce(list_contains($author_exclude::JSON::VARCHAR[], author_lc), false)
    OR NOT ($title_include = '' OR regexp_matches(title, $title_include, 'i'))
    OR ($title_exclude <> '' AND regexp_matches(title, $title_exclude, 'i'));

-- name: filtered-out-split
-- PRs carry their facts-cache key k (facts.sql reads by it), and their repository and number
-- (diff comments name their PR so).
CREATE OR REPLACE TEMP TABLE filtered_out_prs AS
SELECT c.k, i.id AS pr_id, i.repo_id, i.number
  FROM filtered_out_items i JOIN facts_cache.keys c ON c.pr_id = i.id WHERE i.kind = 'pr';
CREATE OR REPLACE TEMP TABLE filtered_out_issues AS SELECT id FROM filtered_out_items WHERE kind = 'issue';
DROP TABLE filtered_out_items;

-- name: report-views
-- What the families read instead of the stored tables when the filters can matter to them:
-- the repositories a report covers (DORA's sources, sprints' milestones, the report's list),
-- and the issues and workflow runs of those. PRs are filtered in facts.sql (all_pr_facts,
-- human_reviews) and reviewers.sql (rv_requests), through filtered_out_prs.
CREATE OR REPLACE TEMP VIEW report_repositories AS
SELECT r.* FROM repositories r ANTI JOIN filtered_out_repositories x ON x.id = r.id;
CREATE OR REPLACE TEMP VIEW report_issues AS
SELECT i.* FROM issues i ANTI JOIN filtered_out_issues x ON x.id = i.id;
CREATE OR REPLACE TEMP VIEW report_workflow_runs AS
SELECT w.* FROM workflow_runs w ANTI JOIN filtered_out_repositories x ON x.id = w.repo_id;

-- name: check-pattern
-- Whether DuckDB (RE2) accepts a title pattern: an error here becomes a configuration error.
SELECT regexp_matches('', $pattern, 'i') AS matched;

-- name: left-out
-- What the filters leave out, of all stored history: shown with the report (model.ts
-- ReportFilters). Private repositories left out are counted so the site's privacy check
-- (action/report-outputs.ts) still sees them: the Data page names every harvested repository.
SELECT (SELECT count(*) FROM filtered_out_prs)::INTEGER AS pull_requests,
       (SELECT count(*) FROM filtered_out_issues)::INTEGER AS issues,
       (SELECT count(*) FROM filtered_out_repositories)::INTEGER AS repositories,
       (SELECT count(*) FROM repositories WHERE is_private AND id IN (SELECT id FROM filtered_out_repositories))::INTEGER AS private_repositories;
