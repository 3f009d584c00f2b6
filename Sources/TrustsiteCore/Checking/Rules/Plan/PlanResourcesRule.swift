/// PLAN-RESOURCES: the resources committed, on each action or its priority.
struct PlanResourcesRule: FixedLevelRule {
    let id = "PLAN-RESOURCES"
    let requirement = "Actions or priorities state the resources committed."
    let citation = "001 §8; 000 §0.6"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        return plan.priorities.filter { $0.resources == nil && !$0.places.isReported("resources") }.flatMap {
            priority in
            priority.actions.filter { $0.resources == nil && !$0.places.isReported("resources") }.map {
                Finding(
                    $0.places.location(of: "resources"),
                    "action \($0.id) does not state the resources committed, and neither does priority \(priority.id).",
                    hint:
                        "Add `resources:` to the action (e.g. `resources: 2 staff, £80,000 a year`) or to the priority."
                )
            }
        }
    }
}
