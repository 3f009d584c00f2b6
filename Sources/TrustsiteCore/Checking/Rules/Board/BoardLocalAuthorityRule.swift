/// BOARD-LA: the Director of Children's Services and/or the Lead Member sit on the Board.
struct BoardLocalAuthorityRule: FixedLevelRule {
    let id = "BOARD-LA"
    let requirement =
        "The local authority is represented (Director of Children's Services and/or Lead Member named, by `statutory_role:` or, failing that, by job title)."
    let citation = "001 §7; 003 §3.37"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        let roles: [StatutoryRole] = [.directorOfChildrensServices, .leadMember]
        guard !roles.contains(where: facts.isHeld) else { return [] }
        let message =
            "neither the Director of Children's Services nor the Lead Member for children's services is a member."
        let addHint = BoardFacts.addMemberHint(.localAuthority, role: "Director of Children's Services")
        guard let (member, role) = facts.likeliest(for: roles) else {
            return [Finding(facts.location, message, hint: addHint)]
        }
        return [
            Finding(
                member.location, message,
                hint: BoardFacts.declareHint(member, role) + "\nIf neither post is on the Board, "
                    + addHint.prefix(1).lowercased() + addHint.dropFirst())
        ]
    }
}
