/// What the Board rules ask of the Board: which partner types have a member sitting for them.
///
/// A partner or a member that could not be loaded, and a member whose partner is not on the
/// Board, have been reported where they are written. They get the benefit of the doubt: the
/// types they may stand for count as represented (`uncertainTypes`), so the one mistake is not
/// reported again as a missing partner type, a missing chair or a lead without a member.
struct BoardFacts {
    let board: Board
    /// Partner types that something reported may represent.
    let uncertainTypes: Set<PartnerType>
    /// Whether something reported may be the chair.
    let chairUncertain: Bool
    /// The Board's own members, whose seats count for the rules: substitutes, observers, advisers
    /// and those in attendance sit at the table but represent no partner and hold no post for it.
    let seated: [Member]

    init?(_ site: RuleInput) {
        guard let board = site.content.board, !board.places.unreadable else { return nil }
        self.board = board
        var uncertain: Set<PartnerType> = []
        func types(ofPartner id: String?) -> Set<PartnerType> {
            guard let id else { return Set(PartnerType.allCases) }
            if let partner = board.partner(id) { return [partner.type] }
            if let unloaded = board.unloadedPartners.first(where: { $0.id == id }) { return unloaded.types }
            // Not a partner: a mistyped id, reported; likely the partner whose id it is closest to.
            let known = board.partners.map(\.id)
            guard let meant = KeySuggester.suggestion(for: id, among: known), let partner = board.partner(meant) else {
                return Set(PartnerType.allCases)
            }
            return [partner.type]
        }
        for member in board.unloadedMembers { uncertain.formUnion(types(ofPartner: member.partnerID)) }
        let seated = board.members.filter(\.position.isFullMember)
        for member in seated {
            for id in member.partnerIDs where board.partner(id) == nil { uncertain.formUnion(types(ofPartner: id)) }
        }
        self.seated = seated
        uncertainTypes = uncertain
        chairUncertain =
            board.unloadedMembers.contains(where: \.mayBeChair)
            || board.members.contains { $0.places.isReported("position") }
            || board.places.isReported("groups")
    }

    /// Where a member is added: `members:` (the top of the file, without it).
    /// With groups, the `members:` of the first group that decides.
    var location: SourceLocation {
        guard let group = board.groups.first(where: \.decides) else { return board.places.keyLocation("members") }
        return group.places.keyLocation("members")
    }

    /// The members who sit for a partner of `type`. A member whose name is a placeholder
    /// ("TBC", "Vacant") is a seat not yet filled, and represents no one.
    func members(of type: PartnerType) -> [Member] {
        seated.filter { types(of: $0).contains(type) && Placeholder.match($0.name) == nil }
    }

    /// The types of the partners a member represents (those on the Board).
    func types(of member: Member) -> Set<PartnerType> { Set(member.partnerIDs.compactMap { board.partner($0)?.type }) }

    func isRepresented(_ type: PartnerType) -> Bool { !members(of: type).isEmpty || uncertainTypes.contains(type) }

    /// The partner ids a member sits for, including those of members that could not be loaded;
    /// nil when a member that could not be loaded may sit for any partner.
    var seatedPartnerIDs: Set<String>? {
        var seated = Set(self.seated.flatMap(\.partnerIDs))
        for member in board.unloadedMembers {
            guard let id = member.partnerID else { return nil }
            seated.insert(id)
        }
        let known = board.partners.map(\.id)
        for id in self.seated.flatMap(\.partnerIDs) where board.partner(id) == nil {
            guard let meant = KeySuggester.suggestion(for: id, among: known) else { return nil }
            seated.insert(meant)
        }
        return seated
    }

    /// Seats for a partner of one of `types` whose member's name is a placeholder.
    func vacancies(of types: [PartnerType]) -> [Member] {
        seated.filter { member in
            !self.types(of: member).isDisjoint(with: types)
                && Placeholder.match(member.name) != nil
        }
    }

    /// That no member represents a partner of `types`: at the first unfilled seat's name when
    /// there is one (the fix goes there), else at board.yml.
    func unrepresented(_ types: [PartnerType], _ message: String, hint: String) -> Finding {
        guard let seat = vacancies(of: types).first, let match = Placeholder.match(seat.name) else {
            return Finding(location, message, hint: hint)
        }
        return Finding(
            seat.places.location(of: "name"),
            String(message.dropLast()) + ": its member's " + match.describe("name") + ".",
            hint: "Write the name of the person who sits for it, e.g. `name: Dr Amara Okafor`.")
    }

    /// The lines to add a member of `type` to board.yml.
    static func addMemberHint(_ type: PartnerType, role: String) -> String {
        "Add the partner and its member to \(BoardLoader.dataPath):\n    partners:\n      - id: (partner id)\n        name: (organisation)\n        type: \(type.rawValue)\n    members:\n      - name: (name)\n        role: \(role)\n        partner: (partner id)"
    }
}

/// A warning that a kind of partner is not on the Board.
protocol BoardRepresentationRule: FixedLevelRule {
    var types: [PartnerType] { get }
    var what: String { get }
    var suggestedRole: String { get }
}

extension BoardRepresentationRule {
    var fixedLevel: Diagnostic.Severity { .warning }

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site), !types.contains(where: facts.isRepresented) else { return [] }
        return [
            facts.unrepresented(
                types, "no member represents \(what).", hint: BoardFacts.addMemberHint(types[0], role: suggestedRole))
        ]
    }
}

struct BoardThirdSectorRule: BoardRepresentationRule {
    let id = "BOARD-THIRD-SECTOR"
    let requirement = "The third sector is represented."
    let citation = "001 §2; 000 §3.11"
    let types: [PartnerType] = [.thirdSector]
    let what = "the voluntary and community sector"
    let suggestedRole = "Chief Executive, Council for Voluntary Service"
}

struct BoardPrivateSectorRule: BoardRepresentationRule {
    let id = "BOARD-PRIVATE-SECTOR"
    let requirement = "The private sector is represented at the strategic level."
    let citation = "000 §3.23; 004 ¶15"
    let types: [PartnerType] = [.privateSector]
    let what = "the private sector"
    let suggestedRole = "Representative of local employers"
}
