/// PLAN-SIGN-OFF: when and where the Board signed the plan off.
struct PlanSignOffRule: StatutoryFrom2010Rule {
    let id = "PLAN-SIGN-OFF"
    let requirement =
        "The plan records its sign-off by the Children's Trust Board: date, and the meeting or minute reference."
    let citation = "000 §3.27; 001 changes box"

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let hint =
            "Add to the front matter:\n    sign_off:\n      date: 2025-03-19\n      meeting: Children's Trust Board, 19 March 2025\n      minute: CTB 25/14"
        guard let signOff = plan.signOff else {
            if plan.places.isReported("sign_off") { return [] }  // written but unreadable: the loader has said why
            return [
                Finding(
                    plan.places.location(of: "sign_off"),
                    "the plan does not record its sign-off by the Children's Trust Board.", hint: hint)
            ]
        }
        if signOff.meeting == nil, signOff.minute == nil, !signOff.places.isReported(any: ["meeting", "minute"]) {
            return [
                Finding(
                    signOff.places.location(ofMissing: ["meeting", "minute"]),
                    "the sign-off names neither the meeting nor the minute.", hint: hint)
            ]
        }
        return []
    }
}
