"""The site scripts/hostile_sweep.py fills with hostile strings: every value trustsite reads.

The site is Tests/Fixtures/minimal, written out here in full with a placeholder for every value the
loaders (Sources/TrustsiteCore/Loading/*.swift) read, plus what that fixture lacks: a glossary, a
home page, a past plan and a review of it, a nested free page, a waiver and a full accessibility
statement. It has three plan chapters instead of eleven (the plan's `covers` names one more, and the
waiver, whose reason is then published, another; the rest are only warnings), so it builds cleanly. Placeholders are `${kind:name=default}`; one name used twice is one value (an id and its
references). Kinds:

- free text: `t` (a YAML value), `m` (Markdown text, backslash-escaped so it is text), `r` (raw
  Markdown, so `<img ...>` is raw HTML, which trustsite leaves out);
- constrained, where refusing the value is a fine outcome: `id`, `email`, `phone`, `url`, `date`,
  `code` (a choice from a vocabulary, a language, a colour, a rule id), `num`, `bool`;
- `file`: a file or folder name (see RENAMES).

Every Markdown body has the same slots (BODY): text that uses the glossary's abbreviation (so
`<abbr title>` is written), a heading, raw HTML, link text and title, image alt text, table cells,
emphasis and a footnote.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from hostile_strings import Hostile

FREE_KINDS = {"t", "m", "r"}
CONSTRAINED_KINDS = {"id", "email", "phone", "url", "date", "code", "num", "bool", "file"}
MARKDOWN_KINDS = {"m", "r"}
# Written unquoted when not hostile, so YAML reads a number, a boolean or a date.
PLAIN_KINDS = {"num", "bool", "date"}

PLACEHOLDER = re.compile(r"\$\{(\w+):([\w.-]+)(?:=([^}]*))?\}")
ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def body(tag: str, extra: str = "") -> str:
    """A Markdown body with every kind of text slot, named `<tag>.<slot>`."""
    return f"""The CYPP, the LSCB and early help: ${{m:{tag}.text=plain words.}}

## ${{m:{tag}.heading=A heading}}

${{r:{tag}.raw=Raw text.}}

A [${{m:{tag}.link_text=link}}](/plan/ "${{m:{tag}.link_title=The plan}}") and an image:
![${{m:{tag}.image_alt=A picture}}](/plan/ "${{m:{tag}.image_title=Picture}}").

| ${{m:{tag}.table_head=Heading}} | Number |
|---|---|
| ${{m:{tag}.table_cell=Cell}} | 1 |

Some *${{m:{tag}.emphasis=emphasis}}*, `code`, and a note.[^n]
{extra}
[^n]: ${{m:{tag}.footnote=The footnote.}}
"""


def page(front: str, tag: str, extra: str = "") -> str:
    return "---\n" + front.strip("\n") + "\n---\n" + body(tag, extra)


def doc_front(tag: str, title: str, description: str = "Described.") -> str:
    return f"title: ${{t:{tag}.title={title}}}\ndescription: ${{t:{tag}.description={description}}}\n"


PARTNERS = [  # key, id, name, type
    ("council", "fernlow-council", "Fernlow Council", "local-authority"),
    ("police", "fernlow-police", "Fernlow Police", "police"),
    ("probation", "fernlow-probation", "Fernlow Probation", "probation"),
    ("yot", "fernlow-yot", "Fernlow Youth Offending Team", "youth-offending-team"),
    ("health", "fernlow-health", "Fernlow Health Board", "health"),
    ("connexions", "fernlow-connexions", "Connexions Fernlow", "connexions"),
    ("schools", "fernlow-schools", "Fernlow primary schools", "school"),
    ("academy", "fernlow-academy", "Fernlow Academy", "academy"),
    ("pru", "fernlow-pru", "Fernlow Pupil Referral Unit", "special-school-or-pru"),
    ("college", "fernlow-college", "Fernlow College", "fe-college"),
    ("sixth", "fernlow-sixth-form", "Fernlow Sixth Form College", "sixth-form-college"),
    ("jcp", "fernlow-jcp", "Jobcentre Plus Fernlow", "jobcentre-plus"),
    ("cvs", "fernlow-cvs", "Fernlow Voluntary Action", "third-sector"),
    ("lscb", "fernlow-lscb", "Fernlow LSCB", "lscb"),
    ("gp", "fernlow-gp", "Fernlow GPs", "gp"),
    ("business", "fernlow-business", "Fernlow Chamber of Commerce", "private-sector"),
    ("youth", "fernlow-youth", "Fernlow Youth Council", "children-and-young-people"),
]
MEMBERS = [  # name, role, partner key, position
    ("Sam Ash", "Director of Children's Services", "council", "chair"),
    ("Ali Birch", "Lead Member for Children", "council", "vice-chair"),
    ("Jo Cedar", "Superintendent", "police", "member"),
    ("Lee Dale", "Head of Probation", "probation", "member"),
    ("Kim Elm", "YOT Manager", "yot", "member"),
    ("Pat Fir", "Director of Nursing", "health", "member"),
    ("Dr Ray Gorse", "Lead GP for children", "gp", "member"),
    ("Mo Hazel", "Connexions Manager", "connexions", "member"),
    ("Val Ivy", "Primary head teacher", "schools", "member"),
    ("Ash Juniper", "Principal", "academy", "member"),
    ("Cal Kale", "Head of the PRU", "pru", "member"),
    ("Di Larch", "Principal", "college", "member"),
    ("Ed Maple", "Principal", "sixth", "member"),
    ("Flo Nettle", "District Manager", "jcp", "member"),
    ("Gus Oak", "Chief Executive", "cvs", "member"),
    ("Hal Pine", "Independent Chair", "lscb", "member"),
    ("Ivy Quince", "Member", "business", "member"),
    ("Jay Rowan", "Youth Mayor", "youth", "member"),
]
# Three chapters, not the eleven a plan has: every chapter page is the same template, and fewer pages
# load faster. The missing ones are warnings, or waived (PLAN-NEEDS-ANALYSIS) or covered elsewhere.
SECTIONS = [  # file stem, title, order, marker
    ("vision", "Our vision", 1, "vision"),
    ("safeguarding", "Keeping children safe", 4, "safeguarding"),
    ("young-people", "The plan for young people", 11, "young-people-summary"),
]


def partner_id(key: str) -> str:
    return next(f"${{id:partner.{k}={pid}}}" for k, pid, _, _ in PARTNERS if k == key)


def board_yml() -> str:
    lines = ["updated: ${date:board.updated=2026-05-01}", "partners:"]
    # One value a line: a refused value is put back by its line, and must not take others with it.
    for key, pid, name, ptype in PARTNERS:
        lines += [f"  - id: ${{id:partner.{key}={pid}}}", f"    name: ${{t:board.partner.{key}.name={name}}}",
                  f"    type: ${{code:board.partner.{key}.type={ptype}}}"]
    lines.append("members:")
    for i, (name, role, key, position) in enumerate(MEMBERS):
        lines += [f"  - name: ${{t:board.member{i}.name={name}}}", f"    role: ${{t:board.member{i}.role={role}}}",
                  f"    partner: {partner_id(key)}", f"    position: ${{code:board.member{i}.position={position}}}"]
    lines += [
        "subgroups:",
        "  - name: ${t:board.subgroup.name=Early Help Partnership}",
        "    purpose: ${t:board.subgroup.purpose=Leads early help.}",
        "    chair: ${t:board.subgroup.chair=Ali Birch}",
        "lscb:",
        "  name: ${t:board.lscb.name=Fernlow LSCB}",
        "  relationship: ${t:board.lscb.relationship=The LSCB is independent and not subordinate to the Board.}",
        "  url: ${url:board.lscb.url=https://lscb.fernlow.example/}",
        "voice: ${t:board.voice=The Youth Council and the parent forum report to every meeting.}",
    ]
    return "\n".join(lines) + "\n"


def action(tag: str, aid: str, what: str, lead: str, by: str, support: str | None = None) -> str:
    text = f"""  - id: ${{id:action.{tag}={aid}}}
    what: ${{t:{tag}.what={what}}}
    lead: {partner_id(lead)}
"""
    if support:
        text += f"    support: [{partner_id(support)}]\n"
    return text + f"""    resources: ${{t:{tag}.resources=2 nurses}}
    by: ${{date:{tag}.by={by}}}
    measure: ${{t:{tag}.measure=Drop-ins open}}
    baseline: ${{t:{tag}.baseline=0}}
    target: ${{t:{tag}.target=2}}
"""


def site_files() -> dict[str, str]:
    """Every file of the site, relative path to template."""
    files: dict[str, str] = {}
    files["trustsite.yml"] = """name: ${t:site.name=Fernlow Children's Trust}
local_authority: ${t:site.local_authority=Fernlow Council}
area: ${t:site.area=Fernlow}
base_url: ${url:site.base_url=https://children.fernlow.example/}
language: ${code:site.language=en-GB}
edition: ${code:site.edition=2010}
description: ${t:site.description=A small test site for Fernlow.}
fictional: ${bool:site.fictional=true}
updated: ${date:site.updated=2026-06-01}
contact:
  email: ${email:site.contact.email=trust@fernlow.example}
  phone: ${phone:site.contact.phone=01632 960 999}
  address:
    - ${t:site.contact.address1=Fernlow Town Hall}
    - ${t:site.contact.address2=Fernlow FL1 1AA}
  have_your_say: ${url:site.contact.have_your_say=/have-your-say/}
colours:
  brand: ${code:site.colours.brand=#1f4e79}
  accent: ${code:site.colours.accent=#ffbf47}
readability_minimum: ${num:site.readability_minimum=30}
sharing_image:
  path: ${url:site.sharing_image.path=/images/share.png}
  alt: ${t:site.sharing_image.alt=The Trust's logo}
allow_raw_html: ${bool:site.allow_raw_html=false}
waivers:
  - rule: ${code:site.waiver.rule=PLAN-NEEDS-ANALYSIS}
    reason: ${t:site.waiver.reason=The needs assessment is being redone with the NHS.}
licence:
  name: ${t:site.licence.name=Open Government Licence v3.0}
  url: ${url:site.licence.url=https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/}
absent_partner_types:
  - type: ${code:site.absent1.type=district-council}
    reason: ${t:site.absent1.reason=Fernlow is a unitary council.}
  - type: learning-and-skills-council
    reason: ${t:site.absent2.reason=The Learning and Skills Council closed in 2010.}
accessibility:
  compliance: ${code:site.a11y.compliance=partial}
  non_accessible:
    - content: ${t:site.a11y.problem.content=Maps of family hub locations}
      reason: ${t:site.a11y.problem.reason=The maps are images.}
      alternative: ${t:site.a11y.problem.alternative=Each hub's address is listed.}
  format_requests:
    email: ${email:site.a11y.format.email=formats@fernlow.example}
    phone: ${phone:site.a11y.format.phone=01632 960 998}
    response_days: ${num:site.a11y.format.response_days=10}
  improvements: ${t:site.a11y.improvements=We are replacing the maps by March 2027.}
  enforcement: ${code:site.a11y.enforcement=england}
  tested:
    date: ${date:site.a11y.tested.date=2026-05-01}
    by: ${t:site.a11y.tested.by=Fernlow web team}
    method: ${t:site.a11y.tested.method=Automated and manual checks.}
  prepared: ${date:site.a11y.prepared=2025-04-01}
  reviewed: ${date:site.a11y.reviewed=2026-05-01}
"""
    files["content/glossary.yml"] = """intro: ${t:glossary.intro=Here is what some words mean.}
updated: ${date:glossary.updated=2026-05-01}
abbreviations:
  - term: CYPP
    stands_for: ${t:glossary.cypp.stands_for=Children and Young People's Plan}
    meaning: ${t:glossary.cypp.meaning=The shared plan of all the partners.}
  - term: ${t:glossary.abbr2.term=LSCB}
    stands_for: ${t:glossary.abbr2.stands_for=Local Safeguarding Children Board}
    meaning: ${t:glossary.abbr2.meaning=The independent board that checks safeguarding.}
words:
  - term: ${t:glossary.word.term=Early help}
    meaning: ${t:glossary.word.meaning=Support for a family as soon as a problem appears.}
"""
    files["content/index.md"] = page(doc_front("home", "Welcome") + "updated: ${date:home.updated=2026-05-01}", "home")
    files["content/plan/index.md"] = page(doc_front("plan", "Children and Young People's Plan 2025 to 2028") + """\
period: { start: ${date:plan.start=2025-04-01}, end: ${date:plan.end=2028-03-31} }
sign_off:
  date: ${date:plan.sign_off.date=2025-03-10}
  meeting: ${t:plan.sign_off.meeting=Children's Trust Board, 10 March 2025}
  minute: ${t:plan.sign_off.minute=CTB 25/3}
published: ${date:plan.published=2025-04-01}
review_by: ${date:plan.review_by=2027-03-31}
updated: ${date:plan.updated=2025-04-01}
covers: [${code:plan.covers=consultation}]""", "plan")
    for stem, title, order, markers in SECTIONS:
        tag = f"section.{stem}"
        files[f"content/plan/sections/{stem}.md"] = page(
            doc_front(tag, title) + f"updated: ${{date:{tag}.updated=2025-04-01}}\n"
            + f"order: ${{num:{tag}.order={order}}}\ncovers: [${{code:{tag}.covers={markers}}}"
            + (", lscb-consulted]" if stem == "safeguarding" else "]"), tag)
    files["content/plan/priorities/p1-health.md"] = page(doc_front("p1", "Healthy and safe children") + """\
id: ${id:priority.p1=P1}
updated: ${date:p1.updated=2025-04-01}
order: ${num:p1.order=1}
outcomes: [${code:p1.outcome=be-healthy}, stay-safe]
resources: ${t:p1.resources=£100,000 a year}
theme: care
lead: """ + partner_id("health") + """
lead_officer: ${t:p1.lead_officer=Head of Early Help (Sam Patel)}
indicators:
  - id: ${id:indicator.i1=NI117}
    name: ${t:i1.name=Young people not in education, employment or training}
    unit: ${t:i1.unit=percentage}
    better: ${code:i1.better=lower}
    source: ${t:i1.source=Connexions caseload records}
    description: ${t:i1.description=The November to January average.}
    baseline: { year: ${code:i1.baseline.year=2024/25}, value: ${num:i1.baseline.value=8.1} }
    targets: { 2025/26: ${num:i1.target=7.5}, 2026/27: 7 }
actions:
""" + action("a11", "A1.1", "Open a mental health drop-in.", "health", "2026-03-31", support="council")
        + """    lead_officer: ${t:a11.lead_officer=Head of Public Health (Ann Lee)}
    milestones:
      - what: ${t:a11.milestone=Pilot in two schools}
        by: ${code:a11.milestone.by=2025-12}
        done: ${code:a11.milestone.done=2025-11-30}
"""
        + action("a12", "A1.2", "Train every school in online safety.", "police", "2027-03-31"), "p1")
    files["content/plan/themes/care.md"] = page(doc_front("theme", "Care and safety") + "order: 1", "theme")
    files["content/plan/priorities/p2-learning.md"] = page(doc_front("p2", "Learning, taking part and work") + """\
id: ${id:priority.p2=P2}
order: 2
outcomes: [enjoy-and-achieve, positive-contribution, economic-wellbeing]
actions:
""" + action("a21", "A2.1", "Offer every 16-year-old a college or training place.", "college", "2026-09-01"), "p2")
    files["content/plan/past/2022-25.md"] = page(doc_front("past", "Children and Young People's Plan 2022 to 2025") + """\
period: { start: ${date:past.start=2022-04-01}, end: ${date:past.end=2025-03-31} }
published: ${date:past.published=2022-04-01}
updated: ${date:past.updated=2022-04-01}""", "past")
    files["content/reviews/2025-26.md"] = page(doc_front("review", "Annual report 2025 to 2026") + f"""\
period: {{ start: ${{date:review.start=2025-04-01}}, end: ${{date:review.end=2026-03-31}} }}
published: ${{date:review.published=2026-06-01}}
updated: ${{date:review.updated=2026-06-01}}
progress:
  ${{id:action.a11=A1.1}}:
    status: ${{code:review.a11.status=complete}}
    evidence: ${{t:review.a11.evidence=Two drop-ins opened.}}
  ${{id:action.a12=A1.2}}:
    status: on-track
    evidence: ${{t:review.a12.evidence=Six of ten schools trained.}}
  ${{id:action.a21=A2.1}}:
    status: at-risk
    evidence: ${{t:review.a21.evidence=94% had an offer.}}
indicators:
  ${{id:indicator.i1=NI117}}:
    actual: ${{num:review.i1.actual=7.2}}
    note: ${{t:review.i1.note=Down from 8.1.}}
partners:
  {partner_id("health")}: ${{t:review.partner.health=Led its action and finished it.}}
  {partner_id("police")}: ${{t:review.partner.police=On track with school training.}}
  {partner_id("college")}: ${{t:review.partner.college=Behind because two courses closed.}}
  {partner_id("council")}: ${{t:review.partner.council=Supported the drop-ins.}}""", "review", extra="""
## Where there is more to do {#more-to-do}

${m:review.more_to_do=College places.}

## Have your say {#have-your-say}

Email trust@fernlow.example.

## Our response to the LSCB annual report {#lscb-response}

We agreed all four of its recommendations.

## Summary for parents and young people {#summary}

${m:review.summary=Most things are on track.}
""")
    files["content/reviews/2022-23.md"] = page(doc_front("past_review", "Annual report 2022 to 2023") + """\
plan: ${id:past.slug=2022-25}
period: { start: 2022-04-01, end: 2023-03-31 }
published: 2023-06-01""", "past_review")
    files["content/board/board.yml"] = board_yml()
    files["content/board/index.md"] = page(doc_front("board", "The Children's Trust Board") + "updated: 2026-05-01", "board")
    files["content/offer/index.md"] = page(doc_front("offer", "Help for families") + """\
covers: [what-to-expect, ${code:offer.covers=youth-offer}]
updated: 2026-05-01""", "offer", extra="\nWhat you can expect: help early. Young people can use youth clubs and safe places to go.\n")
    files["content/offer/services/youth-club.md"] = page("""\
name: ${t:service.name=Fernlow Youth Club}
title: ${t:service.title=Youth club}
description: ${t:service.description=Evening activities.}
updated: ${date:service.updated=2026-04-01}
summary: ${t:service.summary=Evening activities for young people.}
for: ${t:service.for=Young people aged 11 to 19}
ages: { from: ${num:service.ages.from=11}, to: ${num:service.ages.to=19} }
outcomes: [${code:service.outcome=enjoy-and-achieve}, positive-contribution]
areas: [${t:service.area1=Town centre}, ${t:service.area2=Northgate}]
youth: ${bool:service.youth=true}
access: ${t:service.access=Just turn up, Monday to Thursday, 6pm to 9pm.}
contact:
  email: ${email:service.email=youth@fernlow.example}
  phone: ${phone:service.phone=01632 960 997}
  web: ${url:service.web=https://youth.fernlow.example/}
cost: ${t:service.cost=Free}
where: ${t:service.where=Fernlow Youth Centre}
accessibility: ${t:service.accessibility=Step-free access.}
last_checked: ${date:service.last_checked=2026-04-01}""", "service")
    files["content/pages/contact.md"] = page(doc_front("contact", "Contact us") + "updated: ${date:contact.updated=2026-05-01}", "contact")
    files["content/pages/have-your-say.md"] = page(doc_front("say", "Have your say") + "covers: [${code:say.covers=have-your-say}]", "say")
    files["content/pages/help/index.md"] = page(doc_front("help", "Help"), "help")
    files["content/pages/help/questions.md"] = page(doc_front("questions", "Questions"), "questions")
    return files


# File and folder names: original relative path -> (field name, how the new path is made from a name).
RENAMES = {
    "content/pages/contact.md": ("file.free_page", "content/pages/{}.md"),
    "content/pages/help/index.md": ("file.pages_folder", "content/pages/{}/index.md"),
    "content/pages/help/questions.md": ("file.pages_folder", "content/pages/{}/questions.md"),
    "content/reviews/2025-26.md": ("file.review", "content/reviews/{}.md"),
    "content/offer/services/youth-club.md": ("file.service", "content/offer/services/{}.md"),
    "content/plan/priorities/p1-health.md": ("file.priority", "content/plan/priorities/{}.md"),
    "content/plan/sections/vision.md": ("file.section", "content/plan/sections/{}.md"),
    "content/plan/past/2022-25.md": ("file.past_plan", "content/plan/past/{}.md"),
}
# The free page and the folder would both be /<name>/: the folder's name gets a suffix.
RENAME_SUFFIX = {"file.pages_folder": "-folder"}


@dataclass
class Field:
    number: int
    kind: str
    name: str
    default: str
    file: str  # where it first appears (for a file name: the file renamed)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.file})"


@dataclass
class Site:
    """The site's files, their fields, and where each field was written in the last `write`."""

    templates: dict[str, str] = field(default_factory=site_files)
    fields: dict[str, Field] = field(default_factory=dict)
    # After write(): written path -> line -> field names on that line; and original -> written path.
    lines: dict[str, dict[int, set[str]]] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path, template in self.templates.items():
            for match in PLACEHOLDER.finditer(template):
                kind, name, default = match.group(1), match.group(2), match.group(3) or ""
                if name not in self.fields:
                    self.fields[name] = Field(len(self.fields) + 1, kind, name, default, path)
        for original, (name, _) in RENAMES.items():
            if name not in self.fields:
                self.fields[name] = Field(len(self.fields) + 1, "file", name, "", original)

    def names(self, kinds: set[str]) -> set[str]:
        return {name for name, f in self.fields.items() if f.kind in kinds}

    def by_number(self, number: int) -> Field | None:
        return next((f for f in self.fields.values() if f.number == number), None)

    def file_name(self, hostile: Hostile, f: Field) -> str:
        """A hostile file or folder name: the string without what no file name can hold."""
        name = hostile.value(f.number).replace("/", "").replace("\x00", "")
        if name in ("", ".", ".."):
            name = "x" + name
        return name + RENAME_SUFFIX.get(f.name, "")

    def value(self, f: Field, hostile: Hostile | None) -> str:
        if hostile is None:
            return f.default
        text = hostile.value(f.number)
        if f.kind in FREE_KINDS:
            return text
        if f.kind == "url" and text.startswith("javascript:"):
            return text
        return f.default + text

    def write(self, root: Path, hostile: Hostile | None, active: set[str]) -> None:
        """Writes the site into `root`: the fields named in `active` hold the hostile string."""
        if root.exists():
            shutil.rmtree(root)
        self.lines, self.paths = {}, {}
        overrides: dict[str, str] = {}
        for original, (name, pattern) in RENAMES.items():
            if hostile is not None and name in active:
                stem = self.file_name(hostile, self.fields[name])
                self.paths[original] = pattern.format(stem)
                if original == "content/plan/past/2022-25.md":
                    overrides["past.slug"] = stem  # the review of the past plan names it by file name
        for original, template in self.templates.items():
            path = self.paths.setdefault(original, original)
            out_lines, where = [], {}
            for number, line in enumerate(template.split("\n"), start=1):
                def fill(match: re.Match, number: int = number) -> str:
                    f = self.fields[match.group(2)]
                    hot = hostile is not None and f.name in active
                    if hot:
                        where.setdefault(number, set()).add(f.name)
                    if f.name in overrides:
                        where.setdefault(number, set()).add(f.name)
                        return yaml_quote(overrides[f.name])
                    text = self.value(f, hostile if hot else None)
                    if f.kind == "m":
                        return markdown_escape(text)
                    if f.kind == "r":
                        return text
                    if not hot and f.kind in PLAIN_KINDS:
                        return text
                    return yaml_quote(text)
                out_lines.append(PLACEHOLDER.sub(fill, line))
            self.lines[path] = where
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes("\n".join(out_lines).encode("utf-8", "surrogatepass"))


def markdown_escape(text: str) -> str:
    """Backslash before every ASCII punctuation character: Markdown then shows the text as written."""
    return "".join("\\" + ch if ch in ASCII_PUNCTUATION else ch for ch in text)


def yaml_quote(text: str) -> str:
    """A YAML double-quoted scalar; what YAML does not allow raw in a file is written as an escape."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\t" or 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD and code != 0xFEFF \
                or 0x10000 <= code <= 0x10FFFF:
            out.append(ch if code not in (0x2028, 0x2029) else f"\\u{code:04X}")
        elif code <= 0xFF:
            out.append(f"\\x{code:02X}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        else:
            out.append(f"\\U{code:08X}")
    out.append('"')
    return "".join(out)
