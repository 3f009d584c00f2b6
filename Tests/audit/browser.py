"""Headless Chromium checks: axe-core plus the keyboard, reflow, text-size, print and no-JS checks."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Callable

# Never let Selenium Manager try to download a driver or browser: we use Debian's.
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import InvalidSessionIdException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from findings import AXE, BROWSER, Finding  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTH, HEIGHT = 1280, 900
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
MAX_AXE_NODES = 10  # per rule and page; the rest is summarised

CHECKS_JS = (Path(__file__).parent / "checks.js").read_text(encoding="utf-8")

_UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/"
# What each browser check means and where to read more.
CHECK_HELP = {
    "skip-link": "WCAG 2.4.1 Bypass Blocks: the first focusable element is a visible link to <main id=main "
                 "tabindex=-1> - " + _UNDERSTANDING + "bypass-blocks.html",
    "focus-visible": "WCAG 2.4.7 Focus Visible: style :focus-visible (outline, box-shadow...); never just "
                     "outline: none - " + _UNDERSTANDING + "focus-visible.html",
    "text-200": "WCAG 1.4.4 Resize Text: use max-width and relative units, not fixed widths - "
                + _UNDERSTANDING + "resize-text.html",
    "text-200-clipped": "WCAG 1.4.4 Resize Text: fixed-size boxes with overflow: hidden lose text when it grows - "
                        + _UNDERSTANDING + "resize-text.html",
    "reflow-320": "WCAG 1.4.10 Reflow: content fits 320 CSS px without horizontal scrolling; wide tables/code "
                  "go in an overflow-x: auto wrapper - " + _UNDERSTANDING + "reflow.html",
    "reflow-320-clipped": "WCAG 1.4.10 Reflow: no content may be cut off at 320 CSS px - "
                          + _UNDERSTANDING + "reflow.html",
    "print-nav": "Print stylesheet: @media print { nav:not(.breadcrumbs), .skip-link { display: none } }",
    "print-link-url": 'Print stylesheet: @media print { main a[href^="http"]::after { content: " (" attr(href) ")" } }',
    "no-js": "Pages must be complete as served; JavaScript may only enhance them",
    "harness-error": "The audit could not run this check on the page; see the message",
}

AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then((r) => done({violations: r.violations, version: axe.version}))
  .catch((e) => done({error: String(e && e.stack || e)}));
"""


def find_axe_js() -> Path:
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe.min.js not found: axe-playwright-python is not installed (run `make venv`)")
    js = Path(next(iter(spec.submodule_search_locations))) / "axe.min.js"
    if not js.is_file():
        raise RuntimeError(f"axe.min.js not found at {js}")
    return js


def start_chromium(javascript: bool = True) -> webdriver.Chrome:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            raise RuntimeError(f"{path} is missing (run `make test-deps`)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={WIDTH},{HEIGHT}",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--lang=en-US", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def browser_finding(page: str, rule: str, message: str, target: str = "", html: str = "") -> Finding:
    return Finding(page, BROWSER, rule, target, message, help=CHECK_HELP.get(rule, ""), html=html)


def _findings_from(page: str, problems: list[dict]) -> list[Finding]:
    return [browser_finding(page, p["rule"], p["message"], p.get("target", ""), p.get("html", "")) for p in problems]


def _first_line(err: WebDriverException) -> str:
    text = (err.msg or str(err) or type(err).__name__).strip()
    return text.splitlines()[0] if text else type(err).__name__


class BrowserAuditor:
    """One Chromium session reused for every page (plus one with JavaScript disabled)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.axe_js = find_axe_js().read_text(encoding="utf-8")
        self.axe_version = ""
        self.driver = start_chromium()
        self.nojs_driver: webdriver.Chrome | None = None

    def close(self) -> None:
        for d in (self.driver, self.nojs_driver):
            if d is not None:
                try:
                    d.quit()
                except WebDriverException:
                    pass

    # -- the main session -------------------------------------------------------------

    def audit_page(self, page: str, url_path: str) -> list[Finding]:
        """All checks for one page in the JavaScript-enabled session."""
        d = self.driver
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        # A page that fails to load (e.g. times out) may leave the session unusable: the exception
        # propagates and the caller starts a new browser.
        d.get(self.base_url + url_path)
        findings: list[Finding] = []
        # Order matters: the keyboard check needs a freshly loaded page (focus at the start).
        steps: list[tuple[str, Callable[[], list[Finding]]]] = [
            ("skip-link", lambda: self._skip_link(page)),
            ("axe", lambda: self._axe(page)),
            ("focus-visible", lambda: self._focus_visible(page)),
            ("text-200", lambda: _findings_from(page, d.execute_script("return window.__audit.textResize()"))),
            ("reflow-320", lambda: self._reflow(page)),
            ("print", lambda: self._print(page)),
        ]
        d.execute_script(CHECKS_JS + ";window.__audit.freezeMotion();")
        for name, step in steps:
            try:
                findings += step()
            except InvalidSessionIdException:
                raise
            except WebDriverException as err:
                findings.append(browser_finding(page, "harness-error", f"check {name} could not run: {_first_line(err)}"))
        return findings

    def _skip_link(self, page: str) -> list[Finding]:
        d = self.driver
        ActionChains(d).send_keys(Keys.TAB).perform()
        result = d.execute_script("return window.__audit.skipLinkAfterTab()")
        problems = result["problems"]
        if result["ok"]:
            ActionChains(d).send_keys(Keys.ENTER).perform()
            problems += d.execute_script("return window.__audit.focusInMain()")
        return _findings_from(page, problems)

    def _axe(self, page: str) -> list[Finding]:
        d = self.driver
        # Same state on every page: nothing focused (the skip-link step may have left focus anywhere).
        d.execute_script("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);")
        d.execute_script(self.axe_js)
        result = d.execute_async_script(AXE_RUN_JS, AXE_TAGS)
        if "error" in result:
            return [browser_finding(page, "harness-error", f"axe.run failed: {result['error']}")]
        self.axe_version = result.get("version", "")
        findings = []
        for v in result["violations"]:
            nodes = v["nodes"]
            for node in nodes[:MAX_AXE_NODES]:
                target = " ".join(" >> ".join(t) if isinstance(t, list) else str(t) for t in node["target"])
                lines = [ln.strip() for ln in (node.get("failureSummary") or "").splitlines() if ln.strip()]
                summary = (lines[0] + " " + "; ".join(lines[1:])) if lines else ""
                findings.append(Finding(page, AXE, v["id"], target, summary or v["description"],
                                        help=f"{v['help']} - {v['helpUrl']}", html=node.get("html", ""),
                                        impact=v.get("impact") or ""))
            if len(nodes) > MAX_AXE_NODES:
                findings.append(Finding(page, AXE, v["id"], f"(+{len(nodes) - MAX_AXE_NODES} more elements)",
                                        "further elements fail this rule", help=v["helpUrl"]))
        return findings

    def _focus_visible(self, page: str) -> list[Finding]:
        result = self.driver.execute_script("return window.__audit.focusVisible()")
        findings = _findings_from(page, result["problems"])
        hidden = result["failed"] - len(result["problems"])
        if hidden > 0:
            findings.append(browser_finding(page, "focus-visible", "further sampled elements have no visible focus "
                                            "indicator", target=f"(+{hidden} more elements)"))
        return findings

    def _reflow(self, page: str) -> list[Finding]:
        d = self.driver
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": False})
        try:
            return _findings_from(page, d.execute_script("return window.__audit.reflow()"))
        finally:
            d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def _print(self, page: str) -> list[Finding]:
        d = self.driver
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            return _findings_from(page, d.execute_script("return window.__audit.print()"))
        finally:
            d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    # -- the JavaScript-disabled session ------------------------------------------------

    def audit_page_without_js(self, page: str, url_path: str) -> list[Finding]:
        if self.nojs_driver is None:
            self.nojs_driver = start_chromium(javascript=False)
            self._assert_js_disabled()
        d = self.nojs_driver
        d.get(self.base_url + url_path)
        try:
            # WebDriver's own script evaluation still works when page scripts are disabled.
            d.execute_script(CHECKS_JS)
            return _findings_from(page, d.execute_script("return window.__audit.noScript()"))
        except InvalidSessionIdException:
            raise
        except WebDriverException as err:
            return [browser_finding(page, "harness-error", f"check no-js could not run: {_first_line(err)}")]

    def _assert_js_disabled(self) -> None:
        d = self.nojs_driver
        d.get("data:text/html,<title>no</title><script>document.title='yes'</script>")
        if d.title != "no":
            raise RuntimeError("JavaScript is still enabled in the no-JS Chromium session")
