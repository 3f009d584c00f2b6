#!/usr/bin/env python3
"""Write one hostile or broken input into a copy of a fixture site (for scripts/limits.sh).

    python3 scripts/limits_cases.py CASE SITE_FOLDER [--scale 1.0]

SITE_FOLDER is a copy of Tests/Fixtures/minimal; the case adds or replaces one file in it, and
prints that file's path (relative to the site).
--scale shrinks the big cases (0.04 gives the test suite's sizes: 2 MB, 4,000 rows...).
`--list` prints the case names.
"""

import argparse
import os
import re
import sys

WRITTEN = []
PARAGRAPH = ("Parents told us that the family hub helps them get help early, but that waiting times "
             "are too long. We will *open* two more sessions a week in **Northgate** by March.\n\n")


def write(site, path, data):
    full = os.path.join(site, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    WRITTEN.append(path)


def page(title, body):
    return f"---\ntitle: {title}\n---\n{body}"


def markdown_50mb(site, scale):
    size = int(50 * 1024 * 1024 * scale)
    body = PARAGRAPH * (size // len(PARAGRAPH) + 1)
    write(site, "content/pages/big.md", page("A very long page", body[:size]))


def yaml_100k_rows(site, scale):
    rows = int(100_000 * scale)
    path = os.path.join(site, "content/board/board.yml")
    text = open(path, encoding="utf-8").read()
    extra = "".join(f"  - {{ name: Member {i}, role: Observer, partner: fernlow-council }}\n" for i in range(rows))
    text = text.replace("members:\n", "members:\n" + extra, 1)
    write(site, "content/board/board.yml", text)


def nested_lists_10k(site, scale):
    # "- - - level" is a list in a list in a list: 10,000 levels in 20 KB (indented lines would
    # take 100 MB). Then the same depth of ordered lists, indented by 3 spaces a level, 2,000 deep.
    depth = int(10_000 * scale)
    ordered = "".join("   " * i + "1. level\n" for i in range(depth // 5))
    write(site, "content/pages/nested-lists.md", page("Nested lists", "- " * depth + "level\n\n" + ordered))


def nested_quotes_10k(site, scale):
    depth = int(10_000 * scale)
    write(site, "content/pages/nested-quotes.md", page("Nested quotes", "> " * depth + "deep\n"))


def yaml_100k_keys(site, scale):
    # A mapping of 100,000 keys: the review's progress, one entry per (unknown) action.
    keys = int(100_000 * scale)
    path = os.path.join(site, "content/reviews/2025-26.md")
    text = open(path, encoding="utf-8").read()
    extra = "".join(f"  X{i}: {{ status: on-track, evidence: Done. }}\n" for i in range(keys))
    write(site, "content/reviews/2025-26.md", text.replace("progress:\n", "progress:\n" + extra, 1))


def yaml_alias_bomb(site, scale):
    # "Billion laughs": nine levels of ten aliases each would be 10^9 strings if expanded.
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    text = open(os.path.join(site, "content/offer/services/youth-club.md"), encoding="utf-8").read()
    text = re.sub(r"^areas: .*$", "areas: *a9", text, count=1, flags=re.M)
    write(site, "content/offer/services/youth-club.md", text.replace("---\n", "---\n" + "\n".join(lines) + "\n", 1))


def nested_yaml_10k(site, scale):
    depth = int(10_000 * scale)
    write(site, "content/pages/nested-yaml.md", f"---\ntitle: Nested YAML\ndeep: {'[' * depth}{']' * depth}\n---\nText.\n")


def nul_bytes(site, scale):
    write(site, "content/pages/nul.md", b"\0" * max(1024, int(1024 * 1024 * scale)))


def invalid_utf8(site, scale):
    write(site, "content/pages/latin1.md", b"---\ntitle: Caf\xe9 opening hours\n---\nOpen daily.\n")


def bom(site, scale):
    write(site, "content/pages/bom.md", b"\xef\xbb\xbf---\ntitle: Saved with a byte-order mark\n---\nText.\n")


def crlf(site, scale):
    write(site, "content/pages/crlf.md", b"---\r\ntitle: Saved with CRLF\r\n---\r\nFirst line.\r\n\r\n- one\r\n- two\r\n")


def empty(site, scale):
    write(site, "content/pages/empty.md", b"")


CASES = {
    "markdown-50mb": markdown_50mb,
    "yaml-100k-rows": yaml_100k_rows,
    "nested-lists-10k": nested_lists_10k,
    "nested-quotes-10k": nested_quotes_10k,
    "nested-yaml-10k": nested_yaml_10k,
    "yaml-100k-keys": yaml_100k_keys,
    "yaml-alias-bomb": yaml_alias_bomb,
    "nul-bytes": nul_bytes,
    "invalid-utf8": invalid_utf8,
    "bom": bom,
    "crlf": crlf,
    "empty": empty,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", nargs="?")
    parser.add_argument("site", nargs="?")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        print("\n".join(CASES))
        return
    if args.case not in CASES or not args.site:
        sys.exit(f"usage: limits_cases.py CASE SITE (cases: {', '.join(CASES)})")
    CASES[args.case](args.site, args.scale)
    print(WRITTEN[-1])  # the file the case wrote, relative to the site


if __name__ == "__main__":
    main()
