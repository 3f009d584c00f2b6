"""The cases of `make mutation-check`: realistic defects (typos, placeholders, deleted or renamed
sections, copied dates, broken files), each with the finding it must give, and harmless edits,
each of which must give no finding at all.

Lines are named by the text on them (At("status: on-trak")), in the edited file, so a case keeps
pointing at the right line when the example grows."""

from mutation_kit import (
    ANY_RULE, BOM, NO_LINE, Append, At, Defect, DeleteLines, Encode, Expect, Harmless, MoveLines, Remove, Replace,
    ReplaceAll, ReplaceLine, Transform, Write)

CONFIG = "trustsite.yml"
BOARD = "content/board/board.yml"
PLAN = "content/plan/index.md"
P1 = "content/plan/priorities/p1-mental-health.md"
P2 = "content/plan/priorities/p2-safe-from-harm.md"
P6 = "content/plan/priorities/p6-skills-jobs-and-money.md"
SECTIONS = "content/plan/sections/"
REVIEW = "content/reviews/2025-26.md"
OLD_REVIEW = "content/reviews/2024-25.md"
OFFER = "content/offer/index.md"
HUB = "content/offer/services/family-hub-northgate.md"
YOUTH = "content/offer/services/youth-council.md"
ABOUT = "content/pages/about.md"
HAVE_YOUR_SAY = "content/pages/have-your-say.md"
GLOSSARY = "content/glossary.yml"

CHAIR = "  - name: Councillor Ruth Adeyemi"


def defects():
    return board() + review() + plan() + plan_sections() + offer() + config() + pages() + files() + together()


def board():
    return [
        Defect("board: the chair's name is blank", Replace(BOARD, CHAIR, '  - name: ""'),
               Expect("BOARD-CHAIR", BOARD, At('  - name: ""'))),
        Defect("board: the chair's name is a placeholder", Replace(BOARD, CHAIR, "  - name: TBC"),
               Expect("BOARD-CHAIR", BOARD, At("  - name: TBC"))),
        Defect("board: no member is the chair", Replace(BOARD, "    position: chair\n", ""),
               Expect("BOARD-CHAIR", BOARD, At("members:"))),
        Defect("board: a partner type has a typo", Replace(BOARD, "    type: police", "    type: polise"),
               Expect("BOARD-RELEVANT-PARTNERS", BOARD, At("type: polise"))),
        Defect("board: a member names a partner that does not exist",
               Replace(BOARD, "    partner: holtshire-probation", "    partner: holtshire-probaton"),
               Expect(ANY_RULE, BOARD, At("partner: holtshire-probaton"))),
        Defect("board: two partners share an id",
               Replace(BOARD, "  - id: millbrook-youth-trust", "  - id: brackenmoor-voluntary-action"),
               Expect(ANY_RULE, BOARD, At("  - id: brackenmoor-voluntary-action", 2))),
        Defect("board: a partner has no type", DeleteLines(BOARD, "    type: connexions"),
               Expect("BOARD-RELEVANT-PARTNERS", BOARD, At("  - id: brackenmoor-connexions"))),
        Defect("board: the LSCB relationship is left out", DeleteLines(BOARD, "lscb:", 4),
               Expect("BOARD-LSCB-INDEPENDENT", BOARD, 1)),
        Defect("board: a sub-group's purpose is a placeholder",
               Replace(BOARD, "    purpose: Runs the joint training programme, the social work academy and the shared "
                              "induction for everyone who works with children.", "    purpose: To follow"),
               Expect("BOARD-SUBGROUPS", BOARD, At("    purpose: To follow"))),
        Defect("board: the updated date is not a date", Replace(BOARD, "updated: 2026-09-15", "updated: 15/09/2026"),
               Expect(ANY_RULE, BOARD, At("updated: 15/09/2026"))),
        Defect("board: the only local authority members lose their titles",
               [Replace(BOARD, "    role: Lead Member for Children and Young People", "    role: Councillor"),
                Replace(BOARD, "    role: Director of Children's Services", "    role: Director"),
                DeleteLines(BOARD, "    statutory_role: lead-member"),
                DeleteLines(BOARD, "    statutory_role: director-of-childrens-services")],
               Expect("BOARD-LA", BOARD, At(CHAIR))),
        Defect("board: a statutory role has a typo",
               Replace(BOARD, "    statutory_role: lead-member", "    statutory_role: lead-membr"),
               Expect("BOARD-LA", BOARD, At("statutory_role: lead-membr"))),
        Defect("board: the lead GP leaves the Board", DeleteLines(BOARD, "  - name: Dr Farhan Qureshi", 5),
               Expect("BOARD-HEALTH-SENIOR", BOARD, At("members:"))),
        Defect("plan: an action's lead partner has a typo", Replace(P2, "    lead: holtshire-police", "    lead: holtshire-polce"),
               Expect("BOARD-ACTION-LEADS", P2, At("lead: holtshire-polce"))),
    ]


def review():
    return [
        Defect("review: a status has a typo", Replace(REVIEW, "    status: at-risk", "    status: at-rsik"),
               Expect("REVIEW-PROGRESS", REVIEW, At("status: at-rsik"))),
        Defect("review: a status is a placeholder", Replace(REVIEW, "    status: complete", "    status: TBC"),
               Expect("REVIEW-PROGRESS", REVIEW, At("status: TBC"))),
        Defect("review: evidence is a placeholder",
               ReplaceLine(REVIEW, "    evidence: The Lighthouse opened on 10 November 2025.", "    evidence: TBC"),
               Expect("REVIEW-PROGRESS", REVIEW, At("    evidence: TBC"))),
        Defect("review: evidence is blank", ReplaceLine(REVIEW, "    evidence: 84% of children had their two-year review", '    evidence: ""'),
               Expect("REVIEW-PROGRESS", REVIEW, At('    evidence: ""'))),
        Defect("review: an action's progress is left out", DeleteLines(REVIEW, "  A3.2:", 3),
               Expect("REVIEW-PROGRESS", REVIEW, At("progress:"))),
        Defect("review: a progress entry names an action the plan does not have",
               Replace(REVIEW, "  A1.4:", "  A1.9:"),
               Expect("REVIEW-PROGRESS", REVIEW, At("  A1.9:"))),
        Defect("review: a progress entry has no evidence", DeleteLines(REVIEW, "    evidence: Police have notified schools"),
               Expect("REVIEW-PROGRESS", REVIEW, At("  A2.3:"))),
        Defect("review: a progress entry is empty", DeleteLines(REVIEW, "    status: complete", 2),
               Expect("REVIEW-PROGRESS", REVIEW, At("  A1.3:"))),
        Defect("review: a partner statement is blank", ReplaceLine(REVIEW, "  brackenmoor-yot: Led 1 action", '  brackenmoor-yot: ""'),
               Expect("REVIEW-PARTNERS", REVIEW, At('  brackenmoor-yot: ""'))),
        Defect("review: a partner statement is a placeholder",
               ReplaceAll(REVIEW, "  brackenmoor-college: Led 1 action, which is on track (supported internships). Supported 4 "
                                  "other actions, including providing courses at the youth employment hub and English "
                                  "classes in the Castle Ward family hub.", "  brackenmoor-college: To be confirmed"),
               Expect("REVIEW-PARTNERS", REVIEW, At("  brackenmoor-college: To be confirmed"))),
        Defect("review: a partner statement is left out", DeleteLines(REVIEW, "  holtshire-probation: Led 1 action"),
               Expect("REVIEW-PARTNERS", REVIEW, At("partners:"))),
        Defect("review: a partner statement names a partner that does not exist",
               Replace(REVIEW, "  riverside-park-school: Led 1 action", "  riverside-park: Led 1 action"),
               Expect("REVIEW-PARTNERS", REVIEW, At("  riverside-park: Led 1 action"))),
        Defect("review: the more-to-do section is renamed without its id",
               Replace(REVIEW, "## Where there is more to do {#more-to-do}", "## Next year"),
               Expect("REVIEW-MORE-TO-DO", REVIEW, 1)),
        Defect("review: the have-your-say section is deleted",
               [Replace(REVIEW, "## Have your say {#have-your-say}", "## Contact"),
                Replace(REVIEW, "We want to hear what you think. Tell us using the ways below.", "")],
               Expect("REVIEW-HAVE-YOUR-SAY", REVIEW, 1)),
        Defect("review: the LSCB response is deleted",
               Replace(REVIEW, "## Our response to the LSCB annual report {#lscb-response}", "## Safeguarding"),
               Expect("REVIEW-LSCB-RESPONSE", REVIEW, 1)),
        Defect("review: the summary for parents and young people is renamed",
               Replace(REVIEW, "## Summary for parents and young people {#summary}", "## The year in brief"),
               Expect("REVIEW-ACCESSIBLE", REVIEW, 1)),
        Defect("review: the published date is written the British way",
               Replace(REVIEW, "published: 2026-07-01", "published: 01/07/2026"),
               Expect(ANY_RULE, REVIEW, At("published: 01/07/2026"))),
        Defect("review: the period ends before it starts",
               Replace(REVIEW, "period: { start: 2025-04-01, end: 2026-03-31 }", "period: { start: 2025-04-01, end: 2025-03-31 }"),
               Expect(ANY_RULE, REVIEW, At("period:"))),
        Defect("review: the review of a past plan names a plan that does not exist",
               Replace(OLD_REVIEW, "plan: 2022-2025", "plan: 2022-2026"),
               Expect(ANY_RULE, OLD_REVIEW, At("plan: 2022-2026"))),
        Defect("review: this year's review is missing", Remove(REVIEW),
               Expect("REVIEW-EXISTS", REVIEW, NO_LINE)),
        Defect("review: a local status word nobody declared",
               Replace(REVIEW, "    status: on-track", "    status: ON COURSE"),
               Expect("REVIEW-PROGRESS", REVIEW, At("status: ON COURSE"))),
        Defect("review: a past plan's review gives a status nobody uses",
               Replace(OLD_REVIEW, "    status: off-track", "    status: behind"),
               Expect("REVIEW-PROGRESS", OLD_REVIEW, At("status: behind"))),
    ]


def plan():
    return [
        Defect("plan: the sign-off is left out", DeleteLines(PLAN, "sign_off:", 4),
               Expect("PLAN-SIGN-OFF", PLAN, 1)),
        Defect("plan: the sign-off minute and meeting are placeholders",
               [Replace(PLAN, "  minute: CTB 25/14", "  minute: TBC"),
                Replace(PLAN, "  meeting: Children's Trust Board, 19 March 2025", "  meeting: TBC")],
               Expect("PLAN-SIGN-OFF", PLAN, At("  minute: TBC"))),
        Defect("plan: the sign-off date is impossible", Replace(PLAN, "  date: 2025-03-19", "  date: 2025-02-30"),
               Expect("PLAN-SIGN-OFF", PLAN, At("  date: 2025-02-30"))),
        Defect("plan: the published date is left out", DeleteLines(PLAN, "published: 2025-04-01"),
               Expect("PLAN-PUBLISHED-DATE", PLAN, 1)),
        Defect("plan: the published date is a placeholder", Replace(PLAN, "published: 2025-04-01", "published: TBC"),
               Expect("PLAN-PUBLISHED-DATE", PLAN, At("published: TBC"))),
        Defect("plan: the period is copied with the end before the start",
               Replace(PLAN, "period: { start: 2025-04-01, end: 2028-03-31 }", "period: { start: 2025-04-01, end: 2025-03-31 }"),
               Expect("PLAN-PERIOD", PLAN, At("period:"))),
        Defect("plan: the period is left out", DeleteLines(PLAN, "period: { start: 2025-04-01"),
               Expect("PLAN-PERIOD", PLAN, 1)),
        Defect("plan: the review date has passed", Replace(PLAN, "review_by: 2027-03-31", "review_by: 2026-03-31"),
               Expect("SITE-STALE", PLAN, At("review_by: 2026-03-31"))),
        Defect("plan: a priority's outcome has a typo", Replace(P2, "outcomes: [stay-safe]", "outcomes: [stay-saf]"),
               Expect("PLAN-OUTCOMES", P2, At("outcomes: [stay-saf]"))),
        Defect("plan: a priority names no outcome", Replace(P2, "outcomes: [stay-safe]", "outcomes: []"),
               Expect("PLAN-OUTCOMES", P2, At("outcomes: []"))),
        Defect("plan: an action has no lead", DeleteLines(P2, "    lead: brackenmoor-council"),
               Expect("PLAN-ACTIONS", P2, At("  - id: A2.2"))),
        Defect("plan: an action's date is a placeholder", Replace(P2, "    by: 2025-12-31", "    by: TBC"),
               Expect("PLAN-ACTIONS", P2, At("    by: TBC"))),
        Defect("plan: an action's date is impossible", Replace(P2, "    by: 2025-09-30", "    by: 2025-09-31"),
               Expect("PLAN-ACTIONS", P2, At("    by: 2025-09-31"))),
        Defect("plan: an action says nothing about what will be done",
               ReplaceLine(P2, "    what: Offer every child who has been missing", '    what: ""'),
               Expect("PLAN-ACTIONS", P2, At('    what: ""'))),
        Defect("plan: an action's measure is a placeholder",
               Replace(P2, "    measure: Number of practitioners trained to use the neglect assessment tool", "    measure: TBA"),
               Expect("PLAN-ACTIONS", P2, At("    measure: TBA"))),
        Defect("plan: two actions share an id", Replace(P2, "  - id: A2.4", "  - id: A2.3"),
               Expect(ANY_RULE, P2, At("  - id: A2.3", 2))),
        Defect("plan: a priority's actions are all deleted",
               Transform(P6, lambda text: _cut_actions(text)),
               Expect("PLAN-ACTIONS", P6, At("actions:"))),
    ]


def _cut_actions(text):
    """Replaces a priority's action list with an empty one."""
    head, rest = text.split("actions:\n", 1)
    _, body = rest.split("\n---\n", 1)
    return head + "actions: []\n---\n" + body


def plan_sections():
    cases = []
    # The young people's summary also records what they said ("You told us what matters"), so the
    # consultation case drops both chapters written from the survey.
    cases.append(Defect("plan: the chapters written from the survey are deleted",
                        [Remove(SECTIONS + "consultation.md"), Remove(SECTIONS + "summary-for-young-people.md")],
                        [Expect("PLAN-CONSULTATION", PLAN, 1), Expect("PLAN-YOUNG-PEOPLE-SUMMARY", PLAN, 1)]))
    for file, rule in [("safeguarding.md", "PLAN-SAFEGUARDING"),
                       ("needs-analysis.md", "PLAN-NEEDS-ANALYSIS"), ("workforce.md", "PLAN-WORKFORCE"),
                       ("child-poverty.md", "PLAN-CHILD-POVERTY"), ("14-to-19.md", "PLAN-14-19"),
                       ("alignment.md", "PLAN-ALIGNMENT"), ("equality.md", "PLAN-EQUALITY"),
                       ("summary-for-young-people.md", "PLAN-YOUNG-PEOPLE-SUMMARY"),
                       ("early-intervention.md", "PLAN-EARLY-INTERVENTION")]:
        cases.append(Defect("plan: the chapter %s is deleted" % file, Remove(SECTIONS + file), Expect(rule, PLAN, 1)))
    cases.append(Defect(
        "plan: the LSCB consultation section loses its marker and its wording",
        [Replace(SECTIONS + "safeguarding.md", "covers: [safeguarding, lscb-consulted]", "covers: [safeguarding]"),
         Replace(SECTIONS + "safeguarding.md", "## How we consulted the LSCB on this plan {#lscb-consulted}",
                 "## The LSCB's view of this plan")],
        Expect("PLAN-LSCB-CONSULTED", PLAN, 1)))
    return cases


def offer():
    return [
        Defect("offer: a service says nothing about how to get it", DeleteLines(HUB, "access: Drop in Monday to Friday"),
               Expect("OFFER-SERVICES", HUB, 1)),
        Defect("offer: a service's only contact is a placeholder",
               Replace(HUB, "contact: { email: familyhubs@brackenmoor.example, phone: 01632 960 210, web: \"https://www.brackenmoor.example/family-hubs/northgate\" }",
                       "contact: { email: TBC }"),
               Expect("OFFER-SERVICES", HUB, At("contact: { email: TBC }"))),
        Defect("offer: a service's only contact is an email address with no domain",
               Replace(YOUTH, "contact: { email: youthcouncil@brackenmoor.example, phone: 01632 960 540, web: \"https://www.brackenmoor.example/youth-council\" }",
                       "contact: { email: youthcouncil@brackenmoor }"),
               Expect("OFFER-SERVICES", YOUTH, At("contact: { email: youthcouncil@brackenmoor }"))),
        Defect("offer: a service's only contact is a phone number that is too short",
               Replace(YOUTH, "contact: { email: youthcouncil@brackenmoor.example, phone: 01632 960 540, web: \"https://www.brackenmoor.example/youth-council\" }",
                       "contact: { phone: 01632 960 }"),
               Expect("OFFER-SERVICES", YOUTH, At("contact: { phone: 01632 960 }"))),
        Defect("offer: a service names no outcome", Replace(YOUTH, "outcomes: [positive-contribution]", "outcomes: []"),
               Expect("OFFER-SERVICE-OUTCOMES", YOUTH, At("outcomes: []"))),
        Defect("offer: a service's outcome has a typo",
               Replace(HUB, "outcomes: [be-healthy, stay-safe", "outcomes: [be-heathy, stay-safe"),
               Expect("OFFER-SERVICE-OUTCOMES", HUB, At("outcomes: [be-heathy"))),
        Defect("offer: a service was last checked long ago", Replace(HUB, "last_checked: 2026-09-08", "last_checked: 2024-09-08"),
               Expect("OFFER-UP-TO-DATE", HUB, At("last_checked: 2024-09-08"))),
        Defect("offer: a service does not say when it was checked", DeleteLines(HUB, "last_checked: 2026-09-08"),
               Expect("OFFER-UP-TO-DATE", HUB, 1)),
        Defect("offer: who a service is for is a placeholder",
               Replace(YOUTH, "for: Young people aged 11 to 19 who live, study or work in Brackenmoor (up to 25 for young "
                              "people with SEND or leaving care).", "for: TBC"),
               Expect("OFFER-SERVICES", YOUTH, At("for: TBC"))),
        Defect("offer: a service's name is blank", Replace(YOUTH, "name: Brackenmoor Youth Council", 'name: ""'),
               Expect("OFFER-SERVICES", YOUTH, At('name: ""'))),
        Defect("offer: a service's ages are the wrong way round", Replace(YOUTH, "ages: { from: 11, to: 19 }", "ages: { from: 19, to: 11 }"),
               Expect(ANY_RULE, YOUTH, At("ages: { from: 19, to: 11 }"))),
        Defect("offer: a service's SEND age is below its upper age",
               Replace(HUB, "ages: { from: 0, to: 19, send_to: 25 }", "ages: { from: 0, to: 19, send_to: 16 }"),
               Expect("OFFER-SERVICES", HUB, At("send_to: 16"))),
        Defect("offer: a site closes before it opens",
               Replace(HUB, "last_checked: 2026-09-08",
                       "sites:\n  - name: Northgate Family Hub\n    hours: [{ days: Mon-Fri, opens: \"17:00\", closes: \"09:00\" }]\n"
                       "last_checked: 2026-09-08"),
               Expect("OFFER-SERVICES", HUB, At("closes: \"09:00\""))),
        Defect("offer: a service's provider id has a typo",
               Replace(HUB, "last_checked: 2026-09-08", "providers: [brackenmoor-counsil]\nlast_checked: 2026-09-08"),
               Expect("OFFER-SERVICES", HUB, At("brackenmoor-counsil"))),
        Defect("offer: a service's web address runs script",
               Replace(YOUTH, "web: \"https://www.brackenmoor.example/youth-council\"", "web: \"javascript:alert(1)\""),
               Expect("SITE-SAFE-CONTENT", YOUTH, At("javascript:alert(1)"))),
        Defect("offer: the what-to-expect section loses its marker",
               [Replace(OFFER, "covers: [what-to-expect, youth-offer]", "covers: [youth-offer]"),
                Replace(OFFER, "## What you can expect from us {#what-to-expect}", "## Before you start")],
               Expect("OFFER-WHAT-TO-EXPECT", OFFER, 1)),
    ]


def config():
    return [
        Defect("config: the only contact route is a placeholder",
               [Replace(CONFIG, "  email: childrenstrust@brackenmoor.example\n  phone: 01632 960 100\n", "  email: TBC\n"),
                DeleteLines(CONFIG, "  address:", 6)],
               Expect("SITE-CONTACT", CONFIG, At("  email: TBC"))),
        Defect("config: the contact email has no domain",
               [Replace(CONFIG, "  email: childrenstrust@brackenmoor.example\n  phone: 01632 960 100\n",
                        "  email: childrenstrust@brackenmoor\n"),
                DeleteLines(CONFIG, "  address:", 6)],
               Expect("SITE-CONTACT", CONFIG, At("  email: childrenstrust@brackenmoor"))),
        Defect("config: the Trust's name is blank", Replace(CONFIG, "name: Brackenmoor Children's Trust", 'name: ""'),
               Expect("SITE-CONTACT", CONFIG, At('name: ""'))),
        Defect("config: the enforcement procedure is left out", DeleteLines(CONFIG, "  enforcement: england"),
               Expect("SITE-ACCESSIBILITY-STATEMENT", CONFIG, At("accessibility:"))),
        Defect("config: the compliance status has a typo", Replace(CONFIG, "  compliance: partial", "  compliance: partialy"),
               Expect("SITE-ACCESSIBILITY-STATEMENT", CONFIG, At("  compliance: partialy"))),
        Defect("config: the accessibility test date is left out", DeleteLines(CONFIG, "    date: 2026-06-12"),
               Expect("SITE-ACCESSIBILITY-STATEMENT", CONFIG, At("  tested:"))),
        Defect("config: the brand colour is too light", Replace(CONFIG, '  brand: "#1f4e79"', '  brand: "#8fb4d9"'),
               Expect("SITE-COLOUR-CONTRAST", CONFIG, At('  brand: "#8fb4d9"'))),
        Defect("config: an absent partner type's reason is a placeholder",
               ReplaceLine(CONFIG, "    reason: Brackenmoor Borough Council is a unitary council.", "    reason: TBC"),
               Expect("BOARD-RELEVANT-PARTNERS", CONFIG, At("    reason: TBC"))),
        Defect("config: an absent partner type has a typo",
               Replace(CONFIG, "  - type: district-council", "  - type: district-councl"),
               Expect("BOARD-RELEVANT-PARTNERS", CONFIG, At("  - type: district-councl"))),
        Defect("config: a waiver names a rule that does not exist",
               Append(CONFIG, "waivers:\n  - rule: PLAN-WORKFORSE\n    reason: Being rewritten with schools, due March 2027.\n"),
               Expect(ANY_RULE, CONFIG, At("  - rule: PLAN-WORKFORSE"))),
        Defect("config: the have-your-say address leads nowhere",
               Replace(CONFIG, "  have_your_say: /have-your-say/", "  have_your_say: /have-your-views/"),
               Expect(("SITE-HAVE-YOUR-SAY", "SITE-LINKS"), CONFIG, At("  have_your_say: /have-your-views/"))),
        Defect("config: a local status word means something that is not a status",
               Append(CONFIG, "status_words:\n  SLIPPAGE: late\n"),
               Expect(ANY_RULE, CONFIG, At("  SLIPPAGE: late"))),
        Defect("config: the updated date is impossible", Replace(CONFIG, "updated: 2026-07-01", "updated: 2026-07-32"),
               Expect(ANY_RULE, CONFIG, At("updated: 2026-07-32"))),
    ]


def pages():
    link_line = "\nRead [what children and families need](%s) before the next Board meeting.\n"
    return [
        Defect("page: a link to a page that does not exist",
               Append(ABOUT, link_line % "/plan/needs-analysys/"),
               Expect("SITE-LINKS", ABOUT, At("needs-analysys"))),
        Defect("page: a link to a section that does not exist",
               Append(ABOUT, link_line % "/reviews/2025-26/#more-to-doo"),
               Expect("SITE-LINKS", ABOUT, At("#more-to-doo"))),
        Defect("page: a full address on the site's own domain that leads nowhere",
               Append(ABOUT, link_line % "https://children.brackenmoor.example/plann/"),
               Expect("SITE-LINKS", ABOUT, At("https://children.brackenmoor.example/plann/"))),
        Defect("page: an image with no text alternative",
               Append(ABOUT, "\n![](https://www.brackenmoor.example/images/board-meeting.jpg)\n"),
               Expect("SITE-ALT-TEXT", ABOUT, At("![](https://www.brackenmoor.example/images/board-meeting.jpg)"))),
        Defect("page: a link that says click here",
               Append(ABOUT, "\nTo read the plan, [click here](/plan/).\n"),
               Expect("SITE-LINK-TEXT", ABOUT, At("[click here]"))),
        Defect("page: a heading that skips a level", Append(ABOUT, "\n#### Board meetings in 2027\n\nDates to follow.\n"),
               Expect("SITE-HEADINGS", ABOUT, At("#### Board meetings in 2027"))),
        Defect("page: a link that runs script", Append(ABOUT, "\nSee [the survey](javascript:alert(1)).\n"),
               Expect("SITE-SAFE-CONTENT", ABOUT, At("javascript:alert(1)"))),
        Defect("page: an unknown key that looks like a known one", Replace(PLAN, "published: 2025-04-01", "publshed: 2025-04-01"),
               [Expect(None, PLAN, At("publshed: 2025-04-01")), Expect("PLAN-PUBLISHED-DATE", PLAN, 1)]),
        Defect("page: the have-your-say page is deleted", Remove(HAVE_YOUR_SAY),
               Expect("SITE-HAVE-YOUR-SAY", HAVE_YOUR_SAY, NO_LINE)),
        Defect("glossary: an abbreviation that does not say what it stands for",
               DeleteLines(GLOSSARY, "    stands_for: Children and Young People's Plan"),
               Expect(ANY_RULE, GLOSSARY, At("  - term: CYPP"))),
    ]


def files():
    return [
        Defect("file: front matter with a missing space after a colon",
               Replace(HUB, "cost: Free. Some activities", "cost:Free: Some activities"),
               Expect(None, HUB, At("cost:Free: Some activities"))),
        Defect("file: front matter indented with a stray space",
               Replace(YOUTH, "\nyouth: true", "\n youth: true"),
               Expect(None, YOUTH, At(" youth: true"))),
        Defect("file: a service saved as Latin-1",
               Encode(HUB, "latin-1"), Expect(None, HUB, At("donation"))),
        Defect("file: a control character pasted from a PDF",
               Replace(ABOUT, "It is not a separate organisation", "It is not a separate\u0007 organisation"),
               Expect(None, ABOUT, At("It is not a separate"))),
        Defect("file: the plan's front page is deleted", Remove(PLAN),
               Expect(("SITE-PUBLISHED-SET", "PLAN-PERIOD"), PLAN, NO_LINE)),
        Defect("file: the Board's data is deleted", Remove(BOARD),
               Expect("SITE-PUBLISHED-SET", BOARD, NO_LINE)),
        Defect("file: the offer's front page is deleted", Remove(OFFER),
               Expect(("SITE-PUBLISHED-SET", "OFFER-WHAT-TO-EXPECT"), OFFER, NO_LINE)),
    ]


def together():
    return [
        Defect("one run: three files with a defect each, and a broken link",
               [Replace(REVIEW, "    status: at-risk", "    status: at-rsik"),
                Replace(BOARD, "    type: police", "    type: polise"),
                Replace(P2, "outcomes: [stay-safe]", "outcomes: [stay-saf]"),
                Append(ABOUT, "\nRead [the needs](/plan/needs-analysys/).\n")],
               [Expect("REVIEW-PROGRESS", REVIEW, At("status: at-rsik")),
                Expect("BOARD-RELEVANT-PARTNERS", BOARD, At("type: polise")),
                Expect("PLAN-OUTCOMES", P2, At("outcomes: [stay-saf]")),
                Expect("SITE-LINKS", ABOUT, At("needs-analysys"))]),
    ]


def harmless():
    new_page = ("---\ntitle: Minutes of the Board, March 2026\ndescription: What the Board decided at its meeting "
                "in March 2026.\nupdated: 2026-04-02\n---\nThe Board agreed the refresh of the plan.\n")
    return [
        Harmless("reworded more-to-do heading that keeps its id",
                 Replace(REVIEW, "## Where there is more to do {#more-to-do}", "## Future challenges {#more-to-do}")),
        Harmless("the more-to-do section titled as councils title it, with no id",
                 Replace(REVIEW, "## Where there is more to do {#more-to-do}", "## Future challenges")),
        Harmless("the child poverty chapter retitled, with no marker",
                 [Replace(SECTIONS + "child-poverty.md", "title: Child poverty", "title: Child and family poverty"),
                  Replace(SECTIONS + "child-poverty.md", "covers: [child-poverty]\n", "")]),
        Harmless("the early help chapter retitled, with no marker",
                 [Replace(SECTIONS + "early-intervention.md", "title: Helping early",
                          "title: Earliest intervention and children's centres"),
                  Replace(SECTIONS + "early-intervention.md", "covers: [early-intervention]\n", "")]),
        Harmless("the alignment chapter retitled, with no marker",
                 [Replace(SECTIONS + "alignment.md", "title: How this plan fits with other plans",
                          "title: Links to Brackenmoor 2030 and the Local Area Agreement"),
                  Replace(SECTIONS + "alignment.md", "covers: [alignment]\n", "")]),
        Harmless("the LSCB response titled with the board's full name, with no id",
                 Replace(REVIEW, "## Our response to the LSCB annual report {#lscb-response}",
                         "## Response to the Local Safeguarding Children Board's annual report")),
        Harmless("reworded have-your-say heading that keeps its id",
                 Replace(REVIEW, "## Have your say {#have-your-say}", "## Tell us what you think {#have-your-say}")),
        Harmless("reworded summary heading that keeps its id",
                 Replace(REVIEW, "## Summary for parents and young people {#summary}", "## The year in brief {#summary}")),
        Harmless("reworded safeguarding heading that keeps its id",
                 Replace(SECTIONS + "safeguarding.md", "## Our arrangements to safeguard children {#safeguarding}",
                         "## Working together to protect children {#safeguarding}")),
        Harmless("reworded vision heading that keeps its id",
                 Replace(SECTIONS + "vision.md", "## Our vision {#vision}", "## What we want for every child {#vision}")),
        Harmless("a priority retitled", Replace(P2, "title: Keeping children safe from harm, neglect and exploitation",
                                               "title: Protecting children from harm, neglect and exploitation")),
        Harmless("partners reordered", MoveLines(BOARD, "  - id: brackenmoor-chamber", 3, "  - id: brackenmoor-icb")),
        Harmless("members reordered", MoveLines(BOARD, "  - name: Donna Pritchard", 4, "  - name: Gemma Rowntree")),
        Harmless("progress entries reordered", MoveLines(REVIEW, "  A6.5:", 3, "  A1.1:")),
        Harmless("partner statements reordered", MoveLines(REVIEW, "  brackenmoor-parent-carer-forum:", 1, "  brackenmoor-council:")),
        Harmless("services listed in another order on the offer page",
                 MoveLines(OFFER, "- [Family hub, Castle Ward]", 1, "- [Family hub, Northgate]")),
        Harmless("a BOM at the start of a Markdown file", Transform(REVIEW, lambda text: BOM + text)),
        Harmless("a BOM at the start of the Board's data", Transform(BOARD, lambda text: BOM + text)),
        Harmless("a BOM at the start of trustsite.yml", Transform(CONFIG, lambda text: BOM + text)),
        Harmless("CRLF line endings in a review", Transform(REVIEW, lambda text: text.replace("\n", "\r\n"))),
        Harmless("CRLF line endings in trustsite.yml", Transform(CONFIG, lambda text: text.replace("\n", "\r\n"))),
        Harmless("CRLF and a BOM in a service", Transform(HUB, lambda text: BOM + text.replace("\n", "\r\n"))),
        Harmless("a new page three folders deep", Write("content/pages/board/minutes/2026/march.md", new_page)),
        Harmless("status words in capitals and with spaces",
                 [ReplaceAll(REVIEW, "    status: on-track", "    status: On track"),
                  ReplaceAll(REVIEW, "    status: at-risk", "    status: AT-RISK")]),
        Harmless("local status words declared and used",
                 [Append(CONFIG, "status_words:\n  ON COURSE: on-track\n  SLIPPAGE: at-risk\n  NO PROGRESS: off-track\n"),
                  ReplaceAll(REVIEW, "    status: on-track", "    status: ON COURSE"),
                  ReplaceAll(REVIEW, "    status: at-risk", "    status: SLIPPAGE"),
                  ReplaceAll(REVIEW, "    status: off-track", "    status: NO PROGRESS")]),
        Harmless("red, amber and green",
                 [ReplaceAll(REVIEW, "    status: on-track", "    status: Green"),
                  ReplaceAll(REVIEW, "    status: at-risk", "    status: Amber"),
                  ReplaceAll(REVIEW, "    status: off-track", "    status: RED")]),
        Harmless("statutory roles written in words", ReplaceAll(BOARD, "statutory_role: lead-gp", "statutory_role: Lead GP")),
        Harmless("status words quoted", ReplaceAll(REVIEW, "    status: complete", '    status: "complete"')),
        Harmless("comments in the YAML", Replace(BOARD, "members:\n", "# Updated after the September meeting.\nmembers:\n")),
        Harmless("blank lines between front matter keys", Replace(HUB, "youth: false\n", "youth: false\n\n")),
        Harmless("front matter keys reordered", MoveLines(PLAN, "published: 2025-04-01", 1, "title: Children and")),
        Harmless("a period written as a block mapping",
                 Replace(PLAN, "period: { start: 2025-04-01, end: 2028-03-31 }", "period:\n  start: 2025-04-01\n  end: 2028-03-31")),
        Harmless("a covers list written as a block list",
                 Replace(OFFER, "covers: [what-to-expect, youth-offer]", "covers:\n  - what-to-expect\n  - youth-offer")),
        Harmless("curly apostrophes in headings", Replace(HUB, "## What you can get here", "## What you’ll get here")),
        Harmless("a member with an accented name", Replace(BOARD, "  - name: Karen Doyle", "  - name: Siân Llewellyn-Jones")),
        Harmless("a new, complete service",
                 Write("content/offer/services/breastfeeding-cafe.md",
                       "---\nname: Breastfeeding café, Riverside\nsummary: Friendly support with feeding your baby, "
                       "from trained peer supporters.\nfor: Parents and carers of babies up to 1 year old.\n"
                       "ages: { from: 0, to: 1 }\noutcomes: [be-healthy]\nareas: [Riverside]\nyouth: false\n"
                       "access: Drop in on Thursdays, 10am to 12 noon. No appointment needed.\n"
                       "contact: { email: familyhubs@brackenmoor.example, phone: 01632 960 211 }\ncost: Free.\n"
                       "where: Riverside Family Hub, 2 Quay Street, Riverside, BM2 6TR\nlast_checked: 2026-10-01\n---\n"
                       "Come along for a cup of tea and a chat with other parents.\n")),
        Harmless("a new glossary term",
                 Replace(GLOSSARY, "  - term: CYPP\n", "  - term: NEET\n    stands_for: Not in education, employment or "
                                                       "training\n    meaning: Young people aged 16 to 24 who are not in school, "
                                                       "college, work or training.\n  - term: CYPP\n")),
        Harmless("a table with a caption",
                 Append(ABOUT, "\nTable: When the Board meets\n\n| Month | Place |\n|---|---|\n| March | Town Hall |\n"
                               "| June | Northgate Family Hub |\n")),
        Harmless("a descriptive external link",
                 Append(ABOUT, "\nRead the [government's guidance on Children's Trusts](https://www.gov.uk/).\n")),
        Harmless("a needs heading that mentions a summary",
                 Append(SECTIONS + "needs-analysis.md", "\n## Summary of needs mapped against services\n\n"
                                                        "The table above maps each need to the services that meet it.\n")),
        Harmless("evidence that mentions N/A and to follow in a sentence",
                 Replace(REVIEW, "    evidence: 84% of children had their two-year review",
                         "    evidence: Figures for March are to follow in the autumn update (N/A for one practice). "
                         "84% of children had their two-year review")),
        Harmless("a date written in quotes", Replace(HUB, "last_checked: 2026-09-08", 'last_checked: "2026-09-08"')),
        Harmless("a paragraph reflowed over several lines",
                 Replace(ABOUT, "It is not a separate organisation with its own staff or buildings. It is a partnership.",
                         "It is not a separate organisation\nwith its own staff or buildings.\nIt is a partnership.")),
    ]
