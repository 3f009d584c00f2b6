/// One year of an indicator as the plan and the current plan's reports give it: the baseline or
/// target the plan sets and the actual value a report gives, with the report it comes from.
struct IndicatorYear {
    var year: ReportingYear
    var baseline: Double?
    var target: Double?
    var actual: Double?
    /// What the report says about the figure or, with no actual, why there is none.
    var note: String?
    /// The report the actual or the note comes from.
    var review: Review?

    /// Every year the indicator has a baseline, a target or a reported figure or note for, in
    /// order. Where two reports give the same year, the one whose period ends later is used (a
    /// later report may correct an earlier figure).
    static func all(of indicator: Indicator, in content: SiteContent) -> [IndicatorYear] {
        var byYear: [ReportingYear: IndicatorYear] = [:]
        if let baseline = indicator.baseline {
            byYear[baseline.year, default: .init(year: baseline.year)].baseline = baseline.value
        }
        for target in indicator.targets { byYear[target.year, default: .init(year: target.year)].target = target.value }
        for review in content.currentReviews {
            for result in review.indicatorResults where result.indicatorID == indicator.id {
                guard let year = result.year(for: indicator, in: review.period) else { continue }
                let earlier = byYear[year]?.review
                if let earlier, let end = earlier.period?.end, let newEnd = review.period?.end, newEnd < end {
                    continue
                }
                byYear[year, default: .init(year: year)].actual = result.actual
                byYear[year, default: .init(year: year)].note = result.note
                byYear[year, default: .init(year: year)].review = review
            }
        }
        return byYear.values.sorted { $0.year < $1.year }
    }
}
