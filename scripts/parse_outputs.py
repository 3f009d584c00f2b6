#!/usr/bin/env python3
"""Parses every XML and JSON file of a built site, and every JSON-LD block of its HTML pages, with
Python's own strict parsers: a feed, sitemap, search index, open-data file or JSON-LD block that a
reader would reject fails here, naming the file and the parser's message. (make test, on site/;
scripts/hostile_sweep.py, on every hostile build.)

    python3 scripts/parse_outputs.py site/

Why: escaping that is right for HTML can still leave a feed unreadable (a C0 control character or
U+FFFE is not allowed anywhere in XML 1.0, and a combining mark joined to `<` or `&` can slip past
an escaper that compares Swift Characters), and a `</script>` in JSON-LD ends the block early.
Browsers forgive all of this on an HTML page; feed readers, search engines and data users do not.

Standard library only: xml.etree.ElementTree (expat) for .xml, json for .json and JSON-LD (with
NaN and Infinity refused, as JSON has neither), html.parser to find the JSON-LD blocks.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path


class JSONLDBlocks(HTMLParser):
    """Collects the text of every <script type="application/ld+json"> element, with its line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[tuple[int, str]] = []
        self.open_block: list[str] | None = None
        self._line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and any(k == "type" and (v or "").strip().lower() == "application/ld+json" for k, v in attrs):
            self.open_block = []
            self._line = self.getpos()[0]

    def handle_data(self, data: str) -> None:
        if self.open_block is not None:
            self.open_block.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.open_block is not None:
            self.blocks.append((self._line, "".join(self.open_block)))
            self.open_block = None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def parse_json(text: str) -> None:
    json.loads(text, parse_constant=_refuse_constant)


def read_utf8(path: Path) -> str:
    """The file's text; a UnicodeDecodeError says where it is not UTF-8."""
    return path.read_bytes().decode("utf-8")


def xml_errors(text: str, limit: int = 100) -> list[tuple[int, int, str, str]]:
    """Every place expat stops in `text`, not just the first: the character it stops at (and the
    `<` or `&` before it, which is what a joined mark broke) is blanked and the parse tried again,
    up to `limit` times. Each is (line, column, message, the rest of that line), so a caller can
    tell which value broke it. Expat counts columns in characters."""
    lines = text.split("\n")
    found: list[tuple[int, int, str, str]] = []
    for _ in range(limit):
        try:
            ElementTree.fromstring(("\n".join(lines)).encode("utf-8"))
            break
        except ElementTree.ParseError as err:
            line, column = err.position
            if not 1 <= line <= len(lines) or column >= len(lines[line - 1]):
                found.append((line, column, str(err), ""))
                break
            current = lines[line - 1]
            found.append((line, column, str(err), current[column:]))
            start = column - 1 if column > 0 and current[column - 1] in "<&" else column
            lines[line - 1] = current[:start] + " " * (column + 1 - start) + current[column + 1:]
    return found


def problems(folder: Path) -> tuple[list[str], dict[str, int]]:
    """Every parse failure under `folder` as 'file: message', and how many of each kind were parsed."""
    failures: list[str] = []
    counts = {"xml": 0, "json": 0, "json-ld": 0}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        suffix = path.suffix.lower()
        if suffix not in (".xml", ".json", ".html"):
            continue
        try:
            text = read_utf8(path)
        except UnicodeDecodeError as err:
            failures.append(f"{name}: not UTF-8: {err}")
            continue
        if suffix == ".xml":
            counts["xml"] += 1
            try:
                ElementTree.fromstring(text.encode("utf-8"))
            except ElementTree.ParseError as err:
                failures.append(f"{name}: XML: {err}")
        elif suffix == ".json":
            counts["json"] += 1
            try:
                parse_json(text)
            except ValueError as err:
                failures.append(f"{name}: JSON: {err}")
        else:
            finder = JSONLDBlocks()
            finder.feed(text)
            finder.close()
            if finder.open_block is not None:
                failures.append(f"{name}: a JSON-LD <script> block is never closed")
            for line, block in finder.blocks:
                counts["json-ld"] += 1
                try:
                    parse_json(block)
                except ValueError as err:
                    failures.append(f"{name}:{line}: JSON-LD: {err}")
    return failures, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a built site, e.g. site/")
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"parse-outputs: {args.folder} is not a folder (build the site first)", file=sys.stderr)
        return 2
    failures, counts = problems(args.folder)
    summary = f"{counts['xml']} XML files, {counts['json']} JSON files and {counts['json-ld']} JSON-LD blocks"
    if failures:
        print(f"parse-outputs: FAILED: {len(failures)} problems in the {summary} of {args.folder}:")
        for failure in failures:
            print("  " + failure)
        return 1
    if counts["xml"] == 0 or counts["json"] == 0:
        print(f"parse-outputs: FAILED: only {summary} in {args.folder}; is it a built site?")
        return 1
    print(f"parse-outputs: {summary} in {args.folder} parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
