/// What the Board rules ask of the Board: which partner types have a member sitting for them.
struct BoardFacts {
    let board: Board

    init?(_ site: RuleInput) {
        guard let board = site.content.board else { return nil }
        self.board = board
    }

    var location: SourceLocation { board.location }

    func members(of type: PartnerType) -> [Member] {
        board.members.filter { board.partner($0.partnerID)?.type == type }
    }

    func isRepresented(_ type: PartnerType) -> Bool { !members(of: type).isEmpty }

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
            Finding(
                facts.location, "no member represents \(what).",
                hint: BoardFacts.addMemberHint(types[0], role: suggestedRole))
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
