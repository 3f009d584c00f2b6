/// REVIEW-PARTNERS: partner by partner, how far each acted in accordance with the plan.
struct ReviewPartnersRule: PublicationRule {
    let id = "REVIEW-PARTNERS"
    let requirement =
        "The report sets out, partner by partner, the extent to which they acted in accordance with the plan: every partner that leads or supports an action and, when no action names a lead, every local authority and statutory relevant partner with a member on the Board (at least one statement when there is no Board either). A placeholder statement (TBC, N/A, empty) does not count."
    let citation = "001 changes box"

    /// A duty from 2010; the 2008 guidance does not ask for it.
    func level(in edition: Edition) -> Diagnostic.Severity? { edition == .y2010 ? .error : nil }

    func check(_ site: RuleInput) -> [Finding] {
        // A partner id that is not on the Board has been reported where it is written (`lead:`,
        // `support:`): it is not asked for a statement too.
        let board = site.content.board.flatMap { $0.places.unreadable ? nil : $0 }
        // A review of a past plan kept as a folder accounts for the partners of that plan's actions.
        return site.content.checkedReviews.flatMap { review, plan -> [Finding] in
            let partners = Self.partnersToAccountFor(plan, site).filter { id in
                board.map { $0.partner(id) != nil } != false
            }
            let places = review.partnersPlaces
            guard !places.unreadable else { return [] }
            var findings: [Finding] = []
            var stated: Set<String> = []
            for statement in review.partnerStatements {
                guard let match = Placeholder.match(statement.statement) else {
                    stated.insert(statement.partnerID)
                    continue
                }
                let name = site.content.board?.partner(statement.partnerID)?.name ?? statement.partnerID
                // The statement as written: its value, or its id when it is left blank.
                findings.append(
                    Finding(
                        places.location(of: statement.partnerID),
                        "the statement for \(name) is \(match.isEmpty ? "empty" : "a placeholder ('\(match.text)')"): say how far it acted in accordance with the plan.",
                        hint:
                            "Write a sentence or two on what it did under the plan, e.g. `\(statement.partnerID): Led action A1.1 and finished it on time.`"
                    ))
            }
            // A placeholder is reported above, where it is written: not again as missing.
            let written = Set(review.partnerStatements.map(\.partnerID))
            if partners.isEmpty {
                if review.partnerStatements.isEmpty, places.reported.isEmpty {
                    findings.append(
                        Finding(
                            places.item,
                            "\"\(review.title)\" does not say how far any partner acted in accordance with the plan.",
                            hint:
                                "No action names a lead or supporting partner, and no local authority or relevant partner sits on the Board, so the report names the partners itself. Add under `partners:` a statement for each:\n    partners:\n      (partner id): (a sentence or two on what it did under the plan)"
                        ))
                }
                return findings
            }
            // A statement under a mistyped id has been reported there, naming the partner it was
            // likely meant for: that partner is not reported as saying nothing.
            let meant = Set(
                written.filter { id in board.map { $0.partner(id) == nil } == true }.compactMap {
                    KeySuggester.suggestion(for: $0, among: partners.filter { !written.contains($0) })
                })
            findings += partners.filter {
                !stated.contains($0) && !written.contains($0) && !places.isReported($0) && !meant.contains($0)
            }.map { partnerID in
                let name = site.content.board?.partner(partnerID)?.name ?? partnerID
                // Where `partners:` is (or the front matter, without it).
                return Finding(
                    places.item,
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
            for id in action.leadPartnerIDs + action.supportingPartnerIDs where !id.isEmpty && !partners.contains(id) {
                partners.append(id)
            }
        }
        // An action or a `lead:` the loader left out may name a lead (it has said why).
        let leadsUnknown =
            plan.priorities.contains { $0.places.isReported("actions") }
            || plan.actions.contains { $0.places.isReported("lead") }
        guard !plan.actions.contains(where: { !$0.leadPartnerIDs.isEmpty }), !leadsUnknown,
            let board = site.content.board
        else { return partners }
        let statutory = Set([.localAuthority] + BoardRelevantPartnersRule.statutoryGroups(site.edition).flatMap { $0 })
        let seated = Set(board.members.flatMap(\.partnerIDs))
        for partner in board.partners where statutory.contains(partner.type) && seated.contains(partner.id) {
            if !partners.contains(partner.id) { partners.append(partner.id) }
        }
        return partners
    }
}
