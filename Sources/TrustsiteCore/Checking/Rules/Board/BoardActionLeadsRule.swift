/// BOARD-ACTION-LEADS: every partner that leads an action sits on the Board.
struct BoardActionLeadsRule: FixedLevelRule {
    let id = "BOARD-ACTION-LEADS"
    let requirement = "Every lead partner named by a plan action is a partner on the Board."
    let citation = "001 §2, §7"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan, let board = site.content.board else { return [] }
        let seated = Set(board.members.map(\.partnerID))
        var reported: Set<String> = []
        return plan.actions.compactMap { action -> Finding? in
            let lead = action.leadPartnerID
            guard !lead.isEmpty, !seated.contains(lead), board.partner(lead) != nil, reported.insert(lead).inserted
            else { return nil }
            let name = board.partner(lead)?.name ?? lead
            return Finding(
                action.leadLocation, "\(name) leads action \(action.id) but no member sits on the Board for it.",
                hint:
                    "Add a member for it in \(BoardLoader.dataPath):\n    members:\n      - name: (name)\n        role: (role)\n        partner: \(lead)"
            )
        }
    }
}
