/// One year of an indicator as the plan and that plan's reports give it: the baseline or target
/// the plan sets, the actual value a report gives, with the report it comes from, and where the
/// actual stands against the target.
struct IndicatorYear {
    var year: ReportingYear
    var baseline: Double?
    var target: Double?
    var actual: Double?
    /// What the report says about the figure or, with no actual, why there is none.
    var note: String?
    /// The report the actual or the note comes from.
    var review: Review?
    /// Whether a report on the plan covers the year (the year ends within its period) or gives
    /// a figure for it: a year no report has reached yet has no position, not "no data".
    var reported = false

    /// Where the actual stands against the year's target, by the same rule (and the same call)
    /// as the report's own Indicators table; nil for a year with no target (a baseline year, or
    /// a figure reported for a year the plan sets none for), which has nothing to stand against,
    /// and for a year no report has reached yet.
    func position(better: Indicator.Better) -> IndicatorPosition? {
        guard target != nil, reported else { return nil }
        return IndicatorPosition.of(actual: actual, target: target, better: better)
    }

    /// Every year the indicator has a baseline, a target or a reported figure or note for, in
    /// order, from the reports on the plan it belongs to: the current plan's, or those naming
    /// `past` (`plan:`) when it is a past plan's. Where two reports give the same year, the one
    /// whose period ends later is used (a later report may correct an earlier figure).
    static func all(of indicator: Indicator, in content: SiteContent, past: PastPlan? = nil) -> [IndicatorYear] {
        var byYear: [ReportingYear: IndicatorYear] = [:]
        if let baseline = indicator.baseline {
            byYear[baseline.year, default: .init(year: baseline.year)].baseline = baseline.value
        }
        for target in indicator.targets { byYear[target.year, default: .init(year: target.year)].target = target.value }
        for review in content.reviews where review.pastPlanSlug == past?.slug {
            if let period = review.period {
                for year in byYear.keys where year.ends(within: period) { byYear[year]?.reported = true }
            }
            for result in review.indicatorResults where result.indicatorID == indicator.id {
                guard let year = result.year(for: indicator, in: review.period) else { continue }
                let earlier = byYear[year]?.review
                if let earlier, let end = earlier.period?.end, let newEnd = review.period?.end, newEnd < end {
                    continue
                }
                byYear[year, default: .init(year: year)].actual = result.actual
                byYear[year, default: .init(year: year)].note = result.note
                byYear[year, default: .init(year: year)].review = review
                byYear[year]?.reported = true
            }
        }
        return byYear.values.sorted { $0.year < $1.year }
    }
}
