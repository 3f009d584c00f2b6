/// PLAN-ACTIONS: every priority has actions; each says who, what, by when and how it is measured.
struct PlanActionsRule: FixedLevelRule {
    let id = "PLAN-ACTIONS"
    let requirement =
        "Every priority has actions (a priority measured by indicators alone is a warning: the plan should still say who does what); every action names the lead partner (and any supporting partners), what will be done, by when, and how progress is measured."
    let citation = "001 §8 \"what actions will be delivered by which partner\""
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let due = ExampleDates(site).due.iso
        var findings: [Finding] = []
        for priority in plan.priorities {
            if priority.actions.isEmpty, !priority.places.isReported("actions"), !priority.indicators.isEmpty {
                // Measured by indicators alone (its actions in a delivery plan elsewhere): the plan
                // still owes the reader who does what, but its progress can be checked.
                findings.append(
                    Finding(
                        priority.places.location(of: "actions"),
                        "priority \(priority.id) \"\(priority.title)\" has indicators but no actions, so the plan does not say which partner will do what.",
                        hint:
                            "Add its actions under `actions:` (each with a lead partner, what, by when and a measure), or, if they are in a delivery plan, say so and link it in the priority's text.",
                        level: .warning))
            } else if priority.actions.isEmpty, !priority.places.isReported("actions") {
                findings.append(
                    Finding(
                        priority.places.location(of: "actions"),
                        "priority \(priority.id) \"\(priority.title)\" has no actions.",
                        hint:
                            "Add `actions:` with at least one action:\n    actions:\n      - id: \(priority.id.replacingFirst("P", with: "A")).1\n        what: (what will be done)\n        lead: (partner id)\n        by: \(due)\n        measure: (how progress is measured)"
                    ))
            }
            for action in priority.actions {
                // Written as a placeholder: reported where it is written, not as missing.
                let placeholders = [("what", action.what), ("measure", action.measure)].compactMap {
                    key, value -> (String, Placeholder.Match)? in
                    // `what` reads as "" when it is left out: only a value written is questioned.
                    guard action.places.isWritten(key),
                        let match = Placeholder.match(action.places.written(value, at: key), field: key)
                    else { return nil }
                    return (key, match)
                }
                for (key, match) in placeholders {
                    findings.append(
                        Finding(
                            action.places.location(of: key),
                            "action \(action.id): " + match.describe(key) + ": say " + Self.say(key) + ".",
                            hint: key == "what"
                                ? "e.g. `what: Open a drop-in mental health service in every secondary school.`"
                                : "e.g. `measure: Number of young people seen within four weeks of referral.`"))
                }
                if action.due == .ongoing, action.reviewBy == nil, !action.places.isReported("review_by") {
                    findings.append(
                        Finding(
                            action.places.location(of: "by"),
                            "action \(action.id) is ongoing but does not say when it is next reviewed (review_by).",
                            hint:
                                "Add `review_by:` with the date the Board will next look at it, e.g. `review_by: \(due)`."
                        ))
                }
                let written = Set(placeholders.map(\.0))
                let missing = [
                    ("what", action.what.isEmpty), ("lead", action.leadPartnerIDs.isEmpty),
                    ("by", action.due == nil), ("measure", action.measure == nil),
                ].filter { $0.1 && !action.places.isReported($0.0) && !written.contains($0.0) }.map(\.0)
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

    private static func say(_ key: String) -> String {
        key == "what" ? "what will be done" : "how progress is measured"
    }
}

extension String {
    fileprivate func replacingFirst(_ old: Character, with new: String) -> String {
        guard first == old else { return self }
        return new + dropFirst()
    }
}
