import Foundation

/// BOARD-LA: the Director of Children's Services and/or the Lead Member sit on the Board.
struct BoardLocalAuthorityRule: FixedLevelRule {
    let id = "BOARD-LA"
    let requirement = "The local authority is represented (Director of Children's Services and/or Lead Member named)."
    let citation = "001 §7; 003 §3.37"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site), !facts.uncertainTypes.contains(.localAuthority) else { return [] }
        let named = facts.members(of: .localAuthority).contains { member in
            let role = member.role.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            return role.contains("director of children's services") || role.contains("lead member")
        }
        guard !named else { return [] }
        return [
            Finding(
                facts.location,
                "neither the Director of Children's Services nor the Lead Member for children's services is a member.",
                hint: BoardFacts.addMemberHint(.localAuthority, role: "Director of Children's Services"))
        ]
    }
}
