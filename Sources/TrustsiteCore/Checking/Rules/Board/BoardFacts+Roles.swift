/// Who holds the statutory posts the Board rules look for.
extension BoardFacts {
    /// True when a member holds `role`: one declares it with `statutory_role:`, or, when none
    /// does, one without a declared role has a job title that shows it (`RoleTitles`). Something
    /// the loader reported may hold it too (a member that could not be loaded, sitting for a partner
    /// whose titles are read for the post; a `statutory_role:` that could not be read): the one
    /// mistake is not reported again as a missing post.
    func isHeld(_ role: StatutoryRole) -> Bool {
        if seated.contains(where: { $0.statutoryRole == role }) { return true }
        let titles = RoleTitles.entry(role)
        let readTypes = titles.partnerTypes ?? Set(PartnerType.allCases)
        if !uncertainTypes.isDisjoint(with: readTypes) { return true }
        let unreadRole = seated.contains { member in
            member.places.isReported("statutory_role")
                && (titles.partnerTypes == nil || !types(of: member).isDisjoint(with: readTypes))
        }
        if unreadRole { return true }
        return seated.contains { member in
            member.statutoryRole == nil
                && (member.partnerIDs.contains { titles.shows(member, partnerType: board.partner($0)?.type) })
        }
    }

    /// The member most likely to hold one of `roles` though nothing says so: among members without a
    /// declared role who sit for a partner whose titles are read for it, the one whose name and title
    /// share the most words with the post's vocabulary (the first in the file on a tie), a title one of
    /// the posts rules out (a deputy, an assistant director) only when no other shares any; nil when none does.
    func likeliest(for roles: [StatutoryRole], among types: Set<PartnerType>? = nil) -> (Member, StatutoryRole)? {
        let entries = roles.map(RoleTitles.entry)
        var best: (member: Member, role: StatutoryRole, score: Int)?
        for member in seated where member.statutoryRole == nil {
            let memberTypes = self.types(of: member)
            let readable = entries.filter { entry in
                guard let allowed = types ?? entry.partnerTypes else { return true }
                return !memberTypes.isDisjoint(with: allowed)
            }
            guard !readable.isEmpty else { continue }
            let words = Set(RoleTitles.words(member.name + " " + member.role))
            // A title one of the posts rules out (a deputy, an assistant director) ranks below every
            // title none does, for every post: a deputy director is no likelier a lead member.
            let ruledOut = entries.contains { $0.titleIsRuledOut(member.role) }
            for entry in readable {
                let likeness = entry.likenessScore(words)
                guard likeness > 0 else { continue }
                let score = likeness + (ruledOut ? 0 : 1_000)
                if score > (best?.score ?? 0) { best = (member, entry.role, score) }
            }
        }
        return best.map { ($0.member, $0.role) }
    }

    /// "Is Sam Patel (Strategic Director, People) the director of children's services? Add ..."
    static func declareHint(_ member: Member, _ role: StatutoryRole) -> String {
        let line = member.places.location(of: "role").line
        let place = line == member.location.line ? "inside the braces on line \(line)" : "under line \(line)"
        return "Is \(member.name) (\(member.role)) \(role.phrase)? "
            + "Add `statutory_role: \(role.rawValue)` \(place) of \(BoardLoader.dataPath)."
    }
}
