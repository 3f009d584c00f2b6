#!/usr/bin/env python3
"""Time builds of hostile pages at sizes n, 2n, 4n and 8n: the work must grow linearly.

    python3 scripts/scaling.py                 every shape
    python3 scripts/scaling.py headings links  some shapes
    python3 scripts/scaling.py --list          the shapes

Each shape is a copy of Tests/Fixtures/minimal with one free page (content/pages/hostile.md, and
for the glossary shape content/glossary.yml) holding n copies of something an author could write:
identical headings, links, footnotes, anchors, glossary terms, lines of one paragraph, levels of
nesting, table rows. The site is built with `trustsite build --draft` (and checked with
`trustsite check` for some shapes), best of two runs, timing the wall clock and the CPU time the
run used. The times of the minimal site, measured first, are taken off each run. A doubling of n
fails when its net CPU time grows more than MAX_GROWTH times: quadratic work is CPU work, and on a
shared machine other builds lengthen the wall time of a run several times over, unevenly, while
its CPU time hardly changes (the wall times are printed too). The verdict is on the last
doubling, where times are largest, timed again before it fails; a doubling whose net times are
both under NOISE_SECONDS is not judged. Prints a Markdown table; exits 1 when a shape fails.
Uses TRUSTSITE (default .build/release/trustsite, built if missing).
"""

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

MAX_GROWTH = 2.5
NOISE_SECONDS = 0.2
# A doubling's smaller net time is counted as at least this much, so that noise in a tiny time
# cannot make a large ratio.
FLOOR_SECONDS = 0.1
# A run slower than this stops its shape: quadratic work would take minutes at the next size.
RUN_LIMIT_SECONDS = 40
TODAY = "2026-11-22"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "minimal")
TEXT = ("Parents told us that the family hub helps them get help early, but that waiting times are "
        "too long. We will *open* two more sessions a week in **Northgate** by `March`.")


def page(title, body):
    return f"---\ntitle: {title}\n---\n{body}"


def write(site, path, text):
    full = os.path.join(site, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def hostile(site, title, body):
    write(site, "content/pages/hostile.md", page(title, body))


def headings(site, n):
    hostile(site, "Same headings", "## Same\n\nText.\n\n" * n)


def headings_mixed(site, n):
    # Generated numbers meet ones the author wrote: `## Same 3` (same-3) and `{#same-5}`.
    parts = []
    for i in range(n // 3):
        parts.append(f"## Same\n\n## Same {i + 2}\n\n## Other {{#same-{i + 3}}}\n\n")
    hostile(site, "Mixed headings", "".join(parts))


def anchors(site, n):
    # Half distinct explicit ids, half one id repeated (claimed once, then slugs of the text).
    parts = [f"## Topic {i} {{#anchor-{i}}}\n\n## Same {{#same}}\n\n" for i in range(n // 2)]
    hostile(site, "Anchors", "".join(parts))


def links_same(site, n):
    # Half to the page, half to an anchor it does not have: n/2 errors, each in the draft banner.
    one = "See [the contact page](/contact/).\n\nSee [the top](/contact/#top).\n\n"
    hostile(site, "Same links", one * (n // 2))


def links_different(site, n):
    # Links to missing pages (each reported, with a suggestion) and bare addresses (autolinks,
    # which cmark-gfm gives no position: each is found in the source), one paragraph each.
    parts = [f"See [page {i}](/missing-{i}/) and https://example.org/report-{i}.\n\n" for i in range(n // 2)]
    hostile(site, "Different links", "".join(parts))


def links_fragments(site, n):
    # n/2 headings, a link to each, and as many links to anchors that do not exist.
    third = n // 3
    parts = [f"## Part {i}\n\n" for i in range(third)]
    parts += [f"Read [part {i}](#part-{i}) or [gone {i}](#gone-{i}).\n\n" for i in range(third)]
    hostile(site, "Fragment links", "".join(parts))


def bare_urls_one_line(site, n):
    hostile(site, "Addresses", " ".join(f"https://example.org/r{i}" for i in range(n)) + "\n")


def footnotes(site, n):
    notes = "".join(f"Point {i}.[^n{i}]\n\n" for i in range(n))
    hostile(site, "Footnotes", notes + "".join(f"[^n{i}]: Note {i}.\n" for i in range(n)))


def footnote_refs(site, n):
    hostile(site, "One footnote", "".join("Again.[^same]\n\n" for _ in range(n)) + "[^same]: The note.\n")


def term(i):
    letters = ""
    i += 26 * 26
    while i:
        i, r = divmod(i, 26)
        letters = chr(65 + r) + letters
    return "Q" + letters


def glossary(site, n):
    # n abbreviations, and a page of n paragraphs (about 1 KB each) that use them.
    entries = "".join(f"  - term: {term(i)}\n    stands_for: Quality group {i}\n" for i in range(n))
    write(site, "content/glossary.yml", "abbreviations:\n" + entries)
    paragraphs = [f"The {term(i)} team and the {term((i * 7) % n)} partners met. {TEXT} {TEXT} {TEXT} {TEXT} "
                  f"{TEXT} {TEXT}\n\n" for i in range(n)]
    hostile(site, "Glossary terms", "".join(paragraphs))


def paragraph(site, n):
    # One paragraph of n lines (no blank line).
    hostile(site, "One paragraph", (TEXT + "\n") * n)


def nested_lists(site, n):
    hostile(site, "Nested lists", "- " * n + "level\n")


def nested_quotes(site, n):
    hostile(site, "Nested quotes", "> " * n + "deep\n")


def table(site, n):
    rows = "".join(f"| Row {i} | {i} | {TEXT} |\n" for i in range(n))
    hostile(site, "Table", "| Name | Number | Text |\n|---|---:|---|\n" + rows)


def captioned_tables(site, n):
    one = "Table: Same caption\n\n| Name | Number |\n|---|---|\n| a | 1 |\n\n"
    hostile(site, "Tables", one * n)


# name: (what it is, how to make it, n, also run `check`)
SHAPES = {
    "headings": ("identical headings (## Same)", headings, 5_000, True),
    "headings-mixed": ("## Same, ## Same k, {#same-k} interleaved", headings_mixed, 5_000, False),
    "anchors": ("{#id} headings, half one id repeated", anchors, 5_000, False),
    "links-same": ("links to one page, half to an anchor it lacks", links_same, 5_000, False),
    "links-different": ("links to missing pages, bare addresses", links_different, 5_000, True),
    "links-fragments": ("links to #fragments, half missing", links_fragments, 5_000, True),
    "bare-urls-one-line": ("bare addresses on one line", bare_urls_one_line, 5_000, False),
    "footnotes": ("distinct footnotes", footnotes, 5_000, False),
    "footnote-refs": ("references to one footnote", footnote_refs, 10_000, False),
    "glossary": ("abbreviations, and a page of n KB using them", glossary, 500, False),
    "paragraph": ("lines of one paragraph (n x 160 B)", paragraph, 4_000, False),
    "nested-lists": ("list nesting depth", nested_lists, 4_000, False),
    "nested-quotes": ("blockquote nesting depth", nested_quotes, 4_000, False),
    "table": ("table rows", table, 5_000, False),
    "captioned-tables": ("tables with one caption", captioned_tables, 2_500, False),
}


def run(binary, command, site, work):
    """(wall seconds, CPU seconds) of one run; None when it took longer than RUN_LIMIT_SECONDS."""
    args = [binary, command, "--site", site, "--today", TODAY]
    if command == "build":
        out = os.path.join(work, "out")
        shutil.rmtree(out, ignore_errors=True)
        args += ["--draft", "--output", out]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    try:
        result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                timeout=RUN_LIMIT_SECONDS)
    except subprocess.TimeoutExpired:
        return None
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # `check` exits 1 when it finds errors; anything else is a crash or a refusal.
    if result.returncode != 0 and not (command == "check" and result.returncode == 1):
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["(nothing)"]
        raise RuntimeError(f"{command} exited {result.returncode}: {message[0][:200]}")
    return wall, cpu


def best_of_two(binary, command, site, work):
    first = run(binary, command, site, work)
    if first is None or first[0] > RUN_LIMIT_SECONDS / 2:
        return first
    second = run(binary, command, site, work)
    return first if second is None else (min(first[0], second[0]), min(first[1], second[1]))


def make_site(work, maker, n):
    site = os.path.join(work, "site")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(FIXTURE, site)
    if maker:
        maker(site, n)
    return site


def growth(small, large, base):
    """How many times the net time grew over one doubling; None when both are too small to judge."""
    small, large = max(0.0, small - base), max(0.0, large - base)
    if small < NOISE_SECONDS and large < NOISE_SECONDS:
        return None
    return large / max(small, FLOOR_SECONDS)


def judge(measures, base):
    """(worst growth of the judged doublings, growth of the last judged one, verdict).

    Judged on CPU time: quadratic work is CPU work, and on a shared machine other builds lengthen
    a run's wall time several times over (and unevenly) while its CPU time hardly changes."""
    if any(m is None for m in measures):
        return None, None, "FAIL"
    ratios = [growth(small[1], large[1], base[1]) for small, large in zip(measures, measures[1:])]
    ratios = [r for r in ratios if r is not None]
    if not ratios:
        return None, None, "PASS"
    return max(ratios), ratios[-1], ("FAIL" if ratios[-1] > MAX_GROWTH else "PASS")


def main():
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    if "--list" in sys.argv:
        print("\n".join(f"{name}: {SHAPES[name][0]}" for name in SHAPES))
        return 0
    unknown = [n for n in names if n not in SHAPES]
    if unknown:
        print(f"scaling: unknown shape {', '.join(unknown)} (shapes: {', '.join(SHAPES)})", file=sys.stderr)
        return 2
    binary = os.environ.get("TRUSTSITE", os.path.join(ROOT, ".build", "release", "trustsite"))
    if not os.access(binary, os.X_OK):
        subprocess.run(["swift", "build", "-c", "release", "--product", "trustsite"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = os.path.abspath(binary)
    started = time.monotonic()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="trustsite-scaling.") as work:
        site = make_site(work, None, 0)
        base = {command: best_of_two(binary, command, site, work) for command in ("build", "check")}
        print(f"Fixed cost (the minimal site, best of 2, wall / CPU): build {base['build'][0]:.2f} / "
              f"{base['build'][1]:.2f} s, check {base['check'][0]:.2f} / {base['check'][1]:.2f} s. "
              f"A doubling fails when its net CPU time grows more than {MAX_GROWTH}x; "
              f"doublings under {NOISE_SECONDS} s net are not judged.\n")
        print("| shape | command | n, 2n, 4n, 8n | wall seconds | CPU seconds | worst CPU growth | last CPU growth "
              "| result |")
        print("|---|---|---|---|---|---:|---:|---|")
        for name in names or SHAPES:
            what, maker, n, checks = SHAPES[name]
            sizes = [n, 2 * n, 4 * n, 8 * n]
            commands = ["build", "check"] if checks else ["build"]
            measures = {command: [] for command in commands}
            error = None
            for size in sizes:
                site = make_site(work, maker, size)
                for command in commands:
                    if measures[command] and measures[command][-1] is None:
                        measures[command].append(None)
                        continue
                    try:
                        measures[command].append(best_of_two(binary, command, site, work))
                    except RuntimeError as e:
                        error = str(e)
                        break
                if error:
                    break
            for command in commands:
                if error:
                    worst, last, verdict = None, None, "FAIL: " + error
                else:
                    worst, last, verdict = judge(measures[command], base[command])
                if verdict == "FAIL" and last is not None:
                    # Other work on the machine can slow one run: time the last doubling again.
                    for index in (-2, -1):
                        again = best_of_two(binary, command, make_site(work, maker, sizes[index]), work)
                        if again is not None:
                            old = measures[command][index]
                            measures[command][index] = (min(old[0], again[0]), min(old[1], again[1]))
                    worst, last, verdict = judge(measures[command], base[command])
                failures += verdict != "PASS"
                column = (lambda i: ", ".join("timeout" if m is None else f"{m[i]:.2f}" for m in measures[command]))
                ratio = (lambda r: "-" if r is None else f"{r:.2f}x")
                print(f"| {name} | {command} | {', '.join(f'{s:,}' for s in sizes)} | {column(0)} | {column(1)} | "
                      f"{ratio(worst)} | {ratio(last)} | {verdict} |", flush=True)
    print(f"\n{time.monotonic() - started:.0f} s in all.")
    if failures:
        print(f"scaling: {failures} run(s) grew faster than linearly or failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
