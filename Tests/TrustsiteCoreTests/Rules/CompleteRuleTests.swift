import Foundation
import Testing

@testable import TrustsiteCore

/// Rules that check all they promise: the accessibility statement's enforcement procedure, links
/// to the site's own address, and partner statements when no action names a partner.
@Suite struct CompleteRuleTests {
    // MARK: SITE-ACCESSIBILITY-STATEMENT

    @Test func statementWithoutItsEnforcementProcedure() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") {
            try $0.removeLines(containing: "enforcement: england", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:20:1: error[SITE-ACCESSIBILITY-STATEMENT]: the statement does not say which enforcement procedure applies (the EHRC in Great Britain, the ECNI in Northern Ireland)."
            ])
        #expect(findings.first?.hint?.hasPrefix("Add `enforcement:` with where the Trust is") == true)
    }

    @Test func aDraftStatementWithoutEnforcementNamesBothBodiesAndLinksToNeither() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.removeLines(containing: "enforcement: england", in: "trustsite.yml")
        let content = try #require(site.load().0)
        let statement = try #require(
            ContextBuilder(content: content).model(for: .accessibility).data["statement"] as? [String: Any])
        #expect(statement["enforcement_url"] == nil)
        #expect(
            (statement["enforcement_text"] as? String)?.contains("(EASS) in Great Britain, or the Equality") == true)
    }

    // MARK: SITE-LINKS

    @Test func linksToTheSitesOwnAddressAreCheckedLikeInternalOnes() throws {
        let findings = try checkedFixture("SITE-LINKS") {
            try $0.write(
                "content/pages/contact.md",
                """
                ---
                title: Contact us
                ---
                Read [the plan](https://children.fernlow.example/plan/) and [its start](https://children.fernlow.example/plan/#how-we-wrote-the-plan).

                See [the old page](https://children.fernlow.example/our-plan/) and [the section](HTTP://Children.Fernlow.example/plan/#how-we-wrot-the-plan).

                [GOV.UK](https://www.gov.uk/plan/) and [a look-alike](https://children.fernlow.example.org/nowhere/) are other sites.
                """)
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:6:5: error[SITE-LINKS]: the link \"the old page\" goes to https://children.fernlow.example/our-plan/, which is not a page of this site.",
                "content/pages/contact.md:6:68: error[SITE-LINKS]: the link \"the section\" goes to #how-we-wrot-the-plan on /plan/, which has no such anchor.",
            ])
        #expect(findings.last?.hint == "Did you mean #how-we-wrote-the-plan?")
    }

    @Test(arguments: [
        ("https://children.fernlow.example/plan/#x", "https://children.fernlow.example/", "/plan/#x"),
        ("https://children.fernlow.example", "https://children.fernlow.example/", "/"),
        ("https://children.fernlow.example?q=1", "https://children.fernlow.example/", "/?q=1"),
        ("http://CHILDREN.fernlow.example/board/", "https://children.fernlow.example/", "/board/"),
        ("https://www.example.gov.uk/children/plan/", "https://www.example.gov.uk/children/", "/plan/"),
        ("https://www.example.gov.uk/children", "https://www.example.gov.uk/children/", "/"),
        ("/plan/", "https://children.fernlow.example/", "/plan/"),
    ])
    func addressesOnTheSitesOwnBaseURL(_ destination: String, _ base: String, _ expected: String) {
        #expect(PageLinks.siteLink(destination, baseURL: base) == expected)
    }

    @Test(arguments: [
        ("https://children.fernlow.example.org/", "https://children.fernlow.example/"),
        ("https://www.example.gov.uk/schools/", "https://www.example.gov.uk/children/"),
        ("https://www.example.gov.uk/childrens-services/", "https://www.example.gov.uk/children/"),
        ("mailto:trust@children.fernlow.example", "https://children.fernlow.example/"),
        ("ftp://children.fernlow.example/plan/", "https://children.fernlow.example/"),
    ])
    func addressesOfOtherSites(_ destination: String, _ base: String) {
        #expect(PageLinks.siteLink(destination, baseURL: base) == nil)
    }

    /// A template that writes a missing link on every page is one finding, at the line that writes it.
    @Test func aBrokenTemplateLinkIsOneFindingCountingThePages() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let layout = try String(
            contentsOf: TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
                .appending(path: "templates/layout.mustache"),
            encoding: .utf8)
        try site.write(
            "templates/layout.mustache",
            layout.replacingOccurrences(
                of: "<footer class=\"site-footer\">",
                with: "<footer class=\"site-footer\">\n<a href=\"/help/\">Help</a>"))
        let findings = site.findings("SITE-LINKS")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        let line = try #require(
            layout.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.contains("<footer class=\"site-footer\">")
            })
        #expect(finding.location.description == "templates/layout.mustache:\(line + 2):4")
        #expect(
            finding.message
                == "34 pages link to /help/, which is not a page of this site (the link comes from a template): /, /404.html, /about-this-information/ and 31 more."
        )
    }

    // MARK: REVIEW-PARTNERS

    /// With no action naming a lead, the report still accounts for the local authority and each
    /// statutory relevant partner that sits on the Board.
    @Test func withNoLeadsEveryStatutoryPartnerOnTheBoardIsAccountedFor() throws {
        let findings = try checkedFixture("REVIEW-PARTNERS") { site in
            for priority in ["content/plan/priorities/p1-health.md", "content/plan/priorities/p2-learning.md"] {
                try site.removeLines(containing: "lead:", in: priority)
            }
        }
        let missing = findings.map(\.message)
        #expect(missing.count == 8)
        #expect(
            missing.contains(
                "\"Annual report 2025 to 2026\" does not say how far Fernlow Probation acted in accordance with the plan."
            ))
        #expect(
            missing.contains(
                "\"Annual report 2025 to 2026\" does not say how far Jobcentre Plus Fernlow acted in accordance with the plan."
            ))
        // Not the LSCB, the third sector, the private sector or the youth council: the duty is the statutory partners'.
        #expect(
            !missing.contains {
                $0.contains("LSCB") || $0.contains("Voluntary") || $0.contains("Chamber")
                    || $0.contains("Youth Council")
            })
        // The four that wrote a statement are accounted for.
        #expect(!missing.contains { $0.contains("Health Board") || $0.contains("Fernlow Council ") })
    }

    @Test func withNoLeadsAndNoBoardAtLeastOneStatementIsNeeded() throws {
        let findings = try checkedFixture("REVIEW-PARTNERS") { site in
            for priority in ["content/plan/priorities/p1-health.md", "content/plan/priorities/p2-learning.md"] {
                try site.removeLines(containing: "lead:", in: priority)
                let text = try site.read(priority)
                if text.contains("support:") { try site.removeLines(containing: "support:", in: priority) }
            }
            try site.remove("content/board")
            for partner in ["partners:", "fernlow-health:", "fernlow-police:", "fernlow-college:", "fernlow-council:"] {
                try site.removeLines(containing: partner, in: "content/reviews/2025-26.md")
            }
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:1:1: error[REVIEW-PARTNERS]: \"Annual report 2025 to 2026\" does not say how far any partner acted in accordance with the plan."
            ])
    }
}
