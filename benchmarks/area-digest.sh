#!/usr/bin/env bash
# One weekly area-digest pass to 5,000 confirmed followers (issue 23) on the benchmark data set (2,000 events,
# 20,000 sign-ups), run by the portal's own worker inside the running portal, as in production. Measures:
# the pass's wall time (the worker's own log line), the portal's resident memory before and during the pass (VmRSS
# sampled every 0.1 s; VmHWM = the process's peak), the digests queued in the outbox, how the pass commits (one
# transaction per batch of AreaDigest:BatchSize follows: counted as follows claimed, links and outbox rows), and whether the pass holds the
# database or the app: a public page (a fresh query string each time, so the output cache never answers) timed
# before and during the pass, and a second process writing one small transaction every 20 ms during the pass,
# whose longest wait for SQLite's write lock bounds the longest write transaction the pass held.
# Usage: benchmarks/area-digest.sh [published-folder] [followers]  (default: publishes src/WestMemphis.Pact.Web in
# Release first; the benchmark tool, benchmarks/WestMemphis.Pact.Benchmarks, is always published: it seeds the data
# and probes the writes). Needs python3 (a free port) and sqlite3 (the counts).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "python3 is needed (for a free port)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
followers="${2:-5000}"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -n "${1:-}" ]; then
    cp -r "$1" "$work/pact"
else
    echo "Publishing the portal (Release)..."
    dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
fi
echo "Publishing the benchmark tool (Release)..."
dotnet publish benchmarks/WestMemphis.Pact.Benchmarks -c Release -o "$work/tool" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }

port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
db="$work/bench.db"
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1
echo "Seeding 2,000 events, 20,000 sign-ups and $followers confirmed area follows..."
dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" seed-benchmark --events 2000 --signups 20000 >/dev/null
dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" seed-area-followers --followers "$followers"

# The worker's first pass comes one poll after start-up (it never runs at start); Hour 0 makes this week's digest
# due whatever the day. Its log line ("Area digests queued ... in N ms") is raised to Information.
poll=20
env AreaDigest__PollSeconds=$poll AreaDigest__Hour=0 \
    'Serilog__MinimumLevel__Override__WestMemphis.Pact.Web.Features.Areas.AreaDigestService=Information' \
    dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" --urls http://127.0.0.1:$port >"$work/pact.log" 2>&1 &
app=$!
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
pid=$app

proxy=(-H "X-Forwarded-Proto: https")
page="http://127.0.0.1:$port/areas/w1"
n=0
get_times() { # while the condition command succeeds: GET the page with a fresh query string, print ms
    while "$@"; do
        n=$((n + 1))
        curl -fs "${proxy[@]}" -o /dev/null -w '%{time_total}\n' "$page?n=$RANDOM$n" | awk '{ printf "%.1f\n", $1 * 1000 }'
    done
}
stats() { # label, file of ms: count, median, p95, max
    sort -n "$2" | awk -v label="$1" '{ t[NR] = $1 } END { if (NR == 0) { printf "%-34s no requests\n", label; exit }
        p = int(NR * 0.95 + 0.5); if (p < 1) p = 1
        printf "%-34s %4d requests  median %6.1f ms  p95 %6.1f  max %6.1f\n", label, NR, t[int((NR + 1) / 2)], t[p], t[NR] }'
}
rss() { awk -v k="$1:" '$1 == k { print int($2 / 1024) }' "/proc/$pid/status"; }
digests() { sqlite3 -cmd '.timeout 10000' "$db" "SELECT count(*) FROM OutboxMessages WHERE Kind = 'AreaDigest'"; }

curl -fs "${proxy[@]}" -o /dev/null "$page"; curl -fs "${proxy[@]}" -o /dev/null "$page?warm=1"
for _ in $(seq 1 30); do curl -fs "${proxy[@]}" -o /dev/null -w '%{time_total}\n' "$page?n=$RANDOM" | awk '{ printf "%.1f\n", $1 * 1000 }'; done >"$work/before.txt"
rss_before=$(rss VmRSS)
hwm_before=$(rss VmHWM)

# The write probe runs from here until the pass has ended (before it too: its waits then are the baseline).
dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" probe-writes --db "$db" --until "$work/done" >"$work/probe.txt" &
probe=$!
echo "Waiting for the worker's pass (one poll, ${poll} s, after start-up)..."
until [ "$(digests)" -gt 0 ]; do
    grep -q 'Area digests queued' "$work/pact.log" && break
    sleep 0.05
done
started=$(date +%s.%N)
( peak=0; while [ ! -e "$work/done" ]; do r=$(rss VmRSS); [ "$r" -gt "$peak" ] && peak=$r; echo "$peak" >"$work/rss-peak.txt"; sleep 0.1; done ) &
pass_running() { ! grep -q 'Area digests queued' "$work/pact.log"; }
get_times pass_running >"$work/during.txt"
touch "$work/done"
wait "$probe"
ended=$(date +%s.%N)
sleep 0.3

line=$(grep 'Area digests queued' "$work/pact.log" | head -1)
elapsed=$(grep -o '"ElapsedMs":[0-9]*' <<<"$line" | cut -d: -f2)
queued=$(grep -o '"Count":[0-9]*' <<<"$line" | cut -d: -f2)
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'digest pass (worker log)            %s digests queued in %s ms (%.1f s seen from outside)\n' "$queued" "$elapsed" "$(echo "$ended - $started" | bc)"
echo "outbox rows (AreaDigest)            $(digests)"
echo "follows claimed for the week        $(sqlite3 "$db" "SELECT count(*) FROM AreaFollows WHERE LastDigestWeekOf IS NOT NULL") of $(sqlite3 "$db" "SELECT count(*) FROM AreaFollows WHERE ConfirmedUtc IS NOT NULL")"
echo "stop links made                     $(sqlite3 "$db" "SELECT count(*) FROM AreaFollowLinks")"
echo "largest commit                      AreaDigest:BatchSize follows (default 50): per follow its claim (1 update), its stop link and outbox row (2 inserts)"
echo "portal memory                       VmRSS before $rss_before MiB, peak sampled during the pass $(cat "$work/rss-peak.txt") MiB; VmHWM before $hwm_before MiB, after $(rss VmHWM) MiB"
stats "GET /areas/w1 before the pass" "$work/before.txt"
stats "GET /areas/w1 during the pass" "$work/during.txt"
cat "$work/probe.txt"
