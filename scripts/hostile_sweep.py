#!/usr/bin/env python3
"""Every value trustsite reads, filled in turn with each hostile string, built, and loaded in headless
Chromium: no script may run. (make hostile-browser, after scripts/hostile_browser.py; part of make test.)

    .venv/bin/python scripts/hostile_sweep.py --binary .build/release/trustsite [--only NAME] [--full] [--visible]

The site (scripts/hostile_site.py) is Tests/Fixtures/minimal plus a glossary, a home page, a past
plan and its review, a nested free page, a waiver and an accessibility statement, with a placeholder
for every value the loaders read: every front matter and YAML field of every content type, every
trustsite.yml value, slots in every Markdown body (text using a glossary abbreviation, a heading, raw
HTML, link text and title, image alt text, table cells, emphasis, a footnote), and the names of a
free page, a folder of pages, a review, a service, a priority, a chapter and a past plan.
The strings (scripts/hostile_strings.py) are the classic breakouts and their grapheme variants: each
of " ' < > & followed by U+0301, U+20DD, U+FE0F or U+200D and preceded by U+0600, U+0605 or U+110BD,
plus C0 controls, NUL, U+FFFE/U+FFFF and values ending in (or made of) a lone combining mark.

For each string, builds with every free-text field set to it at once (a breakout in one field is
found whatever the others hold), and for about half the strings (one mark of each kind; --full for
all) builds with every constrained value set to it (ids, emails, phone numbers, addresses, dates,
vocabulary choices, numbers, file and folder names), where refusing the value is a fine outcome.
Each field's copy of the string carries the field's number (`alert(17)`), so what runs names its
field. A build (`--draft`, so findings do not stop it, and a fixed `--today`) must either succeed,
and then every page and a search for the string's words load in Chromium with nothing run (the trap
of scripts/hostile_browser.py: alert, confirm, prompt and print replaced before any page script), no
event handler, `javascript:` address or payload script in any page (so a breakout that waits for a
mouse or for focus is caught too), and every XML and JSON output and JSON-LD block parses
(scripts/parse_outputs.py); or be refused with exit 1 or 2, its errors naming a file that holds the
string. The fields they name are then put back and the rest built again, so one refused field cannot
hide the others. A crash (a signal, exit > 2, or no answer in 60 s) is a FAIL. A `javascript:`
address in a draft is not, when the draft's own SITE-SAFE-CONTENT errors name it (a real build
would refuse it).

One Chromium and one local server (127.0.0.1) serve every build; each build's pages load at once in
hidden frames of one page (--visible renders them: slower, and focus handlers then run and count as
"ran" rather than "markup"). Control pages prove the trap and the page scan can fail, and the site
without hostile strings must build and load cleanly. Prints a line per string, the failures grouped
by string and by field, and a total, writes every failure to .build/hostile-sweep.tsv, and exits 1
on any FAIL. 140 to 200 s (122 builds, 72 loaded) on the 2-core machine with others' builds running
(load average 5 to 9); --visible --full: 300 s.
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import parse_outputs  # noqa: E402
from hostile_browser import browser, check_in_frames, controls_missed, is_control, serve  # noqa: E402
from hostile_site import CONSTRAINED_KINDS, FREE_KINDS, MARKDOWN_KINDS, Site  # noqa: E402
from hostile_report import Failure, print_by_field, print_by_string, write  # noqa: E402
from hostile_strings import ALL, CONSTRAINED, Hostile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-22"
BUILD_TIMEOUT = 60
MAX_ATTEMPTS = 8  # builds per series: each refused one puts back at least one field
SERIES = {"free text": FREE_KINDS, "constrained": CONSTRAINED_KINDS}
# Values that only a vocabulary, a number or a date can be: refusing them is expected.
REFUSABLE_KINDS = {"code", "date", "num", "bool"}
# Values that stand or fall together: the past plan's file name and the review's `plan:` naming it.
TIED = {"past.slug": ("file.past_plan",), "file.past_plan": ("past.slug",)}


@dataclass
class SeriesResult:
    builds: int = 0
    pages: int = 0
    refused: int = 0  # fields refused (and put back)
    tried: int = 0  # fields that reached a successful build
    checked: set[str] = field(default_factory=set)  # script addresses in a draft that its checks refuse
    failures: list[Failure] = field(default_factory=list)

    def summary(self) -> str:
        if self.failures:
            kinds = {kind: len({name for f in self.failures if f.kind == kind for name in f.fields or [f.where]})
                     for kind in ("build", "ran", "markup", "parse")}
            labels = {"build": "build failed", "ran": "fields ran script", "markup": "fields broke markup",
                      "parse": "fields broke XML/JSON"}
            return "FAIL: " + ", ".join(f"{n} {labels[k]}" for k, n in kinds.items() if n)
        if self.tried == 0:
            return f"refused ({self.refused} fields)"
        checked = f", {len(self.checked)} javascript: addresses refused by the checks" if self.checked else ""
        return f"ok ({self.tried} fields built, {self.refused} refused{checked}, {self.pages} pages)"


class Sweep:
    def __init__(self, binary: str, work: Path, settle: float, visible: bool = False) -> None:
        self.binary = binary
        self.visible = visible
        self.work = work
        self.settle = settle
        self.site = Site()
        self.source = work / "site-src"
        self.outputs = 0
        self.server, port = serve(work)
        self.base = f"http://127.0.0.1:{port}/"
        self.driver = browser()

    def close(self) -> None:
        self.driver.quit()
        self.server.shutdown()

    # -- one build -------------------------------------------------------------------------

    def build(self) -> tuple[int | None, str, Path]:
        self.outputs += 1
        output = self.work / f"out-{self.outputs}"
        if self.outputs > 1:
            shutil.rmtree(self.work / f"out-{self.outputs - 1}", ignore_errors=True)
        try:
            done = subprocess.run(
                [self.binary, "build", "--site", str(self.source), "--output", str(output), "--today", TODAY, "--draft"],
                capture_output=True, timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            return None, f"no answer in {BUILD_TIMEOUT} s", output
        return done.returncode, done.stderr.decode("utf-8", "replace"), output

    def named_fields(self, stderr: str, active: set[str]) -> tuple[set[str], set[str]]:
        """The active fields the errors point at (by file and line), and the files they name."""
        fields: set[str] = set()
        files: set[str] = set()
        # split("\n"), not splitlines(): a file name may hold a form feed or another control character.
        errors = [line for line in stderr.split("\n") if ": error" in line]
        for original, path in self.site.paths.items():
            # trustsite prints control, direction and invisible characters of a path as \u{X}, so an
            # error message cannot move the terminal's cursor or reorder itself: accept either form.
            pattern = re.compile("(?:" + re.escape(path) + "|" + re.escape(printable(path)) + r")(?::(\d+))?(?::\d+)?: error")
            in_file = {name for lines in self.site.lines.get(path, {}).values() for name in lines if name in active}
            renamed = path != original
            file_field = next((f.name for f in self.site.fields.values() if f.kind == "file" and f.file == original), None)
            for line in errors:
                match = pattern.search(line)
                if not match:
                    continue
                files.add(path)
                number = int(match.group(1)) if match.group(1) else None
                on_line = {n for n in self.site.lines.get(path, {}).get(number, set()) if n in active} if number else set()
                refusable = {n for n in in_file if self.site.fields[n].kind in REFUSABLE_KINDS}
                markdown = {n for n in in_file if self.site.fields[n].kind in MARKDOWN_KINDS}
                if on_line & markdown:
                    # A Markdown body is read as a whole and its first problem stops it (a NUL
                    # byte): put back the whole body.
                    fields |= on_line | markdown
                elif on_line:
                    fields |= on_line
                elif refusable:
                    # No value on the line named (some errors point at the file's start): put back
                    # the file's values that can be refused first, then its name, then the rest.
                    fields |= refusable
                elif renamed and file_field in active:
                    fields.add(file_field)
                else:
                    fields |= in_file
        return fields, files

    def run_series(self, series: str, hostile: Hostile) -> SeriesResult:
        result = SeriesResult()
        active = self.site.names(SERIES[series])
        while active and result.builds < MAX_ATTEMPTS:
            self.site.write(self.source, hostile, active)
            result.builds += 1
            code, stderr, output = self.build()
            if code is None or code < 0 or code > 2:
                how = stderr if code is None else (f"killed by {signal_name(-code)}" if code < 0 else f"exit {code}")
                tail = " | ".join(stderr.strip().splitlines()[-3:])
                result.failures.append(Failure(series, hostile.name, "build", f"crashed: {how}: {tail}"[:400]))
                return result
            if code == 0:
                result.tried = len(active)
                self.load(series, hostile, output, result, stderr)
                return result
            named, files = self.named_fields(stderr, active)
            named |= {other for name in named for other in TIED.get(name, ())}
            holding = {path for path, lines in self.site.lines.items() if any(n in active for ns in lines.values() for n in ns)}
            holding |= {self.site.paths[self.site.fields[n].file] for n in active if self.site.fields[n].kind == "file"}
            if not files & holding or not named:
                tail = " | ".join(stderr.strip().splitlines()[:3])
                result.failures.append(Failure(series, hostile.name, "build",
                                               f"refused (exit {code}) without naming a file that holds the string: {tail}"[:400]))
                return result
            result.refused += len(named)
            active -= named
        if active:
            result.failures.append(Failure(series, hostile.name, "build", f"{len(active)} fields never reached a build: "
                                           f"still refused after {MAX_ATTEMPTS} builds, each putting back what it named"))
        return result

    # -- the browser -----------------------------------------------------------------------

    def fields_in(self, text: str) -> list[str]:
        numbers = list(dict.fromkeys(int(n) for n in re.findall(r"alert\((\d+)\)", text)))
        return [f.label for f in (self.site.by_number(n) for n in numbers) if f]

    def load(self, series: str, hostile: Hostile, output: Path, result: SeriesResult, stderr: str = "") -> None:
        self.server.folder = output
        pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html") if not is_control(p.name))
        paths = [quote(page[: -len("index.html")] if page.endswith("index.html") else page) for page in pages]
        if (output / "search" / "index.html").exists():
            words = list(dict.fromkeys(re.findall(r"[a-z]{3,}", hostile.value(0).lower())))[:2] or ["fernlow"]
            paths += [f"search/?q={word}" for word in words]
        result.pages = len(pages)
        try:
            found = check_in_frames(self.driver, self.base, output, paths, self.settle, visible=self.visible)
        except Exception as err:  # noqa: BLE001 - a build that breaks the browser is a finding
            found = {"(all pages)": {"signs": [f"the browser failed: {str(err).splitlines()[0]}"], "drawn": 0}}
        # A draft publishes what the checks refuse: a `javascript:` address that SITE-SAFE-CONTENT
        # names (with the address) would stop a real build, so in a draft it is not a failure.
        unsafe = "\n".join(line for line in stderr.split("\n") if "error[SITE-SAFE-CONTENT]" in line)
        for path, seen in found.items():
            for sign in seen["signs"]:
                fields = self.fields_in(sign)
                numbers = re.findall(r"alert\((\d+)\)", sign)
                if sign.startswith("script address") and numbers and all(f"alert({n})" in unsafe for n in numbers):
                    result.checked.add(sign)
                    continue
                result.failures.append(Failure(series, hostile.name, "/" + path, sign, fields))
        problems, _ = parse_outputs.problems(output)
        for problem in problems:
            name, _, message = problem.partition(": ")
            if name.endswith(".xml"):
                # Every value that breaks the feed or the sitemap, not only the first: each payload
                # ends with its field's alert(n), after the character the parser stops at.
                text = (output / name).read_bytes().decode("utf-8", "replace")
                for line, column, error, rest in parse_outputs.xml_errors(text):
                    fields = self.fields_in(rest[:300])[:1]
                    result.failures.append(Failure(series, hostile.name, name, f"does not parse: XML: {error}", fields))
                continue
            result.failures.append(Failure(series, hostile.name, name, "does not parse: " + message[:300],
                                           self.fields_in(excerpt(output, problem))[:1]))

    # -- the whole sweep -------------------------------------------------------------------

    def baseline(self) -> str | None:
        """The site with no hostile string must build cleanly, load with nothing found, and parse."""
        missed = controls_missed(self.driver, self.base, self.work, self.settle)
        if missed:
            return missed
        self.server.folder = self.work
        framed = check_in_frames(self.driver, self.base, self.work, ["__control.html", "__control-scan.html"], self.settle)
        if not all(seen["signs"] for seen in framed.values()):
            return f"a control page loaded in a frame showed nothing: {framed}"
        self.site.write(self.source, None, set())
        code, stderr, output = self.build()
        if code != 0:
            return f"the site without hostile strings did not build (exit {code}):\n{stderr}"
        result = SeriesResult()
        self.load("baseline", Hostile("none", "plain"), output, result)
        if result.failures:
            return "the site without hostile strings already fails:\n" + "\n".join(
                f"  {f.where}: {f.what}" for f in result.failures)
        (output / "feed.xml").write_text("<feed>\x01</feed>", encoding="utf-8")
        if not parse_outputs.problems(output)[0]:
            return "a feed with a control character in it parsed; the output check is broken"
        return None


def printable(text: str) -> str:
    """The path as trustsite's messages show it (AddressNames.printable): C0, DEL, C1, direction
    controls and zero-width characters as \\u{HEX}."""
    def hidden(c: str) -> bool:
        v = ord(c)
        return (v < 0x20 or 0x7F <= v <= 0x9F or 0x202A <= v <= 0x202E or 0x2066 <= v <= 0x2069
                or v in (0x200E, 0x200F, 0x061C) or 0x200B <= v <= 0x200D or 0x2060 <= v <= 0x2064
                or v in (0xFEFF, 0x180E))
    return "".join(f"\\u{{{ord(c):X}}}" if hidden(c) else c for c in text)


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def excerpt(output: Path, problem: str) -> str:
    """The text from a parser's line and column on, to find the field number in it."""
    name = problem.split(": ", 1)[0].split(":")[0]
    match = re.search(r"line (\d+), column (\d+)", problem)
    try:
        text = (output / name).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    if not match:
        return text[:2000]
    line = text.split("\n")[int(match.group(1)) - 1] if int(match.group(1)) <= text.count("\n") + 1 else ""
    # Every payload ends with its field's alert(n), after the character a parser stops at.
    column = int(match.group(2))
    return line[max(0, column - 2): column + 300]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/release/trustsite"))
    parser.add_argument("--settle", type=float, default=0.0, help="seconds to wait after each page has loaded")
    parser.add_argument("--only", action="append", default=[], help="run only the strings whose name contains this")
    parser.add_argument("--series", choices=sorted(SERIES), action="append", default=[])
    parser.add_argument("--full", action="store_true", help="every string in the constrained series too")
    parser.add_argument("--visible", action="store_true",
                        help="render the pages (slower): handlers that need focus then run, and count as 'ran'")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (the last build) for a look")
    parser.add_argument("--report", type=Path, default=ROOT / ".build/hostile-sweep.tsv",
                        help="where to write every failure, grouped (tab-separated)")
    args = parser.parse_args()

    strings = [h for h in ALL if not args.only or any(o in h.name for o in args.only)]
    series = args.series or list(SERIES)
    work = Path(tempfile.mkdtemp(prefix="trustsite-sweep-"))
    start = time.time()
    sweep = Sweep(args.binary, work, args.settle, args.visible)
    failures: list[Failure] = []
    builds = loads = 0
    try:
        broken = sweep.baseline()
        if broken:
            print(f"hostile-sweep: FAILED: {broken}\nthe check is broken")
            return 1
        counts = {name: len(sweep.site.names(SERIES[name])) for name in series}
        print(f"hostile-sweep: {len(strings)} strings into {counts.get('free text', 0)} free-text fields, and "
              f"{len([h for h in strings if args.full or h in CONSTRAINED])} of them into "
              f"{counts.get('constrained', 0)} constrained fields (ids, addresses, dates, choices, file names)")
        for hostile in strings:
            began = time.time()
            parts = []
            for name in series:
                if name == "constrained" and not (args.full or hostile in CONSTRAINED):
                    continue
                result = sweep.run_series(name, hostile)
                builds += result.builds
                loads += 1 if result.tried else 0
                failures += result.failures
                parts.append(f"{name}: {result.summary()}")
            print(f"  {hostile.name!r:>22} {time.time() - began:5.1f} s  " + "; ".join(parts), flush=True)
    finally:
        sweep.close()
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if failures:
        print_by_string(failures, per_string=12)
        print_by_field(failures, "ran", limit=40)
        print_by_field(failures, "parse", limit=30)
        write(failures, args.report)
        print(f"\nevery failure, grouped: {args.report}")
    failed = len({f.string for f in failures})
    print(f"hostile-sweep: {len(strings)} strings, {builds} builds ({loads} loaded in Chromium) in "
          f"{time.time() - start:.0f} s: {len(strings) - failed} passed, {failed} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
