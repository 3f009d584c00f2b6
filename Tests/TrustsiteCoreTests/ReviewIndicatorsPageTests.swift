import Foundation
import Testing
import TrustsiteEscaping

@testable import TrustsiteCore

/// A report's indicators on its page and in the open data: one line per indicator of the plan.
@Suite struct ReviewIndicatorsPageTests {
    /// NI117 met, NI110 no data with its reason, LI 3.2 missed; with the rule's fixture plan.
    static func site() throws -> TestSite {
        try ReviewIndicatorsRuleTests.site(
            results: """
                  NI117: { actual: 7.2, note: Down from 7.6 <b>a year ago</b>. }
                  NI110: { note: "The survey was not run in 2025/26, so there is no figure for this year." }
                  LI 3.2: 64

                """)
    }

    @Test func linesFollowThePlanWithThePositionByTheStatedRule() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let lines = IndicatorReportLine.lines(
            for: try #require(content.reviews.first), plan: try #require(content.plan))
        #expect(lines.map(\.indicator.id) == ["NI117", "NI110", "LI 3.2"])
        #expect(lines.map(\.year?.written) == ["2025/26", "2025/26", "2025"])
        #expect(lines.map(\.target) == [7.0, 70, 60])
        #expect(lines.map(\.actual) == [7.2, nil, 64])
        #expect(lines.map(\.position) == [.close, .noData, .missed])
    }

    /// The indicator's page and the report's table give each year the same position (no data
    /// included: the report covers the year and gives no figure).
    @Test func theIndicatorPagesAgreeWithTheReportsPositions() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let plan = try #require(content.plan)
        let lines = IndicatorReportLine.lines(for: try #require(content.reviews.first), plan: plan)
        let builder = ContextBuilder(content: content)
        var pagePositions: [String?] = []
        for line in lines {
            let index = try #require(plan.indicators.firstIndex { $0.id == line.indicator.id })
            let data = try #require(builder.model(for: .indicator(index)).data["indicator"] as? [String: Any])
            #expect(data["has_positions"] as? Bool == true)
            let years = try #require(data["years"] as? [[String: Any]])
            let year = years.first { $0["year_written"] as? String == line.year?.written }
            pagePositions.append((year?["position"] as? [String: Any])?["label"] as? String)
        }
        #expect(pagePositions == ["Close", "No data", "Missed"])
        #expect(pagePositions == lines.map(\.position.label))
    }

    @Test func theReportPageHasAnIndicatorsSectionWithPositionsInWords() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("reviews/2025-26/index.html")
        #expect(page.contains("<li><a href=\"#indicators\">Indicators</a></li>"))
        #expect(page.contains("<h2 id=\"indicators\">Indicators</h2>"))
        #expect(page.contains(HTMLEscaping.escape(IndicatorPosition.statedRule)))
        #expect(
            page.contains(
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\"><a href=\"/plan/indicators/ni117/\"><span class=\"card__id\">NI117</span> 16 to 18 year olds not in education, employment or training</a></th>"
                    + "<td role=\"cell\" data-label=\"Year\">2025 to 2026</td><td role=\"cell\" data-label=\"Target\">7%</td>"
                    + "<td role=\"cell\" data-label=\"Actual\">7.2%</td><td role=\"cell\" data-label=\"Position\">"
                    + "<span class=\"status status--at-risk position--close\">Close</span></td>"
                    + "<td role=\"cell\" data-label=\"Note\">Down from 7.6 &lt;b&gt;a year ago&lt;/b&gt;.</td></tr>"))
        #expect(page.contains("<td role=\"cell\" data-label=\"Actual\">No figure</td>"))
        #expect(page.contains(">No data</span>"))
        #expect(page.contains("<td role=\"cell\" data-label=\"Target\">60 per 10,000</td>"))
        #expect(page.contains(">Missed</span></td><td role=\"cell\"></td></tr>"))
        #expect(page.contains("<caption id=\"indicators-caption\" class=\"visually-hidden\">"))
        // Each indicator links to its own page.
        #expect(page.contains("<a href=\"/plan/indicators/li-3-2/\"><span class=\"card__id\">LI 3.2</span>"))
    }

    @Test func theOpenDataHasOneRowPerReportAndIndicator() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let files = OpenData(content: content).files
        let csv = String(decoding: try #require(files["data/indicator-results.csv"]), as: UTF8.self)
        #expect(
            csv.split(separator: "\r\n") == [
                "report,indicator_id,year,target,actual,position,note",
                "2025-26,NI117,2025/26,7,7.2,close,Down from 7.6 <b>a year ago</b>.",
                "2025-26,NI110,2025/26,70,,no-data,\"The survey was not run in 2025/26, so there is no figure for this year.\"",
                "2025-26,LI 3.2,2025,60,64,missed,",
            ])
        #expect(files["data/indicator-results.json"] != nil)
        let dataPage = ContextBuilder(content: content).openDataModel()
        let body = try #require((dataPage.data["document"] as? [String: Any])?["body_html"] as? String)
        #expect(body.contains("<h2 id=\"data-indicator-results\">Indicators in each annual report</h2>"))
    }

    @Test func aSiteWithoutIndicatorsHasNoIndicatorData() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        #expect(!OpenData(content: content).files.keys.contains { $0.contains("indicator") })
        #expect(ContextBuilder(content: content).reviewIndicatorsHTML(try #require(content.reviews.first)) == "")
    }
}
