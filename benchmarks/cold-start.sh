#!/usr/bin/env bash
# Cold start: a Release build of the portal on an empty SQLite database (migrate + seed, demo data on)
# to the first 200 from "/". Prints the seconds. Usage: benchmarks/cold-start.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=5093
out=$(mktemp -d)
dotnet publish src/WestMemphis.Pact.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
for i in $(seq 1 "$runs"); do
    db="$out/cold-$i.db"
    start=$(date +%s.%N)
    ASPNETCORE_ENVIRONMENT=Development Logging__File=false ConnectionStrings__Sqlite="Data Source=$db" \
        dotnet "$out/app/WestMemphis.Pact.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$out/app" >"$out/run-$i.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
        sleep 0.05
        if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see $out/run-$i.log"; exit 1; fi
        if [ "$(echo "$(date +%s.%N) - $start > 60" | bc)" = 1 ]; then echo "no 200 within 60 s"; kill "$pid"; exit 1; fi
    done
    end=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf 'run %d: %.2f s to the first 200 on an empty database\n' "$i" "$(echo "$end - $start" | bc)"
done
rm -rf "$out"
