#!/usr/bin/env bash
# The preview server under load (README: Reliability): `trustsite serve --port 0` on a copy of the
# example site, then
#   1. wrk -t2 -c50 -d30s against one page, twice: requests/s, errors, and the server's memory
#      (VmRSS) before, after the first run and after the second (growth between the two runs,
#      once caches are warm, is what a leak would show);
#   2. scripts/slow_clients.py: 50 connections sending half a request (and a byte every 5 s) and
#      50 sending nothing, held for 40 s, while ordinary requests are timed.
# Only 127.0.0.1 is ever contacted.
#
#   scripts/load-test.sh          PAGE=/plan/ DURATION=30s CONNECTIONS=50
set -euo pipefail
cd "$(dirname "$0")/.."

PAGE=${PAGE:-/plan/}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-50}
BIN=${TRUSTSITE:-.build/release/trustsite}
[ -x "$BIN" ] || swift build -c release --product trustsite >/dev/null
BIN=$(readlink -f "$BIN")
if ! command -v wrk >/dev/null; then
  echo "load-test: installing wrk"
  SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null; }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-load.XXXXXX")
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
for name in trustsite.yml content templates; do [ -e "$name" ] && cp -r "$name" "$WORK/"; done

"$BIN" serve --site "$WORK" --port 0 --today 2026-11-22 >"$WORK/serve.out" 2>"$WORK/serve.err" &
server=$!
port=""
for _ in $(seq 1 200); do
  port=$(sed -n -E 's#.*http://127\.0\.0\.1:([0-9]+)/.*#\1#p' "$WORK/serve.out" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { echo "load-test: the preview did not start:" >&2; cat "$WORK/serve.err" >&2; exit 1; }
url="http://127.0.0.1:$port$PAGE"
rss() { awk '/VmRSS/ { printf "%.1f MB", $2 / 1024 }' "/proc/$server/status"; }
fds() { ls "/proc/$server/fd" | wc -l; }
curl -sf -o /dev/null "$url" || { echo "load-test: $url does not answer" >&2; exit 1; }

echo "load-test: trustsite serve (pid $server) on port $port; $url; $(nproc) cores"
rss_start=$(rss); fds_start=$(fds)
summary() { # wrk output → "N requests/s, M requests, E errors"
  awk '
    /Requests\/sec/ { rps = $2 }
    /requests in/ { total = $1 }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx/ { errors += $NF }
    END { printf "%d requests/s, %d requests, %d errors (socket errors and non-2xx)", rps, total, errors }'
}
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$WORK/wrk1.txt"
rss_one=$(rss)
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$WORK/wrk2.txt"
rss_two=$(rss); fds_two=$(fds)
echo "wrk run 1 ($DURATION, $CONNECTIONS connections): $(summary <"$WORK/wrk1.txt"); latency $(awk '/ 50%/ { p50 = $2 } / 99%/ { p99 = $2 } END { print "p50 " p50 ", p99 " p99 }' "$WORK/wrk1.txt")"
echo "wrk run 2 ($DURATION, $CONNECTIONS connections): $(summary <"$WORK/wrk2.txt"); latency $(awk '/ 50%/ { p50 = $2 } / 99%/ { p99 = $2 } END { print "p50 " p50 ", p99 " p99 }' "$WORK/wrk2.txt")"
echo "server memory (VmRSS): $rss_start at start, $rss_one after run 1, $rss_two after run 2; open files: $fds_start at start, $fds_two after"

python3 scripts/slow_clients.py --port "$port" --path "$PAGE" --slow 50 --idle 50 --hold 40
sleep 2
echo "server memory after the slow connections: $(rss); open files: $(fds); still running: $(kill -0 "$server" 2>/dev/null && echo yes || echo NO)"
