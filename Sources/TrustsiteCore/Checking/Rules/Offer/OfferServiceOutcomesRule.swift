/// OFFER-SERVICE-OUTCOMES: each service names the outcomes it serves.
struct OfferServiceOutcomesRule: FixedLevelRule {
    let id = "OFFER-SERVICE-OUTCOMES"
    let requirement = "Each service names the outcomes it serves."
    let citation = "003 §2.4"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        (site.content.offer?.services ?? []).filter { $0.outcomeIDs.isEmpty && !$0.places.isReported("outcomes") }.map {
            Finding(
                $0.places.location(of: "outcomes"), "the service \"\($0.name)\" names no outcome.",
                hint: "Add e.g. `outcomes: [be-healthy, stay-safe]` (ids: "
                    + Outcome.all.map(\.id).joined(separator: ", ") + ").")
        }
    }
}
