/// Who holds the statutory posts the Board rules look for.
extension BoardFacts {
    /// The members who hold `role`: those that declare it with `statutory_role:`, or, when none
    /// does, those without a declared role whose job title shows it (`RoleTitles`).
    func holders(of role: StatutoryRole) -> [Member] {
        let declared = board.members.filter { $0.statutoryRole == role }
        guard declared.isEmpty else { return declared }
        let titles = RoleTitles.entry(role)
        return board.members.filter { member in
            member.statutoryRole == nil && titles.shows(member, partnerType: board.partner(member.partnerID)?.type)
        }
    }

    /// The member most likely to hold one of `roles` though nothing says so: among members without a
    /// declared role who sit for a partner whose titles are read for it, the one whose name and title
    /// share the most words with the post's vocabulary (the first in the file on a tie); nil when
    /// none shares any.
    func likeliest(for roles: [StatutoryRole], among types: Set<PartnerType>? = nil) -> (Member, StatutoryRole)? {
        var best: (member: Member, role: StatutoryRole, score: Int)?
        for member in board.members where member.statutoryRole == nil {
            let type = board.partner(member.partnerID)?.type
            for role in roles {
                let titles = RoleTitles.entry(role)
                if let allowed = types ?? titles.partnerTypes, !(type.map { allowed.contains($0) } ?? false) {
                    continue
                }
                let score = titles.likenessScore(member)
                if score > (best?.score ?? 0) { best = (member, role, score) }
            }
        }
        return best.map { ($0.member, $0.role) }
    }

    /// "Is Sam Patel (Strategic Director, People) the director of children's services? Add ..."
    static func declareHint(_ member: Member, _ role: StatutoryRole) -> String {
        let line = (member.roleLocation ?? member.location).line
        let place =
            member.roleLocation?.line == member.location.line
            ? "inside the braces on line \(line)" : "under line \(line)"
        return "Is \(member.name) (\(member.role)) \(role.phrase)? "
            + "Add `statutory_role: \(role.rawValue)` \(place) of \(BoardLoader.dataPath)."
    }
}
