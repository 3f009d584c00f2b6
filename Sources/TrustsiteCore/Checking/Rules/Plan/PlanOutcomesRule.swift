/// PLAN-OUTCOMES: every priority names an outcome, and all five are covered.
struct PlanOutcomesRule: FixedLevelRule {
    let id = "PLAN-OUTCOMES"
    let requirement =
        "Across its priorities the plan addresses all five outcomes; every priority names at least one outcome by id."
    let citation = "001 intro; 000 §1.2"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        var findings = plan.priorities.filter { $0.outcomeIDs.isEmpty && !$0.places.isReported("outcomes") }.map {
            Finding(
                $0.places.location(of: "outcomes"), "priority \($0.id) \"\($0.title)\" names no outcome.",
                hint: "Add the outcomes it serves, e.g. `outcomes: [be-healthy, stay-safe]`.")
        }
        let covered = Set(plan.priorities.flatMap(\.outcomeIDs))
        // A priority whose outcomes could not all be read (or an outcome id mistyped: reported at
        // it) may be the one that covers an outcome: the plan is not said to miss it too.
        let uncertain =
            plan.priorities.contains { $0.places.isReported("outcomes") }
            || plan.priorities.flatMap(\.outcomeIDs).contains { Outcome.named($0) == nil }
        for outcome in Outcome.all where !covered.contains(outcome.id) && !uncertain {
            findings.append(
                Finding(
                    SourceLocation(file: plan.document.path, line: 1, column: 1),
                    "no priority addresses the outcome \"\(outcome.title)\" (\(outcome.id)).",
                    hint:
                        "Add `\(outcome.id)` to the `outcomes:` of the priority that serves it, or add a priority for it."
                ))
        }
        return findings
    }
}
