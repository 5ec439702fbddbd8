-- flowmeter schema, version 9: GitHub's deleted-account placeholder is nobody. REST and
-- webhooks name a deleted account `ghost` (id 10137); the harvest and event ingestion now read
-- it as the null actor (harvest/actors.ts), and this rewrites what earlier versions stored
-- under that login, so a database harvested before it shows no `ghost` member, reviewer or
-- leaderboard row either. The records themselves stay: only who did them is unknown.
-- The PRs whose fact sources change are marked stale first (store/stale-facts.ts), so the
-- facts cache recomputes them.
INSERT INTO facts_cache.stale_prs
SELECT DISTINCT pr_id FROM (
  SELECT id AS pr_id FROM pull_requests WHERE lower(author_login) = 'ghost' OR lower(merged_by_login) = 'ghost'
  UNION ALL SELECT pr_id FROM pr_reviews WHERE lower(author_login) = 'ghost'
  UNION ALL SELECT pr_id FROM pr_comments WHERE lower(author_login) = 'ghost'
  UNION ALL SELECT pr_id FROM pr_commits WHERE lower(author_login) = 'ghost'
  UNION ALL SELECT pr_id FROM pr_timeline_events
    WHERE lower(actor_login) = 'ghost' OR (lower(requested_reviewer) = 'ghost' AND requested_reviewer_kind IS DISTINCT FROM 'Team')
)
WHERE pr_id NOT IN (SELECT pr_id FROM facts_cache.stale_prs);

DELETE FROM actors WHERE lower(login) = 'ghost' OR database_id = 10137;
UPDATE pull_requests SET author_id = NULL, author_login = NULL, author_kind = NULL WHERE lower(author_login) = 'ghost';
UPDATE pull_requests SET merged_by_login = NULL WHERE lower(merged_by_login) = 'ghost';
UPDATE pr_reviews SET author_id = NULL, author_login = NULL, author_kind = NULL WHERE lower(author_login) = 'ghost';
UPDATE pr_comments SET author_id = NULL, author_login = NULL, author_kind = NULL WHERE lower(author_login) = 'ghost';
UPDATE pr_review_comments SET author_id = NULL, author_login = NULL, author_kind = NULL WHERE lower(author_login) = 'ghost';
UPDATE issues SET author_id = NULL, author_login = NULL, author_kind = NULL WHERE lower(author_login) = 'ghost';
UPDATE issue_comments SET author_id = NULL, author_login = NULL, author_kind = NULL WHERE lower(author_login) = 'ghost';
UPDATE pr_commits SET author_login = NULL WHERE lower(author_login) = 'ghost';
UPDATE pr_timeline_events SET actor_login = NULL, actor_kind = NULL WHERE lower(actor_login) = 'ghost';
UPDATE pr_timeline_events SET requested_reviewer = NULL, requested_reviewer_kind = NULL
  WHERE lower(requested_reviewer) = 'ghost' AND requested_reviewer_kind IS DISTINCT FROM 'Team';
DELETE FROM pr_review_requests WHERE lower(reviewer) = 'ghost' AND reviewer_kind <> 'Team';
UPDATE workflow_runs SET actor_login = NULL WHERE lower(actor_login) = 'ghost';
UPDATE deployments SET creator_login = NULL WHERE lower(creator_login) = 'ghost';
UPDATE deployment_statuses SET creator_login = NULL WHERE lower(creator_login) = 'ghost';
UPDATE releases SET author_login = NULL WHERE lower(author_login) = 'ghost';
DELETE FROM github_team_members WHERE lower(login) = 'ghost';
