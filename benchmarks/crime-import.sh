#!/usr/bin/env bash
# Crime import speed (issue 10; docs/product.md "Budgets"): a synthetic 1,000,000-row file in Chicago's layout imported by
# the same runner the background worker uses (Release, Production configuration, SQLite), beside sqlite3's own
# `.import` of the same file into a bare table in the same run; then the same file again (no duplicates).
# Budget: under 30 s and under 400 MB; aim for no more than 3 × the sqlite3 time; re-import no slower than 2 × the first.
# A second reference, also taken in the same run: SQLite alone writing the imported rows into an empty copy of the same
# tables and indexes (INSERT … SELECT in the sqlite3 shell, under the import's settings): what this schema costs to
# write on this machine at that moment, whatever the client.
# Needs sqlite3 (apt-get install -y sqlite3). Usage: benchmarks/crime-import.sh [rows] [chicago|seattle]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
layout="${2:-chicago}"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Publishing the portal and the benchmark tool (Release)..."
dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >/dev/null
dotnet publish benchmarks/WestMemphis.Pact.Benchmarks -c Release -o "$work/tool" --nologo -v quiet >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$work/bench.db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1
# The portal itself (import-crime-file is its own operations command) and the benchmark tool, on the same folder and database.
pact() { dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" "$@"; }
tool() { dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" "$@"; }

tool generate-crime-csv --layout "$layout" --rows "$rows" --areas 20 --bad 0.02 --out "$work/crimes.csv"
tool seed-crime-areas --areas 20 >/dev/null
sqlite3 "$work/bench.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$work/bench.db" "$work/floor.db" # the migrated, empty schema with the same areas, for the floor below
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Each timed step starts with nothing left to write back from the one before (sync), so none pays for another's I/O.
# sqlite3's own CSV import of the same file into a bare table (what a plain load costs on this disk and CPU).
sync
start=$(date +%s.%N)
sqlite3 "$work/bare.db" ".import --csv $work/crimes.csv bare"
sqlite_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "sqlite3 .import: ${sqlite_s} s, $(sqlite3 "$work/bare.db" 'select count(*) from bare') rows"

sync
first=$(pact import-crime-file "$work/crimes.csv" | grep import_seconds)
echo "first import:  $first"
sync
second=$(pact import-crime-file "$work/crimes.csv" | grep import_seconds)
echo "re-import:     $second"

# The floor: the same rows into the same (empty) tables and indexes by SQLite alone. A WHERE clause keeps SQLite from
# copying the records and indexes wholesale (its transfer optimisation), so every row goes through every index.
sync
floor=$(sqlite3 "$work/floor.db" <<SQL | awk '/^Run Time/ {s += $4} END {printf "%.2f", s}'
PRAGMA cache_size=-32768; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF; PRAGMA wal_autocheckpoint=16384;
ATTACH '$work/bench.db' AS imported;
.timer on
INSERT INTO main.Incidents SELECT * FROM imported.Incidents WHERE Id > 0;
INSERT INTO main.IncidentOffenses SELECT * FROM imported.IncidentOffenses WHERE Id > 0;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
)
echo "floor: SQLite alone writing the same rows into the same tables and indexes: ${floor} s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

val() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
t1=$(val "$first" import_seconds); t2=$(val "$second" import_seconds)
echo "ratio first import / sqlite3: $(echo "scale=2; $t1 / $sqlite_s" | bc)"
echo "ratio re-import / first:      $(echo "scale=2; $t2 / $t1" | bc)"
echo "ratio first import / floor:   $(echo "scale=2; $t1 / $floor" | bc)"
[ "$(val "$first" incidents)" = "$(val "$second" incidents)" ] && echo "incident count unchanged by the re-import: $(val "$second" incidents)" \
    || { echo "incident count changed: $(val "$first" incidents) -> $(val "$second" incidents)" >&2; exit 1; }
if [ -n "${KEEP_DB:-}" ]; then cp "$work/bench.db" "$KEEP_DB"; echo "database kept at $KEEP_DB"; fi
