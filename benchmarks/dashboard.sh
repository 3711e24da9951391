#!/usr/bin/env bash
# Time of /dashboard for a year (the last 365 days, citywide and for one area) on the benchmark data set
# (2,000 events, 20,000 sign-ups): median of 20 requests each, with curl, after two warm-up requests.
# Usage: benchmarks/dashboard.sh [published-folder]  (default: publishes src/WestMemphis.Pact.Web in Release first;
# the benchmark tool, benchmarks/WestMemphis.Pact.Benchmarks, is always published: it seeds the data)
# Needs python3 (for the TOTP code). Prints "label median-ms min-ms max-ms".
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "python3 is needed (for the TOTP code)" >&2; exit 1; }
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

# Another benchmark may hold the usual port on a shared machine: take a free one.
port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
db="$work/bench.db"
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1
PACT_BENCH_PASSWORD="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
PACT_BENCH_TOTP_KEY=$(python3 -c 'import base64, secrets; print(base64.b32encode(secrets.token_bytes(20)).decode())')
export PACT_BENCH_PASSWORD PACT_BENCH_TOTP_KEY
echo "Seeding 2,000 events, 20,000 sign-ups, the two benchmark accounts and a roster of 500..."
dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" seed-benchmark --events 2000 --signups 20000

dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" --urls http://127.0.0.1:$port >"$work/pact.log" 2>&1 &
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

proxy=(-H "X-Forwarded-Proto: https")
base=http://127.0.0.1:$port

source benchmarks/lib/signed-in.sh

sign_in bench-coordinator@example.invalid
from=$(date -u -d '365 days ago' +%Y-%m-%d)
to=$(date -u +%Y-%m-%d)
area=$(curl -fs "${proxy[@]}" -H "Cookie: $cookies" "$base/dashboard" | grep -o '<option value="[0-9][0-9]*"' | sed -n 1p | grep -o '[0-9]*' || true)
time_page() { # label url
    local code
    code=$(curl -s "${proxy[@]}" -H "Cookie: $cookies" -o /dev/null -w '%{http_code}' "$2")
    [ "$code" = 200 ] || { echo "$2 answered $code" >&2; exit 1; }
    curl -fs "${proxy[@]}" -H "Cookie: $cookies" -o /dev/null "$2"
    for _ in $(seq 1 20); do curl -fs "${proxy[@]}" -H "Cookie: $cookies" -o /dev/null -w '%{time_total}\n' "$2"; done \
        | sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 } END { printf "%-40s median %7.1f ms  min %7.1f  max %7.1f\n", label, (t[10] + t[11]) / 2, t[1], t[NR] }'
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
time_page "/dashboard $from..$to citywide" "$base/dashboard?from=$from&to=$to"
time_page "/dashboard $from..$to area $area" "$base/dashboard?from=$from&to=$to&area=$area"
time_page "/dashboard/report (last month)" "$base/dashboard/report"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
