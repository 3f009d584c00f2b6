extension SiteContent {
    /// The plan a review reports on, as refreshed for the review's period (only the actions that
    /// are part of it then): the current plan, or the past plan it names (`plan:`) when that plan
    /// is kept as a folder; nil when there is none (no plan, or a past plan kept as a document).
    public func plan(of review: Review) -> Plan? {
        wholePlan(of: review)?.refreshed(for: review.period)
    }

    /// The plan a review reports on with every action it ever had, added and retired alike.
    public func wholePlan(of review: Review) -> Plan? {
        guard review.pastPlanSlug != nil else { return plan }
        return pastPlan(of: review)?.plan
    }

    /// The past plan a review names (`plan:`); nil for a review of the current plan.
    public func pastPlan(of review: Review) -> PastPlan? {
        guard let slug = review.pastPlanSlug else { return nil }
        return pastPlans.first { $0.slug == slug }
    }

    /// The reviews the review rules check, each with the plan whose actions it reports on (as
    /// refreshed for the review's period): every
    /// review of the current plan, and every review of a past plan kept as a folder. A review of
    /// a past plan kept only as a document has no actions to be checked against.
    public var checkedReviews: [(review: Review, plan: Plan)] {
        reviews.compactMap { review in plan(of: review).map { (review, $0) } }
    }
}
