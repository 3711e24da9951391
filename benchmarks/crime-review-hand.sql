-- The crime review written by hand for the sqlite3 shell: the same figures the review page shows, for a review ending
-- on :end (a local date), citywide or for one area. benchmarks/crime-review.sh fills in :end, :scope and /*area*/
-- ("AND o.AreaId = N" or nothing) and runs it with TZ=America/Chicago, so SQLite's own 'utc' and 'localtime' modifiers do
-- the Central-time arithmetic (local midnights to UTC instants, UTC instants to local day and hour, daylight saving
-- included). Each statement prints a "check" line in the form `time-crime-review` prints, for the script to compare.
.timer on

-- 1. The comparison table (last 7 and 28 days against the equal period before, year to date against the prior year
-- to date) and the weekly trends (52 weeks ending on :end and the same weeks 364 days earlier), by category, Part I
-- violent, Part I property and all. Counted by offense per (category, Part I class) between consecutive day boundaries
-- of those periods and weeks (each offense is read once, from the index), then added up per period and week.
WITH RECURSIVE
  e(d, pe) AS (SELECT :end, CASE WHEN strftime('%m-%d', :end) = '02-29' THEN date(:end, '-1 year', '-1 day') ELSE date(:end, '-1 year') END),
  w(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM w WHERE n < 104),
  days(d) AS (SELECT date(e.d, '+1 day', printf('-%d days', 7 * n)) FROM w, e
              UNION SELECT date(d, 'start of year') FROM e
              UNION SELECT date(d, 'start of year', '-1 year') FROM e
              UNION SELECT date(pe, '+1 day') FROM e),
  spans(lo, hi) AS (SELECT d, lead(d) OVER (ORDER BY d) FROM days),
  utc(lo, ulo, uhi) AS (SELECT lo, datetime(lo, 'utc'), datetime(hi, 'utc') FROM spans WHERE hi IS NOT NULL),
  pairs(c, p) AS (SELECT CrimesAgainst, PartIClass FROM NibrsOffenseCodes UNION SELECT 0, 0), -- the pairs offenses can carry: their code's, or unmapped
  counts(c, p, lo, n) AS MATERIALIZED (
    SELECT c, p, lo, (SELECT count(*) FROM IncidentOffenses o
                       WHERE o.Category = c AND o.PartIClass = p /*area*/ AND o.OccurredAtUtc >= ulo AND o.OccurredAtUtc < uhi)
      FROM pairs, utc),
  rowsof(c, p, r, k) AS (
    SELECT c, p, CASE c WHEN 1 THEN 'persons' WHEN 2 THEN 'property' WHEN 3 THEN 'society' ELSE 'other' END, c FROM pairs
    UNION ALL SELECT c, p, 'part1-violent', 4 FROM pairs WHERE p = 1
    UNION ALL SELECT c, p, 'part1-property', 5 FROM pairs WHERE p = 2
    UNION ALL SELECT c, p, 'all', 6 FROM pairs),
  k(r, lo, n) AS (SELECT r, lo, sum(n) FROM counts JOIN rowsof USING (c, p) GROUP BY r, lo)
SELECT printf('check :scope %s %d/%d %d/%d %d/%d weeks %d/%d %d/%d', r,
    sum(n) FILTER (WHERE lo >= date(d, '-6 days') AND lo <= d), sum(n) FILTER (WHERE lo >= date(d, '-13 days') AND lo < date(d, '-6 days')),
    sum(n) FILTER (WHERE lo >= date(d, '-27 days') AND lo <= d), sum(n) FILTER (WHERE lo >= date(d, '-55 days') AND lo < date(d, '-27 days')),
    sum(n) FILTER (WHERE lo >= date(d, 'start of year') AND lo <= d), sum(n) FILTER (WHERE lo >= date(d, 'start of year', '-1 year') AND lo <= pe),
    sum(n) FILTER (WHERE lo >= date(d, '-363 days') AND lo <= d), sum(n) FILTER (WHERE lo >= date(d, '-727 days') AND lo < date(d, '-363 days')),
    sum(n * (CAST((julianday(lo) - julianday(d, '-363 days')) / 7 AS INTEGER) + 1)) FILTER (WHERE lo >= date(d, '-363 days') AND lo <= d),
    sum(n * (CAST((julianday(lo) - julianday(d, '-727 days')) / 7 AS INTEGER) + 1)) FILTER (WHERE lo >= date(d, '-727 days') AND lo < date(d, '-363 days')))
  FROM k, e GROUP BY r;

-- 2. Day of the week × hour (local) over the last 28 days: counted per UTC hour (a prefix of the stored text), each of
-- those 672 hours then turned into its local day and hour; the check line sums the 7 × 24 table.
SELECT printf('check :scope dayhour %d %d', sum(n), sum(n * (dh + 1))) FROM (
  SELECT CAST(strftime('%w', h || ':00:00', 'localtime') AS INTEGER) * 24 + CAST(strftime('%H', h || ':00:00', 'localtime') AS INTEGER) AS dh, n
    FROM (SELECT substr(o.OccurredAtUtc, 1, 13) AS h, count(*) AS n
            FROM IncidentOffenses o
           WHERE o.OccurredAtUtc >= datetime(:end, '-27 days', 'utc') AND o.OccurredAtUtc < datetime(:end, '+1 day', 'utc') /*area*/
           GROUP BY h));

-- 3. The top 10 hundred blocks over the last 28 days, by offense.
SELECT printf('check :scope blocks %s', group_concat(b || '=' || n, ';')) FROM (
  SELECT i.HundredBlock AS b, count(*) AS n
    FROM IncidentOffenses o JOIN Incidents i ON i.Id = o.IncidentId
   WHERE o.OccurredAtUtc >= datetime(:end, '-27 days', 'utc') AND o.OccurredAtUtc < datetime(:end, '+1 day', 'utc') AND i.HundredBlock IS NOT NULL /*area*/
   GROUP BY 1 ORDER BY n DESC, b LIMIT 10);

-- 4. Citywide only (the script drops it for an area): each area's offenses, last 28 days against the 28 before.
-- citywide:begin
SELECT printf('check :scope areas %d/%d %d/%d', sum(cur), sum(prev), sum(coalesce(a, 0) * cur), sum(coalesce(a, 0) * prev)) FROM (
  SELECT o.AreaId AS a, sum(o.OccurredAtUtc >= datetime(:end, '-27 days', 'utc')) AS cur, sum(o.OccurredAtUtc < datetime(:end, '-27 days', 'utc')) AS prev
    FROM IncidentOffenses o
   WHERE o.OccurredAtUtc >= datetime(:end, '-55 days', 'utc') AND o.OccurredAtUtc < datetime(:end, '+1 day', 'utc')
   GROUP BY 1);
-- citywide:end
