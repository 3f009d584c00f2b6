/// REVIEW-INDICATORS: every indicator with a target for a year a report covers has an actual value
/// or a stated reason there is none; results are for indicators the plan has and years the report
/// could give.
struct ReviewIndicatorsRule: StatutoryFrom2010Rule {
    let id = "REVIEW-INDICATORS"
    let requirement =
        "Every indicator of the plan with a target for a year the report covers (a year that ends within its period) has an actual value or a stated reason there is none (a note that is not a placeholder). A result for an indicator the plan does not have is an error; a result for a year after the report's period is a warning."
    let citation = "000 §3.28 \"update on progress against it\""

    func check(_ site: RuleInput) -> [Finding] {
        // Each report against the plan it is on: the current plan, or a past plan kept as a folder.
        site.content.checkedReviews.flatMap { Self.findings(for: $0.review, plan: $0.plan) }
    }

    /// What is wrong with `review`'s indicator results against `plan` (the plan it reports on).
    static func findings(for review: Review, plan: Plan) -> [Finding] {
        guard !review.places.isReported("indicators") else { return [] }
        let indicators = plan.indicators
        let indicatorIDs = indicators.map(\.id)
        let known = Set(indicatorIDs)
        // An indicator may have results for several years (a late figure beside this year's).
        let results = Dictionary(grouping: review.indicatorResults, by: \.indicatorID)
        // Indicators that could not be loaded have been reported: a result for one is not also
        // a result for an indicator the plan lacks.
        let indicatorsLeftOut =
            plan.priorities.contains { $0.places.isReported("indicators") } || known.count < indicatorIDs.count
        var findings: [Finding] = []
        var meant: Set<String> = []
        var unknownReported: Set<String> = []
        for result in review.indicatorResults where !known.contains(result.indicatorID) && !indicatorsLeftOut {
            guard unknownReported.insert(result.indicatorID).inserted else { continue }
            let unreported = indicatorIDs.filter { results[$0] == nil }
            let suggestion =
                KeySuggester.suggestion(for: result.indicatorID, among: unreported)
                ?? KeySuggester.suggestion(for: result.indicatorID, among: indicatorIDs)
            if let suggestion { meant.insert(suggestion) }
            findings.append(
                Finding(
                    result.location,
                    "a result is given for indicator '\(result.indicatorID)', which the plan does not have.",
                    hint: suggestion.map { "Did you mean '\($0)'?" }
                        ?? "Use the id of an indicator in \(plan.folder)/priorities/, or remove this entry.",
                    level: .error))
        }
        guard let period = review.period else { return findings }
        for indicator in indicators {
            let given = results[indicator.id] ?? []
            for result in given {
                guard let year = result.writtenYear, period.end < year.lastDay, !result.places.isReported("year")
                else { continue }
                findings.append(
                    Finding(
                        result.places.location(of: "year"),
                        "indicator \(indicator.id): the year \(year.written) ends after this report's period, which ends on \(period.end.text).",
                        hint:
                            "A report gives figures for years that end within its period, or late figures for earlier years; give this one in the report for the year it ends in.",
                        level: .warning))
            }
            // A mistyped id ("NI171" for NI117) is one mistake, reported at the entry.
            if given.isEmpty, meant.contains(indicator.id) { continue }
            for target in indicator.targets where target.year.ends(within: period) {
                // The result for the target's year; else the last given (for another year, whose
                // note may say why this year has none).
                let result = given.first { $0.year(for: indicator, in: period) == target.year } ?? given.last
                if let finding = Self.missing(indicator, target, result, review, period) { findings.append(finding) }
            }
        }
        return findings
    }

    /// The finding for an indicator with `target` in a year the report covers and no actual or
    /// reason for it; nil when the report gives one.
    private static func missing(
        _ indicator: Indicator, _ target: IndicatorValue, _ result: IndicatorResult?, _ review: Review, _ period: Period
    ) -> Finding? {
        let targetValue = indicator.unit.format(target.value)
        guard let result else {
            return Finding(
                review.indicatorsPlaces?.item ?? review.places.item,
                "indicator \(indicator.id) \"\(indicator.name)\" has a target of \(targetValue) for \(target.year.written) but no result in this report.",
                hint:
                    "Add under `indicators:`\n    \(indicator.id):\n      actual: (the figure for \(target.year.written))\n      note: (what it means)\nor, with no figure, a `note:` saying why there is none."
            )
        }
        guard !result.places.unreadable else { return nil }
        let noteWritten = result.places.written(result.note, at: "note")
        let placeholder = Placeholder.match(noteWritten, field: "note")
        let hasReason = noteWritten != nil && placeholder == nil
        let year = result.year(for: indicator, in: period)
        if year == target.year, result.actual != nil || result.places.isReported("actual") { return nil }
        if hasReason || result.places.isReported("note") { return nil }
        if let placeholder {
            return Finding(
                result.places.location(of: "note"),
                "indicator \(indicator.id): " + placeholder.describe("note")
                    + ", and there is no actual for \(target.year.written) (target \(targetValue)): give the figure, or say why there is none.",
                hint:
                    "e.g. `note: The survey was not run in \(target.year.written), so there is no figure for this year.`"
            )
        }
        if let year, year != target.year {
            return Finding(
                result.location,
                "indicator \(indicator.id) gives a figure for \(year.written) but none for \(target.year.written), which has a target of \(targetValue).",
                hint: "Add a `note:` saying why there is no figure for \(target.year.written) yet.")
        }
        return Finding(
            result.location,
            "indicator \(indicator.id) has no actual for \(target.year.written) (target \(targetValue)) and no note saying why.",
            hint:
                "Add `actual:` with the figure, or `note:` with the reason there is none (\"The survey was not run this year\")."
        )
    }
}
