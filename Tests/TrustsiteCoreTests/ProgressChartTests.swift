import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct ProgressChartTests {
    @Test func chartAndTableGiveTheSameNumbers() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let review = try #require(content.reviews.first)
        let charts = ContextBuilder(content: content).progressCharts(for: review, idPrefix: "c")
        // P1 has A1.1 complete and A1.2 on track; P2 has A2.1 at risk (the minimal fixture's review).
        #expect(
            charts.priorities.contains(
                "<tr><th scope=\"row\">P1 Healthy and safe children</th><td class=\"numeric\">1</td><td class=\"numeric\">1</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">2</td></tr>"
            ))
        #expect(
            charts.priorities.contains(
                "<desc id=\"c-priorities-desc\">P1 Healthy and safe children: 1 complete, 1 on track, 0 at risk, 0 off track, 0 not started. P2 Learning, taking part and work: 0 complete, 0 on track, 1 at risk, 0 off track, 0 not started.</desc>"
            ))
        #expect(charts.priorities.contains("role=\"img\""))
        #expect(charts.priorities.contains("aria-labelledby=\"c-priorities-title c-priorities-desc\""))
        // Every status has a pattern of its own, not only a colour; "not assessed" only when used.
        #expect(!charts.priorities.contains("not-assessed"))
        for status in ProgressStatus.allCases where status != .notAssessed {
            #expect(charts.priorities.contains("<pattern id=\"c-priorities-\(status.rawValue)\""))
        }
        // Outcomes count the actions of every priority that serves them.
        #expect(
            charts.outcomes.contains(
                "<tr><th scope=\"row\">Stay safe</th><td class=\"numeric\">1</td><td class=\"numeric\">1</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">0</td><td class=\"numeric\">2</td></tr>"
            ))
    }
}
