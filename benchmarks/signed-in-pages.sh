#!/usr/bin/env bash
# Signed-in pages under load, side by side with a bare `dotnet new mvc` home page on the same machine and run.
# Target (issue 12): with 2,000 events and 20,000 sign-ups, 32 connections, every signed-in page at least
# 0.3 x the bare template's throughput with p99 under 25 ms.
#
# The portal runs in Production configuration behind a simulated TLS proxy (X-Forwarded-Proto: https). The
# benchmark signs in through the real log-in form: `seed-benchmark` makes a resident and a coordinator with a
# password this script picks at random, and the coordinator an authenticator app on a random key, from which
# the script computes the TOTP code as a phone would. Nothing is exempt from two-factor sign-in.
# Needs wrk (apt-get install -y wrk) and python3. Usage: benchmarks/signed-in-pages.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
# Ports of the portal and the bare template (override to run beside another benchmark).
port="${PACT_BENCH_PORT:-5097}"
bare_port="${PACT_BENCH_BARE_PORT:-5098}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed (for the TOTP code)" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

echo "Publishing the portal and a bare MVC template (Release)..."
dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
dotnet publish benchmarks/WestMemphis.Pact.Benchmarks -c Release -o "$work/tool" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
dotnet new mvc -o "$work/bare-src" -n BareMvc --no-restore >/dev/null
dotnet publish "$work/bare-src" -c Release -o "$work/bare" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }

db="$work/bench.db"
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1
PACT_BENCH_PASSWORD="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
PACT_BENCH_TOTP_KEY=$(python3 -c 'import base64, secrets; print(base64.b32encode(secrets.token_bytes(20)).decode())')
export PACT_BENCH_PASSWORD PACT_BENCH_TOTP_KEY
echo "Seeding 2,000 events, 20,000 sign-ups, the two benchmark accounts and a roster of 500..."
dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" seed-benchmark --events 2000 --signups 20000

dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" --urls "http://127.0.0.1:$port" >"$work/pact.log" 2>&1 &
dotnet "$work/bare/BareMvc.dll" --contentRoot "$work/bare" --urls "http://127.0.0.1:$bare_port" >"$work/bare.log" 2>&1 &
for p in "$port" "$bare_port"; do
    for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$p/" && break; sleep 0.1; done
done

proxy=(-H "X-Forwarded-Proto: https")
base="http://127.0.0.1:$port"

source benchmarks/lib/signed-in.sh

sign_in bench-resident@example.invalid
resident_cookies=$cookies
event=$(curl -fs "${proxy[@]}" -H "Cookie: $resident_cookies" "$base/events" | grep -o 'href="/events/[0-9]*/[a-z0-9-]*"' | sed -n 1p | cut -d'"' -f2 || true)
[ -n "$event" ] || { echo "no event link found on /events" >&2; exit 1; }

sign_in bench-coordinator@example.invalid
coordinator_cookies=$cookies
manage=$(curl -fs "${proxy[@]}" -H "Cookie: $coordinator_cookies" "$base/manage/events?q=Benchmark+roster" | grep -o 'href="/manage/events/[0-9]*"' | sed -n 1p | cut -d'"' -f2 || true)
roster=$(curl -fs "${proxy[@]}" -H "Cookie: $coordinator_cookies" "$base$manage" | grep -o 'href="/manage/shifts/[0-9]*/roster"' | sed -n 1p | cut -d'"' -f2 || true)
[ -n "$roster" ] || { echo "no roster link found for the benchmark roster event ($manage)" >&2; exit 1; }

# With "miss" as third argument every request asks for a URL never asked before (a query string that counts up),
# so the output cache never has it: what a first view of the page costs, storing included.
cat >"$work/miss.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "first-view=" .. n .. "-" .. math.random(1, 1000000000))
end
LUA
run_wrk() { # url cookie [miss] -> rps p99 errors in globals
    local auth=() script=()
    [ -n "${2:-}" ] && auth=(-H "Cookie: $2")
    [ "${3:-}" = miss ] && script=(-s "$work/miss.lua")
    curl -fs "${proxy[@]}" "${auth[@]}" -o /dev/null "$1"
    # Warm up (JIT, connection pools, caches) with a short run that is not counted.
    wrk -t2 -c32 -d3s "${script[@]}" "${proxy[@]}" "${auth[@]}" "$1" >/dev/null
    wrk -t2 -c32 -d"${secs}s" --latency "${script[@]}" "${proxy[@]}" "${auth[@]}" "$1" >"$work/wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    errors=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' "$work/wrk.txt" | awk '{print $NF}' || true)
}
# On a shared machine the bare template's throughput moves with the load, so every page is measured right
# after a bare run of the same length, and its ratio is to that run.
measure() { # name url cookie [miss]
    run_wrk "http://127.0.0.1:$bare_port/"
    local bare=$rps bare_p99=$p99
    run_wrk "$2" "${3:-}" "${4:-}"
    ratio=$(awk -v a="$rps" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')
    printf '| %-44s | %10s | %8s | %10s | %8s | %5s x | %s |\n' "$1" "$rps" "$p99" "$bare" "$bare_p99" "$ratio" "${errors:-0}"
}

# A staff cookie slides: once it is a minute old, every response re-issues it (Set-Cookie). A browser takes the new
# cookie; wrk keeps sending the old one, so every response would re-issue it (and none could be cached). The
# coordinator therefore signs in afresh just before each of its measurements (26 s, inside that minute), waiting for
# the next authenticator time step since a code is accepted once.
fresh_coordinator() {
    sleep $((31 - $(date +%s) % 30))
    sign_in bench-coordinator@example.invalid
    coordinator_cookies=$cookies
}

# A signed-in page must answer 200 with the page, not a redirect to the log-in form.
for check in "/my:$resident_cookies" "/manage/events:$coordinator_cookies" "$roster:$coordinator_cookies"; do
    code=$(curl -s "${proxy[@]}" -H "Cookie: ${check#*:}" -o /dev/null -w '%{http_code}' "$base${check%%:*}")
    [ "$code" = 200 ] || { echo "${check%%:*} answered $code while signed in" >&2; exit 1; }
done

echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | req/s | p99 | bare req/s just before | bare p99 | x bare | non-2xx |"
echo "|---|---|---|---|---|---|---|"
measure "resident /" "$base/" "$resident_cookies"
measure "resident /events" "$base/events" "$resident_cookies"
measure "resident $event" "$base$event" "$resident_cookies"
measure "resident /my" "$base/my" "$resident_cookies"
fresh_coordinator
measure "coordinator /manage/events" "$base/manage/events" "$coordinator_cookies"
fresh_coordinator
measure "coordinator $roster (500)" "$base$roster" "$coordinator_cookies"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${PACT_BENCH_FIRST_VIEWS:-1}" = 1 ]; then
    echo
    echo "First views (every request a URL not yet cached: rendered and stored):"
    echo "| page | req/s | p99 | bare req/s just before | bare p99 | x bare | non-2xx |"
    echo "|---|---|---|---|---|---|---|"
    measure "resident / (first view)" "$base/" "$resident_cookies" miss
    measure "resident /events (first view)" "$base/events" "$resident_cookies" miss
    measure "resident $event (first view)" "$base$event" "$resident_cookies" miss
    measure "resident /my (first view)" "$base/my" "$resident_cookies" miss
    fresh_coordinator
    measure "coordinator /manage/events (first view)" "$base/manage/events" "$coordinator_cookies" miss
    fresh_coordinator
    measure "coordinator roster (500, first view)" "$base$roster" "$coordinator_cookies" miss
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
