/// PLAN-SIGN-OFF: when and where the Board signed the plan off.
struct PlanSignOffRule: StatutoryFrom2010Rule {
    let id = "PLAN-SIGN-OFF"
    let requirement =
        "The plan records its sign-off by the Children's Trust Board: date, and the meeting or minute reference."
    let citation = "000 §3.27; 001 changes box"

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let dates = ExampleDates(site)
        let hint =
            "Add to the front matter:\n    sign_off:\n      date: \(dates.signOff.iso)\n      meeting: Children's Trust Board, \(dates.signOff.text)\n      minute: \(dates.minute)"
        guard let signOff = plan.signOff else {
            return [
                Finding(
                    SourceLocation(file: plan.document.path, line: 1, column: 1),
                    "the plan does not record its sign-off by the Children's Trust Board.", hint: hint)
            ]
        }
        // A placeholder is published as it is ("Agreed by TBC"): each is reported where it is written.
        let placeholders = [("meeting", signOff.meeting), ("minute", signOff.minute)].compactMap { key, value in
            Placeholder.match(signOff.fields.written(value, at: key), field: key).map { match in
                Finding(
                    signOff.fields.location(of: key, or: signOff.location),
                    "the sign-off's " + match.describe(key) + ": "
                        + (key == "meeting"
                            ? "name the meeting that agreed the plan." : "give the minute's reference."),
                    hint: key == "meeting"
                        ? "e.g. `meeting: Children's Trust Board, \(signOff.date.text)`, or remove the line if `minute:` says it."
                        : "e.g. `minute: \(dates.minute)`, or remove the line if `meeting:` says it.")
            }
        }
        if placeholders.isEmpty, signOff.meeting == nil, signOff.minute == nil {
            return [Finding(signOff.location, "the sign-off names neither the meeting nor the minute.", hint: hint)]
        }
        return placeholders
    }
}
