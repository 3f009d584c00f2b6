#!/usr/bin/env bash
# Builds the example site, and the example with each corpus shape, with trustsite at a given git
# revision and with the working tree, and compares the outputs byte for byte: a speed change must
# never change what a build writes (issue 17).
#
#   bash bench/compare-output.sh REV            # e.g. HEAD~3, main, a commit id
#   PAGES=1000 bash bench/compare-output.sh REV # corpus size (default 300)
#   NEW=path/to/trustsite bash bench/compare-output.sh REV   # use this binary for the working tree
#   OLD=path/to/trustsite bash bench/compare-output.sh REV   # use this binary for REV (no build)
#
# Exits 0 when every output is the same, 1 on any difference (diff -r lists them), 2 on a failed build.
set -euo pipefail

rev=${1:?usage: bash bench/compare-output.sh REV}
pages=${PAGES:-300}
today=${TODAY:-2026-11-22}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-compare.XXXXXX")
keep=${KEEP:-0}
cleanup() { if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

commit=$(git -C "$root" rev-parse --verify "$rev^{commit}")
echo "comparing $rev ($commit) with the working tree; corpus $pages pages; work in $work"

# The binary at REV, built from a clean export so nothing in the working tree leaks into it.
old=${OLD:-}
if [ -z "$old" ]; then
    mkdir -p "$work/src"
    git -C "$root" archive "$commit" | tar -x -C "$work/src"
    # Reuse the resolved dependencies so the export needs no network.
    if [ -d "$root/.build/checkouts" ] && [ ! -e "$work/src/.build" ]; then
        mkdir -p "$work/src/.build"
        cp -a "$root/.build/checkouts" "$root/.build/repositories" "$work/src/.build/" 2>/dev/null || true
        [ -f "$root/.build/workspace-state.json" ] && cp "$root/.build/workspace-state.json" "$work/src/.build/"
    fi
    echo "building $rev (release)..."
    (cd "$work/src" && swift build -c release --product trustsite >"$work/old-build.log" 2>&1) ||
        { tail -20 "$work/old-build.log"; exit 2; }
    old="$work/src/.build/release/trustsite"
fi

new=${NEW:-}
if [ -z "$new" ]; then
    echo "building the working tree (release)..."
    (cd "$root" && swift build -c release --product trustsite >"$work/new-build.log" 2>&1) ||
        { tail -20 "$work/new-build.log"; exit 2; }
    new="$root/.build/release/trustsite"
fi

# Sites: the example as it is in the working tree, and the example with each corpus shape under
# content/pages/bench/ (as bench.py lays out trustsite-S-N). Both binaries build the same inputs.
make_site() { # name [shape]
    local site="$work/sites/$1"
    mkdir -p "$site"
    cp "$root/trustsite.yml" "$site/"
    for dir in content static templates; do
        [ -d "$root/$dir" ] && cp -a "$root/$dir" "$site/"
    done
    if [ -n "${2:-}" ]; then
        python3 "$root/bench/gen_corpus.py" --shape "$2" --count "$pages" --out "$work/corpus-$2" >/dev/null 2>&1
        cp -a "$work/corpus-$2" "$site/content/pages/bench"
    fi
}
make_site example
make_site plan plan
make_site sections sections

status=0
for name in example plan sections; do
    for side in old new; do
        binary=$old
        [ "$side" = new ] && binary=$new
        out="$work/out/$name-$side"
        mkdir -p "$work/out"
        # The sections corpus warns (unknown front matter keys, h1 in the body), so no --strict.
        if ! "$binary" build --site "$work/sites/$name" --output "$out" --today "$today" \
            >"$work/$name-$side.log" 2>&1; then
            echo "$name: the $side build failed:"; tail -20 "$work/$name-$side.log"; exit 2
        fi
    done
    if diff -r "$work/out/$name-old" "$work/out/$name-new" >"$work/$name.diff"; then
        echo "$name: same ($(find "$work/out/$name-new" -type f | wc -l) files)"
    else
        echo "$name: DIFFERENT"; head -40 "$work/$name.diff"; status=1
    fi
    # The summary line gives the build's time and the output folder; neither is output.
    for side in old new; do
        sed -E -e 's/ in [0-9.]+ m?s/ in (time)/' -e "s|$work/out/$name-$side|(output)|g" \
            "$work/$name-$side.log" >"$work/$name-$side.messages"
    done
    if ! diff "$work/$name-old.messages" "$work/$name-new.messages" >/dev/null; then
        echo "$name: the builds' messages differ:"
        diff "$work/$name-old.messages" "$work/$name-new.messages" | head -20
        status=1
    fi
done
exit $status
