import Foundation
import Testing

@testable import TrustsiteCore

/// A past plan kept as a folder with indicators: its reports are checked against them, show them
/// linked to their pages under the past plan, and give them in the open data; its indicator pages
/// take their actuals from its own reports.
@Suite struct PastPlanIndicatorTests {
    static let priority = "content/plan/past/2022-2025/priorities/p1-safe.md"
    static let review = "content/reviews/2024-25.md"

    /// The past plan of PastPlanDataTests with NI117 on its priority and a figure for it in its
    /// report; the current plan has an indicator NI117 of its own (ids are unique within a plan).
    static func site() throws -> TestSite {
        let site = try PastPlanDataTests().site()
        try IndicatorLoadingTests.withIndicators(IndicatorLoadingTests.neet, in: site)
        try site.replace(
            "actions:\n",
            with: """
                indicators:
                  - id: NI117
                    name: Young people not in education, employment or training
                    unit: percentage
                    better: lower
                    baseline: { year: 2022/23, value: 6.0 }
                    targets: { 2023/24: 5.5, 2024/25: 5.0 }
                actions:

                """, in: priority)
        try site.replace(
            "partners:\n",
            with: """
                indicators:
                  NI117: { actual: 5.1, note: Nearly there. }
                partners:

                """, in: review)
        return site
    }

    @Test func aReportOfAPastPlanIsCheckedAgainstItsIndicators() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        #expect(site.findings("REVIEW-INDICATORS").map(\.formatted) == [])
        // The same id in both plans is not a duplicate.
        #expect(!site.messages().contains { $0.contains("indicator id") })
        try site.replace("  NI117: { actual: 5.1, note: Nearly there. }", with: "  NI118: 5.1", in: Self.review)
        let findings = site.findings("REVIEW-INDICATORS")
        #expect(
            findings.map(\.message) == [
                "a result is given for indicator 'NI118', which the plan does not have."
            ])
        #expect(findings.first?.hint == "Did you mean 'NI117'?")
    }

    @Test func aPastPlanIndicatorWithoutAResultIsFound() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.removeLines(containing: "NI117: { actual", in: Self.review)
        #expect(
            site.findings("REVIEW-INDICATORS").map(\.message) == [
                "indicator NI117 \"Young people not in education, employment or training\" has a target of 5% for 2024/25 but no result in this report."
            ])
    }

    @Test func aDuplicateIndicatorIDInAPastPlanIsAnError() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.replace(
            "    targets: { 2023/24: 5.5, 2024/25: 5.0 }\n",
            with: "    targets: { 2023/24: 5.5, 2024/25: 5.0 }\n  - { id: NI117, name: Again, better: lower }\n",
            in: Self.priority)
        #expect(
            site.messages() == [
                "\(Self.priority):13:11: error: indicator id 'NI117' is used twice; it is also at \(Self.priority):7:9.\n  help: Give each one its own indicator id."
            ])
    }

    @Test func pagesOfAPastPlanShowAndLinkItsIndicators() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/past/2022-2025/indicators/ni117/index.html")
        #expect(page.contains("<div class=\"past-edition\" role=\"note\">"))
        #expect(page.contains("<a href=\"/plan/past/2022-2025/priorities/p1-safe/\">P1 Safe at home</a>"))
        #expect(
            page.contains(
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">2024 to 2025</th><td role=\"cell\" data-label=\"Baseline or target\" class=\"numeric\">Target: 5%</td><td role=\"cell\" data-label=\"Actual\" class=\"numeric\">5.1%</td><td role=\"cell\" data-label=\"Against target\"><span class=\"status status--at-risk position--close\">Close</span></td><td role=\"cell\" data-label=\"From\"><a href=\"/reviews/2024-25/\">Annual report 2024 to 2025</a></td>"
            ))
        let priority = try output.page("plan/past/2022-2025/priorities/p1-safe/index.html")
        #expect(
            priority.contains(
                "<a href=\"/plan/past/2022-2025/indicators/ni117/\"><span class=\"card__id\">NI117</span>"))
        let report = try output.page("reviews/2024-25/index.html")
        #expect(report.contains("<h2 id=\"indicators\">Indicators</h2>"))
        #expect(
            report.contains(
                "<a href=\"/plan/past/2022-2025/indicators/ni117/\"><span class=\"card__id\">NI117</span> Young people not in education, employment or training</a>"
            ))
        #expect(report.contains(">Close</span>"))
        // The current plan's NI117 takes no figure from the past plan's report.
        let current = try output.page("plan/indicators/ni117/index.html")
        #expect(!current.contains("5.1%"))
        #expect(!current.contains("/reviews/2024-25/"))
        let content = try #require(site.load().0)
        let model = ContextBuilder(content: content).model(for: .pastIndicator(0, 0))
        #expect(
            model.breadcrumbs.map(\.1) == [
                "/", "/archive/", "/plan/past/2022-2025/", "/plan/past/2022-2025/priorities/p1-safe/",
            ])
    }

    @Test func openDataGivesAPastPlansIndicatorsForItsReports() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let set = try #require(OpenData(content: content).dataSets.first { $0.stem == "indicator-results" })
        #expect(set.rows.contains(["2024-25", "NI117", "2024/25", "5", "5.1", "close", "Nearly there."]))
        // A site whose only indicators are a past plan's still has the data set.
        let only = try PastPlanDataTests().site()
        defer { only.cleanUp() }
        try only.replace(
            "actions:\n",
            with: "indicators:\n  - { id: NI117, name: NEET, better: lower, targets: { 2024/25: 5.0 } }\nactions:\n",
            in: Self.priority)
        let onlyContent = try #require(only.load().0)
        let onlySet = try #require(OpenData(content: onlyContent).dataSets.first { $0.stem == "indicator-results" })
        #expect(onlySet.rows.map { Array($0.prefix(2)) } == [["2024-25", "NI117"]])
    }
}
