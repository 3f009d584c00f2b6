import Foundation
import Testing

@testable import TrustsiteCore

/// Indicators on the plan side: their own page, their priority's page, the plan page, open data,
/// the sitemap and search.
@Suite struct IndicatorPageTests {
    /// The minimal fixture with NI117 and LI 3.2 on P1 and a report giving NI117's 2008/09 figure.
    static func siteWithResults() throws -> TestSite {
        let site = try TestSite()
        try IndicatorLoadingTests.withIndicators(IndicatorLoadingTests.neet, in: site)
        try site.replace(
            "partners:\n",
            with: """
                indicators:
                  NI117: { actual: 7.2, year: 2008/09, note: Down from 8.1 & falling. }
                partners:

                """, in: IndicatorResultLoadingTests.review)
        return site
    }

    @Test func theIndicatorPageHasTheChartAndTheSameNumbersInATable() throws {
        let site = try Self.siteWithResults()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/indicators/ni117/index.html")
        #expect(page.contains("<h1>NI117: 16 to 18 year olds not in education, employment or training</h1>"))
        #expect(page.contains("<dd>percentage</dd>"))
        #expect(page.contains("Lower is better: the aim is to bring this figure down."))
        #expect(page.contains("<dd>Connexions CCIS, November to January average</dd>"))
        #expect(page.contains("<a href=\"/plan/priorities/p1-health/\">P1 Healthy and safe children</a>"))
        #expect(page.contains("<svg class=\"chart__svg\" role=\"img\""))
        #expect(
            page.contains(
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">2007 to 2008</th><td role=\"cell\" data-label=\"Baseline or target\" class=\"numeric\">Baseline: 8.1%</td><td role=\"cell\" data-label=\"Actual\" class=\"numeric\">None reported</td><td role=\"cell\" data-label=\"Against target\">No target</td><td role=\"cell\" data-label=\"From\">The plan</td><td role=\"cell\"></td></tr>"
            ))
        #expect(
            page.contains(
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">2008 to 2009</th><td role=\"cell\" data-label=\"Baseline or target\" class=\"numeric\">Target: 7.5%</td><td role=\"cell\" data-label=\"Actual\" class=\"numeric\">7.2%</td><td role=\"cell\" data-label=\"Against target\"><span class=\"status status--complete position--met\">Met</span></td><td role=\"cell\" data-label=\"From\"><a href=\"/reviews/2025-26/\">Annual report 2025 to 2026</a></td><td role=\"cell\" data-label=\"Note\">Down from 8.1 &amp; falling.</td></tr>"
            ))
        // Each year with a target has its position in words, with the rule stated once above.
        #expect(page.contains("<th scope=\"col\" role=\"columnheader\">Against target</th>"))
        #expect(page.contains("<p class=\"indicators-rule\">Position against target: met when"))
        // A target year no report has reached yet is not called "no data".
        #expect(
            page.contains(
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">2010 to 2011</th><td role=\"cell\" data-label=\"Baseline or target\" class=\"numeric\">Target: 6.5%</td><td role=\"cell\" data-label=\"Actual\" class=\"numeric\">None reported</td><td role=\"cell\" data-label=\"Against target\">Not reported yet</td>"
            ))
        let other = try output.page("plan/indicators/li-3-2/index.html")
        #expect(
            other.contains(
                "<td role=\"cell\" data-label=\"Baseline or target\" class=\"numeric\">Target: 1,140 per 10,000</td>"))
        #expect(!other.contains("<th scope=\"col\" role=\"columnheader\">Note</th>"))
    }

    @Test func thePriorityAndPlanPagesListTheIndicators() throws {
        let site = try Self.siteWithResults()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let priority = try output.page("plan/priorities/p1-health/index.html")
        #expect(priority.contains("<h2 id=\"indicators\">How we will measure progress</h2>"))
        #expect(priority.contains("<a href=\"/plan/indicators/ni117/\"><span class=\"card__id\">NI117</span>"))
        #expect(priority.contains("<dd>8.1% (2007 to 2008)</dd>"))
        #expect(priority.contains("<dd>6.5% (2010 to 2011)</dd>"))
        #expect(priority.contains("<dd>7.2% (2008 to 2009)</dd>"))
        #expect(priority.contains("<dd>None reported yet</dd>"))
        // Two charts on one page, each with its own ids.
        #expect(priority.contains("aria-labelledby=\"indicator-ni117-title indicator-ni117-desc\""))
        #expect(priority.contains("aria-labelledby=\"indicator-li-3-2-title indicator-li-3-2-desc\""))
        let plan = try output.page("plan/index.html")
        #expect(plan.contains("<h2 id=\"plan-indicators\">How we will measure progress</h2>"))
        #expect(
            plan.contains("<a href=\"/plan/indicators/li-3-2/\">LI 3.2: Children looked after per 10,000 children</a>"))
        let sitemap = try output.page("sitemap.xml")
        #expect(sitemap.contains("/plan/indicators/ni117/</loc>"))
        let search = try output.page("search/index.html")
        #expect(search.contains("href=\"/plan/indicators/ni117/\""))
    }

    @Test func aPlanWithoutIndicatorsSaysNothingOfThem() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!(try output.page("plan/index.html")).contains("indicator"))
        #expect(!(try output.page("plan/priorities/p1-health/index.html")).contains("indicator"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "site/data/indicators.csv").path))
    }

    @Test func openDataHasARowForEachIndicatorAndYear() throws {
        let site = try Self.siteWithResults()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let csv = try output.page("data/indicators.csv")
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            lines.first
                == "indicator_id,name,priority_id,unit,better,year,baseline,target,actual,source,note,report")
        #expect(lines.count == 1 + 4 + 1)
        #expect(lines.contains { $0.hasPrefix("NI117,") && $0.contains(",2008/09,,7.5,7.2,") })
        #expect(
            lines.contains { $0.hasPrefix("LI 3.2,") && $0.contains("\"rate per 10,000\"") && $0.contains(",1140,") })
        let data = try output.page("data/index.html")
        #expect(data.contains("indicator_id"))
    }
}
