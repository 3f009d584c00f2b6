/// SITE-PUBLISHED-SET: the plan, the latest annual review (once one is due), the Board and the offer.
struct PublishedSetRule: FixedLevelRule {
    let id = "SITE-PUBLISHED-SET"
    let requirement =
        "The site publishes a current CYPP, its latest annual review/report, the Board membership, and the local offer."
    let citation = "000 §3.28; 001 changes box, §5"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        let config = SourceLocation(file: ConfigLoader.path)
        var findings: [Finding] = []
        if site.content.plan == nil {
            findings.append(
                Finding(
                    config, "the site publishes no Children and Young People's Plan.",
                    hint:
                        "Create content/plan/index.md with the plan's front matter (run `trustsite init` in an empty folder to see every file a site needs)."
                ))
        }
        if let plan = site.content.plan, let period = plan.period, period.start.adding(months: 12) <= site.today,
            site.content.currentReviews.isEmpty
        {
            findings.append(
                Finding(
                    SourceLocation(file: ReviewLoader.folder),
                    "the plan has run for a year but no annual review is published.",
                    hint:
                        "Write the review: `trustsite new review \(ReviewYear.label(from: period.start))` creates it with every action listed."
                ))
        }
        if site.content.board == nil || site.content.board?.members.isEmpty == true {
            findings.append(
                Finding(
                    SourceLocation(file: BoardLoader.dataPath), "the site does not say who sits on the Board.",
                    hint: "List the partners and members in \(BoardLoader.dataPath)."))
        }
        if site.content.offer == nil {
            findings.append(
                Finding(
                    SourceLocation(file: OfferLoader.folder), "the site publishes no local offer.",
                    hint:
                        "Create content/offer/index.md (what families can expect) and a file per service in content/offer/services/."
                ))
        }
        return findings
    }
}
