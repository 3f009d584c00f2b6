#!/usr/bin/env bash
# Benchmark trustsite against Hugo and raw cmark-gfm (see bench/README.md).
#
#   bench/run.sh                       sizes 100, 1000 and 10000 pages
#   SIZES="100 1000" RUNS=3 bench/run.sh
#
# Installs what it needs if it is missing (Debian packages: hugo, cmark-gfm, GNU time), builds the
# release trustsite binary if there is none, then runs bench/bench.py, which prints the tables and
# writes bench/results-<date>.md.
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

export TRUSTSITE="${TRUSTSITE:-$root/.build/release/trustsite}"
if [ ! -x "$TRUSTSITE" ]; then
  swift build -c release --product trustsite
fi

exec python3 "$here/bench.py"
