#!/usr/bin/env bash
# Crime review speed (issue 10; docs/product.md "Budgets"): the citywide review and one area's review over 1,000,000
# incidents in 20 areas. Server time of the review page's queries (CrimeReviewQueries via `time-crime-review`: median of
# N runs after a warm-up, Release, SQLite), beside the same figures computed by hand-written SQL
# (benchmarks/crime-review-hand.sql) in the sqlite3 shell (`.timer on`, sum of its statements' real time, median of N
# runs) on the same database, as a ratio. Both print "check" lines of what they computed; the script stops with an error
# when they differ, so the hand SQL is known to compute what the page shows.
# Budget: under 300 ms; aim for no more than 1.5 × the hand-written SQL.
# Needs sqlite3 (apt-get install -y sqlite3) and the America/Chicago zone (tzdata).
# Usage: benchmarks/crime-review.sh [existing.db] [runs]   (PACT_REVIEW_END=yyyy-mm-dd to choose the review's last day;
# by default the local day of the latest offense, so the last 7 and 28 days hold data; PACT_PUBLISHED=dir to use an
# existing Release publish instead of publishing first)
# Without a database it runs benchmarks/crime-import.sh first (1,000,000 rows) and uses the database it made.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="${1:-}"
runs="${2:-10}"
if [ -z "$db" ]; then KEEP_DB="$work/review.db" benchmarks/crime-import.sh 1000000; db="$work/review.db"; fi
export TZ_REVIEW=America/Chicago
end="${PACT_REVIEW_END:-$(TZ=$TZ_REVIEW sqlite3 "$db" "select date(max(OccurredAtUtc), 'localtime') from IncidentOffenses")}"
area=$(sqlite3 "$db" "select Id from Areas where Code='B01'")
echo "database: $db ($(sqlite3 "$db" "select count(*) from IncidentOffenses") offenses, $(sqlite3 "$db" "select count(*) from Areas") areas); review ending $end; area B01 = $area"

pact="${PACT_PUBLISHED:-}" # an existing Release publish of this commit, to run the script again without publishing again
if [ -z "$pact" ]; then
    echo "Publishing the portal (Release)..."
    dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >/dev/null
    pact="$work/pact"
fi
tool="${PACT_BENCH_TOOL:-}" # likewise, an existing Release publish of benchmarks/WestMemphis.Pact.Benchmarks
if [ -z "$tool" ]; then
    echo "Publishing the benchmark tool (Release)..."
    dotnet publish benchmarks/WestMemphis.Pact.Benchmarks -c Release -o "$work/tool" --nologo -v quiet >/dev/null
    tool="$work/tool"
fi
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1 PACT_REVIEW_END="$end" \
    dotnet "$tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$pact" time-crime-review --runs "$runs" --area B01 | tee "$work/app.txt" | grep -v '^check'

hand() { # scope area-filter
    sed -e "s/:end/'$end'/g" -e "s/:scope/$1/g" -e "s#/\*area\*/#$2#g" benchmarks/crime-review-hand.sql |
        if [ "$1" = area ]; then sed '/citywide:begin/,/citywide:end/d'; else cat; fi |
        TZ=$TZ_REVIEW sqlite3 "$db"
}
: > "$work/hand.txt"
for scope in citywide area; do
    # for an area, the category and Part I class spelled out so its reads are seeks on (AreaId, Category, PartIClass, OccurredAtUtc), as the app does
    if [ $scope = citywide ]; then filter=""; else filter="AND o.AreaId = $area AND o.Category IN (0, 1, 2, 3) AND o.PartIClass IN (0, 1, 2)"; fi
    hand $scope "$filter" > /dev/null # warm-up, as the app's first run
    : > "$work/times.txt"
    for _ in $(seq "$runs"); do
        out=$(hand $scope "$filter")
        # one line per run: the total, then each statement's real time (figures, day x hour, blocks[, areas]) in ms
        echo "$out" | awk '/^Run Time/ {t[++n] = $4 * 1000; s += $4 * 1000} END {printf "%.1f", s; for (i = 1; i <= n; i++) printf " %.1f", t[i]; print ""}' >> "$work/times.txt"
    done
    echo "$out" | grep '^check' >> "$work/hand.txt"
    median() { cut -d' ' -f"$1" "$work/times.txt" | sort -n | sed -n "$(( runs / 2 + 1 ))p"; }
    parts="figures $(median 2), dayhour $(median 3), blocks $(median 4)"
    if [ $scope = citywide ]; then parts="$parts, areas $(median 5)"; fi
    echo "hand-written SQL in sqlite3, $scope: median_ms=$(median 1) min_ms=$(cut -d' ' -f1 "$work/times.txt" | sort -n | head -1) ($parts; medians) over $runs runs (sum of the statements' real time)"
done
if diff <(grep '^check' "$work/app.txt" | sort) <(sort "$work/hand.txt") > "$work/diff.txt"; then
    echo "figures: the app and the hand-written SQL agree ($(wc -l < "$work/hand.txt") check lines)"
else
    echo "figures DIFFER between the app (<) and the hand-written SQL (>):" >&2; cat "$work/diff.txt" >&2; exit 1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
