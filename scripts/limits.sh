#!/usr/bin/env bash
# Hostile and broken input at full size: each case must give a correct build or a clear error
# naming the file, within bounded time and memory. (README: Reliability; the test suite runs the
# same cases at small sizes.)
#
#   scripts/limits.sh                 every case
#   scripts/limits.sh nested-yaml-10k one case
#   LIMIT_SECONDS=300 scripts/limits.sh
#
# Each case is a copy of Tests/Fixtures/minimal with one file added or replaced
# (scripts/limits_cases.py), built with `trustsite build` under /usr/bin/time -f "%e s %M KB" and
# a time limit. Prints a Markdown table: case, exit status, seconds, peak memory, what trustsite said.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${TRUSTSITE:-.build/release/trustsite}
[ -x "$BIN" ] || swift build -c release --product trustsite >/dev/null
BIN=$(readlink -f "$BIN")
LIMIT_SECONDS=${LIMIT_SECONDS:-120}
[ -x /usr/bin/time ] || { echo "limits: installing time"; apt-get install -y -qq time >/dev/null; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-limits.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cases=("$@")
[ ${#cases[@]} -gt 0 ] || mapfile -t cases < <(python3 scripts/limits_cases.py --list)

failures=0
echo "| case | input | exit | time | peak memory | result |"
echo "|---|---|---|---|---|---|"
for name in "${cases[@]}"; do
  site=$WORK/$name
  cp -r Tests/Fixtures/minimal "$site"
  file=$(python3 scripts/limits_cases.py "$name" "$site")
  input=$(stat -c %s "$site/$file" | awk -v f="$file" '{ s = $1; u = "B"; if (s >= 1048576) { s = s / 1048576; u = "MB" } else if (s >= 1024) { s = s / 1024; u = "KB" }; printf "%s, %.1f %s", f, s, u }')
  status=0
  /usr/bin/time -f "%e s %M KB" -o "$WORK/$name.time" timeout "$LIMIT_SECONDS" \
    "$BIN" build --site "$site" --output "$WORK/$name-out" --today 2026-11-22 >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
  read -r seconds _ kb _ < <(tail -n 1 "$WORK/$name.time")
  mb=$(( kb / 1024 ))
  if [ "$status" -eq 0 ]; then
    said=$(head -n 1 "$WORK/$name.out")
  elif [ "$status" -eq 124 ]; then
    said="TIMEOUT after ${LIMIT_SECONDS} s"
  else
    # The first error about the case's own file, else the first line.
    said=$( { grep -F "$file" "$WORK/$name.err" | grep -m 1 "error"; } || grep -m 1 -F "$file" "$WORK/$name.err" || head -n 1 "$WORK/$name.err")
  fi
  verdict=ok
  # A clear outcome: built (0), or refused with a message (1). Crashes, signals and time-outs fail.
  if [ "$status" -gt 1 ] || [ -z "$said" ]; then verdict=FAIL; failures=$((failures + 1)); fi
  said=${said//|/\\|}
  echo "| $name | $input | $status${verdict/ok/} | $seconds s | $mb MB | ${said:0:160} |"
done
[ "$failures" -eq 0 ] || { echo "limits: $failures case(s) crashed, hung or said nothing" >&2; exit 1; }
