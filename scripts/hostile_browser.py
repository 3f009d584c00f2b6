#!/usr/bin/env python3
"""Builds Tests/Fixtures/hostile and loads every built page in headless Chromium: no injected
script may run. (make hostile-browser; part of make test.)

    .venv/bin/python scripts/hostile_browser.py --binary .build/release/trustsite

The fixture's payloads, if they ever ran, set `window.__pwned`, change `document.title` to
PWNED, or call alert(). Before any page's own scripts, a script added through the DevTools
protocol (Page.addScriptToEvaluateOnNewDocument) replaces alert, confirm and prompt with functions
that record the call. Each page is loaded from a local server on 127.0.0.1 and given time for
images to fail (onerror) and the theme's scripts to run; the search page is also asked for the
hostile words, so its results (built from the hostile titles) are drawn too.

A control page with real injections is served alongside: the check must catch it, or a pass would
prove nothing.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TRAP = """
window.__pwned = window.__pwned || 0;
window.__calls = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = function () { window.__calls.push(name + "(" + Array.from(arguments).join(",") + ")"); };
}
"""
CONTROL = """<!doctype html><html lang="en"><head><title>Control</title></head><body>
<img src="missing.png" onerror="window.__pwned=1" alt="">
<script>alert("control")</script></body></html>"""
SEARCH_WORDS = ["script", "pwned", "onerror", "img", "svg", "hyperlink", "cmd", "fernlow", "passwd"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    return driver


def verdict(driver: webdriver.Chrome) -> list[str]:
    """What ran on the page now open: nothing, or a list of the signs."""
    state = driver.execute_script(
        "return [window.__pwned || 0, document.title, window.__calls || null];")
    pwned, title, calls = state
    signs = []
    if pwned:
        signs.append(f"window.__pwned = {pwned}")
    if (title or "").strip() == "PWNED":
        signs.append(f"document.title = {title!r}")
    if calls is None:
        signs.append("the trap was not installed (window.__calls missing)")
    elif calls:
        signs.append("called " + ", ".join(calls))
    return signs


def wait_loaded(driver: webdriver.Chrome, settle: float) -> None:
    deadline = time.time() + 10
    while time.time() < deadline and driver.execute_script("return document.readyState") != "complete":
        time.sleep(0.02)
    time.sleep(settle)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/release/trustsite"))
    parser.add_argument("--fixture", default=str(ROOT / "Tests/Fixtures/hostile"))
    parser.add_argument("--settle", type=float, default=0.15, help="seconds to wait after each load")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="trustsite-hostile-"))
    try:
        site = work / "site-src"
        shutil.copytree(args.fixture, site)
        output = work / "published"
        built = subprocess.run([args.binary, "build", "--site", str(site), "--output", str(output), "--today", "2026-11-22"],
                               capture_output=True, text=True)
        if built.returncode != 0:
            print(f"hostile-browser: FAILED: the hostile fixture did not build:\n{built.stderr}")
            return 1
        (output / "__control.html").write_text(CONTROL, encoding="utf-8")
        pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html") if p.name != "__control.html")
        server, port = serve(output)
        driver = browser()
        failures: list[str] = []
        try:
            base = f"http://127.0.0.1:{port}/"
            driver.get(base + "__control.html")
            wait_loaded(driver, args.settle)
            if not verdict(driver):
                print("hostile-browser: FAILED: the control page's injections were not detected; the check is broken")
                return 1
            for page in pages:
                url = base + (page[: -len("index.html")] if page.endswith("index.html") else page)
                driver.get(url)
                wait_loaded(driver, args.settle)
                for sign in verdict(driver):
                    failures.append(f"{url}: {sign}")
            searches = 0
            results = 0
            if (output / "search" / "index.html").exists():
                for word in SEARCH_WORDS:
                    driver.get(f"{base}search/?q={word}")
                    deadline = time.time() + 5
                    while time.time() < deadline and not driver.execute_script(
                            "var s = document.getElementById('search-status'); return s && s.textContent;"):
                        time.sleep(0.05)
                    time.sleep(args.settle)
                    searches += 1
                    results += driver.execute_script("return document.querySelectorAll('#search-results li').length;")
                    for sign in verdict(driver):
                        failures.append(f"search for {word!r}: {sign}")
        finally:
            driver.quit()
            server.shutdown()
        if searches and not results:
            failures.append("the searches drew no results, so the search page's drawing of hostile titles was not tried")
        if failures:
            print("hostile-browser: FAILED: injected script ran:")
            for failure in failures:
                print("  " + failure)
            print(f"0 passed, {len(failures)} failed")
            return 1
        print(f"hostile-browser: {len(pages)} pages of the hostile fixture and {searches} searches ({results} results drawn) in Chromium: "
              "no injected script ran (the control page's injections were caught)")
        print("1 passed, 0 failed")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
