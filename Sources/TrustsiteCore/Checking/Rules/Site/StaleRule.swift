/// SITE-STALE: a plan past its review date, or an annual report overdue.
struct StaleRule: FixedLevelRule {
    let id = "SITE-STALE"
    let requirement =
        "A document past its review date, or an annual report more than 12 months after the last, is flagged (relative to the build date, which tests pin)."
    let citation = "000 §3.27 \"refreshed, evaluated and reviewed\""
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        var findings: [Finding] = []
        if let plan = site.content.plan, let reviewBy = plan.reviewBy, reviewBy < site.today {
            findings.append(
                Finding(
                    plan.places.location(of: "review_by"),
                    "the plan was due for review on \(reviewBy.text); today is \(site.today.text).",
                    hint: "Review the plan with the Board, then set `review_by:` to the next review date."))
        }
        let reports = site.content.reviews.compactMap { review in review.published.map { (review, $0) } }
        // A report whose date could not be read (reported) may be the latest: none is called overdue.
        let datesUnread = site.content.reviews.contains { $0.places.isReported("published") }
        if !datesUnread, let (latest, published) = reports.max(by: { $0.1 < $1.1 }),
            published.adding(months: 12) < site.today,
            let planEnd = site.content.plan?.period?.end, published < planEnd.adding(months: 6)
        {
            // At the date it gives: the line to check (a date copied from last year's report), or
            // the report to follow with this year's.
            findings.append(
                Finding(
                    latest.places.location(of: "published"),
                    "the latest annual report was published on \(published.text), more than 12 months ago.",
                    hint: "Publish this year's report: `trustsite new review YEAR` starts one with every action listed."
                ))
        }
        return findings
    }
}
