/// PLAN-ACTIONS: every priority has actions; each says who, what, by when and how it is measured.
struct PlanActionsRule: FixedLevelRule {
    let id = "PLAN-ACTIONS"
    let requirement =
        "Every priority has actions; every action names the lead partner (and any supporting partners), what will be done, by when, and how progress is measured."
    let citation = "001 §8 \"what actions will be delivered by which partner\""
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        var findings: [Finding] = []
        for priority in plan.priorities {
            if priority.actions.isEmpty, !priority.places.isReported("actions") {
                findings.append(
                    Finding(
                        priority.places.location(of: "actions"),
                        "priority \(priority.id) \"\(priority.title)\" has no actions.",
                        hint:
                            "Add `actions:` with at least one action:\n    actions:\n      - id: \(priority.id.replacingFirst("P", with: "A")).1\n        what: (what will be done)\n        lead: (partner id)\n        by: 2026-03-31\n        measure: (how progress is measured)"
                    ))
            }
            for action in priority.actions {
                let missing = [
                    ("what", action.what.isEmpty), ("lead", action.leadPartnerID.isEmpty),
                    ("by", action.by == nil), ("measure", action.measure == nil),
                ].filter { $0.1 && !action.places.isReported($0.0) }.map(\.0)
                guard !missing.isEmpty else { continue }
                findings.append(
                    Finding(
                        action.places.location(ofMissing: missing),
                        "action \(action.id) does not say " + missing.map(Self.describe).joined(separator: ", ") + ".",
                        hint: "Add " + missing.map { "`\($0):`" }.joined(separator: ", ") + " to the action."))
            }
        }
        return findings
    }

    private static func describe(_ key: String) -> String {
        switch key {
        case "what": "what will be done (what)"
        case "lead": "which partner leads it (lead)"
        case "by": "by when (by)"
        default: "how progress is measured (measure)"
        }
    }
}

extension String {
    fileprivate func replacingFirst(_ old: Character, with new: String) -> String {
        guard first == old else { return self }
        return new + dropFirst()
    }
}
