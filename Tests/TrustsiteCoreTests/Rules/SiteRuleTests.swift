import Foundation
import Testing

@testable import TrustsiteCore

/// The site-wide rules (SITE-*): each one failing on the smallest change to the minimal fixture.
@Suite struct SiteRuleTests {
    // MARK: SITE-PUBLISHED-SET

    @Test func noPlan() throws {
        let findings = try checkedFixture("SITE-PUBLISHED-SET") { try $0.remove("content/plan") }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md: error[SITE-PUBLISHED-SET]: the site publishes no Children and Young People's Plan."
            ])
        #expect(findings.first?.citation == "000 §3.28; 001 changes box, §5")
    }

    @Test func noAnnualReviewOnceThePlanHasRunAYear() throws {
        let findings = try checkedFixture("SITE-PUBLISHED-SET") { try $0.remove("content/reviews/2025-26.md") }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md: error[SITE-PUBLISHED-SET]: the plan has run for a year but no annual review is published."
            ])
        #expect(
            findings.first?.hint
                == "Write the review: `trustsite new review 2025-26` creates it with every action listed.")
    }

    @Test(arguments: [("2026-03-31", 0), ("2026-04-01", 1)])
    func annualReviewIsDueOnceTheFirstYearIsOver(today: String, expected: Int) throws {
        let findings = try checkedFixture("SITE-PUBLISHED-SET", today: today) {
            try $0.remove("content/reviews/2025-26.md")
        }
        #expect(findings.count == expected)
    }

    @Test func noBoardMembers() throws {
        let findings = try checkedFixture("SITE-PUBLISHED-SET") { site in
            try site.removeLines(containing: ", partner: fernlow-", in: "content/board/board.yml")
            try site.removeLines(containing: "members:", in: "content/board/board.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:1:1: error[SITE-PUBLISHED-SET]: the site does not say who sits on the Board."
            ])
    }

    @Test func noLocalOffer() throws {
        let findings = try checkedFixture("SITE-PUBLISHED-SET") { try $0.remove("content/offer") }
        #expect(
            findings.map(\.headline) == [
                "content/offer/index.md: error[SITE-PUBLISHED-SET]: the site publishes no local offer."
            ])
    }

    // MARK: SITE-ACCESSIBILITY-STATEMENT

    @Test func noAccessibilityStatement() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") { site in
            let config = try site.read("trustsite.yml")
            let start = try #require(config.range(of: "accessibility:\n"))
            try site.write("trustsite.yml", String(config[..<start.lowerBound]))
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:1:1: error[SITE-ACCESSIBILITY-STATEMENT]: there is no accessibility statement."
            ])
        let hint = try #require(findings.first?.hint)
        #expect(
            hint.hasPrefix(
                "Add an `accessibility:` section to trustsite.yml:\n    accessibility:\n      compliance: partial\n"))
        // Example dates are the day of the check, not a fixed year.
        #expect(hint.hasSuffix("      prepared: 2026-11-22\n      reviewed: 2026-11-22"))
    }

    @Test(arguments: [
        ("prepared: 2025-04-01", "the statement does not say when it was prepared."),
        ("reviewed: 2026-05-01", "the statement does not say when it was last reviewed."),
    ])
    func accessibilityStatementDates(line: String, message: String) throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") {
            try $0.removeLines(containing: line, in: "trustsite.yml")
        }
        // A key missing from `accessibility:` is reported at that key's line, where it goes.
        #expect(findings.map(\.headline) == ["trustsite.yml:20:1: error[SITE-ACCESSIBILITY-STATEMENT]: \(message)"])
    }

    @Test func accessibilityStatementWithoutTesting() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") { site in
            for line in ["tested:", "date: 2026-05-01", "by: Fernlow web team", "method: Automated"] {
                try site.removeLines(containing: line, in: "trustsite.yml")
            }
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:20:1: error[SITE-ACCESSIBILITY-STATEMENT]: the statement does not say how and when the site was tested."
            ])
        #expect(findings.first?.hint == "Add `tested: { date: 2026-11-22, by: (who), method: (how) }`.")
    }

    @Test
    func accessibilityStatementWithoutComplianceStatus() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") {
            try $0.removeLines(containing: "compliance: full", in: "trustsite.yml")
        }
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.message.contains("compliance") })
        #expect(!findings.contains { $0.message.contains("says the site is not fully compliant") })
    }

    @Test func partlyCompliantWithoutListingProblems() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") {
            try $0.replace("compliance: full", with: "compliance: partial", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:20:1: error[SITE-ACCESSIBILITY-STATEMENT]: the statement says the site is not fully compliant but lists no non-accessible content."
            ])
    }

    @Test func nonAccessibleContentWithoutAlternative() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") {
            try $0.replace(
                "compliance: full",
                with: """
                    compliance: partial
                      non_accessible:
                        - content: Maps of youth clubs
                          reason: Drawn by hand.
                    """, in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:23:7: error[SITE-ACCESSIBILITY-STATEMENT]: 'Maps of youth clubs' has no accessible alternative."
            ])
        #expect(findings.first?.hint == "Add `alternative:` saying how people can get the same information.")
    }

    /// With no contact route at all, three rules say so, each in its own words.
    @Test func noContactRoute() throws {
        let diagnostics = try checkedFixture(nil) { site in
            for line in ["email: trust@", "phone: 01632 960 999", "address:", "- Fernlow Town Hall"] {
                try site.removeLines(containing: line, in: "trustsite.yml")
            }
        }
        #expect(
            diagnostics.map(\.headline) == [
                "trustsite.yml:9:1: error[SITE-CONTACT]: trustsite.yml gives no contact route.",
                "trustsite.yml:9:1: error[SITE-HAVE-YOUR-SAY]: there is no working contact route for views and concerns.",
                "trustsite.yml:16:1: error[SITE-ACCESSIBILITY-STATEMENT]: the statement gives no way to ask for another format or report a problem.",
            ])
        let contact = try #require(diagnostics.first { $0.ruleID == "SITE-CONTACT" })
        #expect(
            contact.hint == """
                Add at least one of these:
                    contact:
                      email: childrenstrust@example.gov.uk
                      phone: 01632 960 100
                      address:
                        - Town Hall
                """)
        #expect(contact.citation == "000 §3.28; 002 ¶15")
    }

    @Test func formatRequestsAreAContactRouteForTheStatement() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") { site in
            for line in ["email: trust@", "phone: 01632 960 999", "address:", "- Fernlow Town Hall"] {
                try site.removeLines(containing: line, in: "trustsite.yml")
            }
            try site.replace(
                "compliance: full", with: "compliance: full\n  format_requests: { email: formats@fernlow.example }",
                in: "trustsite.yml")
        }
        #expect(findings.isEmpty)
    }

    /// A site's own layout without the footer links: one finding per missing link, counting the
    /// pages (all but the 404 page) and naming a few.
    @Test func layoutWithoutFooterLinks() throws {
        let diagnostics = try checkedFixture(nil) { site in
            try site.write(
                "templates/layout.mustache",
                "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<body>\n{{{content}}}\n</body>\n</html>\n")
        }
        let accessibility = diagnostics.filter { $0.ruleID == "SITE-ACCESSIBILITY-STATEMENT" }
        let haveYourSay = diagnostics.filter { $0.ruleID == "SITE-HAVE-YOUR-SAY" }
        #expect(
            accessibility.map(\.headline) == [
                "templates/layout.mustache: error[SITE-ACCESSIBILITY-STATEMENT]: 32 pages do not link to the accessibility statement: /, /about-this-information/, /accessibility/ and 29 more."
            ])
        // Some pages' own templates link to the have-your-say page; the others are counted.
        #expect(
            haveYourSay.map(\.headline) == [
                "templates/layout.mustache: error[SITE-HAVE-YOUR-SAY]: 30 pages do not link to /have-your-say/: /accessibility/, /board/, /contact/ and 27 more."
            ])
        #expect(
            accessibility.first?.hint
                == "Keep the footer link `<a href=\"/accessibility/\">Accessibility</a>` in templates/layout.mustache.")
        #expect(haveYourSay.first?.hint == "Keep the footer link \"Have your say\" in templates/layout.mustache.")
    }

    // MARK: SITE-HAVE-YOUR-SAY

    @Test func noHaveYourSayPage() throws {
        let findings = try checkedFixture("SITE-HAVE-YOUR-SAY") {
            try $0.removeLines(containing: "have_your_say:", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:9:1: error[SITE-HAVE-YOUR-SAY]: the site has no \"have your say\" page."
            ])
        #expect(
            findings.first?.hint == """
                Write content/pages/have-your-say.md with every way to give views, and add to trustsite.yml:
                    contact:
                      have_your_say: /have-your-say/
                """)
    }

    @Test func haveYourSayAddressWithNoPage() throws {
        let findings = try checkedFixture("SITE-HAVE-YOUR-SAY") {
            try $0.replace("have_your_say: /have-your-say/", with: "have_your_say: /views/", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/views.md: error[SITE-HAVE-YOUR-SAY]: 'contact.have_your_say' is /views/, but no page is published there."
            ])
        // No page's address is a slip away: the page is missing, blamed on the file where it belongs.
        #expect(
            findings.first?.hint == "Create the page (content/pages/views.md) or correct the address in trustsite.yml.")
    }

    /// One word of a published page's address changed is that address mistyped: at its line.
    @Test func haveYourSayAddressOneWordFromAPage() throws {
        let findings = try checkedFixture("SITE-HAVE-YOUR-SAY") {
            try $0.replace(
                "have_your_say: /have-your-say/", with: "have_your_say: /have-your-views/", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:14:18: error[SITE-HAVE-YOUR-SAY]: 'contact.have_your_say' is /have-your-views/, but no page is published there."
            ])
        #expect(
            findings.first?.hint
                == "Did you mean /have-your-say/? Or create the page (content/pages/have-your-views.md).")
    }

    @Test(arguments: [
        ("/have-your-views/", "/have-your-say/", true), ("/have-your-say-2025/", "/have-your-say/", true),
        ("/have-say/", "/have-your-say/", true), ("/views/", "/reviews/", false),
        ("/get-involved/", "/get-started/", false), ("/tell-us-what-you-think/", "/have-your-say/", false),
        ("/have-your-say/", "/have-your-say/", false),
    ])
    func oneWordAway(typed: String, page: String, expected: Bool) {
        #expect(HaveYourSayRule.isOneWordAway(typed, page) == expected)
    }

    @Test
    func haveYourSayAddressWithoutFinalSlash() throws {
        let findings = try checkedFixture("SITE-HAVE-YOUR-SAY") {
            try $0.replace("have_your_say: /have-your-say/", with: "have_your_say: /have-your-say", in: "trustsite.yml")
        }
        // Either accepted, as SITE-LINKS accepts /plan for /plan/, or reported with the address that works.
        #expect(findings.isEmpty || findings.allSatisfy { $0.hint?.contains("/have-your-say/") == true })
    }

    @Test func haveYourSayOnAnotherSiteIsAccepted() throws {
        let findings = try checkedFixture("SITE-HAVE-YOUR-SAY") {
            try $0.replace(
                "have_your_say: /have-your-say/", with: "have_your_say: https://consult.fernlow.example/",
                in: "trustsite.yml")
        }
        #expect(findings.isEmpty)
    }

    // MARK: SITE-ALT-TEXT

    @Test func imageWithoutAlternative() throws {
        let findings = try checkedFixture("SITE-ALT-TEXT") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\nEmail trust@fernlow.example.\n\n![](map.png)\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:6:1: error[SITE-ALT-TEXT]: the image map.png has no text alternative."
            ])
        #expect(
            findings.first?.hint
                == "Describe what the image shows between the brackets: ![Children at the Northgate hub's opening](map.png). If it is only decoration, mark it: ![](map.png \"decorative\")."
        )
    }

    @Test func blankAlternativeIsNoAlternative() throws {
        let findings = try checkedFixture("SITE-ALT-TEXT") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\nSee the map: ![  ](map.png)\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:14: error[SITE-ALT-TEXT]: the image map.png has no text alternative."
            ])
    }

    @Test(arguments: [
        "![Map of Fernlow town centre](map.png)", "![](map.png \"decorative\")", "![](map.png \"Decorative\")",
    ])
    func describedOrDecorativeImagesPass(markdown: String) throws {
        let findings = try checkedFixture("SITE-ALT-TEXT") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\n\(markdown)\n")
        }
        #expect(findings.isEmpty)
    }

    // MARK: SITE-LINKS

    @Test func linkToAPageThatDoesNotExist() throws {
        let findings = try checkedFixture("SITE-LINKS") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\nSee [the Board](/bord/).\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:5: error[SITE-LINKS]: the link \"the Board\" goes to /bord/, which is not a page of this site."
            ])
        #expect(findings.first?.hint == "Did you mean /board/?")
    }

    @Test func linkToAnAnchorThatDoesNotExist() throws {
        let findings = try checkedFixture("SITE-LINKS") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\nRead [how we wrote it](/plan/#how-we-wrote-the-plam).\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:6: error[SITE-LINKS]: the link \"how we wrote it\" goes to #how-we-wrote-the-plam on /plan/, which has no such anchor."
            ])
        #expect(findings.first?.hint == "Did you mean #how-we-wrote-the-plan?")
    }

    @Test func fragmentOnTheSamePage() throws {
        let findings = try checkedFixture("SITE-LINKS") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\n## By email\n\n[Jump](#by-email) or [skip](#by-post).\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:6:22: error[SITE-LINKS]: the link \"skip\" goes to #by-post on /contact/, which has no such anchor."
            ])
    }

    @Test(arguments: [
        "[the plan](/plan/)", "[the plan](../plan/)", "[how we wrote it](/plan/#how-we-wrote-the-plan)",
        "[main content](#main-content)", "[the plan](/plan/index.html)", "[GOV.UK](https://www.gov.uk/)",
        "[email us](mailto:trust@fernlow.example)",
    ])
    func linksThatResolvePass(markdown: String) throws {
        let findings = try checkedFixture("SITE-LINKS") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\nSee \(markdown).\n")
        }
        #expect(findings.map(\.headline) == [])
    }

    /// A deleted page is one finding per link written to it: each Markdown link at its line, and
    /// the templates' "have your say" links, written from `have_your_say:`, once by
    /// SITE-HAVE-YOUR-SAY, not once more for every page that carries them.
    @Test func aDeletedPageIsOneFindingPerSourceLink() throws {
        let findings = try checkedFixture(nil) {
            try $0.remove("content/pages/have-your-say.md")
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\nEmail us, or [have your say](/have-your-say/).\n\nOr [tell us](/have-your-say/).\n"
            )
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:14: error[SITE-LINKS]: the link \"have your say\" goes to /have-your-say/, which is not a page of this site.",
                "content/pages/contact.md:6:4: error[SITE-LINKS]: the link \"tell us\" goes to /have-your-say/, which is not a page of this site.",
                "content/pages/have-your-say.md: error[SITE-HAVE-YOUR-SAY]: 'contact.have_your_say' is /have-your-say/, but no page is published there.",
            ])
    }

    @Test func aDeletedPageOnlyTheTemplatesLinkToIsOneFinding() throws {
        let findings = try checkedFixture(nil) { try $0.remove("content/pages/have-your-say.md") }
        #expect(
            findings.map(\.headline) == [
                "content/pages/have-your-say.md: error[SITE-HAVE-YOUR-SAY]: 'contact.have_your_say' is /have-your-say/, but no page is published there."
            ])
    }

    @Test
    func linksToFilesTheBuildWritesResolve() throws {
        let findings = try checkedFixture("SITE-LINKS") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\nFollow [our news feed](/feed.xml), [the site map](/sitemap.xml) or [the style sheet](/assets/site.css).\n"
            )
        }
        #expect(findings.map(\.headline) == [])
    }

    // MARK: SITE-HEADINGS

    @Test func secondTopLevelHeading() throws {
        let findings = try checkedFixture("SITE-HEADINGS") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\n# Contact\n\nEmail us.\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:1: warning[SITE-HEADINGS]: \"Contact\" is a second top-level heading; the page title is already the h1."
            ])
        #expect(findings.first?.hint == "Start headings in the text at ##: ## Contact")
    }

    @Test func skippedHeadingLevel() throws {
        let findings = try checkedFixture("SITE-HEADINGS") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\n## Ways to reach us\n\n#### By email\n\nEmail us.\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:6:1: warning[SITE-HEADINGS]: \"By email\" skips from heading level 2 to 4."
            ])
        #expect(findings.first?.hint == "Use the next level down: ### By email")
    }

    @Test func bodyStartingAtLevelThree() throws {
        let findings = try checkedFixture("SITE-HEADINGS") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\n### By email\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:1: warning[SITE-HEADINGS]: \"By email\" skips from heading level 1 to 3."
            ])
    }

    // MARK: SITE-LINK-TEXT

    @Test(arguments: ["click here", "Read more", "here"])
    func vagueLinkText(text: String) throws {
        let findings = try checkedFixture("SITE-LINK-TEXT") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\nThe plan: [\(text)](/plan/).\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:11: warning[SITE-LINK-TEXT]: the link text \"\(text)\" does not say where it goes."
            ])
        #expect(
            findings.first?.hint
                == "Use words that name the destination, e.g. [read the annual report 2025 to 2026](/plan/).")
    }

    @Test func bareWebAddress() throws {
        let findings = try checkedFixture("SITE-LINK-TEXT") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact us\n---\nhttps://www.gov.uk/ has more.\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:4:1: warning[SITE-LINK-TEXT]: the link is a bare web address (https://www.gov.uk/)."
            ])
        #expect(findings.first?.hint == "Give it words: [the JSNA dashboard](https://www.gov.uk/).")
    }

    @Test
    func bareWebAddressPosition() throws {
        let findings = try checkedFixture("SITE-LINK-TEXT") {
            try $0.write(
                "content/pages/contact.md", "---\ntitle: Contact us\n---\nFor more,\nsee https://www.gov.uk/ today.\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:5:5: warning[SITE-LINK-TEXT]: the link is a bare web address (https://www.gov.uk/)."
            ])
    }

    @Test func bareEmailAddressIsFine() throws {
        // The fixture's pages already write trust@fernlow.example as plain text; a mailto autolink is fine too.
        let findings = try checkedFixture("SITE-LINK-TEXT") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\nEmail <mailto:trust@fernlow.example> or trust@fernlow.example.\n")
        }
        #expect(findings.isEmpty)
    }

    // MARK: SITE-PLAIN-LANGUAGE

    static let hardText =
        "The partnership's comprehensive multi-agency commissioning arrangements necessitate considerable "
        + "organisational transformation, prioritising evidence-informed preventative interventions for vulnerable "
        + "individuals and their families across the administrative area."

    @Test func summaryPageInLongPolysyllabicSentences() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.replace(
                "This plan is about you. We want you to be safe and happy.", with: Self.hardText,
                in: "content/plan/sections/young-people.md")
        }
        // Flesch reading ease of hardText: 206.835 − 1.015 × 26/1 − 84.6 × 108/26 ≈ −79.9.
        #expect(
            findings.map(\.headline) == [
                "content/plan/sections/young-people.md:1:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"The plan for young people\" scores -80 for reading ease; summaries for young people and parents should score at least 60."
            ])
        #expect(
            findings.first?.hint
                == "Use shorter sentences and everyday words (\"help\" not \"intervention\"). The score is Flesch reading ease: higher is easier; 60 to 70 is plain English."
        )
    }

    @Test func summarySectionMarkedByHeadingID() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.replace("Most things are on track.", with: Self.hardText, in: "content/reviews/2025-26.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:27:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"Summary for parents and young people\" scores -80 for reading ease; summaries for young people and parents should score at least 60."
            ])
    }

    @Test
    func summaryFoundByHeadingTextIsScoredToo() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") { site in
            try site.replace(
                "## Summary for parents and young people {#summary}\n\nMost things are on track.",
                with: "## Summary for parents and young people\n\n\(Self.hardText)", in: "content/reviews/2025-26.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:27:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"Summary for parents and young people\" scores -80 for reading ease; summaries for young people and parents should score at least 60."
            ])
    }

    @Test func readabilityThresholdIsConfigurable() throws {
        // The young people's summary scores 103 and the review's summary 117.
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.replace(
                "language: en-GB\n", with: "language: en-GB\nreadability_minimum: 110\n", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/sections/young-people.md:1:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"The plan for young people\" scores 103 for reading ease; summaries for young people and parents should score at least 110."
            ])
    }

    @Test func readabilityScores() {
        #expect(Int(Readability.fleschReadingEase(Self.hardText).rounded()) == -80)
        #expect(
            Int(Readability.fleschReadingEase("This plan is about you. We want you to be safe and happy.").rounded())
                == 103)
        #expect(Readability.fleschReadingEase("") == 100)
        #expect(Readability.syllableCount("the") == 1)
        #expect(Readability.syllableCount("make") == 1)
        #expect(Readability.syllableCount("organisational") == 6)
    }

    // MARK: SITE-STALE

    @Test func planPastItsReviewDate() throws {
        let findings = try checkedFixture("SITE-STALE") {
            try $0.replace("review_by: 2027-03-31", with: "review_by: 2026-10-31", in: "content/plan/index.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:10:12: warning[SITE-STALE]: the plan was due for review on 31 October 2026; today is 22 November 2026."
            ])
        #expect(
            findings.first?.hint == "Review the plan with the Board, then set `review_by:` to the next review date.")
    }

    @Test func planBecomesStaleAsTodayMovesOn() throws {
        #expect(try checkedFixture("SITE-STALE", today: "2027-03-31") { _ in }.isEmpty)
        let findings = try checkedFixture("SITE-STALE", today: "2027-04-01") { _ in }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:10:12: warning[SITE-STALE]: the plan was due for review on 31 March 2027; today is 1 April 2027."
            ])
    }

    @Test func annualReportMoreThanTwelveMonthsOld() throws {
        // The report was published on 2026-06-01; on 2027-06-01 it is exactly 12 months old.
        let onTheDay = try checkedFixture("SITE-STALE", today: "2027-06-01") { _ in }
        #expect(!onTheDay.contains { $0.message.contains("annual report") })
        let findings = try checkedFixture("SITE-STALE", today: "2027-06-02") { _ in }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:10:12: warning[SITE-STALE]: the plan was due for review on 31 March 2027; today is 2 June 2027.",
                "content/reviews/2025-26.md:4:12: warning[SITE-STALE]: the latest annual report was published on 1 June 2026, more than 12 months ago.",
            ])
        #expect(
            findings.last?.hint
                == "Publish this year's report: `trustsite new review YEAR` starts one with every action listed.")
    }

    // MARK: SITE-COLOUR-CONTRAST

    @Test func brandColourTooLightForWhiteText() throws {
        let findings = try checkedFixture("SITE-COLOUR-CONTRAST") {
            try $0.replace(
                "fictional: true\n", with: "fictional: true\ncolours:\n  brand: \"#ffdd00\"\n", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:9:10: error[SITE-COLOUR-CONTRAST]: the brand colour #ffdd00 has a contrast ratio of 1.34:1 with white; text needs at least 4.5:1."
            ])
        let hint = try #require(findings.first?.hint)
        let suggested = try #require(hint.split(separator: " ").dropFirst(6).first.map(String.init))
        #expect(hint.hasPrefix("The nearest shade that passes is #"))
        #expect(try #require(ColourContrast.ratio(suggested, "#ffffff")) >= 4.5)
        #expect(hint.hasSuffix("`brand: \"\(suggested)\"`."))
    }

    @Test func accentColourTooDarkForDarkText() throws {
        let findings = try checkedFixture("SITE-COLOUR-CONTRAST") {
            try $0.replace(
                "fictional: true\n", with: "fictional: true\ncolours:\n  accent: \"#333333\"\n", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:9:11: error[SITE-COLOUR-CONTRAST]: the accent colour #333333 has a contrast ratio of 1.55:1 with dark text; it needs at least 4.5:1."
            ])
    }

    @Test func defaultColoursPass() throws {
        #expect(try #require(ColourContrast.ratio(SiteConfig.Colours.defaults.brand, "#ffffff")) >= 4.5)
        let findings = try checkedFixture("SITE-COLOUR-CONTRAST") {
            try $0.replace(
                "fictional: true\n", with: "fictional: true\ncolours:\n  brand: \"#1f4e79\"\n  accent: \"#ffbf47\"\n",
                in: "trustsite.yml")
        }
        #expect(findings.isEmpty)
    }
}
