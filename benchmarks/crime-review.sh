#!/usr/bin/env bash
# Crime review speed (issue 10; DESIGN.md "Budgets"): the citywide review and one area's review over 1,000,000
# incidents in 20 areas. Server time of the review page's queries (CrimeReviewQueries, median of N runs after a warm-up,
# Release, SQLite), beside the equivalent hand-written SQL run in the sqlite3 shell (`.timer on`) on the same database.
# Budget: under 300 ms; aim for no more than 1.5 × the hand-written SQL.
# Needs sqlite3 (apt-get install -y sqlite3). Usage: benchmarks/crime-review.sh [existing.db] [runs]
# Without a database it runs benchmarks/crime-import.sh first (1,000,000 rows) and uses the database it made.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="${1:-}"
runs="${2:-10}"
if [ -z "$db" ]; then KEEP_DB="$work/review.db" benchmarks/crime-import.sh 1000000; db="$work/review.db"; fi

echo "Publishing the portal (Release)..."
dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1 PACT_REVIEW_END=2026-11-24
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" time-crime-review --runs "$runs" --area B01

area=$(sqlite3 "$db" "select Id from Areas where Code='B01'")
# The hand-written equivalent: the periods' and 104 weeks' counts by category and Part I class in one pass over the
# time index, the 28-day day-of-week × hour table, the top 10 blocks and (citywide) the by-area counts. Period bounds
# are those of a review ending 2026-11-24 (Central time, stored UTC).
hand() { # area-filter
cat <<SQL
.timer on
SELECT Category, PartIClass, (OccurredAtUtc >= '2026-11-18 06:00:00') AS d7, (OccurredAtUtc >= '2026-10-28 05:00:00') AS d28,
       strftime('%Y-%W', OccurredAtUtc) AS wk, COUNT(*)
  FROM IncidentOffenses WHERE OccurredAtUtc >= '2024-11-26 06:00:00' AND OccurredAtUtc < '2026-11-25 06:00:00' $1
  GROUP BY 1, 2, 3, 4, 5;
SELECT Category, PartIClass, COUNT(*) FROM IncidentOffenses WHERE OccurredAtUtc >= '2025-01-01 06:00:00' AND OccurredAtUtc < '2025-11-25 06:00:00' $1 GROUP BY 1, 2;
SELECT strftime('%w %H', OccurredAtUtc), COUNT(*) FROM IncidentOffenses WHERE OccurredAtUtc >= '2026-10-28 05:00:00' AND OccurredAtUtc < '2026-11-25 06:00:00' $1 GROUP BY 1;
SELECT i.HundredBlock, COUNT(*) AS n FROM IncidentOffenses o JOIN Incidents i ON i.Id = o.IncidentId
  WHERE o.OccurredAtUtc >= '2026-10-28 05:00:00' AND o.OccurredAtUtc < '2026-11-25 06:00:00' AND i.HundredBlock IS NOT NULL $(echo "$1" | sed 's/AreaId/o.AreaId/')
  GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10;
SQL
}
for scope in citywide area; do
    if [ $scope = citywide ]; then filter=""; extra="SELECT AreaId, COUNT(*) FROM IncidentOffenses WHERE OccurredAtUtc >= '2026-09-30 05:00:00' AND OccurredAtUtc < '2026-11-25 06:00:00' GROUP BY AreaId, OccurredAtUtc >= '2026-10-28 05:00:00';"
    else filter="AND AreaId = $area"; extra=""; fi
    best=""
    for _ in 1 2 3 4 5; do
        total=$( { hand "$filter"; echo "$extra"; } | sqlite3 "$db" 2>&1 | awk '/^Run Time/ {s += $4} END {printf "%.1f", s * 1000}')
        best=$(printf '%s\n%s\n' "$best" "$total" | grep . | sort -n | head -1)
    done
    echo "hand-written SQL in sqlite3, $scope: best of 5 = ${best} ms (sum of the statements' real time)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
