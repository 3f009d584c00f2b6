/// PLAN-PUBLISHED-DATE: when the plan was published.
struct PlanPublishedDateRule: FixedLevelRule {
    let id = "PLAN-PUBLISHED-DATE"
    let requirement = "The plan records when it was published."
    let citation = "000 §3.28"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan, plan.published == nil else { return [] }
        return [
            Finding(
                SourceLocation(file: plan.document.path, line: 1, column: 1),
                "the plan does not say when it was published.",
                hint: "Add to the front matter: `published: \(ExampleDates(site).published.iso)`.")
        ]
    }
}
