#!/usr/bin/env bash
# Determinism over a generated 1,000-page site: the same input, copied to two folders (the second
# written in reverse order, a second later, so file times and directory order differ), built with
# the date pinned, in another time zone and locale, must give byte-identical output. (README:
# Reliability; the test suite checks the example site the same way.)
#
#   scripts/determinism.sh            PAGES=1000
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=${PAGES:-1000}
BIN=${TRUSTSITE:-.build/release/trustsite}
[ -x "$BIN" ] || swift build -c release --product trustsite >/dev/null
BIN=$(readlink -f "$BIN")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-determinism.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

python3 scripts/corpus_site.py --pages "$PAGES" --out "$WORK/a"
sleep 1
# The same files, created in reverse order (so the directory lists them differently) a second later.
mkdir -p "$WORK/b"
(cd "$WORK/a" && find . -type d | sort) | (cd "$WORK/b" && xargs mkdir -p)
(cd "$WORK/a" && find . -type f | sort -r) | while read -r f; do cp "$WORK/a/$f" "$WORK/b/$f"; done

TZ=UTC LC_ALL=C.UTF-8 "$BIN" build --site "$WORK/a" --output "$WORK/out-a" --today 2026-11-22 >/dev/null
sleep 1
TZ=Pacific/Kiritimati LANG=en_GB.UTF-8 LC_ALL= "$BIN" build --site "$WORK/b" --output "$WORK/elsewhere/out-b" --today 2026-11-22 >/dev/null

manifest() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
manifest "$WORK/out-a" >"$WORK/a.list"
manifest "$WORK/elsewhere/out-b" >"$WORK/b.list"
files=$(wc -l <"$WORK/a.list")
if cmp -s "$WORK/a.list" "$WORK/b.list"; then
  echo "determinism: $(date -u +%Y-%m-%d): $files files from $PAGES generated pages plus the example site: byte-identical across two folders, file orders, times, time zones and locales"
else
  echo "determinism: FAIL: these files differ:" >&2
  diff "$WORK/a.list" "$WORK/b.list" | grep '^[<>]' | head -n 20 >&2
  exit 1
fi
