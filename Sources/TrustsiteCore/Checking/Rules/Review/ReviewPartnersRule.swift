/// REVIEW-PARTNERS: partner by partner, how far each acted in accordance with the plan.
struct ReviewPartnersRule: PublicationRule {
    let id = "REVIEW-PARTNERS"
    let requirement =
        "The report sets out, partner by partner, the extent to which they acted in accordance with the plan: every partner that leads or supports an action and, when no action names a lead, every local authority and statutory relevant partner with a member on the Board (at least one statement when there is no Board either). A placeholder statement (TBC, N/A, empty) does not count."
    let citation = "001 changes box"

    /// A duty from 2010; the 2008 guidance does not ask for it.
    func level(in edition: Edition) -> Diagnostic.Severity? { edition == .y2010 ? .error : nil }

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let partners = Self.partnersToAccountFor(plan, site)
        return site.content.currentReviews.flatMap { review in
            var findings: [Finding] = []
            var stated: Set<String> = []
            for statement in review.partnerStatements {
                guard let match = Placeholder.match(statement.statement) else {
                    stated.insert(statement.partnerID)
                    continue
                }
                let name = site.content.board?.partner(statement.partnerID)?.name ?? statement.partnerID
                findings.append(
                    Finding(
                        statement.location,
                        "the statement for \(name) is \(match.isEmpty ? "empty" : "a placeholder ('\(match.text)')"): say how far it acted in accordance with the plan.",
                        hint:
                            "Write a sentence or two on what it did under the plan, e.g. `\(statement.partnerID): Led action A1.1 and finished it on time.`"
                    ))
            }
            // A placeholder is reported above, where it is written: not again as missing.
            let written = Set(review.partnerStatements.map(\.partnerID))
            if partners.isEmpty {
                if review.partnerStatements.isEmpty {
                    findings.append(
                        Finding(
                            review.location,
                            "\"\(review.title)\" does not say how far any partner acted in accordance with the plan.",
                            hint:
                                "No action names a lead or supporting partner, and no local authority or relevant partner sits on the Board, so the report names the partners itself. Add under `partners:` a statement for each:\n    partners:\n      (partner id): (a sentence or two on what it did under the plan)"
                        ))
                }
                return findings
            }
            findings += partners.filter { !stated.contains($0) && !written.contains($0) }.map { partnerID in
                let name = site.content.board?.partner(partnerID)?.name ?? partnerID
                return Finding(
                    review.location,
                    "\"\(review.title)\" does not say how far \(name) acted in accordance with the plan.",
                    hint: "Add under `partners:`\n    \(partnerID): (a sentence or two on what it did under the plan)")
            }
            return findings
        }
    }

    /// The partners a report must account for: those the plan's actions name (lead, then
    /// supporting, in plan order); when no action names a lead, also the local authority and the
    /// statutory relevant partners that sit on the Board, since the duty is theirs whatever the
    /// plan's actions say.
    static func partnersToAccountFor(_ plan: Plan, _ site: RuleInput) -> [String] {
        var partners: [String] = []
        for action in plan.actions {
            for id in [action.leadPartnerID] + action.supportingPartnerIDs where !id.isEmpty && !partners.contains(id) {
                partners.append(id)
            }
        }
        guard !plan.actions.contains(where: { !$0.leadPartnerID.isEmpty }), let board = site.content.board else {
            return partners
        }
        let statutory = Set([.localAuthority] + BoardRelevantPartnersRule.statutoryGroups(site.edition).flatMap { $0 })
        let seated = Set(board.members.map(\.partnerID))
        for partner in board.partners where statutory.contains(partner.type) && seated.contains(partner.id) {
            if !partners.contains(partner.id) { partners.append(partner.id) }
        }
        return partners
    }
}
