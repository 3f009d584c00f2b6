import Foundation
import Testing

@testable import TrustsiteCore

/// Bugs seen on real content: a theme link to a page the site lacks, the open data of a past
/// plan's review, hints with fixed dates, and drafts that show empty values.
@Suite struct RealContentBugTests {
    static var repository: URL {
        TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
    }

    // MARK: Contact links

    /// Without content/pages/contact.md the theme's "contact us" links lead to the have-your-say
    /// page, and no error blames a template the author never wrote.
    @Test func aSiteWithoutAContactPage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.remove("content/pages/contact.md")
        #expect(site.findings("SITE-LINKS").map(\.headline) == [])
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try output.page("404.html").contains("<a href=\"/have-your-say/\">Contact us</a>"))
        #expect(try output.page("offer/youth-club/index.html").contains("<a href=\"/have-your-say/\">tell us</a>"))
        #expect(try output.page("accessibility/index.html").contains("<a href=\"/have-your-say/\">contact us</a>"))
        for page in ["404.html", "offer/youth-club/index.html", "accessibility/index.html", "index.html"] {
            #expect(try !output.page(page).contains("/contact/"), "\(page)")
        }
    }

    /// With neither a contact page nor a have-your-say page, they lead to the contact details in
    /// the page's own footer.
    @Test func aSiteWithNeitherContactNorHaveYourSayPage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.remove("content/pages/contact.md")
        try site.removeLines(containing: "have_your_say:", in: "trustsite.yml")
        #expect(site.findings("SITE-LINKS").map(\.headline) == [])
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let notFound = try output.page("404.html")
        #expect(notFound.contains("<a href=\"#footer-contact\">Contact us</a>"))
        #expect(notFound.contains("<div class=\"footer-contact\" id=\"footer-contact\">"))
        #expect(!notFound.contains("/contact/"))
    }

    @Test func aSiteWithAContactPageKeepsLinkingToIt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try output.page("404.html").contains("<a href=\"/contact/\">Contact us</a>"))
    }

    // MARK: Open data of a past plan's review

    @Test func theOpenDataOfAPastPlansReviewListsItsOwnEntries() throws {
        let site = try PastEditionTests().siteWithAPastEdition()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let files = OpenData(content: content).files
        let past = String(decoding: try #require(files["data/progress-2024-25.csv"]), as: UTF8.self)
        #expect(
            past
                == "action_id,what,lead_partner,status,evidence,period_start,period_end,local_status\r\n"
                + "OLD1,,,complete,Done.,2024-04-01,2025-03-31,\r\n"
        )
        // The current plan's review still lists the current plan's actions.
        let current = String(decoding: try #require(files["data/progress-2025-26.csv"]), as: UTF8.self)
        #expect(current.split(separator: "\r\n").map { $0.prefix(4) } == ["acti", "A1.1", "A1.2", "A2.1"])
    }

    @Test func theExampleSitesPastReviewHasItsOwnStatuses() throws {
        let content = try #require(ContentLoader(root: Self.repository).load(log: DiagnosticLog()))
        let files = OpenData(content: content).files
        let csv = String(decoding: try #require(files["data/progress-2024-25.csv"]), as: UTF8.self)
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(rows.map { $0.split(separator: ",").first ?? "" } == ["R1", "R2", "S1", "W1"])
        #expect(rows.allSatisfy { $0.contains(",complete,") || $0.contains(",off-track,") })
    }

    // MARK: Hints with the site's own dates

    @Test func signOffAndPublishedHintsFollowThePlansPeriod() throws {
        let diagnostics = try checkedFixture(nil) { site in
            let plan = "content/plan/index.md"
            try site.replace(
                "period: { start: 2025-04-01, end: 2028-03-31 }",
                with: "period: { start: 2026-04-01, end: 2029-03-31 }",
                in: plan)
            for line in [
                "sign_off:", "date: 2025-03-10", "meeting: Children's", "minute: CTB", "published: 2025-04-01",
            ] {
                try site.removeLines(containing: line, in: plan)
            }
        }
        let signOff = try #require(diagnostics.first { $0.ruleID == "PLAN-SIGN-OFF" })
        #expect(
            signOff.hint
                == "Add to the front matter:\n    sign_off:\n      date: 2026-03-19\n      meeting: Children's Trust Board, 19 March 2026\n      minute: CTB 26/14"
        )
        let published = try #require(diagnostics.first { $0.ruleID == "PLAN-PUBLISHED-DATE" })
        #expect(published.hint == "Add to the front matter: `published: 2026-04-01`.")
    }

    @Test func exampleDatesWithoutAPlan() {
        let dates = ExampleDates(today: Day(iso: "2031-02-10")!, planPeriod: nil)
        #expect(dates.period.start.iso == "2030-04-01")
        #expect(dates.period.end.iso == "2033-03-31")
        #expect(dates.signOff.iso == "2030-03-19")
        #expect(dates.minute == "CTB 30/14")
        #expect(dates.due.iso == "2031-03-31")
        // April 2030 to March 2031 has not ended on 10 February 2031.
        #expect(dates.lastYearText == "2029 to 2030")
    }

    // MARK: Missing values on drafts

    @Test func aDraftPlanWithoutAPublishedDateSaysSo() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.removeLines(containing: "published: 2025-04-01", in: "content/plan/index.md")
        try site.removeLines(containing: "published: 2026-06-01", in: "content/reviews/2025-26.md")
        try site.removeLines(containing: "last_checked:", in: "content/offer/services/youth-club.md")
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        for page in ["plan/index.html", "reviews/index.html"] {
            let html = try output.page(page)
            #expect(!html.contains("<time datetime=\"\"></time>"), "\(page)")
            #expect(
                html.contains("<dt>Published</dt>\n    <dd>Not yet published</dd>")
                    || html.contains("<dt>Published</dt>\n        <dd>Not yet published</dd>"), "\(page)")
        }
        let service = try output.page("offer/youth-club/index.html")
        #expect(!service.contains("Last checked"))
        #expect(
            service.contains(
                "<p class=\"last-checked\">If something here is wrong, <a href=\"/contact/\">tell us</a>.</p>"))
    }

    @Test func aPriorityWhoseOnlyActionIsNotReportedCountsIt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.removeLines(containing: "A2.1: {", in: "content/reviews/2025-26.md")
        let content = try #require(site.load().0)
        let review = try #require(content.reviews.first)
        let charts = ContextBuilder(content: content).progressCharts(for: review, idPrefix: "c")
        #expect(
            charts.priorities.contains(
                "<th scope=\"col\" class=\"numeric\">Not reported</th><th scope=\"col\" class=\"numeric\">All actions</th>"
            ))
        // P2's one action: not reported, and counted among all actions (not "All actions 0").
        #expect(
            charts.priorities.contains(
                "<tr><th scope=\"row\">P2 Learning, taking part and work</th><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">1</td><td class=\"numeric\">1</td></tr>"
            ))
        #expect(
            charts.priorities.contains(
                "P2 Learning, taking part and work: 0 complete, 0 on track, 0 at risk, 0 off track, 0 not started, 1 not reported."
            ))
    }
}
