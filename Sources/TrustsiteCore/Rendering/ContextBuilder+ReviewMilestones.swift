extension ContextBuilder {
    /// The milestones of `action` that fall due within a report's `period`, each done or not yet
    /// done as the period ends; none when the report has no period.
    func reviewMilestones(_ action: Action, in period: Period?) -> [[String: Any]] {
        guard let period else { return [] }
        return action.milestones.compactMap { milestone in
            guard let due = milestone.by?.day, period.start <= due, due <= period.end else { return nil }
            return Dict([
                "what": milestone.what, "by_text": milestone.by?.text, "by_iso": milestone.by?.datetime,
                "done": milestone.isDone(asOf: period.end),
            ]).values
        }
    }
}
