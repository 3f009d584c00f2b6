#!/usr/bin/env python3
"""Prints the example site's two PDFs with headless Chromium (tagged, titled, language set).

- content/plan/signed-off-plan-2025-2028.pdf: the whole plan page of the built example
  (build it first: `swift run trustsite build`), served from site/ on 127.0.0.1 for the print.
- content/plan/easy-read-plan-2025-2028.pdf: the Easy Read leaflet,
  scripts/example-media/easy-read-plan.html, with its pictures.

Chromium writes the PDF's title from the page's <title> and its language from <html lang>,
tags its structure (headings, lists, pictures with their alt text) and sets DisplayDocTitle.
Run from the repository root: python3 scripts/make_example_pdfs.py
"""

import functools
import http.server
import pathlib
import subprocess
import sys
import tempfile
import threading

ROOT = pathlib.Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
PLAN = ROOT / "content" / "plan"
LEAFLET = ROOT / "scripts" / "example-media" / "easy-read-plan.html"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site without a line per request."""

    def log_message(self, format, *args):
        pass


def print_to_pdf(address: str, out: pathlib.Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", address],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    print(out.relative_to(ROOT), out.stat().st_size, "bytes")


def main() -> None:
    if not (SITE / "plan" / "whole" / "index.html").exists():
        sys.exit("site/plan/whole/index.html is missing: build the example first (swift run trustsite build).")
    handler = functools.partial(QuietHandler, directory=str(SITE))
    # Only this machine can reach the server, and only while the plan prints.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        print_to_pdf(f"http://127.0.0.1:{port}/plan/whole/", PLAN / "signed-off-plan-2025-2028.pdf")
    finally:
        server.shutdown()
    print_to_pdf(LEAFLET.as_uri(), PLAN / "easy-read-plan-2025-2028.pdf")


if __name__ == "__main__":
    main()
