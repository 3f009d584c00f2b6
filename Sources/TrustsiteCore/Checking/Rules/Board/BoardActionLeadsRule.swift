/// BOARD-ACTION-LEADS: every partner that leads an action sits on the Board.
struct BoardActionLeadsRule: FixedLevelRule {
    let id = "BOARD-ACTION-LEADS"
    let requirement = "Every lead partner named by a plan priority or action is a partner on the Board."
    let citation = "001 §2, §7"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan, let facts = BoardFacts(site), let seated = facts.seatedPartnerIDs else {
            return []
        }
        let board = facts.board
        var reported: Set<String> = []
        let leads =
            plan.priorities.compactMap { priority in priority.leadPartnerID.map { ("priority \(priority.id)", $0) } }
            + plan.actions.flatMap { action in action.leadPartnerIDs.map { ("action \(action.id)", $0) } }
        return leads.compactMap { led, lead -> Finding? in
            guard !lead.isEmpty, !seated.contains(lead), board.partner(lead) != nil, reported.insert(lead).inserted
            else { return nil }
            let name = board.partner(lead)?.name ?? lead
            // The fix is a member for the partner, under `members:`.
            return Finding(
                facts.location, "\(name) leads \(led) but no member sits on the Board for it.",
                hint:
                    "Add a member for it in \(BoardLoader.dataPath):\n    members:\n      - name: (name)\n        role: (role)\n        partner: \(lead)"
            )
        }
    }
}
