-- Business time (METRICS.md "Conventions"; docs/metrics/business-time.md): dur_h(a, b) counts
-- only the part of [a, b] inside work hours on work days, in the configured time zone,
-- holidays excluded. It is the difference of a running total bt_micros(t): the working
-- microseconds from Monday 1969-12-29 (local) up to t. That total is integer arithmetic,
-- whatever the duration's length: full weeks × the work week, plus the work days before t in
-- its week, plus the worked part of t's own day, plus the exception days (holidays, clock
-- changes inside work hours) before or on t.
--
-- The {{tokens}} are filled in by business-time.ts from the configuration (a macro cannot take
-- bound parameters):
--   {{offset}}      the zone's UTC offset at u = epoch_us(t), in microseconds: a binary search
--                   over the offset changes within the data's range, DuckDB's ICU outside it;
--   {{prefix}}      per weekday (Monday first), the work microseconds of the days before it;
--   {{works}}       per weekday, 1 for a work day, else 0;
--   {{exceptions}}  a binary search over the exception days' UTC spans in u, giving what they
--                   add to the weekday rule up to u (negative for holidays).
-- bt_weekday_rule names its argument e (the local time, which holds the offset search) only
-- four times: DuckDB copies a macro's argument at each use, and large copies make planning slow.

-- name: data-range
-- The span any duration can touch (plus a year for "now" and open work), in epoch seconds.
WITH span AS (
  SELECT least((SELECT min(created_at) FROM pull_requests), (SELECT min(authored_at) FROM pr_commits),
               (SELECT min(created_at) FROM issues), (SELECT min(created_at) FROM workflow_runs),
               (SELECT min(created_at) FROM deployments), (SELECT min(created_at) FROM releases)) AS lo,
         greatest((SELECT max(updated_at) FROM pull_requests), (SELECT max(updated_at) FROM issues),
                  (SELECT max(updated_at) FROM workflow_runs), (SELECT max(updated_at) FROM deployments),
                  (SELECT max(coalesce(published_at, created_at)) FROM releases)) + INTERVAL 400 DAY AS hi
)
SELECT epoch(lo)::DOUBLE AS lo_s, epoch(hi)::DOUBLE AS hi_s FROM span;

-- name: macros
CREATE OR REPLACE TEMP MACRO bt_offset(t, u) AS {{offset}};
CREATE OR REPLACE TEMP MACRO bt_weekday_rule(e) AS
  (e // 86400000000 // 7) * {{week}}
  + ({{prefix}})[e // 86400000000 % 7 + 1]
  + ({{works}})[e // 86400000000 % 7 + 1] * least(greatest(e % 86400000000 - {{start}}, 0), {{length}});
CREATE OR REPLACE TEMP MACRO bt_exceptions(u) AS {{exceptions}};
CREATE OR REPLACE TEMP MACRO bt_at(t, u) AS bt_weekday_rule(u + bt_offset(t, u) + {{epoch_shift}}) + bt_exceptions(u);
CREATE OR REPLACE TEMP MACRO bt_micros(t) AS bt_at(t, epoch_us(t::TIMESTAMPTZ));
-- greatest() skips NULLs, so the last term brings back NULL when either end is missing.
CREATE OR REPLACE TEMP MACRO dur_h(a, b) AS
  greatest(bt_micros(b) - bt_micros(a), 0) / 3600000000.0 + 0 * (epoch_us(a::TIMESTAMPTZ) + epoch_us(b::TIMESTAMPTZ));
