/// SITE-PUBLISHED-SET: the plan, the latest annual review (once one is due), the Board and the offer.
struct PublishedSetRule: FixedLevelRule {
    let id = "SITE-PUBLISHED-SET"
    let requirement =
        "The site publishes a current CYPP, its latest annual review/report, the Board membership, and the local offer."
    let citation = "000 §3.28; 001 changes box, §5"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        var findings: [Finding] = []
        let planPath = PlanLoader.folder + "/index.md"
        if site.content.plan == nil {
            findings.append(
                Finding(
                    SourceLocation(file: planPath), "the site publishes no Children and Young People's Plan.",
                    hint:
                        "Create \(planPath) with the plan's front matter (run `trustsite init` in an empty folder to see every file a site needs)."
                ))
        }
        if let plan = site.content.plan, let period = plan.period, period.start.adding(months: 12) <= site.today,
            site.content.currentReviews.isEmpty, !ReviewYear.anyReviewUncertain(site.content)
        {
            let label = ReviewYear.label(from: period.start)
            findings.append(
                Finding(
                    SourceLocation(file: "\(ReviewLoader.folder)/\(label).md"),
                    "the plan has run for a year but no annual review is published.",
                    hint:
                        "Write the review: `trustsite new review \(label)` creates it with every action listed."
                ))
        }
        if let board = site.content.board {
            if board.members.isEmpty, !board.places.isReported("members") {
                findings.append(
                    Finding(
                        board.places.keyLocation("members"), "the site does not say who sits on the Board.",
                        hint: "List the partners and members in \(BoardLoader.dataPath)."))
            }
        } else {
            findings.append(
                Finding(
                    SourceLocation(file: BoardLoader.dataPath), "the site does not say who sits on the Board.",
                    hint: "List the partners and members in \(BoardLoader.dataPath)."))
        }
        if site.content.offer == nil {
            let offerPath = OfferLoader.folder + "/index.md"
            findings.append(
                Finding(
                    SourceLocation(file: offerPath), "the site publishes no local offer.",
                    hint:
                        "Create \(offerPath) (what families can expect) and a file per service in \(OfferLoader.folder)/services/."
                ))
        }
        return findings
    }
}
