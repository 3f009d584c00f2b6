/// REVIEW-PARTNERS: partner by partner, how far each acted in accordance with the plan.
struct ReviewPartnersRule: PublicationRule {
    let id = "REVIEW-PARTNERS"
    let requirement =
        "The report sets out, partner by partner, the extent to which they acted in accordance with the plan."
    let citation = "001 changes box"

    /// A duty from 2010; the 2008 guidance does not ask for it.
    func level(in edition: Edition) -> Diagnostic.Severity? { edition == .y2010 ? .error : nil }

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        // A partner id that is not on the Board has been reported where it is written (`lead:`,
        // `support:`): it is not asked for a statement too.
        let board = site.content.board.flatMap { $0.places.unreadable ? nil : $0 }
        var partners: [String] = []
        for action in plan.actions {
            for id in [action.leadPartnerID] + action.supportingPartnerIDs
            where !id.isEmpty && !partners.contains(id) && board.map({ $0.partner(id) != nil }) != false {
                partners.append(id)
            }
        }
        return site.content.currentReviews.flatMap { review -> [Finding] in
            let places = review.partnersPlaces
            guard !places.unreadable else { return [] }
            let stated = Set(review.partnerStatements.map(\.partnerID))
            // A statement under a mistyped id has been reported there, naming the partner it was
            // likely meant for: that partner is not reported as saying nothing.
            let meant = Set(
                stated.filter { id in board.map { $0.partner(id) == nil } == true }.compactMap {
                    KeySuggester.suggestion(for: $0, among: partners.filter { !stated.contains($0) })
                })
            return partners.filter { !stated.contains($0) && !places.isReported($0) && !meant.contains($0) }.map {
                partnerID in
                let name = site.content.board?.partner(partnerID)?.name ?? partnerID
                // Written but blank: at its id; else where `partners:` is (or the front matter, without it).
                return Finding(
                    places.keyLocation(partnerID),
                    "\"\(review.title)\" does not say how far \(name) acted in accordance with the plan.",
                    hint: "Add under `partners:`\n    \(partnerID): (a sentence or two on what it did under the plan)")
            }
        }
    }
}
