#!/usr/bin/env bash
# Public pages under load, side by side with a bare `dotnet new mvc` home page on the same machine and run.
# Budget (docs/product.md, "Budgets"): with 2,000 events and 20,000 sign-ups, 32 connections: p99 < 50 ms and at
# least half the bare template's throughput. Also prints each page's bytes on the wire (budget: 150 KB with its assets).
# Needs wrk (apt-get install -y wrk). Usage: benchmarks/public-pages.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

echo "Publishing the portal and a bare MVC template (Release)..."
dotnet publish src/WestMemphis.Pact.Web -c Release -o "$work/pact" --nologo -v quiet >/dev/null
dotnet publish benchmarks/WestMemphis.Pact.Benchmarks -c Release -o "$work/tool" --nologo -v quiet >/dev/null
dotnet new mvc -o "$work/bare-src" -n BareMvc --no-restore >/dev/null
dotnet publish "$work/bare-src" -c Release -o "$work/bare" --nologo -v quiet >/dev/null

db="$work/bench.db"
export ASPNETCORE_ENVIRONMENT=Production Logging__File=false Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Sqlite="Data Source=$db" Mail__SenderEnabled=false Mail__PublicBaseUrl=https://127.0.0.1
echo "Seeding 2,000 events and 20,000 sign-ups..."
dotnet "$work/tool/WestMemphis.Pact.Benchmarks.dll" --contentRoot "$work/pact" seed-benchmark --events 2000 --signups 20000

dotnet "$work/pact/WestMemphis.Pact.Web.dll" --contentRoot "$work/pact" --urls http://127.0.0.1:5095 >"$work/pact.log" 2>&1 &
dotnet "$work/bare/BareMvc.dll" --contentRoot "$work/bare" --urls http://127.0.0.1:5096 >"$work/bare.log" 2>&1 &
for port in 5095 5096; do
    # Any answer will do: without X-Forwarded-Proto, Production answers plain HTTP with a 400 page.
    for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
done

event=$(curl -fs -H "X-Forwarded-Proto: https" http://127.0.0.1:5095/events | grep -o 'href="/events/[0-9]*/[a-z0-9-]*"' | sed -n 1p | cut -d'"' -f2 || true)
[ -n "$event" ] || { echo "no event link found on /events" >&2; exit 1; }

# The portal runs as in production behind a TLS-terminating proxy, which sends X-Forwarded-Proto.
proxy=(-H "X-Forwarded-Proto: https")
measure() { # name url
    curl -fs "${proxy[@]}" -o /dev/null "$2"; curl -fs "${proxy[@]}" -o /dev/null "$2" # warm up
    wrk -t2 -c32 -d"${secs}s" --latency "${proxy[@]}" "$2" >"$work/wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    errors=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' "$work/wrk.txt" | awk '{print $NF}' || true)
    printf '| %-28s | %10s | %8s | %s |\n' "$1" "$rps" "$p99" "${errors:-0}"
}

echo
echo "| page | req/s | p99 | non-2xx |"
echo "|---|---|---|---|"
measure "bare dotnet new mvc /" "http://127.0.0.1:5096/"
measure "portal /" "http://127.0.0.1:5095/"
measure "portal /events" "http://127.0.0.1:5095/events"
measure "portal $event" "http://127.0.0.1:5095$event"

echo
echo "Bytes on the wire (gzip/br as a browser asks), page plus its CSS and JS:"
for path in / /events "$event"; do
    total=0
    for url in "$path" $(curl -fs "${proxy[@]}" "http://127.0.0.1:5095$path" | grep -oE '(href|src)="/(css|js|lib)/[^"]+"' | cut -d'"' -f2); do
        size=$(curl -fs "${proxy[@]}" -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:5095$url")
        total=$((total + size))
    done
    printf '  %-40s %6d bytes\n' "$path" "$total"
done
