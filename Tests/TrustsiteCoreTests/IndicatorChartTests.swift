import Foundation
import Testing

@testable import TrustsiteCore

/// The geometry and drawing of an indicator's chart: scales, ticks, points and the words for them.
@Suite struct IndicatorChartTests {
    static func split(_ year: Int) -> ReportingYear { .split(startYear: year) }

    static func indicator(
        unit: IndicatorUnit = .percentage, better: Indicator.Better = .lower, baseline: (Int, Double)? = (2007, 8.1),
        targets: [(Int, Double)] = [(2008, 7.5), (2009, 7.0), (2010, 6.5)]
    ) -> Indicator {
        let here = SourceLocation(file: "content/plan/priorities/p1-health.md")
        return Indicator(
            id: "NI117", slug: "ni117", priorityID: "P1", name: "Young people not in education <or> work", unit: unit,
            better: better, source: nil, description: nil,
            baseline: baseline.map { IndicatorValue(year: split($0.0), value: $0.1, location: here) },
            targets: targets.map { IndicatorValue(year: split($0.0), value: $0.1, location: here) },
            location: here, places: SourcePlaces(item: here))
    }

    @Test func yearsAreSpacedEvenlyAndValuesRiseUpwards() {
        let scale = IndicatorChartScale(
            years: [Self.split(2009), Self.split(2007), Self.split(2008), Self.split(2009)], values: [8.1, 7.5, 7.0],
            left: 40, right: 340, top: 30, bottom: 190)
        #expect(scale.years == [Self.split(2007), Self.split(2008), Self.split(2009)])
        #expect(scale.x(Self.split(2007)) == 90)
        #expect(scale.x(Self.split(2008)) == 190)
        #expect(scale.x(Self.split(2009)) == 290)
        #expect(scale.ticks == [7, 7.5, 8, 8.5])
        #expect(scale.axisMinimum == 7 && scale.axisMaximum == 8.5)
        #expect(scale.y(7) == 190)
        #expect(scale.y(8.5) == 30)
        #expect(scale.y(8.1) < scale.y(7.5))
    }

    @Test func oneYearIsCentred() {
        let scale = IndicatorChartScale(
            years: [.calendar(year: 2009)], values: [1140, 1100], left: 40, right: 340, top: 30, bottom: 190)
        #expect(scale.x(.calendar(year: 2009)) == 190)
        #expect(scale.ticks.first! <= 1100 && scale.ticks.last! >= 1140)
    }

    @Test func equalValuesAreDrawnMidHeight() {
        let scale = IndicatorChartScale(
            years: [Self.split(2008), Self.split(2009)], values: [5, 5], left: 0, right: 100, top: 0, bottom: 100)
        #expect(scale.ticks.count >= 2)
        #expect(scale.ticks.first! < 5 && scale.ticks.last! > 5)
        #expect(abs(scale.y(5) - 50) < 1e-9)
        let zeros = IndicatorChartScale(
            years: [Self.split(2008)], values: [0, 0], left: 0, right: 100, top: 0, bottom: 100)
        #expect(zeros.axisMinimum == 0 && zeros.axisMaximum > 0)
        let none = IndicatorChartScale(years: [], values: [], left: 0, right: 100, top: 0, bottom: 100)
        #expect(none.ticks == [0, 0.25, 0.5, 0.75, 1])
    }

    @Test func negativeValuesGetANegativeAxisButCountsNeverDo() {
        let gap = IndicatorChartScale(
            years: [Self.split(2008), Self.split(2009)], values: [-3.2, 1.5], left: 0, right: 100, top: 0,
            bottom: 100)
        #expect(gap.axisMinimum <= -3.2 && gap.axisMinimum > -5)
        #expect(gap.ticks.contains(0))
        #expect(gap.y(-3.2) > gap.y(0))
        let small = IndicatorChartScale(
            years: [Self.split(2008)], values: [0.2, 9.6], left: 0, right: 100, top: 0, bottom: 100)
        #expect(small.axisMinimum == 0)
    }

    @Test func stepsAreRound() {
        #expect(IndicatorChartScale.niceStep(0.37) == 0.5)
        #expect(IndicatorChartScale.niceStep(0.25) == 0.25)
        #expect(IndicatorChartScale.niceStep(1.1) == 2)
        #expect(IndicatorChartScale.niceStep(30) == 50)
        #expect(IndicatorChartScale.niceStep(0) == 1)
    }

    @Test func chartHasTitleDescriptionLegendAndMarkers() {
        let chart = IndicatorChart(
            indicator: Self.indicator(), actuals: [.init(year: Self.split(2008), value: 7.2)], id: "c")
        let html = chart.html
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("aria-labelledby=\"c-title c-desc\""))
        #expect(html.contains("viewBox=\"0 0 320 "))
        #expect(
            html.contains(
                "<title id=\"c-title\">NI117 Young people not in education &lt;or&gt; work: baseline, targets and actual values</title>"
            ))
        #expect(
            chart.description
                == "Lower is better. Baseline 2007 to 2008: 8.1%. 2008 to 2009: target 7.5%, actual 7.2%. "
                + "2009 to 2010: target 7%, no actual value reported. 2010 to 2011: target 6.5%, no actual value reported."
        )
        // Series told apart by line style and marker shape, named in the legend.
        #expect(html.contains("stroke-dasharray"))
        #expect(html.components(separatedBy: "<rect ").count - 1 == 4)  // three targets and the legend's
        #expect(html.components(separatedBy: "<circle ").count - 1 == 2)  // one actual and the legend's
        #expect(html.contains("Target (dashed line, hollow squares)"))
        #expect(html.contains("Actual (solid line, filled circles)"))
        #expect(html.contains("Baseline (diamond)"))
        #expect(html.contains(">Baseline 8.1%</text>"))
        #expect(html.contains(">2008/09</text>"))
        #expect(html.contains(">7.5%</text>"))
        #expect(chart.axisTitle == "Per cent (lower is better)")
    }

    @Test func anActualInTheBaselineYearIsDescribed() {
        let chart = IndicatorChart(
            indicator: Self.indicator(targets: []), actuals: [.init(year: Self.split(2007), value: 8)], id: "c")
        #expect(chart.description == "Lower is better. Baseline 2007 to 2008: 8.1%. 2007 to 2008: actual 8%.")
    }

    @Test func higherIsBetterAndOtherUnitsAreSaid() {
        let chart = IndicatorChart(
            indicator: Self.indicator(unit: .rate(per: 10000), better: .higher, baseline: nil, targets: [(2008, 1140)]),
            actuals: [], id: "c")
        #expect(chart.axisTitle == "Rate per 10,000 (higher is better)")
        #expect(
            chart.description == "Higher is better. 2008 to 2009: target 1,140 per 10,000, no actual value reported.")
        #expect(!chart.html.contains("Actual (solid"))
        #expect(!chart.html.contains("Baseline (diamond)"))
        #expect(chart.tickLabel(1100) == "1,100")
    }
}
