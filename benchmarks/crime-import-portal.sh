#!/usr/bin/env bash
# The officer's path of the crime import (issue 22 §19): the same synthetic 1,000,000-row Chicago file as
# benchmarks/crime-import.sh, uploaded through /crime/import in the running portal (Release, Production configuration,
# Kestrel, SQLite) exactly as a browser does it — signed in as an officer through the real log-in and two-factor forms,
# the multipart upload with its antiforgery token, the preview, "Start the import", then progress.json polled every two
# seconds as the progress page's script does until it says finished, and the page reloaded. Beside it, in the same run,
# `import-crime-file` (the portal's operations command) imports the same file into a fresh database. Then both again
# (the re-import: no duplicates).
# Reports the seconds from the start of the upload to the finished counts, the counts, the portal's peak memory (VmHWM)
# and the ratio portal / command. Budget: the portal's path within 1.3 × the command's.
# The four imports are interleaved (command, portal, command again, portal again) so that both paths of a pair meet the
# same machine; the portal idles (its workers polling) while the command runs.
# Needs python3 (the TOTP code, the batch's record). Usage: benchmarks/crime-import-portal.sh [rows] [chicago|seattle]
# PACT_BENCH_PUBLISHED=DIR reuses a folder holding pact/ and tool/ published before (Release) instead of publishing.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
layout="${2:-chicago}"
port="${PACT_BENCH_PORT:-5099}"
command -v python3 >/dev/null || { echo "python3 is needed (for the TOTP code)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/crime-import-portal.XXXXXX")
pact_pid=""
stop_portal() { if [ -n "$pact_pid" ]; then kill "$pact_pid" 2>/dev/null || true; wait "$pact_pid" 2>/dev/null || true; pact_pid=""; fi; }
trap 'stop_portal; rm -rf "$work"' EXIT

if [ -n "${PACT_BENCH_PUBLISHED:-}" ]; then
    echo "Using the build published in $PACT_BENCH_PUBLISHED"
    cp -r "$PACT_BENCH_PUBLISHED/pact" "$PACT_BENCH_PUBLISHED/tool" "$work/"
else
    echo "Publishing the portal and the benchmark tool (Release)..."
    dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
    dotnet publish benchmarks/WestMemphis.Pact.Benchmarks -c Release -o "$work/tool" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
fi
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1 CrimeImport__Folder="$work/imports"
PACT_BENCH_PASSWORD="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
PACT_BENCH_TOTP_KEY=$(python3 -c 'import base64, secrets; print(base64.b32encode(secrets.token_bytes(20)).decode())')
export PACT_BENCH_PASSWORD PACT_BENCH_TOTP_KEY
pact() { dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" "$@"; }
tool() { dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" "$@"; }

tool generate-crime-csv --layout "$layout" --rows "$rows" --areas 20 --bad 0.02 --out "$work/crimes.csv"
# Two fresh databases with the same areas: one for the command, one for the portal (which also has the benchmark accounts).
ConnectionStrings__Sqlite="Data Source=$work/command.db" tool seed-crime-areas --areas 20 >/dev/null
export ConnectionStrings__Sqlite="Data Source=$work/portal.db"
tool seed-crime-areas --areas 20 >/dev/null
tool seed-benchmark --events 10 --signups 10 >/dev/null
echo "file: $(wc -l <"$work/crimes.csv") lines, $(($(stat -c %s "$work/crimes.csv") / 1024 / 1024)) MB"
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

val() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
command_import() { # -> the command's line of figures
    sync
    ConnectionStrings__Sqlite="Data Source=$work/command.db" pact import-crime-file "$work/crimes.csv" | grep import_seconds
}

# The portal, as an officer's browser uses it. The simulated TLS proxy's header, as in signed-in-pages.sh.
proxy=(-H "X-Forwarded-Proto: https")
base="http://127.0.0.1:$port"
sync
dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" --urls "$base" >"$work/pact.log" 2>&1 &
pact_pid=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done
source benchmarks/lib/signed-in.sh
sign_in bench-officer@example.invalid

json_field() { python3 -c 'import json, sys; f = json.load(open(sys.argv[1])); print(f[sys.argv[2]])' "$work/progress.json" "$1"; }
portal_import() { # -> "seconds=… read=… …" for one upload of the file, start of the upload to the finished counts
    get /crime/import
    local token start location id
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/page.html" | sed -n 1p | sed -E 's/.*value="([^"]*)"/\1/')
    sync
    start=$(date +%s.%N)
    # The upload form: multipart, the file and the antiforgery token; the answer sends the browser to the preview.
    curl -s "${proxy[@]}" -H "Cookie: $cookies" -D "$work/h.txt" -o "$work/page.html" \
        -F "__RequestVerificationToken=$token" -F "file=@$work/crimes.csv;type=text/csv;filename=crimes.csv" "$base/crime/import"
    remember_cookies "$work/h.txt"
    location=$(grep -i '^location:' "$work/h.txt" | tr -d '\r' | awk '{print $2}')
    case "$location" in */crime/import/preview/*) ;; *) echo "the upload was not accepted (location: $location)" >&2; cat "$work/page.html" >&2; exit 1 ;; esac
    local uploaded; uploaded=$(echo "$(date +%s.%N) - $start" | bc)
    get "${location#"$base"}"
    post "${location#"$base"}"   # "Start the import"
    location=$(grep -i '^location:' "$work/h.txt" | tr -d '\r' | awk '{print $2}')
    id=${location##*/}
    [[ "$id" =~ ^[0-9]+$ ]] || { echo "the import was not queued (location: $location)" >&2; exit 1; }
    get "/crime/import/$id"
    # The progress page's script: first poll two seconds after the page, then two seconds after each answer.
    while :; do
        sleep 2
        curl -s "${proxy[@]}" -H "Cookie: $cookies" -H "Accept: application/json" -o "$work/progress.json" "$base/crime/import/$id/progress.json"
        [ "$(json_field finished)" = "True" ] && break
    done
    local seconds; seconds=$(echo "$(date +%s.%N) - $start" | bc)
    get "/crime/import/$id" # the page reloads on the finished counts
    # Where the time went, from the batch's own record: queued (the preview's form) → claimed by the worker → the runner's
    # own seconds → finished; the rest of the officer's wait is the upload before and the polling after.
    local parts
    parts=$(python3 - "$work/portal.db" "$id" <<'PY'
import sqlite3, sys
from datetime import datetime
row = sqlite3.connect(sys.argv[1]).execute(
    'select UploadedAtUtc, StartedAtUtc, FinishedAtUtc, ElapsedSeconds from ImportBatches where Id = ?', (int(sys.argv[2]),)).fetchone()
t = [datetime.fromisoformat(v) for v in row[:3]]
print("queued_to_claimed_s=%.2f runner_s=%.2f claimed_to_finished_s=%.2f" % ((t[1] - t[0]).total_seconds(), row[3], (t[2] - t[1]).total_seconds()))
PY
)
    echo "seconds=$seconds upload_seconds=$uploaded $parts status=$(json_field status) read=$(json_field read) inserted=$(json_field inserted) updated=$(json_field updated) unchanged=$(json_field unchanged) rejected=$(json_field rejected)"
}
peak() { awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$pact_pid/status"; }

echo "portal signed in and idle: $(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pact_pid/status") MB resident"
c1=$(command_import)
echo "command, first import: $c1"
p1=$(portal_import)
echo "portal, first import:  $p1 peak_rss_mb=$(peak)"
c2=$(command_import)
echo "command, re-import:    $c2"
p2=$(portal_import)
echo "portal, re-import:     $p2 peak_rss_mb=$(peak)"
stop_portal
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

t1=$(val "$c1" import_seconds); t2=$(val "$c2" import_seconds)
s1=$(val "$p1" seconds); s2=$(val "$p2" seconds)
printf 'ratio portal / command, first import: %s (budget 1.3)\n' "$(echo "scale=2; $s1 / $t1" | bc)"
printf 'ratio portal / command, re-import:    %s\n' "$(echo "scale=2; $s2 / $t2" | bc)"
for k in read inserted updated unchanged rejected; do
    [ "$(val "$c1" "$k")" = "$(val "$p1" "$k")" ] && [ "$(val "$c2" "$k")" = "$(val "$p2" "$k")" ] \
        || { echo "counts differ ($k): command $(val "$c1" "$k")/$(val "$c2" "$k"), portal $(val "$p1" "$k")/$(val "$p2" "$k")" >&2; exit 1; }
done
echo "counts: the same by both paths"
