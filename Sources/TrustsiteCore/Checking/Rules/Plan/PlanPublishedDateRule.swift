/// PLAN-PUBLISHED-DATE: when the plan was published.
struct PlanPublishedDateRule: FixedLevelRule {
    let id = "PLAN-PUBLISHED-DATE"
    let requirement = "The plan records when it was published."
    let citation = "000 §3.28"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan, plan.published == nil, !plan.places.isReported("published") else {
            return []
        }
        return [
            Finding(
                plan.places.location(of: "published"),
                "the plan does not say when it was published.",
                hint: "Add to the front matter: `published: \(ExampleDates(site).published.iso)`.")
        ]
    }
}
