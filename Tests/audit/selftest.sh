#!/usr/bin/env bash
# Self-test of the audit harness: it must pass the good fixture and fail the broken one
# with the expected rule ids. A check that cannot fail proves nothing.
#
#   PYTHON=.venv/bin/python bash Tests/audit/selftest.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-python3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
failures=0
checks=0

fail() { echo "audit self-test: FAIL: $*"; failures=$((failures + 1)); }
pass() { checks=$((checks + 1)); }

# 1. The HTTP server: /x/ serves x/index.html, /x redirects, missing paths get 404.html with 404.
if "$python" - "$here" >"$out/server.log" 2>&1 <<'PY'
import sys, urllib.request, urllib.error
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from siteserver import SiteServer
with SiteServer(Path(sys.argv[1]) / "fixtures" / "good") as s:
    r = urllib.request.urlopen(s.base_url + "/about/")
    assert r.status == 200 and b"About this fixture" in r.read(), "/about/ did not serve about/index.html"
    r = urllib.request.urlopen(s.base_url + "/about")
    assert r.url.endswith("/about/"), f"/about did not redirect to /about/ ({r.url})"
    try:
        urllib.request.urlopen(s.base_url + "/no/such/page/")
        raise AssertionError("a missing page did not answer 404")
    except urllib.error.HTTPError as e:
        assert e.code == 404, f"missing page answered {e.code}"
        assert b"Page not found" in e.read(), "missing page did not serve 404.html"
PY
then pass; else fail "site server"; cat "$out/server.log"; fi

# 2. The good fixture passes everything.
if "$python" "$here/audit.py" "$here/fixtures/good" >"$out/good.log" 2>&1; then
    pass
    grep -qx '3 passed, 0 failed' "$out/good.log" && pass || fail "good fixture: unexpected closing line"
else
    fail "the good fixture did not pass the audit:"
    cat "$out/good.log"
fi

# 3. The broken fixture fails, with each expected check on the expected page.
if "$python" "$here/audit.py" "$here/fixtures/broken" >"$out/broken.log" 2>&1; then
    fail "the broken fixture passed the audit (exit 0)"
else
    pass
fi
expect() { # page check
    if grep -q "^FAIL $1  $2\( (.*\)\?$" "$out/broken.log"; then pass; else fail "broken fixture: expected $2 on $1"; fi
}
expect index.html axe:image-alt
expect index.html axe:heading-order
expect index.html axe:color-contrast
expect index.html browser:skip-link
expect index.html browser:focus-visible
expect index.html browser:print-nav
expect index.html validator:error
expect layout/index.html browser:skip-link
expect layout/index.html browser:reflow-320
expect layout/index.html browser:text-200
expect layout/index.html browser:text-200-clipped
expect layout/index.html browser:print-link-url
expect layout/index.html validator:error
expect nojs/index.html browser:no-js
grep -qx '0 passed, 3 failed' "$out/broken.log" && pass || fail "broken fixture: unexpected closing line"
if grep -q 'harness-error' "$out/good.log" "$out/broken.log"; then fail "a check could not run (harness-error)"; else pass; fi

if [ "$failures" -ne 0 ]; then
    echo "--- audit of the broken fixture ---"
    cat "$out/broken.log"
    echo "audit self-test: $failures assertion(s) failed, $checks passed"
    exit 1
fi
echo "audit self-test: all $checks assertions passed (good fixture passes, broken fixture fails as expected)"
