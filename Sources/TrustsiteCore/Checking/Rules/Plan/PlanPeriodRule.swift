/// PLAN-PERIOD: the period the plan covers, with its end after its start.
struct PlanPeriodRule: FixedLevelRule {
    let id = "PLAN-PERIOD"
    let requirement = "The plan states the period it covers (start and end dates, end after start)."
    let citation = "000 Appendix s17(2)(b)"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        guard let period = plan.period else {
            if plan.places.isReported("period") { return [] }  // written but malformed: the loader has said why
            let example = ExampleDates(site).period
            return [
                Finding(
                    plan.places.location(of: "period"),
                    "the plan does not say the period it covers.",
                    hint:
                        "Add to the front matter:\n    period: { start: \(example.start.iso), end: \(example.end.iso) }"
                )
            ]
        }
        guard period.start < period.end else {
            return [
                Finding(
                    plan.places.location(of: "period"),
                    "the plan's period ends (\(period.end.text)) before it starts (\(period.start.text)).",
                    hint: "Check the dates: `start` is the first day the plan covers, `end` the last.")
            ]
        }
        return []
    }
}
