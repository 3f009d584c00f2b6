/// PLAN-RESOURCES: the resources committed, on each action or its priority.
struct PlanResourcesRule: FixedLevelRule {
    let id = "PLAN-RESOURCES"
    let requirement = "Actions or priorities state the resources committed."
    let citation = "001 §8; 000 §0.6"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let hint = "Write what is committed, e.g. `resources: 2 staff, £80,000 a year`."
        var findings: [Finding] = []
        for priority in plan.priorities {
            // A placeholder on an action is reported on the action; one on the priority, once on the
            // priority (its actions without their own are waiting on that one fix).
            for action in priority.actions {
                let resources = action.places.written(action.resources, at: "resources")
                guard let match = Placeholder.match(resources, field: "resources") else { continue }
                findings.append(
                    Finding(
                        action.places.location(of: "resources"),
                        "action \(action.id): " + match.describe("resources") + ": state the resources committed.",
                        hint: hint))
            }
            // Actions whose `resources:` the loader reported wait on that fix, not on the priority's.
            let relying = priority.actions.filter {
                $0.places.written($0.resources, at: "resources") == nil && !$0.places.isReported("resources")
            }
            if let match = Placeholder.match(
                priority.places.written(priority.resources, at: "resources"), field: "resources")
            {
                let count =
                    switch relying.count {
                    case 0: ""
                    case 1: " (1 action relies on it)"
                    default: " (\(relying.count) actions rely on it)"
                    }
                findings.append(
                    Finding(
                        priority.places.location(of: "resources"),
                        "priority \(priority.id): " + match.describe("resources")
                            + ": state the resources committed\(count).",
                        hint: hint))
                continue
            }
            guard priority.resources == nil, !priority.places.isReported("resources") else { continue }
            findings += relying.map {
                Finding(
                    $0.places.location(of: "resources"),
                    "action \($0.id) does not state the resources committed, and neither does priority \(priority.id).",
                    hint:
                        "Add `resources:` to the action (e.g. `resources: 2 staff, £80,000 a year`) or to the priority."
                )
            }
        }
        return findings
    }
}
