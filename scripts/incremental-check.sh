#!/usr/bin/env bash
# A build that reuses pages through the build cache must write exactly what a clean build writes.
# For every Markdown file of the example site, in a copy: add a sentence to its text, rebuild with
# the cache, build the same input clean into another folder, compare every file; then the same with
# its description, its title and its `updated:` date changed; then a file beside the content and a
# static/ file added, changed and removed, and an image added, replaced by one of other dimensions
# and removed. (Run by `make test`; README: How a build publishes.)
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGES=$(pwd)/Tests/Fixtures/images

TODAY=${TODAY:-2026-11-22}
BIN=$(readlink -f "${TRUSTSITE:-.build/release/trustsite}")
[ -x "$BIN" ] || { echo "incremental-check: $BIN not built (make build)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-incremental.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/site"
cp -r trustsite.yml content "$WORK/site/"
[ -d templates ] && cp -r templates "$WORK/site/"
cd "$WORK/site"
"$BIN" build --today "$TODAY" >/dev/null

checked=0
reused=0
failures=0
# Rebuilds with the cache, builds clean into another folder, and compares every file.
compare() {
  line=$("$BIN" build --today "$TODAY" | tail -n 1)
  rm -rf "$WORK/clean"
  "$BIN" build --today "$TODAY" --clean --output "$WORK/clean" >/dev/null
  checked=$((checked + 1))
  case "$line" in *unchanged*) reused=$((reused + 1)) ;; esac
  if ! diff -r site "$WORK/clean" >"$WORK/diff" 2>&1; then
    failures=$((failures + 1))
    echo "incremental-check: FAILED after $1: $line" >&2
    head -n 5 "$WORK/diff" >&2
  fi
}

while IFS= read -r file; do
  for kind in text description title date; do
    case "$kind" in
      text) printf '\nA sentence added by the incremental check to %s.\n' "$file" >>"$file" ;;
      description)
        grep -q '^description:' "$file" || continue
        sed -i '0,/^description:/s/^description: .*/description: Changed by the incremental check./' "$file" ;;
      title)
        grep -q '^title:' "$file" || continue
        sed -i '0,/^title:/s/^title: \(.*\)$/title: \1 (changed)/' "$file" ;;
      date)
        # A later date than any in the example: pages that show the newest date change too.
        grep -q '^updated:' "$file" || continue
        sed -i '0,/^updated:/s/^updated: .*/updated: 2026-11-20/' "$file" ;;
    esac
    compare "changing the $kind of $file"
  done
done < <(find content -name '*.md' | sort)

# Files published as they are: one beside the content added, changed and removed, and a static/ folder.
for step in add change remove static-add static-change static-remove image-add image-resize image-remove; do
  case "$step" in
    add)
      printf 'member,meetings\nChair,6\n' >content/board/attendance.csv
      printf '\n[Board attendance (CSV)](/board/attendance.csv)\n' >>content/board/index.md ;;
    change) printf 'member,meetings\nChair,5\n' >content/board/attendance.csv ;;
    remove) rm content/board/attendance.csv && sed -i '/attendance.csv/d' content/board/index.md ;;
    static-add) mkdir -p static && printf 'icon' >static/favicon.ico ;;
    static-change) printf 'another icon' >static/favicon.ico ;;
    static-remove) rm -r static ;;
    image-add)
      cp "$IMAGES/phone-photo.jpg" content/board/photo.jpg
      printf '\n![The Board at its May meeting](/board/photo.jpg)\n' >>content/board/index.md ;;
    image-resize) cp "$IMAGES/small-photo.jpg" content/board/photo.jpg ;;
    image-remove) rm content/board/photo.jpg && sed -i '/photo.jpg/d' content/board/index.md ;;
  esac
  compare "the file step '$step'"
done

echo "incremental-check: $checked edits, $reused of them rebuilt with pages reused, $failures different from a clean build"
[ "$failures" -eq 0 ] && [ "$reused" -gt 0 ]
