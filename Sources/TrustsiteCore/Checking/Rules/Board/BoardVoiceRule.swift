/// BOARD-VOICE: children, young people and parents are represented, or their voice's route is said.
struct BoardVoiceRule: FixedLevelRule {
    let id = "BOARD-VOICE"
    let requirement =
        "Children, young people and parents are represented, or the page says how their voice reaches the Board."
    let citation = "000 §3.9, §3.11; 004 ¶11"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        let represented = facts.isRepresented(.childrenAndYoungPeople) || facts.isRepresented(.parentsAndCarers)
        guard !represented, !facts.board.places.isReported("voice") else { return [] }
        if let match = Placeholder.match(facts.board.places.written(facts.board.voice, at: "voice"), field: "voice") {
            return [
                Finding(
                    facts.board.places.location(of: "voice"),
                    match.describe("voice") + ": say how children, young people and parents are heard.",
                    hint: "e.g. `voice: The Youth Council and the parent carer forum report to every meeting.`")
            ]
        }
        guard facts.board.voice == nil else { return [] }
        return [
            Finding(
                facts.location, "the Board page does not say how children, young people and parents are heard.",
                hint:
                    "Add a member for the youth council or parent carer forum, or add to \(BoardLoader.dataPath):\n    voice: (how their views reach the Board)"
            )
        ]
    }
}
