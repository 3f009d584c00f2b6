/// One indicator as an annual report stands on it: the year, the target for that year, the actual
/// the report gives, the position by the stated rule and the note. The report page's table and the
/// open data are both made of these, so they say the same thing.
public struct IndicatorReportLine: Sendable {
    public var indicator: Indicator
    /// The year the figure is for: the one the report writes, else the indicator's year that ends
    /// within the report's period; nil when neither is known (a report with no period).
    public var year: ReportingYear?
    public var target: Double?
    public var actual: Double?
    public var position: IndicatorPosition
    public var note: String?

    /// A line for every indicator of `plan` and year the report gives, in plan order and then year
    /// order, from `review`'s results (an indicator the report leaves out is there with no data, so
    /// a gap shows).
    public static func lines(for review: Review, plan: Plan) -> [IndicatorReportLine] {
        let results = Dictionary(grouping: review.indicatorResults, by: \.indicatorID)
        return plan.indicators.flatMap { indicator -> [IndicatorReportLine] in
            let given: [IndicatorResult?] = results[indicator.id] ?? [nil]
            let lines = given.map { result in
                let year =
                    result.flatMap { $0.year(for: indicator, in: review.period) }
                    ?? review.period.flatMap(indicator.year(endingWithin:))
                let target = year.flatMap(indicator.target(for:))?.value
                return IndicatorReportLine(
                    indicator: indicator, year: year, target: target, actual: result?.actual,
                    position: .of(actual: result?.actual, target: target, better: indicator.better), note: result?.note)
            }
            // Stable: lines whose year is unknown keep their place.
            return lines.count < 2
                ? lines
                : lines.sorted { left, right in
                    guard let a = left.year, let b = right.year else { return false }
                    return a < b
                }
        }
    }
}
