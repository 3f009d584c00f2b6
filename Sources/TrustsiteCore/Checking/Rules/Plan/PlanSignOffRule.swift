/// PLAN-SIGN-OFF: when and where the Board signed the plan off.
struct PlanSignOffRule: StatutoryFrom2010Rule {
    let id = "PLAN-SIGN-OFF"
    let requirement =
        "The plan records its sign-off by the Children's Trust Board (under the 2008 edition, another body's such as the council's Cabinet is enough): date, and the meeting or minute reference."
    let citation = "000 §3.27; 001 changes box"

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let dates = ExampleDates(site)
        let hint =
            "Add to the front matter:\n    sign_off:\n      date: \(dates.signOff.iso)\n      meeting: Children's Trust Board, \(dates.signOff.text)\n      minute: \(dates.minute)"
        guard !plan.signOffs.isEmpty else {
            if plan.places.isReported("sign_off") { return [] }  // written but unreadable: the loader has said why
            return [
                Finding(
                    plan.places.location(of: "sign_off"),
                    "the plan does not record its sign-off by the Children's Trust Board.", hint: hint)
            ]
        }
        var findings: [Finding] = []
        // The 2010 edition makes the plan the Board's: a council's approval alone is not its sign-off.
        // Under 2008 the plan was the local authority's, so its Cabinet's or Council's approval is enough.
        if site.edition == .y2010, !plan.signOffs.contains(where: \.isByBoard), !plan.places.isReported("sign_off") {
            let bodies = plan.signOffs.compactMap(\.body).joinedAsList
            findings.append(
                Finding(
                    plan.places.keyLocation("sign_off"),
                    "the plan is signed off only by \(bodies): under the 2010 edition the Children's Trust Board "
                        + "must sign it off.",
                    hint: "Add the Board's sign-off to the list under `sign_off:`:\n    - date: \(dates.signOff.iso)\n"
                        + "      meeting: Children's Trust Board, \(dates.signOff.text)\n      minute: \(dates.minute)\n"
                        + "or, for a plan made before the 2010 edition, set `edition: 2008` in trustsite.yml."))
        }
        for signOff in plan.signOffs { findings += check(signOff, dates: dates, hint: hint) }
        return findings
    }

    /// One sign-off's meeting and minute: written, and not placeholders.
    private func check(_ signOff: Plan.SignOff, dates: ExampleDates, hint: String) -> [Finding] {
        // A placeholder is published as it is ("Agreed by TBC"): each is reported where it is written.
        let placeholders = [("meeting", signOff.meeting), ("minute", signOff.minute)].compactMap { key, value in
            Placeholder.match(signOff.places.written(value, at: key), field: key).map { match in
                Finding(
                    signOff.places.location(of: key),
                    "the sign-off's " + match.describe(key) + ": "
                        + (key == "meeting"
                            ? "name the meeting that agreed the plan." : "give the minute's reference."),
                    hint: key == "meeting"
                        ? "e.g. `meeting: Children's Trust Board, \(signOff.date.text)`, or remove the line if `minute:` says it."
                        : "e.g. `minute: \(dates.minute)`, or remove the line if `meeting:` says it.")
            }
        }
        if placeholders.isEmpty, signOff.meeting == nil, signOff.minute == nil,
            !signOff.places.isReported(any: ["meeting", "minute"])
        {
            return [
                Finding(
                    signOff.places.location(ofMissing: ["meeting", "minute"]),
                    "the sign-off names neither the meeting nor the minute.", hint: hint)
            ]
        }
        return placeholders
    }
}
