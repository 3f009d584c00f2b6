#!/usr/bin/env python3
"""Write a corpus of Markdown pages that look like a Children's Trust's plan pages.

    python3 bench/gen_corpus.py --count 1000 --out DIR [--seed 20261122] [--shape plan|sections]

Writes DIR/page-00000.md ... DIR/page-<count-1>.md. Each page has front matter (title,
description, updated) and 4 to 8 sections (## and ###) of plain-English paragraphs about
children's services, bullet and numbered lists, links to other pages of the corpus
(/bench/page-NNNNN/) and to /plan/, and, in about half the pages, a GFM table of 3 to 5
columns and 4 to 10 rows. Pages average about 4 KB.

The output depends only on --count and --seed (Python's random with a fixed seed, stdlib
only), so every run and every machine gets the same files. Each page's title depends only on
its number and the seed, so a link's text can be the title of the page it points to.

The corpus is written to pass trustsite's checks with no errors and no warnings: headings start
at ## and never skip a level, every link points to a page that exists, and link text names the
destination.
"""

import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/

URL_PREFIX = "/bench/"

GROUPS = [
    "children under five", "young carers", "children in care", "care leavers", "disabled children",
    "children with special educational needs", "teenage parents", "young people aged 14 to 19",
    "families on low incomes", "children who have moved schools", "babies and their parents",
    "young people not in education or work", "children of armed forces families",
    "children who are home educated", "young people leaving custody", "children new to the area",
]
SERVICES = [
    "the family hub", "the school nursing service", "speech and language therapy", "the youth club",
    "the health visiting service", "parenting groups", "the holiday activity programme",
    "the mental health support team", "the short breaks service", "the careers advice service",
    "the young carers project", "the family support team", "the children's centre", "the sexual health clinic",
    "the school attendance team", "the inclusion team", "the library rhyme time sessions", "the sports outreach team",
]
PARTNERS = [
    "The council", "The integrated care board", "The police", "Every secondary school", "The further education college",
    "The youth offending team", "Jobcentre Plus", "The community health trust", "The voluntary sector forum",
    "The parent carer forum", "The youth council", "Each primary school", "The housing team", "The probation service",
]
AREAS = ["Northgate", "Eastfield", "Millbrook", "Southwold Park", "Harrow Lane", "Kingsmead", "the town centre",
         "the rural villages", "Westcliffe", "Old Quay"]
VERBS = ["open", "expand", "improve", "review", "fund", "staff", "extend", "promote", "run", "support", "protect",
         "simplify"]
GOALS = ["get help early", "stay in school", "feel safe at home", "eat well", "find a job or training",
         "make friends", "be listened to", "get to appointments on time", "sleep well", "play outside",
         "read well by age seven", "talk to someone they trust"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TOPICS = [
    "Early help for families", "Health in the first years", "Staying safe online", "School attendance",
    "Mental health and wellbeing", "Support for young carers", "Short breaks for disabled children",
    "Places to go after school", "Healthy eating", "Speech and language", "Help with money", "Housing and homes",
    "Moving to secondary school", "Jobs and training", "Youth clubs and sport", "Support after care",
    "Parenting support", "Reading and libraries", "Play and open spaces", "Transport to school",
]
PLACE_WORDS = ["in Northgate", "in Eastfield", "in Millbrook", "in Kingsmead", "in Westcliffe", "in Old Quay",
               "across the borough", "in the town centre", "in the villages", "in Harrow Lane"]
SECTION_HEADINGS = [
    "Why this matters", "What families told us", "What we will do", "Who leads the work", "How we will know it works",
    "Where we are now", "What changes for children", "Money and staff", "Working with schools", "Working with health",
    "Timeline", "Risks and how we manage them", "Who to contact", "What happened last year", "Next steps",
    "What young people said", "Services involved", "Measures we track",
]
SUB_HEADINGS = [
    "In schools", "At home", "In the community", "For parents and carers", "For young people", "For babies",
    "Staff training", "Data we use", "Quick wins", "Longer term", "Costs", "Partners",
]
SENTENCES = [
    "{partner} will {verb} {service} for {group} in {area} by {month} {year}.",
    "Last year {n} families used {service}, up from {m} the year before.",
    "Parents told us that {service} helps them {goal}, but that waiting times are too long.",
    "We want every child in {area} to {goal}.",
    "{partner} and {partner2} now share one referral form, so families tell their story once.",
    "About {pct} in every 100 {group} in {area} {goal} today, and we aim to raise this.",
    "Staff from {service} visit {area} every {day} morning.",
    "Young people asked for {service} to stay open later in the evening.",
    "The Board checks progress on this work every three months.",
    "{partner} has set aside money for {k} extra staff to {verb} {service}.",
    "Children said they want adults to listen and to explain what happens next.",
    "We will write to every family in {area} to explain the change.",
    "The waiting time for {service} fell from {m} weeks to {w} weeks.",
    "{group_cap} can ask for help from {service} without a referral.",
    "We will test the new approach in {area} before we use it everywhere.",
    "Each school has a named person who knows about {service}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
LIST_ITEMS = [
    "ask {service} for advice", "talk to a teacher or a school nurse", "call the family information line",
    "visit {service} in {area}", "fill in the short online form", "ask a health visitor to refer you",
    "bring a friend or family member to the first meeting", "tell us if you need an interpreter",
    "check the opening times before you travel", "ask for the leaflet in easy read",
    "{verb} {service} with {partner_l}", "meet {group} and their parents every term",
    "publish the figures for {area} each year", "train staff in {service} to spot problems early",
]
TABLE_COLUMNS = [
    ("Area", lambda r: r.choice(AREAS).capitalize()),
    ("Service", lambda r: r.choice(SERVICES).capitalize()),
    ("Families helped", lambda r: str(r.randint(12, 900))),
    ("Waiting time (weeks)", lambda r: str(r.randint(1, 18))),
    ("Lead partner", lambda r: r.choice(PARTNERS)),
    ("Status", lambda r: r.choice(["On track", "At risk", "Complete", "Not started", "Off track"])),
    ("Due", lambda r: f"{r.choice(MONTHS)} {r.randint(2026, 2028)}"),
    ("Budget", lambda r: f"£{r.randint(10, 950)},000"),
    ("Share of children", lambda r: f"{r.randint(3, 97)}%"),
]


def page_name(i):
    return f"page-{i:05d}"


def page_url(i):
    return f"{URL_PREFIX}{page_name(i)}/"


def page_title(seed, i):
    """The title of page i: depends only on the seed and i, so links can use it as their text."""
    r = random.Random(seed * 1_000_003 + i)
    return f"{r.choice(TOPICS)} {r.choice(PLACE_WORDS)} ({i + 1})"


def fill(r, template):
    group = r.choice(GROUPS)
    return template.format(
        partner=r.choice(PARTNERS), partner2=r.choice(PARTNERS).lower(), partner_l=r.choice(PARTNERS).lower(),
        verb=r.choice(VERBS), service=r.choice(SERVICES), group=group, group_cap=group[0].upper() + group[1:],
        area=r.choice(AREAS), month=r.choice(MONTHS), year=r.randint(2026, 2028), n=r.randint(20, 4000),
        k=r.randint(2, 12), m=r.randint(8, 30), w=r.randint(1, 7), pct=r.randint(20, 95), goal=r.choice(GOALS), day=r.choice(DAYS),
    )


def paragraph(r, links):
    """2 to 4 sentences; sometimes one sentence carries a link (taken from `links`)."""
    sentences = [fill(r, r.choice(SENTENCES)) for _ in range(r.randint(2, 4))]
    if links and r.random() < 0.5:
        url, text = links.pop()
        sentences.insert(r.randint(0, len(sentences)), f"Read about [{text}]({url}) to see how this fits together.")
    if r.random() < 0.2:
        k = r.randrange(len(sentences))
        sentences[k] = "**" + sentences[k][:-1] + "**."
    return " ".join(sentences)


def bullet_list(r, numbered):
    items = []
    for k in range(r.randint(3, 5)):
        text = fill(r, r.choice(LIST_ITEMS))
        text = text[0].upper() + text[1:]
        items.append(f"{k + 1}. {text}" if numbered else f"- {text}")
    return "\n".join(items)


def table(r):
    columns = r.sample(TABLE_COLUMNS, r.randint(3, 5))
    lines = []
    if r.random() < 0.5:
        lines.append(f"Table: {r.choice(SERVICES).capitalize()} {r.choice(PLACE_WORDS)}")
    lines.append("| " + " | ".join(name for name, _ in columns) + " |")
    lines.append("|" + "|".join("---:" if name in ("Families helped", "Waiting time (weeks)", "Budget") else "---"
                               for name, _ in columns) + "|")
    for _ in range(r.randint(4, 10)):
        lines.append("| " + " | ".join(cell(r) for _, cell in columns) + " |")
    return "\n".join(lines)


def page(seed, i, count):
    r = random.Random(seed * 7_919 + i)
    title = page_title(seed, i)
    topic = title.split(" (")[0]
    updated = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"
    description = (f"What the partners will do about {topic[0].lower() + topic[1:]}, "
                   f"for {r.choice(GROUPS)} and their families.")

    # Links: 2 to 5 other pages of the corpus, and the plan.
    others = [j for j in (r.randrange(count) for _ in range(r.randint(2, 5))) if j != i] if count > 1 else []
    links = [(page_url(j), page_title(seed, j)[0].lower() + page_title(seed, j)[1:]) for j in others]
    links.append(("/plan/", "the Children and Young People's Plan"))
    r.shuffle(links)

    out = ["---", f"title: {title}", f"description: {description}", f"updated: {updated}", "---", ""]
    out.append(paragraph(r, []))
    out.append("")

    with_table = r.random() < 0.5
    n_sections = r.randint(4, 8)
    table_at = r.randrange(n_sections) if with_table else -1
    headings = r.sample(SECTION_HEADINGS, n_sections)
    subs = r.sample(SUB_HEADINGS, len(SUB_HEADINGS))  # each sub-heading at most once per page
    for s, heading in enumerate(headings):
        out.append(f"## {heading}")
        out.append("")
        for _ in range(1 if r.random() < 0.7 else 2):
            out.append(paragraph(r, links))
            out.append("")
        if r.random() < 0.5:
            out.append(bullet_list(r, numbered=r.random() < 0.4))
            out.append("")
        if s == table_at:
            out.append(table(r))
            out.append("")
        if r.random() < 0.35 and subs:
            for sub in [subs.pop() for _ in range(min(len(subs), r.randint(1, 2)))]:
                out.append(f"### {sub}")
                out.append("")
                out.append(paragraph(r, links))
                out.append("")
    # Links that did not find a place in a paragraph go in a closing list.
    if links:
        out.append("## Related pages")
        out.append("")
        for url, text in links:
            out.append(f"- [{text[0].upper() + text[1:]}]({url})")
        out.append("")
    return "\n".join(out)


def strip_front_matter(text):
    """The Markdown body: everything after the closing '---' of the front matter."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5:]
    return text


def plan_layout(count):
    """The plan shape's pages: all in one folder, page-00000.md ... page-<count-1>.md."""
    return [page_name(i) + ".md" for i in range(count)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="number of pages")
    parser.add_argument("--out", required=True, help="folder to write the pages into (created)")
    parser.add_argument("--seed", type=int, default=20261122, help="random seed (default 20261122)")
    parser.add_argument("--shape", choices=SHAPES, default="plan",
                        help="plan: the flat corpus described above (default); sections: nested section "
                             "folders, see gen_sections.py")
    parser.add_argument("--bodies", help="also write the bodies, without front matter, into this folder "
                                         "(flat: a page's folders are joined to its name with '--')")
    args = parser.parse_args()

    pages = corpus(args.shape, args.seed, args.count)
    total = 0
    for rel, text in pages:
        total += len(text.encode("utf-8"))
        path = os.path.join(args.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        if args.bodies:
            os.makedirs(args.bodies, exist_ok=True)
            with open(os.path.join(args.bodies, rel.replace("/", "--")), "w", encoding="utf-8") as f:
                f.write(strip_front_matter(text))
    print(f"wrote {args.count} pages ({args.shape}), {total / max(1, args.count) / 1024:.1f} KiB on average, "
          f"into {args.out}", file=sys.stderr)


SHAPES = ["plan", "sections"]


def corpus(shape, seed, count):
    """[(path relative to the corpus folder, text)] for every page of the shape, in a fixed order."""
    if shape == "plan":
        return [(rel, page(seed, i, count)) for i, rel in enumerate(plan_layout(count))]
    import gen_sections  # next to this file
    return gen_sections.corpus(seed, count)


def layout(shape, seed, count):
    """The pages' paths relative to the corpus folder, in the order `corpus` gives them."""
    if shape == "plan":
        return plan_layout(count)
    import gen_sections
    return gen_sections.layout(seed, count)


def built_page(rel):
    """Where a page's HTML is written, relative to the corpus's folder in the output:
    a/b/page.md is a/b/page/index.html, a/b/index.md is a/b/index.html."""
    stem = rel[:-len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
