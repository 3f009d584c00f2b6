"""Live reload in a real browser: `trustsite serve` on a copy of a site, a page open in headless
Chromium, then edits to a content file. The page must reload by itself and show the new text.

Reports the time from saving the file to the reloaded page's DOMContentLoaded, median of N edits.

    python Tests/audit/live_reload.py --binary .build/release/trustsite --site . --edits 20
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402


def start_preview(binary: str, site: Path) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen(
        [binary, "serve", "--site", str(site), "--port", "0", "--today", "2026-11-22"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline() if process.stdout else ""
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        raise SystemExit(f"live-reload: the preview did not start: {line!r}")
    return process, int(match.group(1))


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def pick_page(site: Path) -> tuple[Path, str]:
    """A free page to edit: the first Markdown file under content/pages/, and its address."""
    pages = sorted((site / "content" / "pages").rglob("*.md"))
    if not pages:
        raise SystemExit("live-reload: the site has no content/pages/*.md to edit")
    page = pages[0]
    relative = page.relative_to(site / "content" / "pages").with_suffix("")
    url = "/" if str(relative) == "index" else f"/{relative}/".replace("/index/", "/")
    return page, url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", default=".build/release/trustsite")
    parser.add_argument("--site", default=".", help="site folder to copy (it is never changed)")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="trustsite-reload-"))
    source = Path(args.site)
    for name in ("trustsite.yml", "content", "templates"):
        if (source / name).is_dir():
            shutil.copytree(source / name, work / name)
        elif (source / name).exists():
            shutil.copy(source / name, work / name)
    process, port = start_preview(args.binary, work)
    driver = browser()
    latencies: list[float] = []
    try:
        page, url = pick_page(work)
        original = page.read_text(encoding="utf-8")
        driver.get(f"http://127.0.0.1:{port}{url}")
        time.sleep(0.5)  # let the page's live-reload socket connect
        for edit in range(args.edits):
            marker = f"Reload check {edit} {time.time_ns()}"
            driver.execute_script("window.__beforeReload = true;")
            saved = time.time()
            page.write_text(original + f"\n\n{marker}\n", encoding="utf-8")
            deadline = saved + 10
            while time.time() < deadline:
                state = driver.execute_script(
                    "return window.__beforeReload ? null : "
                    "[document.body.innerText, performance.timing.domContentLoadedEventEnd];")
                if state and state[1] and marker in state[0]:
                    latencies.append(state[1] / 1000 - saved)
                    break
                time.sleep(0.005)
            else:
                print(f"live-reload: FAILED: the page {url} did not reload with the edit within 10 s")
                print("0 passed, 1 failed")
                return 1
            time.sleep(0.3)
        median = statistics.median(latencies) * 1000
        print(f"live-reload: {url} reloaded by itself after each of {args.edits} edits; "
              f"save to reloaded page: median {median:.0f} ms, min {min(latencies) * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")
        print("1 passed, 0 failed")
        return 0
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
