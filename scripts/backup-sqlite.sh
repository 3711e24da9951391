#!/usr/bin/env bash
# Consistent online backup of the PACT SQLite database (safe while the app is running).
# Usage: scripts/backup-sqlite.sh [path/to/pact.db] [backup-folder] [copies-to-keep]
set -euo pipefail
db="${1:-src/WestMemphis.Pact.Web/App_Data/pact.db}"
dest="${2:-backups}"
keep="${3:-30}"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
[ -f "$db" ] || { echo "No database at $db" >&2; exit 1; }
mkdir -p "$dest"
target="$dest/pact-$(date -u +%Y%m%dT%H%M%SZ).db"
sqlite3 "$db" "VACUUM INTO '$target'"
sqlite3 "$target" "PRAGMA integrity_check;" | grep -qx ok || { echo "Backup failed its integrity check: $target" >&2; exit 1; }
echo "Backed up to $target"
ls -1t "$dest"/pact-*.db | tail -n +"$((keep + 1))" | xargs -r rm --
