/// BOARD-CHAIR: the Board has a named chair.
struct BoardChairRule: FixedLevelRule {
    let id = "BOARD-CHAIR"
    let requirement = "The Board has a named chair."
    let citation = "implied by 001 §7"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        // A chair or co-chairs chair the Board; a vice- or deputy chair does not. Two chairs, or a chair
        // and a co-chair, are one too many.
        let chairs = facts.seated.filter(\.position.chairs)
        if chairs.isEmpty, !facts.chairUncertain {
            return [
                Finding(
                    facts.location, "no member is the chair.",
                    hint: "Add `position: chair` to the member who chairs the Board.")
            ]
        }
        if chairs.count > 1, chairs.contains(where: { $0.position == .chair }) {
            return [
                Finding(
                    chairs.dropFirst().first { $0.position == .chair }?.places.location(of: "position")
                        ?? chairs[1].places.location(of: "position"),
                    "more than one member is the chair (\(chairs.map(\.name).joined(separator: ", "))).",
                    hint:
                        "Keep `position: chair` on one member; use `vice-chair` for a deputy, or `co-chair` on each member who shares the chair."
                )
            ]
        }
        // No chair, but a member that could not be read may be it: the loader has said why.
        guard let chair = chairs.first(where: { Placeholder.match($0.name, field: "name") != nil }),
            let match = Placeholder.match(chair.name, field: "name")
        else { return [] }
        return [
            Finding(
                chair.places.location(of: "name"),
                "the chair's " + match.describe("name") + ": name the person who chairs the Board.",
                hint:
                    "Write their name, e.g. `name: Cllr Ruth Ellis`. If the chair is vacant, say who chairs meetings until it is filled, with `position: chair` on them."
            )
        ]
    }
}
