-- Synthetic flowmeter data, part 2: what happens on a PR (reviews, comments, commits, the
-- timeline and pending review requests), derived from the plan table syn_pr.
-- Nothing is dated after {{now}}.

-- step: reviews
-- The first review is by the first teammate asked; later ones spread evenly until the PR
-- ended, and a merged PR's last review approves it. A few are the author's own, a bot's, or
-- by a deleted account, which the metrics must not count as reviews by others.
INSERT INTO pr_reviews BY NAME
WITH slots AS (
  SELECT i, repo, state AS pr_state, author_type, author_id, author_login, team_base, seat, mate, reviews, first_review,
         greatest(first_review, CASE WHEN state = 'MERGED' THEN end_t - 60 ELSE end_t END) AS review_end,
         unnest(range(reviews)) AS j
    FROM syn_pr WHERE reviews > 0
),
drawn AS (
  SELECT *, i * 16 + j AS rid,
         CASE WHEN j = 0 THEN 'mate'
              WHEN author_type = 'human' AND syn_u(i * 16 + j, 'who') < 0.04 THEN 'self'
              WHEN syn_u(i * 16 + j, 'who') < 0.06 THEN 'bot'
              WHEN syn_u(i * 16 + j, 'who') < 0.063 THEN 'ghost'
              ELSE 'mate' END AS who,
         CASE WHEN j = 0 THEN first_review
              ELSE first_review + (review_end - first_review) * (j - 1 + syn_u(i * 16 + j, 'when')) / reviews END AS t
    FROM slots
)
SELECT syn_id('PRR', rid) AS id, rid AS database_id, syn_id('PR', i) AS pr_id, syn_id('R', repo) AS repo_id,
       CASE who WHEN 'mate' THEN syn_id('U', syn_mate(team_base, seat, mate + j)) WHEN 'self' THEN author_id WHEN 'bot' THEN syn_id('B', 4) END AS author_id,
       CASE who WHEN 'mate' THEN syn_login(syn_mate(team_base, seat, mate + j)) WHEN 'self' THEN author_login WHEN 'bot' THEN 'coderabbitai[bot]' END AS author_login,
       CASE who WHEN 'mate' THEN 'User' WHEN 'self' THEN 'User' WHEN 'bot' THEN 'Bot' END AS author_kind,
       CASE WHEN who IN ('self', 'bot', 'ghost') THEN 'COMMENTED'
            WHEN j = reviews - 1 AND pr_state = 'MERGED' THEN 'APPROVED'
            WHEN syn_u(rid, 'verdict') < 0.15 THEN 'CHANGES_REQUESTED'
            WHEN syn_u(rid, 'verdict') < 0.40 THEN 'APPROVED'
            ELSE 'COMMENTED' END AS state,
       syn_ts(t) AS submitted_at, syn_ts(t - 300) AS created_at
  FROM drawn
 WHERE t < {{now}};

-- step: comments
INSERT INTO pr_comments BY NAME
WITH slots AS (
  SELECT i, repo, author_type, author_id, author_login, team_base, seat, created, end_t, unnest(range(comments)) AS j
    FROM syn_pr WHERE comments > 0
),
drawn AS (
  SELECT *, i * 4 + j AS cid,
         CASE WHEN author_type = 'human' AND syn_u(i * 4 + j, 'who') < 0.3 THEN 'self'
              WHEN syn_u(i * 4 + j, 'who') < 0.45 THEN 'bot'
              ELSE 'mate' END AS who,
         syn_pick(i * 4 + j, 'mate', 7) AS k,
         created + (end_t - created) * syn_u(i * 4 + j, 'when') AS t
    FROM slots
)
SELECT syn_id('PRC', cid) AS id, cid AS database_id, syn_id('PR', i) AS pr_id, syn_id('R', repo) AS repo_id,
       CASE who WHEN 'mate' THEN syn_id('U', syn_mate(team_base, seat, k)) WHEN 'self' THEN author_id ELSE syn_id('B', 3) END AS author_id,
       CASE who WHEN 'mate' THEN syn_login(syn_mate(team_base, seat, k)) WHEN 'self' THEN author_login ELSE 'codecov[bot]' END AS author_login,
       CASE who WHEN 'bot' THEN 'Bot' ELSE 'User' END AS author_kind,
       syn_ts(t) AS created_at, syn_ts(t) AS updated_at
  FROM drawn;

-- step: commits
-- One to three commits, all authored between the first commit and the PR's creation.
INSERT INTO pr_commits BY NAME
WITH slots AS (SELECT i, repo, author_login, first_commit, created, commits, unnest(range(commits)) AS j FROM syn_pr)
SELECT syn_id('PR', i) AS pr_id, syn_sha(i * 4 + j, 'commit') AS sha, syn_id('R', repo) AS repo_id,
       syn_ts(first_commit + (created - first_commit) * j / commits) AS authored_at,
       syn_ts(first_commit + (created - first_commit) * j / commits + 60) AS committed_at,
       author_login
  FROM slots;

-- step: timeline
-- Ready (drafts made ready), review requests (the first teammate, sometimes a second one who
-- may never answer, sometimes the author's team), merge and close, some close-and-reopen
-- pairs, and some force pushes.
INSERT INTO pr_timeline_events BY NAME
WITH p AS (
  SELECT *, CASE WHEN state = 'MERGED' THEN syn_login(syn_mate(team_base, seat, mate)) ELSE author_login END AS closer
    FROM syn_pr
)
SELECT syn_id('RFR', i) AS id, syn_id('PR', i) AS pr_id, syn_id('R', repo) AS repo_id, 'ReadyForReviewEvent' AS event_type,
       syn_ts(ready) AS created_at, author_login AS actor_login, author_kind AS actor_kind,
       NULL::VARCHAR AS requested_reviewer, NULL::VARCHAR AS requested_reviewer_kind, NULL::VARCHAR AS commit_sha
  FROM p WHERE opened_as_draft AND ready IS NOT NULL
UNION ALL
SELECT syn_id('RRA', i), syn_id('PR', i), syn_id('R', repo), 'ReviewRequestedEvent', syn_ts(ready + 120), author_login, author_kind,
       syn_login(syn_mate(team_base, seat, mate)), 'User', NULL
  FROM p WHERE ready IS NOT NULL AND ready + 120 < {{now}} AND author_type <> 'bot'
UNION ALL
SELECT syn_id('RRB', i), syn_id('PR', i), syn_id('R', repo), 'ReviewRequestedEvent', syn_ts(ready + 180), author_login, author_kind,
       syn_login(syn_mate(team_base, seat, mate + 3)), 'User', NULL
  FROM p WHERE ready IS NOT NULL AND ready + 180 < {{now}} AND author_type <> 'bot' AND syn_u(i, 'second-request') < 0.3
UNION ALL
SELECT syn_id('RRT', i), syn_id('PR', i), syn_id('R', repo), 'ReviewRequestedEvent', syn_ts(ready + 150), author_login, author_kind,
       'team-' || (team_base // 8), 'Team', NULL
  FROM p WHERE ready IS NOT NULL AND ready + 150 < {{now}} AND author_type <> 'bot' AND syn_u(i, 'team-request') < 0.15
UNION ALL
SELECT syn_id('ME', i), syn_id('PR', i), syn_id('R', repo), 'MergedEvent', syn_ts(merged), closer, 'User', NULL, NULL, merge_sha
  FROM p WHERE merged IS NOT NULL
UNION ALL
SELECT syn_id('CE', i), syn_id('PR', i), syn_id('R', repo), 'ClosedEvent', syn_ts(closed), closer, 'User', NULL, NULL, NULL
  FROM p WHERE closed IS NOT NULL
UNION ALL
SELECT syn_id('CR', i), syn_id('PR', i), syn_id('R', repo), 'ClosedEvent', syn_ts(created + (end_t - created) * 0.3), author_login, author_kind, NULL, NULL, NULL
  FROM p WHERE syn_u(i, 'reopen') < 0.02
UNION ALL
SELECT syn_id('RO', i), syn_id('PR', i), syn_id('R', repo), 'ReopenedEvent', syn_ts(created + (end_t - created) * 0.4), author_login, author_kind, NULL, NULL, NULL
  FROM p WHERE syn_u(i, 'reopen') < 0.02
UNION ALL
SELECT syn_id('FP', i), syn_id('PR', i), syn_id('R', repo), 'HeadRefForcePushedEvent', syn_ts(ready + (end_t - ready) * 0.5), author_login, author_kind, NULL, NULL, head_sha
  FROM p WHERE ready IS NOT NULL AND syn_u(i, 'force-push') < 0.1;

-- step: review-requests
-- Requests still pending now: open, ready PRs not yet reviewed (and some re-requested).
INSERT INTO pr_review_requests BY NAME
SELECT syn_id('PR', i) AS pr_id,
       CASE WHEN syn_u(i, 'team-request') < 0.15 THEN 'team-' || (team_base // 8) ELSE syn_login(syn_mate(team_base, seat, mate)) END AS reviewer,
       CASE WHEN syn_u(i, 'team-request') < 0.15 THEN 'Team' ELSE 'User' END AS reviewer_kind,
       syn_id('R', repo) AS repo_id
  FROM syn_pr
 WHERE state = 'OPEN' AND ready IS NOT NULL AND author_type <> 'bot'
   AND (first_review >= {{now}} OR reviews = 0 OR syn_u(i, 're-request') < 0.2);
