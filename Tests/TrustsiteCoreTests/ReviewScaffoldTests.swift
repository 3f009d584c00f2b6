import Foundation
import Testing

@testable import TrustsiteCore

/// `trustsite new review` lists the plan's indicators and the milestones due in the year.
@Suite struct ReviewScaffoldTests {
    static let p1 = "content/plan/priorities/p1-health.md"

    @Test func listsEveryIndicatorWithTheYearsTargetAndTheMilestonesDue() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try IndicatorLoadingTests.withIndicators(
            """
            indicators:
              - id: NI117
                name: 16 to 18 year olds not in education, employment or training
                unit: percentage
                better: lower
                targets: { 2026/27: 7.5, 2027/28: 7.0 }
              - { id: "yes", name: A local measure, better: higher, targets: { 2027: 40 } }
              - { id: LI 3, name: Without a target this year, better: higher, targets: { 2030/31: 5 } }

            """, in: site)
        try site.replace(
            "    by: 2027-03-31\n",
            with: """
                    by: 2027-03-31
                    milestones:
                      - { what: Pilot in two schools, by: 2026-12 }
                      - { what: Every school, by: 2027/28 }

                """, in: Self.p1)
        let path = try ReviewScaffold(root: site.root, year: "2026-27").write()
        let text = try site.read(path)
        #expect(text.contains("    # milestone due December 2026: Pilot in two schools"))
        #expect(!text.contains("Every school"))
        #expect(
            text.contains(
                """
                indicators:
                  NI117:   # 16 to 18 year olds not in education, employment or training; 2026 to 2027 target: 7.5%
                    actual:
                    note:
                  "yes":   # A local measure; no target for 2026
                """))
        #expect(text.contains("  LI 3:   # Without a target this year; no target for 2026 to 2027\n"))
        // Every id written is read back as the indicator's own.
        let (content, _) = site.load()
        let review = try #require(content?.reviews.first { $0.slug == "2026-27" })
        #expect(review.indicatorResults.map(\.indicatorID) == ["NI117", "yes", "LI 3"])
    }
}
