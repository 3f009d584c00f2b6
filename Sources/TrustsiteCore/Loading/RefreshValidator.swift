/// Checks an action's `added:` and `retired:` against the plan's refreshes, and its `replaces:`
/// against the plan's actions, each at the line where it is written.
struct RefreshValidator {
    let log: DiagnosticLog

    func validate(_ plan: Plan) {
        let years = plan.refreshes.map(\.year)
        let written = years.map(\.written)
        let ids = plan.actions.map(\.id)
        for action in plan.actions {
            for (key, year) in [("added", action.changes.added), ("retired", action.changes.retired)] {
                guard let year, !years.contains(year) else { continue }
                log.error(
                    action.places.location(of: key),
                    "action \(action.id) is \(key) in \(year.written), but no refresh of the plan is for that year.",
                    hint: written.isEmpty
                        ? "Add the refresh under `refreshes:` in \(plan.document.path), e.g.\n  refreshes:\n    - year: \(year.written)\n      date: (the day the Board agreed it)"
                        : "Use the year of a refresh (\(written.joined(separator: ", "))), or add that refresh under `refreshes:` in \(plan.document.path)."
                )
            }
            if let replaced = action.changes.replaces, !ids.contains(replaced) {
                let suggestion = KeySuggester.suggestion(for: replaced, among: ids.filter { $0 != action.id })
                log.error(
                    action.places.location(of: "replaces"),
                    "action \(action.id) replaces '\(replaced)', which the plan does not have.",
                    hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Use the id of an action of this plan.")
            }
            if action.changes.retiredReason != nil, action.changes.retired == nil,
                !action.places.isReported("retired")
            {
                log.error(
                    action.places.location(of: "retired_reason"),
                    "action \(action.id) has a `retired_reason:` but no `retired:`.",
                    hint: "Add the year it left the plan, e.g. `retired: 2026/27`, or remove the reason.")
            }
        }
    }
}
