#!/usr/bin/env bash
# Benchmark trustsite against Hugo and raw cmark-gfm (see bench/README.md).
#
#   bench/run.sh                       sizes 100, 1000 and 10000 pages
#   SIZES="100 1000" RUNS=3 bench/run.sh
#
#   TRUSTSITE_REV=HEAD bench/run.sh    measure a commit, not the working tree (see below)
#   bench/run.sh scale                 the scaling run instead (bench/scale.py: 1,000 to 16,000 pages)
#
# Installs what it needs if it is missing (Debian packages: hugo, cmark-gfm, GNU time), builds the
# release trustsite binary, then runs bench/bench.py, which prints the tables and writes
# bench/results-<date>.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cd "$root"

# Use sudo only when we are not root and sudo exists.
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi

# Install the Debian packages named in $want that are not installed yet (as the Makefile's APT_ENSURE).
want="hugo cmark-gfm time python3"
missing=""
for p in $want; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "apt: installing$missing"
  log=$(mktemp)
  if ! { $SUDO apt-get update -qq &&
         $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing;
       } >"$log" 2>&1; then
    cat "$log"; rm -f "$log"; echo "apt: install failed" >&2; exit 1
  fi
  rm -f "$log"
fi

# Which trustsite to measure:
#   default           the working tree, built with `swift build -c release` (a no-op when up to date)
#   TRUSTSITE_REV=X   commit X, exported with `git archive` into bench/work/src/ and built
#                     there: other work in progress in the tree does not change what is measured.
#                     The example site (trustsite.yml, content/, templates/) is taken from X too.
#   TRUSTSITE=path    a binary built elsewhere (the example site comes from the working tree)
if [ -n "${TRUSTSITE_REV:-}" ]; then
  rev=$(git rev-parse --verify --short=12 "$TRUSTSITE_REV^{commit}")
  src="$here/work/src"
  if [ "$(cat "$src/.bench-rev" 2>/dev/null)" != "$rev" ] || [ ! -x "$src/.build/release/trustsite" ]; then
    # Replace the exported sources but keep .build/, so a new commit builds incrementally.
    mkdir -p "$src"
    find "$src" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
    git archive "$rev" | tar -x -C "$src"
    # Dependency versions as resolved in the working tree (Package.resolved is not committed).
    if [ -f Package.resolved ] && [ ! -f "$src/Package.resolved" ]; then cp Package.resolved "$src/"; fi
    echo "bench: building trustsite $rev in ${src#$root/}/"
    (cd "$src" && swift build -c release --product trustsite)
    echo "$rev" >"$src/.bench-rev"
  fi
  export TRUSTSITE="$src/.build/release/trustsite" EXAMPLE_SITE="$src" TRUSTSITE_VERSION="commit $rev"
elif [ -z "${TRUSTSITE:-}" ]; then
  swift build -c release --product trustsite
  export TRUSTSITE="$root/.build/release/trustsite"
fi

if [ "${1:-}" = scale ]; then exec python3 "$here/scale.py"; fi
exec python3 "$here/bench.py"
