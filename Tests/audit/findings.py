"""One audit failure, whichever check found it."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds, as counted in the summary line.
AXE = "axe"
VALIDATOR = "validator"
BROWSER = "browser"


@dataclass(frozen=True)
class Finding:
    page: str  # path relative to the site folder, e.g. "guide/index.html"
    kind: str  # AXE, VALIDATOR or BROWSER
    rule: str  # axe rule id, validator message type, or browser check id
    target: str  # CSS selector or source location of the offending element
    message: str  # what is wrong
    help: str = ""  # how to fix it, or a URL explaining the rule
    html: str = ""  # snippet of the offending element
    impact: str = ""  # axe impact (minor, moderate, serious, critical)
