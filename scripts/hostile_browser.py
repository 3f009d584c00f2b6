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

Every page is also scanned for what the theme never writes: an event-handler attribute, a
`javascript:` address, or a script element holding a payload, so a breakout that would only run on
a mouse or focus event fails too. Two control pages are served alongside, one whose script runs
and one that only the scan can see: the check must catch both, or a pass would prove nothing.

scripts/hostile_sweep.py (run next by make hostile-browser) uses the trap, the scan, the server and
check_in_frames from here.
"""

from __future__ import annotations

import argparse
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
# Nothing here runs by itself: only the page scan (SCAN) can find it.
CONTROL_SCAN = """<!doctype html><html lang="en"><head><title>Control</title></head><body>
<p title="" onmouseover="alert(1)">hover</p><a href=" java&#9;script:alert(1)">link</a></body></html>"""
SEARCH_WORDS = ["script", "pwned", "onerror", "img", "svg", "hyperlink", "cmd", "fernlow", "passwd"]


# What the page holds that the theme never writes: an event-handler attribute, a `javascript:`
# address, or a script element with a payload in it. Found even when nothing would make it run
# without a person (onmouseover), so an attribute breakout fails the check whatever its payload.
SCAN_FUNCTION = r"""function (document) {
  var signs = [];
  var all = document.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    for (var j = 0; j < el.attributes.length; j++) {
      var a = el.attributes[j];
      var name = a.name.toLowerCase();
      var address = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.indexOf('on') === 0) {
        signs.push('event handler <' + el.localName + ' ' + a.name + '=' + JSON.stringify(a.value.slice(0, 60)) + '>');
      } else if (/^(href|src|action|formaction|xlink:href|data|poster)$/.test(name) && address.indexOf('javascript:') === 0) {
        signs.push('script address <' + el.localName + ' ' + a.name + '=' + JSON.stringify(a.value.slice(0, 60)) + '>');
      }
    }
    if (el.localName === 'script' && !/json/i.test(el.type) && /alert\(|__pwned/.test(el.textContent)) {
      signs.push('script element ' + JSON.stringify(el.textContent.slice(0, 60)));
    }
  }
  return signs;
}"""
SCAN = "return (" + SCAN_FUNCTION + ")(document);"

# Loads many pages at once, each in an iframe of one harness page on the same origin (the trap is
# added to every frame too), and returns for each address what ran or was found, and for a search
# page how many results it drew. A search page is read once its status line says something.
FRAMES = r"""
var urls = arguments[0], settle = arguments[1], searchWait = arguments[2], parallel = arguments[3], visible = arguments[4];
var done = arguments[arguments.length - 1];
var scan = """ + SCAN_FUNCTION + r""";
var results = {}, next = 0, left = urls.length;
function record(url, frame, forced) {
  if (results[url]) { return; }
  var signs = forced || [], drawn = 0;
  if (!forced) {
    try {
      var w = frame.contentWindow, d = frame.contentDocument;
      if (w.__pwned) { signs.push('window.__pwned = ' + w.__pwned); }
      if ((d.title || '').trim() === 'PWNED') { signs.push('document.title = PWNED'); }
      if (!w.__calls) { signs.push('the trap was not installed (window.__calls missing)'); }
      else if (w.__calls.length) { signs.push('called ' + w.__calls.join(', ')); }
      signs = signs.concat(scan(d));
      drawn = d.querySelectorAll('#search-results li').length;
    } catch (e) { signs.push('the page could not be read (did it navigate away?): ' + e); }
  }
  results[url] = {signs: signs, drawn: drawn};
  frame.remove();
  if (--left === 0) { done(results); } else { start(); }
}
function start() {
  if (next >= urls.length) { return; }
  var url = urls[next++];
  var frame = document.createElement('iframe');
  if (visible) { frame.width = 1280; frame.height = 900; } else { frame.style.display = 'none'; }
  var timer = setTimeout(function () { record(url, frame, ['the page did not load in 15 s']); }, 15000);
  frame.onload = function () {
    clearTimeout(timer);
    var began = Date.now();
    (function wait() {
      var ready = url.indexOf('?q=') < 0 || Date.now() - began > searchWait;
      try {
        var status = frame.contentDocument.getElementById('search-status');
        ready = ready || !!(status && status.textContent);
      } catch (e) { ready = true; }
      if (!ready) { setTimeout(wait, 20); return; }
      setTimeout(function () { record(url, frame, null); }, settle);
    })();
  };
  frame.src = url;
  document.body.appendChild(frame);
}
if (!urls.length) { done(results); }
for (var i = 0; i < parallel; i++) { start(); }
"""
HARNESS = "<!doctype html><html lang=en><head><title>Harness</title></head><body></body></html>"


def check_in_frames(driver: webdriver.Chrome, base: str, folder: Path, paths: list[str], settle: float,
                    parallel: int = 8, visible: bool = False) -> dict[str, dict]:
    """For each path (under `base`, served from `folder`): {"signs": [...], "drawn": n}. Frames are
    hidden unless `visible`: a third faster, and scripts, image errors and the page scan are the same
    (what only rendering would start, such as onfocus or an animation event, the scan finds)."""
    (folder / "__control-harness.html").write_text(HARNESS, encoding="utf-8")
    driver.get(base + "__control-harness.html")
    urls = list(dict.fromkeys(base + path for path in paths))
    found = driver.execute_async_script(FRAMES, urls, int(settle * 1000), 3000, parallel, visible)
    return {path: found[base + path] for path in paths}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder the server points at now (`server.folder`), never cached: one port serves
    one build after another."""

    def __init__(self, request, client_address, server):
        super().__init__(request, client_address, server, directory=str(server.folder))

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):  # noqa: D102
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    """A server on 127.0.0.1 for `folder`; set `server.folder` to serve another."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), QuietHandler)
    server.daemon_threads = True
    server.folder = folder
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(15)
    driver.set_script_timeout(120)
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
    return signs + driver.execute_script(SCAN)


def controls_missed(driver: webdriver.Chrome, base: str, folder: Path, settle: float) -> str | None:
    """Loads the two control pages from `folder` (served at `base`): None if the trap caught the
    first and the page scan the second, else what was missed."""
    (folder / "__control.html").write_text(CONTROL, encoding="utf-8")
    (folder / "__control-scan.html").write_text(CONTROL_SCAN, encoding="utf-8")
    driver.get(base + "__control.html")
    wait_loaded(driver, settle)
    if not any(sign.startswith(("window.__pwned", "called")) for sign in verdict(driver)):
        return "the control page's script ran and the trap did not see it"
    driver.get(base + "__control-scan.html")
    wait_loaded(driver, settle)
    found = verdict(driver)
    if not (any(s.startswith("event handler") for s in found) and any(s.startswith("script address") for s in found)):
        return f"the page scan missed the control page's event handler or javascript: address (found {found})"
    return None


def is_control(name: str) -> bool:
    return name.startswith("__control")


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
        pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
        server, port = serve(output)
        driver = browser()
        failures: list[str] = []
        try:
            base = f"http://127.0.0.1:{port}/"
            missed = controls_missed(driver, base, output, args.settle)
            if missed:
                print(f"hostile-browser: FAILED: {missed}; the check is broken")
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
