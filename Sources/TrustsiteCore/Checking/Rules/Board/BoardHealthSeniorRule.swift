/// BOARD-HEALTH-SENIOR: a senior health lead for children's health, and a lead GP.
struct BoardHealthSeniorRule: FixedLevelRule {
    let id = "BOARD-HEALTH-SENIOR"
    let requirement =
        "A senior health representative accountable for children's health, and a lead GP (named by `statutory_role:` or, failing that, by partner type and job title)."
    let citation = "000 §3.14; 004 ¶12"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        var findings: [Finding] = []
        if !facts.isHeld(.seniorHealthLead) {
            findings.append(
                finding(
                    facts, .seniorHealthLead, "no senior health representative sits on the Board.",
                    add: BoardFacts.addMemberHint(
                        .health, role: "Director of Nursing, accountable for children's health")
                ))
        }
        // A GP partner's member is the lead GP by the Board's structure, whatever their title.
        if !facts.isRepresented(.gp) && !facts.isHeld(.leadGP) {
            findings.append(
                finding(
                    facts, .leadGP, "no lead GP sits on the Board.",
                    add: BoardFacts.addMemberHint(.gp, role: "Lead GP for children"), among: [.health]))
        }
        return findings
    }

    /// The finding at the member likeliest to hold the post, asking whether they do; else at the Board.
    private func finding(
        _ facts: BoardFacts, _ role: StatutoryRole, _ message: String, add: String, among types: Set<PartnerType>? = nil
    ) -> Finding {
        guard let (member, _) = facts.likeliest(for: [role], among: types) else {
            return Finding(facts.location, message, hint: add)
        }
        return Finding(
            member.location, message,
            hint: BoardFacts.declareHint(member, role) + "\nIf not, " + add.prefix(1).lowercased() + add.dropFirst())
    }
}
