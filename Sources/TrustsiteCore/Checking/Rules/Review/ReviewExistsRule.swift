/// REVIEW-EXISTS: an annual report for each full year of the plan that has ended.
struct ReviewExistsRule: StatutoryFrom2010Rule {
    let id = "REVIEW-EXISTS"
    let requirement =
        "An annual report is published for each full year of the plan period that has ended before the build date."
    let citation = "001 changes box; 000 §3.28"

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan, let period = plan.period, !ReviewYear.anyReviewUncertain(site.content)
        else { return [] }
        let reviews = site.content.currentReviews
        return ReviewYear.completed(in: period, before: site.today).compactMap { year in
            let covered = reviews.contains { review in
                guard let reviewed = review.period else { return review.slug == ReviewYear.label(from: year.start) }
                return reviewed.start <= year.start && reviewed.end >= year.end
            }
            guard !covered else { return nil }
            let label = ReviewYear.label(from: year.start)
            // The year's report is there but its period falls short (a date typed wrong): its `period:`.
            if let review = reviews.first(where: { $0.slug == label || $0.period.map(year.overlaps) == true }),
                let reviewed = review.period
            {
                return Finding(
                    review.places.location(of: "period"),
                    "there is no annual report for \(year.text), which ended before \(site.today.text): "
                        + "\"\(review.title)\" covers \(reviewed.text).",
                    hint: "Check its `period:`: a report for the year runs from \(year.start.iso) to \(year.end.iso)."
                )
            }
            return Finding(
                SourceLocation(file: "\(ReviewLoader.folder)/\(label).md"),
                "there is no annual report for \(year.text), which ended before \(site.today.text).",
                hint:
                    "Run `trustsite new review \(label)`: it writes \(ReviewLoader.folder)/\(label).md with every action of the plan listed, ready for a status and evidence."
            )
        }
    }
}

extension Period {
    /// Whether the two periods share a day.
    func overlaps(_ other: Period) -> Bool { start <= other.end && other.start <= end }
}
