/// BOARD-HEALTH-SENIOR: a senior health lead for children's health, and a lead GP.
struct BoardHealthSeniorRule: FixedLevelRule {
    let id = "BOARD-HEALTH-SENIOR"
    let requirement = "A senior health representative accountable for children's health, and a lead GP."
    let citation = "000 §3.14; 004 ¶12"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        var findings: [Finding] = []
        if !facts.isRepresented(.health) {
            findings.append(
                Finding(
                    facts.location, "no senior health representative sits on the Board.",
                    hint: BoardFacts.addMemberHint(
                        .health, role: "Director of Nursing, accountable for children's health")))
        }
        let hasGP =
            facts.isRepresented(.gp) || facts.uncertainTypes.contains(.health)
            || facts.board.members.contains { $0.role.contains("GP") }
        if !hasGP {
            findings.append(
                Finding(
                    facts.location, "no lead GP sits on the Board.",
                    hint: BoardFacts.addMemberHint(.gp, role: "Lead GP for children")))
        }
        return findings
    }
}
