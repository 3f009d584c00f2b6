"""Site search in a real browser, by keyboard: typing "mental health" on /search/ lists the
mental health priority and services, announces the count, and Down arrow reaches the results.
Also reports how much of the index the query downloaded.

    python Tests/audit/search_check.py site/ ["mental health"] [expected-path ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, str(Path(__file__).parent))
from live_reload import browser  # noqa: E402
from siteserver import SiteServer  # noqa: E402


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    query = sys.argv[2] if len(sys.argv) > 2 else "mental health"
    expected = sys.argv[3:] or ["/plan/priorities/p1-mental-health/", "/offer/childrens-mental-health-service/"]
    failures: list[str] = []
    with SiteServer(site) as server:
        driver = browser()
        try:
            driver.get(server.base_url + "/search/")
            box = driver.find_element(By.ID, "search-query")
            box.click()
            box.send_keys(query)
            deadline = time.time() + 10
            links: list[str] = []
            while time.time() < deadline:
                links = [a.get_attribute("pathname") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
                if links:
                    break
                time.sleep(0.05)
            status = driver.find_element(By.ID, "search-status").text
            for path in expected:
                if path not in links[:10]:
                    failures.append(f"{path} is not in the first 10 results for {query!r}: {links[:10]}")
            if "found for" not in status:
                failures.append(f"the status line says {status!r}")
            if not driver.find_elements(By.CSS_SELECTOR, "#search-results mark"):
                failures.append("no matched word is highlighted")
            box.send_keys(Keys.ARROW_DOWN)
            focused = driver.switch_to.active_element.get_attribute("pathname")
            if not links or focused != links[0]:
                failures.append(f"Down arrow did not move focus to the first result (focus: {focused})")
            downloaded = driver.execute_script(
                "return performance.getEntriesByType('resource').filter(r => r.name.includes('/search/') "
                "&& r.name.endsWith('.json')).reduce((t, r) => t + (r.encodedBodySize || r.transferSize || 0), 0);")
            print(f"search: {query!r}: {len(links)} results shown, status {status!r}; "
                  f"index downloaded for this query: {downloaded / 1024:.1f} KiB")
        finally:
            driver.quit()
    for failure in failures:
        print(f"search: FAILED: {failure}")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
