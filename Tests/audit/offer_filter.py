"""The local offer's filters in a real browser: they appear only with JavaScript, narrow the
services by age, kind of help and area, say how many are shown, and hide nothing without a choice.

    python Tests/audit/offer_filter.py site/
"""

from __future__ import annotations

import sys
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

sys.path.insert(0, str(Path(__file__).parent))
from live_reload import browser  # noqa: E402
from siteserver import SiteServer  # noqa: E402


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    failures: list[str] = []
    with SiteServer(site) as server:
        base = server.base_url
        driver = browser()
        try:
            driver.get(base + "/offer/")
            cards = driver.find_elements(By.CSS_SELECTOR, ".service-card")
            visible = lambda: [c for c in cards if c.is_displayed()]  # noqa: E731
            total = len(cards)
            status = driver.find_element(By.ID, "filter-count")
            if not driver.find_element(By.ID, "service-filters").is_displayed():
                failures.append("the filter form is not shown when JavaScript runs")
            if len(visible()) != total or status.text != f"Showing all {total} services.":
                failures.append(f"before any choice: {len(visible())} of {total} shown, status {status.text!r}")
            age = driver.find_element(By.ID, "filter-age")
            age.send_keys("2")
            by_age = len(visible())
            if not 0 < by_age < total:
                failures.append(f"age 2 shows {by_age} of {total} services")
            for card in visible():
                low, high = card.get_attribute("data-age-from"), card.get_attribute("data-age-to")
                if low and high and not int(low) <= 2 <= int(high):
                    failures.append(f"age 2 shows a service for ages {low} to {high}")
            if status.text != f"Showing {by_age} of {total} services.":
                failures.append(f"status says {status.text!r} with {by_age} shown")
            age.clear()
            # An older young person with SEND sees the services open to them up to `send_to`.
            age.send_keys("22")
            for card in visible():
                low = card.get_attribute("data-age-from")
                high = card.get_attribute("data-age-send-to") or card.get_attribute("data-age-to")
                if low and high and not int(low) <= 22 <= int(high):
                    failures.append(f"age 22 shows a service for ages {low} to {high}")
            with_send = [c for c in cards if c.get_attribute("data-age-send-to")]
            if any(int(c.get_attribute("data-age-send-to")) >= 22 and not c.is_displayed() for c in with_send):
                failures.append("age 22 hides a service open to young people with SEND up to that age")
            age.clear()
            outcome_select = Select(driver.find_element(By.ID, "filter-outcome"))
            outcomes = [o.get_attribute("value") for o in outcome_select.options if o.get_attribute("value")]
            # The options are the outcomes the site's services name: take stay-safe where a site has it.
            outcome = "stay-safe" if "stay-safe" in outcomes else outcomes[0]
            outcome_select.select_by_value(outcome)
            if not visible():
                failures.append(f"the outcome filter for {outcome} shows no service")
            for card in visible():
                if outcome not in (card.get_attribute("data-outcomes") or "").split():
                    failures.append("the outcome filter shows a service for another outcome")
            area_select = Select(driver.find_element(By.ID, "filter-area"))
            area = area_select.options[1].get_attribute("value")
            area_select.select_by_value(area)
            for card in visible():
                if area not in (card.get_attribute("data-areas") or "").split("|"):
                    failures.append(f"the area filter shows a service outside {area}")
        finally:
            driver.quit()
    for failure in failures:
        print(f"offer-filter: FAILED: {failure}")
    print("offer-filter: filters narrow the local offer by age, help and area" if not failures else "")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
