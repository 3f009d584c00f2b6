import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct PastEditionTests {
    func siteWithAPastEdition() throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/plan/past/2022-2025.md",
            """
            ---
            title: Children and Young People's Plan 2022 to 2025
            period: { start: 2022-04-01, end: 2025-03-31 }
            published: 2022-04-01
            ---
            The plan before this one.
            """)
        try site.write(
            "content/reviews/2024-25.md",
            """
            ---
            title: Annual report 2024 to 2025
            plan: 2022-2025
            period: { start: 2024-04-01, end: 2025-03-31 }
            published: 2025-06-30
            progress:
              OLD1: { status: complete, evidence: Done. }
            ---
            The last report on the old plan.
            """)
        return site
    }

    @Test func reviewsAreInDateOrderAndPastOnesAreNotChecked() throws {
        let site = try siteWithAPastEdition()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        #expect(content.reviews.map(\.slug) == ["2024-25", "2025-26"])
        #expect(content.currentReviews.map(\.slug) == ["2025-26"])
        guard
            case .checked(let report) = SiteInspection(
                root: site.root, clock: BuildClock(today: Day(iso: "2026-11-22")!)
            ).run()
        else {
            Issue.record("the site did not load")
            return
        }
        #expect(report.diagnostics.map(\.formatted) == [])
    }

    @Test func pastEditionsAreMarkedAndArchived() throws {
        let site = try siteWithAPastEdition()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let builder = ContextBuilder(content: content)
        let past = builder.model(for: .review(0))
        let review = try #require(past.data["review"] as? [String: Any])
        let notice = try #require(review["past_edition"] as? [String: Any])
        #expect(notice["current_url"] as? String == "/reviews/2025-26/")
        let plan = builder.model(for: .pastPlan(0))
        let body = try #require((plan.data["document"] as? [String: Any])?["body_html"] as? String)
        #expect(body.hasPrefix("<div class=\"past-edition\" role=\"note\"><p><strong>This is a past edition.</strong>"))
        let archive = try #require(
            (builder.model(for: .archive).data["document"] as? [String: Any])?["body_html"] as? String)
        #expect(
            archive.contains(
                "<a href=\"/plan/past/2022-2025/\">Children and Young People&#39;s Plan 2022 to 2025</a></th>"))
        #expect(
            archive.contains(
                "<a href=\"/reviews/2025-26/\">Annual report 2025 to 2026</a> <strong class=\"edition-current\">(current)</strong>"
            ))
        let feed = SiteDocuments(content: content).feed()
        #expect(feed.contains("<id>https://children.fernlow.example/plan/past/2022-2025/</id>"))
    }

    @Test func aReviewOfAnUnknownPlanIsAnError() throws {
        let site = try siteWithAPastEdition()
        defer { site.cleanUp() }
        try site.replace("plan: 2022-2025", with: "plan: 2022-2026", in: "content/reviews/2024-25.md")
        #expect(
            site.messages() == [
                """
                content/reviews/2024-25.md:3:7: error[REVIEW-EXISTS]: the review says it reports on the plan '2022-2026', which is not in content/plan/past/.
                  source: 001 changes box; 000 §3.28
                  help: Did you mean '2022-2025'?
                """
            ])
    }
}
