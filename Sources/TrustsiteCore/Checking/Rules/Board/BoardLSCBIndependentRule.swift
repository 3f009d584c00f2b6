/// BOARD-LSCB-INDEPENDENT: the Board page states its relationship with the independent LSCB.
struct BoardLSCBIndependentRule: FixedLevelRule {
    let id = "BOARD-LSCB-INDEPENDENT"
    let requirement = "The Board page states the relationship with the LSCB, which is not subordinate to the Board."
    let citation = "001 LSCB ¶5"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site), !facts.board.places.isReported("lscb") else { return [] }
        if let lscb = facts.board.lscb,
            let match = Placeholder.match(
                lscb.places.written(lscb.relationship, at: "relationship"), field: "relationship")
        {
            return [
                Finding(
                    lscb.places.location(of: "relationship"),
                    "the LSCB's " + match.describe("relationship") + ": state how the Board and the LSCB relate.",
                    hint:
                        "e.g. `relationship: The LSCB is independent and not subordinate to the Board; it challenges the Board's work on safeguarding.`"
                )
            ]
        }
        guard facts.board.lscb?.relationship == nil, facts.board.lscb?.places.isReported("relationship") != true
        else { return [] }
        return [
            Finding(
                facts.board.lscb?.places.location(of: "relationship") ?? facts.board.places.location(of: "lscb"),
                "the Board page does not state its relationship with the Local Safeguarding Children Board.",
                hint:
                    "Add to \(BoardLoader.dataPath):\n    lscb:\n      name: (the LSCB's name)\n      relationship: The LSCB is independent and not subordinate to the Board; ..."
            )
        ]
    }
}
