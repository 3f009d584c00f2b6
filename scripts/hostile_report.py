"""What scripts/hostile_sweep.py found, grouped so a few lines say which field let which string through.

A failure is one sign on one page (or one output file, or one build). They are grouped by string,
series, field and kind: `ran` (the trap saw alert/confirm/prompt/print called, or window.__pwned
set), `markup` (the page scan found an event handler, a `javascript:` address or a payload script
that had not run, e.g. onmouseover), `parse` (an XML or JSON output, or a JSON-LD block, does not
parse), `build` (a crash, a hang, or a refusal that named no file holding the string).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Failure:
    series: str
    string: str
    where: str  # a page, an output file, or "build"
    what: str
    fields: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.where == "build":
            return "build"
        if self.what.startswith("does not parse"):
            return "parse"
        if self.what.startswith(("called", "window.__pwned", "document.title")):
            return "ran"
        return "markup"


def grouped(failures: list[Failure]) -> dict[tuple[str, str, str, str], list[Failure]]:
    """(string, series, field, kind) -> failures; a sign that names no field counts under '(no field number)'."""
    groups: dict[tuple[str, str, str, str], list[Failure]] = defaultdict(list)
    for f in failures:
        for name in f.fields or ["(no field number)"]:
            groups[(f.string, f.series, name, f.kind)].append(f)
    return groups


def print_by_string(failures: list[Failure], per_string: int) -> None:
    groups = grouped(failures)
    strings = list(dict.fromkeys(f.string for f in failures))
    print(f"\nFailures: {len(failures)} signs, by string (kind, field, how many pages or files, an example):")
    for string in strings:
        keys = sorted((k for k in groups if k[0] == string), key=lambda k: ("build ran parse markup".split().index(k[3]), k[1], k[2]))
        print(f"  {string!r}:")
        for key in keys[:per_string]:
            items = groups[key]
            places = sorted({f.where for f in items})
            print(f"    {key[3]:6} [{key[1]}] {key[2]}: {len(places)} x, e.g. {places[0]}: {items[0].what[:160]}")
        if len(keys) > per_string:
            print(f"    ... and {len(keys) - per_string} more (see the report file)")


def print_by_field(failures: list[Failure], kind: str, limit: int) -> None:
    """Each field where `kind` happened, with the strings that did it."""
    by_field: dict[str, list[str]] = defaultdict(list)
    for (string, _, name, k), _items in grouped(failures).items():
        if k == kind and string not in by_field[name]:
            by_field[name].append(string)
    if not by_field:
        return
    print(f"\nFields where {kind!r} happened ({len(by_field)}), with the strings:")
    for name, strings in sorted(by_field.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]:
        shown = ", ".join(repr(s) for s in strings[:6]) + (f" and {len(strings) - 6} more" if len(strings) > 6 else "")
        print(f"  {name}: {len(strings)} strings: {shown}")
    if len(by_field) > limit:
        print(f"  ... and {len(by_field) - limit} more fields (see the report file)")


def write(failures: list[Failure], path: Path) -> None:
    """Every group as a row of a tab-separated file: string, series, field, kind, count, places, example."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        rows = csv.writer(out, delimiter="\t")
        rows.writerow(["string", "series", "field", "kind", "count", "places", "example"])
        for (string, series, name, kind), items in grouped(failures).items():
            places = sorted({f.where for f in items})
            rows.writerow([string, series, name, kind, len(places), " ".join(places), items[0].what])
