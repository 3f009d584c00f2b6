#!/usr/bin/env bash
# SIGKILL during real builds of a large site: after every kill, the output must be the complete
# previous build or the complete new one (same file hashes), never a mix and never missing; the
# next build must clear what the killed one left behind (the spare site, `.site.spare`, is kept
# on purpose: the next build starts from it, and so is the lock file `.site.lock`). (README: Reliability.)
#
#   scripts/kill-test.sh                 30 rounds, 3,000 generated pages
#   ROUNDS=100 PAGES=1000 scripts/kill-test.sh
#   CHANGE=page scripts/kill-test.sh     the versions differ in one page: incremental rebuilds
#
# Each round switches the site between two versions (see CHANGE below), starts `trustsite build`,
# and kills it with SIGKILL after a random delay: half the rounds anywhere in the build (0 to 110%
# of a rebuild's time), half near its end (80 to 160%), where the swap happens.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-30}
PAGES=${PAGES:-3000}
TODAY=${TODAY:-2026-11-22}
BIN=${TRUSTSITE:-.build/release/trustsite}
[ -x "$BIN" ] || swift build -c release --product trustsite >/dev/null
BIN=$(readlink -f "$BIN")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-kill.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
SITE=$WORK/site-src
OUT=$WORK/out/site
mkdir -p "$WORK/out"

echo "kill-test: generating a site with $PAGES extra pages"
python3 scripts/corpus_site.py --pages "$PAGES" --out "$SITE"
# The two versions differ in one file: trustsite.yml (the Trust's name, so every page differs and
# every build renders everything), or with CHANGE=page one generated page's text, so each build
# reuses the other pages from the output it is replacing (the build cache's hard links).
if [ "${CHANGE:-name}" = page ]; then
  VERSION_FILE=$(cd "$SITE" && find content/pages -name '*.md' | LC_ALL=C sort | tail -n 1)
else
  VERSION_FILE=trustsite.yml
fi
cp "$SITE/$VERSION_FILE" "$WORK/a.version"
python3 - "$SITE/$VERSION_FILE" "$WORK/b.version" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[1].endswith(".yml"):
    changed, n = re.subn(r"^name: (.*)$", r"name: \1 (second edition)", text, count=1, flags=re.M)
    assert n == 1, "trustsite.yml has no name: line"
else:
    changed = text + "\nA sentence only the second version has.\n"
open(sys.argv[2], "w", encoding="utf-8").write(changed)
PY

# One hash over every file's path and hash; the full list is kept to explain a mismatch.
manifest() {
  (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$2"
  sha256sum <"$2" | cut -c1-16
}
build() { # version output
  cp "$WORK/$1.version" "$SITE/$VERSION_FILE"
  "$BIN" build --site "$SITE" --output "$2" --today "$TODAY" >/dev/null
}

start=$(date +%s%N)
build a "$WORK/ref-a"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
build b "$WORK/ref-b"
declare -A HASH
HASH[a]=$(manifest "$WORK/ref-a" "$WORK/ref-a.list")
HASH[b]=$(manifest "$WORK/ref-b" "$WORK/ref-b.list")
files=$(wc -l <"$WORK/ref-a.list")
[ "${HASH[a]}" != "${HASH[b]}" ] || { echo "kill-test: the two versions build the same site" >&2; exit 1; }
echo "kill-test: versions differ in $VERSION_FILE; $files files per build; a first build takes ${ms} ms; version a ${HASH[a]}, version b ${HASH[b]}"

build a "$OUT"
current=a
# Kill within the time a rebuild over an existing site takes (it also removes the previous site
# after the swap; with CHANGE=page it reuses pages), not a first build's into an empty folder.
start=$(date +%s%N)
build b "$OUT"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
build a "$OUT"
echo "kill-test: a rebuild over the existing site takes ${ms} ms"
old=0; new=0; finished=0; after_swap=0; failures=0; leftovers_seen=0
for round in $(seq 1 "$ROUNDS"); do
  next=$([ "$current" = a ] && echo b || echo a)
  if (( round % 2 )); then
    delay=$(( RANDOM * ms * 11 / 10 / 32768 ))
  else
    # 80% to 160%: a build after a kill first removes the staging folder the killed one left.
    delay=$(( ms * 80 / 100 + RANDOM * ms * 80 / 100 / 32768 ))
  fi
  cp "$WORK/$next.version" "$SITE/$VERSION_FILE"
  "$BIN" build --site "$SITE" --output "$OUT" --today "$TODAY" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?
  how=$([ "$status" -eq 137 ] && echo "killed at ${delay} ms" || echo "finished (status $status) before the kill at ${delay} ms")
  [ "$status" -eq 137 ] || finished=$((finished + 1))
  left=$(find "$WORK/out" -mindepth 1 -maxdepth 1 -name '.site.*' ! -name '.site.spare' ! -name '.site.lock' | wc -l)
  leftovers_seen=$((leftovers_seen + left))
  if [ ! -d "$OUT" ]; then
    echo "round $round: $how: FAIL: $OUT is missing"
    failures=$((failures + 1))
    continue
  fi
  hash=$(manifest "$OUT" "$WORK/out.list")
  if [ "$hash" = "${HASH[$current]}" ]; then
    verdict="complete previous build"; old=$((old + 1))
  elif [ "$hash" = "${HASH[$next]}" ]; then
    verdict="complete new build"; new=$((new + 1)); current=$next
    [ "$status" -ne 137 ] || after_swap=$((after_swap + 1))
  else
    verdict="FAIL: a mix ($(diff "$WORK/ref-$current.list" "$WORK/out.list" | grep -c '^[<>]') lines differ from the previous build)"
    failures=$((failures + 1))
  fi
  echo "round $round: $how: $verdict; $left leftover folder(s)"
done

# A normal build after all that: it succeeds, and nothing the killed builds left remains.
next=$([ "$current" = a ] && echo b || echo a)
build "$next" "$OUT"
[ "$(manifest "$OUT" "$WORK/out.list")" = "${HASH[$next]}" ] || { echo "final build: FAIL: wrong output"; failures=$((failures + 1)); }
remaining=$(find "$WORK/out" -mindepth 1 -maxdepth 1 -name '.site.*' ! -name '.site.spare' ! -name '.site.lock' | wc -l)
[ "$remaining" -eq 0 ] || { echo "final build: FAIL: $remaining leftover folder(s) remain"; failures=$((failures + 1)); }

killed=$((ROUNDS - finished))
echo "kill-test: $(date -u +%Y-%m-%d): $ROUNDS rounds on $files files (versions differ in $VERSION_FILE; rebuild ${ms} ms): $killed killed mid-build, $finished finished first;" \
  "output afterwards: $old x the complete previous build, $new x the complete new build ($after_swap of them killed after the swap), $failures failure(s);" \
  "leftover folders after kills: $leftovers_seen in total, $remaining after the next build"
[ "$failures" -eq 0 ]
