import Foundation
import Testing

@testable import TrustsiteCore

/// Indicators as plans write them: a unit, which way is better, a baseline and targets by year.
@Suite struct IndicatorLoadingTests {
    static let p1 = "content/plan/priorities/p1-health.md"

    /// `indicators:` written before a priority's `actions:` in the minimal fixture.
    static func withIndicators(_ yaml: String, in site: TestSite) throws {
        try site.replace("actions:\n", with: yaml + "actions:\n", in: p1)
    }

    static let neet = """
        indicators:
          - id: NI117
            name: 16 to 18 year olds not in education, employment or training
            unit: percentage
            better: lower
            source: Connexions CCIS, November to January average
            baseline: { year: 2007/08, value: 8.1 }
            targets: { 2009/10: 7.0, 2008/09: 7.5, 2010/11: 6.5 }
          - id: LI 3.2
            name: Children looked after per 10,000 children
            unit: rate per 10,000
            better: lower
            targets: { 2009: "1,140" }

        """

    @Test func yearsAreReadInBothForms() {
        #expect(ReportingYear(written: "2008/09") == .split(startYear: 2008))
        #expect(ReportingYear(written: "1999/00")?.lastDay == Day(iso: "2000-03-31"))
        #expect(ReportingYear(written: "2009") == .calendar(year: 2009))
        #expect(ReportingYear(written: "2009")?.lastDay == Day(iso: "2009-12-31"))
        #expect(ReportingYear(written: "2008/09")?.text == "2008 to 2009")
        #expect(ReportingYear(written: "2008/09")?.written == "2008/09")
        for wrong in ["2008/10", "2008-09", "08/09", "2008/2009", "0025", "Spring 2009", "", "2009/", "/09"] {
            #expect(ReportingYear(written: wrong) == nil, "\(wrong)")
        }
        let period = Period(start: Day(iso: "2008-04-01")!, end: Day(iso: "2009-03-31")!)
        #expect(ReportingYear(written: "2008/09")!.ends(within: period))
        #expect(ReportingYear(written: "2008")!.ends(within: period))
        #expect(!ReportingYear(written: "2009/10")!.ends(within: period))
    }

    @Test func unitsAndNumbersAreWrittenTheUKWay() {
        #expect(IndicatorUnit(written: "percentage").format(7.5) == "7.5%")
        #expect(IndicatorUnit(written: "Rate per 10,000") == .rate(per: 10000))
        #expect(IndicatorUnit(written: "rate per 10,000").format(42.1) == "42.1 per 10,000")
        #expect(IndicatorUnit(written: "number").format(1140) == "1,140")
        #expect(IndicatorUnit(written: "days").format(1) == "1 day")
        #expect(IndicatorUnit(written: "pupils").format(12) == "12 pupils")
        #expect(IndicatorUnit.number(-0.25) == "-0.25")
        #expect(IndicatorUnit.number(7.0) == "7")
        #expect(IndicatorUnit.number(1_234_567.891) == "1,234,567.89")
        #expect(IndicatorUnit.number(-0.001) == "-0.001")
        #expect(IndicatorUnit.number(0.004) == "0.004")
        #expect(IndicatorUnit.number(0.0000001) == "0")
        #expect(IndicatorUnit.number(1e18) == "1,000,000,000,000,000,000")
        #expect(IndicatorUnit.number(-2.5e17) == "-250,000,000,000,000,000")
        #expect(IndicatorUnit.number(12.345) == "12.35")
        #expect(IndicatorUnit.number(0.10) == "0.1")
        #expect(Indicator.slug(for: "NI117") == "ni117")
        #expect(Indicator.slug(for: "LI 3.2") == "li-3-2")
        #expect(Indicator.slug(for: " -NI 117- ") == "ni-117")
        #expect(Indicator.slug(for: "é!") == "")
    }

    @Test func indicatorsLoadWithTargetsInYearOrder() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.withIndicators(Self.neet, in: site)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let indicators = try #require(content?.plan?.indicators)
        #expect(indicators.map(\.id) == ["NI117", "LI 3.2"])
        #expect(indicators.map(\.slug) == ["ni117", "li-3-2"])
        #expect(indicators[0].priorityID == "P1")
        #expect(indicators[0].unit == .percentage)
        #expect(indicators[0].better == .lower)
        #expect(indicators[0].baseline?.year == .split(startYear: 2007))
        #expect(indicators[0].baseline?.value == 8.1)
        #expect(indicators[0].targets.map(\.year.written) == ["2008/09", "2009/10", "2010/11"])
        #expect(indicators[0].target(for: .split(startYear: 2009))?.value == 7.0)
        #expect(indicators[1].unit == .rate(per: 10000))
        #expect(indicators[1].targets.first?.value == 1140)
        #expect(indicators[0].targets[0].location.line == 14)
    }

    @Test func badValuesAreErrorsAtTheirLines() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.withIndicators(
            """
            indicators:
              - id: NI117
                name: NEET
                unit: percentage
                better: smaller
                baseline: { year: 2007-08, value: 8.1% }
                targets: { 2008/10: 7.5, 2009/10: seven, 2010/11: }
              - id: NI118
                better: higher

            """, in: site)
        let messages = site.messages().map { $0.split(separator: "\n").first.map(String.init) ?? $0 }
        #expect(
            messages == [
                "content/plan/priorities/p1-health.md:11:13: error: 'indicators[1].better' is 'smaller', which is not one of the allowed values.",
                "content/plan/priorities/p1-health.md:12:23: error: 'indicators[1].baseline.year' should be a year written 2008/09 (April to March) or 2009 (a calendar year), but it is '2007-08'.",
                "content/plan/priorities/p1-health.md:12:39: error: 'indicators[1].baseline.value' should be a number, but it is '8.1%'.",
                "content/plan/priorities/p1-health.md:13:16: error: 'indicators[1].targets.2008/10' should be a year written 2008/09 (April to March) or 2009 (a calendar year), but it is '2008/10'.",
                "content/plan/priorities/p1-health.md:13:39: error: 'indicators[1].targets.2009/10' should be a number, but it is 'seven'.",
                "content/plan/priorities/p1-health.md:13:46: error: 'indicators[1].targets.2010/11' has no figure.",
                "content/plan/priorities/p1-health.md:14:5: error: 'indicators[2].name' is missing.",
            ])
    }

    @Test func twoIndicatorsAtOneAddressAreAnError() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.withIndicators(
            """
            indicators:
              - { id: NI 117, name: NEET, better: lower }
              - { id: NI-117, name: NEET again, better: lower }
              - { id: NI-117, name: NEET a third time, better: lower }

            """, in: site)
        let messages = site.messages().map { $0.split(separator: "\n").first.map(String.init) ?? $0 }
        #expect(
            messages == [
                "content/plan/priorities/p1-health.md:9:11: error: indicators 'NI 117' and 'NI-117' would both be published at /plan/indicators/ni-117/; the first is at content/plan/priorities/p1-health.md:8:11.",
                "content/plan/priorities/p1-health.md:10:11: error: indicator id 'NI-117' is used twice; it is also at content/plan/priorities/p1-health.md:9:11.",
            ])
    }
}

/// An annual report's `indicators:`: an actual value by indicator, with a year and a note.
@Suite struct IndicatorResultLoadingTests {
    static let review = "content/reviews/2025-26.md"

    @Test func resultsLoadWithTheYearTheReportCovers() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try IndicatorLoadingTests.withIndicators(IndicatorLoadingTests.neet, in: site)
        try site.replace(
            "partners:\n",
            with: """
                indicators:
                  NI117: { actual: 7.2, note: Down from 8.1. }
                  LI 3.2: { actual: "1,100", year: 2024 }
                  NI110: { note: The survey was not run this year. }
                  NI111:
                  NI112: 6.5
                partners:

                """, in: Self.review)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let review = try #require(content?.reviews.first)
        let indicators = try #require(content?.plan?.indicators)
        let results = review.indicatorResults
        #expect(results.map(\.indicatorID) == ["NI117", "LI 3.2", "NI110", "NI111", "NI112"])
        #expect(results[4].actual == 6.5)
        #expect(results[0].actual == 7.2)
        #expect(results[0].note == "Down from 8.1.")
        #expect(results[0].year(for: indicators[0], in: review.period) == .split(startYear: 2025))
        #expect(results[1].year(for: indicators[1], in: review.period) == .calendar(year: 2024))
        #expect(indicators[1].year(endingWithin: review.period!) == .calendar(year: 2025))
        #expect(results[2].actual == nil)
        #expect(results[3].note == nil)
        #expect(results[3].location.line == 13)
        #expect(review.indicatorsPlaces?.keyLocation("NI110").line == 12)
    }

    @Test func badValuesAreErrorsAtTheirLines() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "partners:\n",
            with: """
                indicators:
                  NI117: { actual: about 7, year: 2025/27, notes: x }
                  NI118: high
                  NI119: [7.2]
                partners:

                """, in: Self.review)
        let messages = site.messages().map { $0.split(separator: "\n").first.map(String.init) ?? $0 }
        #expect(
            messages == [
                "content/reviews/2025-26.md:10:20: error[REVIEW-INDICATORS]: 'indicators.NI117.actual' should be a number, but it is 'about 7'.",
                "content/reviews/2025-26.md:10:35: error[REVIEW-INDICATORS]: 'indicators.NI117.year' should be a year written 2008/09 (April to March) or 2009 (a calendar year), but it is '2025/27'.",
                "content/reviews/2025-26.md:10:44: warning: unknown key 'indicators.NI117.notes' is ignored.",
                "content/reviews/2025-26.md:11:10: error[REVIEW-INDICATORS]: 'indicators.NI118' should be a number, but it is 'high'.",
                "content/reviews/2025-26.md:12:11: error[REVIEW-INDICATORS]: 'indicators.NI119[1]' should be a set of `key: value` lines, but it is the text '7.2'.",
            ])
    }

    @Test func figuresForSeveralYearsAreAList() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "partners:\n",
            with: """
                indicators:
                  NI112:
                    - { year: 2024, actual: 42.3, note: Published late. }
                    - { year: 2025, note: Published in February 2027. }
                    - { actual: 40 }
                    - { year: 2024, actual: 41 }
                partners:

                """, in: Self.review)
        let (content, diagnostics) = site.load()
        #expect(
            diagnostics.map { $0.formatted.split(separator: "\n").first.map(String.init) ?? "" } == [
                "content/reviews/2025-26.md:13:7: error[REVIEW-INDICATORS]: 'indicators.NI112[3].year' is missing.",
                "content/reviews/2025-26.md:14:15: error[REVIEW-INDICATORS]: 'indicators.NI112[4]' gives a second figure for 2024.",
            ])
        let results = try #require(content?.reviews.first?.indicatorResults)
        #expect(results.map(\.writtenYear) == [.calendar(year: 2024), .calendar(year: 2025), nil])
        #expect(results.map(\.location.line) == [11, 12, 13])
        #expect(results[1].note == "Published in February 2027.")
    }
}

/// The whole plan, printed, holds each priority's theme, leads and indicators with their charts.
@Suite struct WholePlanIndicatorTests {
    @Test func theWholePlanShowsLeadsAndIndicators() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try IndicatorLoadingTests.withIndicators(IndicatorLoadingTests.neet, in: site)
        try site.replace(
            "order: 1\n", with: "order: 1\nlead: fernlow-health\nlead_officer: Director of Public Health (Ann Lee)\n",
            in: IndicatorLoadingTests.p1)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/whole/index.html")
        #expect(page.contains("Lead officer: Director of Public Health (Ann Lee)."))
        #expect(page.contains("<h3 id=\"priority-p1-health-indicators\">How we will measure progress</h3>"))
        #expect(page.contains("<span class=\"card__id\">NI117</span> 16 to 18 year olds"))
        #expect(page.contains("Baseline: 8.1% (2007 to 2008). Latest target: 6.5% (2010 to 2011)."))
        #expect(page.components(separatedBy: "role=\"img\"").count - 1 == 2)
    }
}
