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
        var partners: [String] = []
        for action in plan.actions {
            for id in [action.leadPartnerID] + action.supportingPartnerIDs where !id.isEmpty && !partners.contains(id) {
                partners.append(id)
            }
        }
        return site.content.currentReviews.flatMap { review in
            let stated = Set(review.partnerStatements.map(\.partnerID))
            return partners.filter { !stated.contains($0) }.map { partnerID in
                let name = site.content.board?.partner(partnerID)?.name ?? partnerID
                return Finding(
                    review.location,
                    "\"\(review.title)\" does not say how far \(name) acted in accordance with the plan.",
                    hint: "Add under `partners:`\n    \(partnerID): (a sentence or two on what it did under the plan)")
            }
        }
    }
}
