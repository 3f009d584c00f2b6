#!/usr/bin/env python3
"""Audit a built static site: HTML validity, accessibility (axe-core) and browser checks.

    python Tests/audit/audit.py site/ [--only PATH ...] [--skip-validator] [--skip-browser]

For every *.html page under the site folder:
  - the Nu HTML Checker (vnu.jar) reports no errors (one run over all files);
  - axe-core reports no violations for WCAG 2.0/2.1/2.2 A+AA and best-practice rules;
  - browser checks in headless Chromium:
      skip-link       the first Tab focuses a visible skip link; Enter moves focus into <main>
      focus-visible   focusable elements look different when focused (up to 40 sampled per page)
      text-200        at 200% text size: no horizontal page scroll, no clipped text
      reflow-320      at 320 CSS px width: no horizontal page scroll, no clipped text (WCAG 1.4.10)
      print-nav       in print, navigation and the skip link are hidden
      print-link-url  in print, external links in <main> show their URL after the link
      no-js           with JavaScript disabled, <main> renders with a non-empty <h1>

The site is served over HTTP on 127.0.0.1 (see siteserver.py). Prints each failure, a summary
line, and a final "N passed, M failed" line (pages). Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from findings import AXE, BROWSER, VALIDATOR, Finding  # noqa: E402
from siteserver import SiteServer  # noqa: E402
from validator import Validator  # noqa: E402


def discover_pages(site: Path, only: list[str]) -> list[str]:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.is_file())
    if not only:
        return pages
    wanted = []
    for raw in only:
        sel = raw.strip().lstrip("/")
        if sel.startswith(site.as_posix().rstrip("/") + "/"):
            sel = sel[len(site.as_posix().rstrip("/")) + 1 :]
        if sel in ("", "."):
            return pages
        if sel.endswith("/") or (site / sel).is_dir():
            prefix = sel.rstrip("/") + "/"
            matched = [p for p in pages if p.startswith(prefix)]
        else:
            matched = [p for p in pages if p == sel]
        if not matched:
            raise SystemExit(f"audit: --only {raw}: no such page under {site}")
        wanted += [p for p in matched if p not in wanted]
    return wanted


def url_path(page: str) -> str:
    if page == "index.html":
        return "/"
    if page.endswith("/index.html"):
        return "/" + quote(page[: -len("index.html")])
    return "/" + quote(page)


def print_finding(f: Finding) -> None:
    label = f"{f.kind}:{f.rule}" + (f" ({f.impact})" if f.impact else "")
    print(f"FAIL {f.page}  {label}")
    if f.target:
        print(f"     at:   {f.target}")
    if f.html:
        html = f.html.replace("\n", " ")
        print(f"     html: {html[:200] + '...' if len(html) > 200 else html}")
    print(f"     {f.message}")
    if f.help:
        print(f"     help: {f.help}")


MAX_BROWSER_RESTARTS = 3


def run_browser(site: Path, pages: list[str], by_page: dict[str, list[Finding]]) -> None:
    """axe and the browser checks, one Chromium session for all pages (restarted if it dies)."""
    from browser import BrowserAuditor, browser_finding  # here, so --skip-browser works without selenium
    from selenium.common.exceptions import WebDriverException

    with SiteServer(site) as server:
        auditor = None
        restarts = 0
        axe_version = ""
        try:
            for page in pages:
                t0 = time.monotonic()
                try:
                    if auditor is None:
                        auditor = BrowserAuditor(server.base_url)
                    found = auditor.audit_page(page, url_path(page))
                    found += auditor.audit_page_without_js(page, url_path(page))
                    axe_version = auditor.axe_version or axe_version
                except (WebDriverException, RuntimeError) as err:
                    text = (getattr(err, "msg", None) or str(err) or type(err).__name__).strip().splitlines()
                    found = [browser_finding(page, "harness-error", f"browser failed on this page (restarting it): "
                                                   f"{text[0] if text else err!r}")]
                    if auditor is not None:
                        auditor.close()
                        auditor = None
                    restarts += 1
                    if restarts > MAX_BROWSER_RESTARTS:
                        for rest in pages[pages.index(page) + 1 :]:
                            by_page[rest].append(browser_finding(rest, "harness-error", "not checked: the browser "
                                                                 "failed too often"))
                        by_page[page] += found
                        break
                by_page[page] += found
                status = "ok" if not found else f"{len(found)} problem(s)"
                print(f"  {page}: {status} ({time.monotonic() - t0:.1f}s)", flush=True)
        finally:
            if auditor is not None:
                auditor.close()
    if axe_version:
        print(f"  (axe-core {axe_version})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("site", type=Path, help="the built site folder (e.g. site/)")
    parser.add_argument("--only", action="append", default=[], metavar="PATH",
                        help="audit only this page or folder (relative to the site; repeatable)")
    parser.add_argument("--skip-validator", action="store_true", help="do not run the Nu HTML Checker")
    parser.add_argument("--skip-browser", action="store_true", help="do not run axe or the browser checks")
    args = parser.parse_args(argv)

    site: Path = args.site
    if not site.is_dir():
        print(f"audit: {site} is not a folder", file=sys.stderr)
        return 2
    pages = discover_pages(site, args.only)
    if not pages:
        print(f"audit: no *.html pages under {site}", file=sys.stderr)
        print("Audit: 0 pages audited, 0 axe violations, 0 validator errors, 0 browser-check failures")
        print("0 passed, 1 failed")
        return 1

    started = time.monotonic()
    print(f"Auditing {len(pages)} pages in {site}")
    # The validator runs in the background (a JVM) while the browser works.
    validator = None if args.skip_validator else Validator(site, pages)
    by_page: dict[str, list[Finding]] = defaultdict(list)

    if not args.skip_browser:
        run_browser(site, pages, by_page)

    if validator is not None:
        for f in validator.results():
            by_page[f.page].append(f)

    all_findings = [f for page in by_page for f in by_page[page]]
    if all_findings:
        print()
    for page in sorted(by_page, key=lambda p: (p not in pages, p)):
        for f in by_page[page]:
            print_finding(f)

    count = {kind: sum(1 for f in all_findings if f.kind == kind) for kind in (AXE, VALIDATOR, BROWSER)}
    failed_pages = {f.page for f in all_findings}
    passed = sum(1 for p in pages if p not in failed_pages)
    failed = len(pages) - passed + len(failed_pages - set(pages))  # "-": findings not tied to a page
    print()
    print(f"({time.monotonic() - started:.1f}s)")
    print(f"Audit: {len(pages)} pages audited, {count[AXE]} axe violations, "
          f"{count[VALIDATOR]} validator errors, {count[BROWSER]} browser-check failures")
    print(f"{passed} passed, {failed} failed")
    return 1 if all_findings else 0


if __name__ == "__main__":
    sys.exit(main())
