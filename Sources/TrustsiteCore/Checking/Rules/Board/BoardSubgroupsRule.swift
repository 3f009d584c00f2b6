/// BOARD-SUBGROUPS: sub-groups listed with their purpose.
struct BoardSubgroupsRule: FixedLevelRule {
    let id = "BOARD-SUBGROUPS"
    let requirement = "Sub-groups are listed with their purpose."
    let citation = "001 §7"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        if facts.board.subgroups.isEmpty {
            guard !facts.board.places.isReported("subgroups") else { return [] }
            return [
                Finding(
                    facts.board.places.keyLocation("subgroups"), "no sub-groups are listed.",
                    hint:
                        "Add to \(BoardLoader.dataPath):\n    subgroups:\n      - name: Early Help Partnership\n        purpose: (what it does)\n        chair: (name)"
                )
            ]
        }
        return facts.board.subgroups.compactMap { subgroup in
            guard !subgroup.places.isReported("purpose") else { return nil }
            guard let purpose = subgroup.places.written(subgroup.purpose, at: "purpose") else {
                return Finding(
                    subgroup.places.location(of: "purpose"), "the sub-group \"\(subgroup.name)\" has no purpose.",
                    hint: "Add `purpose:` saying what it does.")
            }
            guard let match = Placeholder.match(purpose, field: "purpose") else { return nil }
            return Finding(
                subgroup.places.location(of: "purpose"),
                "the sub-group \"\(subgroup.name)\": " + match.describe("purpose") + ": say what it does.",
                hint: "e.g. `purpose: Leads early help across the partnership and reports to each Board meeting.`")
        }
    }
}
