#!/usr/bin/env python3
"""The benchmark's second corpus shape, "sections": pages the plan shape (gen_corpus.py) never looks like.

    python3 bench/gen_corpus.py --shape sections --count 1000 --out DIR [--seed 20261122]

The plan shape is what trustsite was tuned on: one flat folder of 1.7 to 8.5 KiB pages that pass
every check. This shape is written so that nothing about it was tuned for:

- **Nested section folders**, 2 to 3 levels deep (`early-help/northgate/page-00012.md`,
  `health/eastfield/2025-26/page-00047.md`); about half the folders, at every level, have an
  `index.md` (the folder's own page, `/bench/early-help/northgate/`).
- **An `h1` in the body** of about a third of the pages (`# <title>` at the top, as authors often
  write it): trustsite warns (SITE-HEADINGS, the page's h1 is its title).
- **Many external links**: 5 to 15 `https://` links on every page of 1.5 KiB or more (0 to 2 on
  shorter ones), each with text that names where it goes; plus 1 to 4 links to other pages of the
  corpus, to the folder's own page when it has one, and to `/plan/`.
- **Headings repeated within a page**: every page with three or more sections repeats a section
  heading's text, and `###` headings repeat under different sections, so slugs are de-duplicated.
- **Unknown front matter keys** (`author`, `owner_team`, `audience`, `weight`, `old_url`) in about
  60% of the pages, 1 to 3 each: trustsite warns about each one.
- **Long and short pages**: sizes spread evenly on a log scale from 0.3 to 30 KiB.

Sentences, lists and tables come from gen_corpus.py. The output depends only on the count and the
seed: the folder layout is drawn once from them, each page from its number.
"""

import math
import random
import re

import gen_corpus as g

# Folder names at each level; reused with a number suffix when a level needs more.
LEVEL1 = ["early-help", "health", "education", "safeguarding", "youth", "families", "disability", "housing",
          "jobs-and-training", "community"]
LEVEL2 = ["northgate", "eastfield", "millbrook", "kingsmead", "westcliffe", "old-quay", "harrow-lane",
          "southwold-park"]
LEVEL3 = ["2024-25", "2025-26", "2026-27", "archive"]

# Front matter keys trustsite does not know: each one is a warning.
UNKNOWN_KEYS = [
    ("author", lambda r: r.choice(["Jo Patel", "Sam Okafor", "Alex Reid", "Priya Shah", "Chris Wong"])),
    ("owner_team", lambda r: r.choice(g.SERVICES).capitalize()),
    ("audience", lambda r: r.choice(["parents", "young people", "professionals", "everyone"])),
    ("weight", lambda r: str(r.randint(1, 50))),
    ("old_url", lambda r: f"/archive/{r.randint(100, 999)}.html"),
]

# External sites linked to: (address prefix, words for the link text).
EXTERNAL = [
    ("https://www.nhs.uk/conditions/", "the NHS page on"),
    ("https://www.gov.uk/guidance/", "the government guidance on"),
    ("https://www.gov.uk/government/publications/", "the national report on"),
    ("https://www.ofsted.gov.uk/reports/", "the Ofsted report on"),
    ("https://www.nspcc.org.uk/advice/", "the NSPCC's advice on"),
    ("https://www.barnardos.org.uk/help/", "Barnardo's help with"),
    ("https://www.childrenscommissioner.gov.uk/resource/", "the Children's Commissioner's work on"),
    ("https://www.youngminds.org.uk/young-person/", "YoungMinds' guide to"),
    ("https://www.citizensadvice.org.uk/family/", "Citizens Advice on"),
    ("https://www.ons.gov.uk/peoplepopulationandcommunity/", "national figures on"),
]

MIN_BYTES, MAX_BYTES = 300, 30 * 1024
FM_KEY = re.compile(r"^([a-z_]+):", re.M)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def folder_name(names, k):
    return names[k % len(names)] + (f"-{k // len(names) + 1}" if k >= len(names) else "")


def layout(seed, count):
    """Every page's path relative to the corpus folder: nested folders, some with an index.md."""
    r = random.Random(seed * 104_729 + count)
    paths = []

    def add_pages(folder):
        for _ in range(r.randint(3, 25)):
            paths.append(f"{folder}/{g.page_name(len(paths))}.md")

    top = 0
    while len(paths) < count:
        level1 = folder_name(LEVEL1, top)
        top += 1
        if r.random() < 0.5:
            paths.append(f"{level1}/index.md")
        for k2 in range(r.randint(2, 5)):
            level2 = f"{level1}/{folder_name(LEVEL2, k2)}"
            if r.random() < 0.5:
                paths.append(f"{level2}/index.md")
            if r.random() < 0.4:
                for k3 in range(r.randint(2, 4)):
                    level3 = f"{level2}/{folder_name(LEVEL3, k3)}"
                    if r.random() < 0.5:
                        paths.append(f"{level3}/index.md")
                    add_pages(level3)
            else:
                add_pages(level2)
    return paths[:count]


def url(rel):
    """The page's address: a/b/page.md is /bench/a/b/page/, a/b/index.md is /bench/a/b/."""
    stem = rel[:-len(".md")]
    stem = stem[:-len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return g.URL_PREFIX + stem


def title(seed, i, rel):
    """Page i's title: depends only on the seed, i and its path, so links can use it as their text."""
    r = random.Random(seed * 1_000_033 + i)
    if rel.endswith("/index.md"):
        folders = rel.split("/")[:-1]
        names = [f.replace('-', ' ') for f in folders]
        where = " in " + ", ".join(n.capitalize() for n in names[1:]) if len(names) > 1 else " overview"
        return f"{names[0].capitalize()}{where} ({i + 1})"
    return f"{r.choice(g.TOPICS)} {r.choice(g.PLACE_WORDS)} ({i + 1})"


def lower_first(text):
    return text[0].lower() + text[1:]


def external_link(r):
    prefix, words = r.choice(EXTERNAL)
    topic = lower_first(r.choice(g.TOPICS))
    return f"{prefix}{slug(topic)}-{r.randint(1, 400)}", f"{words} {topic}"


def page(seed, i, paths, number):
    """The text of page i; `number` maps each path to its page number."""
    rel = paths[i]
    r = random.Random(seed * 7_927 + i)
    target = int(math.exp(r.uniform(math.log(MIN_BYTES), math.log(MAX_BYTES))))
    page_title = title(seed, i, rel)
    topic = lower_first(page_title.split(" (")[0])

    out = ["---", f"title: {page_title}"]
    if target > 600:
        out.append(f"description: What the partners are doing about {topic}, and where to find help.")
    out.append(f"updated: 2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}")
    if r.random() < 0.6:
        for key, value in r.sample(UNKNOWN_KEYS, r.randint(1, 3)):
            out.append(f"{key}: {value(r)}")
    out += ["---", ""]
    if r.random() < 0.33:
        out += [f"# {page_title}", ""]

    # Links: external ones, other pages of the corpus, the folder's own page, the plan.
    links = [external_link(r) for _ in range(r.randint(5, 15) if target >= 1536 else r.randint(0, 2))]
    for j in sorted({r.randrange(len(paths)) for _ in range(r.randint(1, 4) if target >= 700 else 1)} - {i}):
        links.append((url(paths[j]), lower_first(title(seed, j, paths[j]))))
    own = rel.rsplit("/", 1)[0] + "/index.md"
    if own in number and own != rel and target >= 700:
        links.append((url(own), lower_first(title(seed, number[own], own))))
    links.append(("/plan/", "the Children and Young People's Plan"))
    r.shuffle(links)

    # The shortest pages are one sentence (and the closing list of links).
    out += [g.paragraph(r, links) if target >= 700 else g.fill(r, r.choice(g.SENTENCES)), ""]
    size = sum(len(line) + 1 for line in out)
    headings, subs, s = [], [], 0
    while target >= 700 and size < target:
        # From the third section on, a heading may repeat an earlier one; the third always does.
        if s >= 2 and (s == 2 or r.random() < 0.25):
            heading = r.choice(headings)
        else:
            heading = r.choice(g.SECTION_HEADINGS)
        headings.append(heading)
        section = [f"## {heading}", "", g.paragraph(r, links), ""]
        if r.random() < 0.4:
            section += [g.bullet_list(r, numbered=r.random() < 0.4), ""]
        if r.random() < 0.12:
            section += [g.table(r), ""]
        if r.random() < 0.35:
            for _ in range(r.randint(1, 2)):
                # The same few sub-headings under different sections.
                sub = r.choice(subs) if subs and r.random() < 0.5 else r.choice(g.SUB_HEADINGS)
                subs.append(sub)
                section += [f"### {sub}", "", g.paragraph(r, links), ""]
        out += section
        size += sum(len(line) + 1 for line in section)
        s += 1
    # Links that did not find a place in a paragraph go in a closing list.
    if links:
        out += ["## Further reading", ""] + [f"- [{text[0].upper() + text[1:]}]({href})" for href, text in links] + [""]
    return "\n".join(out)


def corpus(seed, count):
    paths = layout(seed, count)
    number = {rel: i for i, rel in enumerate(paths)}
    return [(rel, page(seed, i, paths, number)) for i, rel in enumerate(paths)]


def expected_warnings(text):
    """The warnings trustsite should give for one page: (unknown front matter keys, h1s in the body)."""
    front, _, body = text[4:].partition("\n---\n")
    unknown = sum(1 for key in FM_KEY.findall(front) if key in dict(UNKNOWN_KEYS))
    return unknown, len(re.findall(r"^# ", body, re.M))
