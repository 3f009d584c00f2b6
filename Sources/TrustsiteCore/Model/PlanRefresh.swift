/// A refresh of a multi-year plan: from which year the refreshed plan applies, and who agreed it
/// (`refreshes:` in the plan's front matter).
public struct PlanRefresh: Sendable {
    /// The year from which the refreshed plan applies.
    public var year: ReportingYear
    public var date: Day?
    public var meeting: String?
    public var minute: String?
    /// What changed, in a sentence or two.
    public var summary: String?
    public var location: SourceLocation
}

/// When an action joined or left a refreshed plan: `added:`, `retired:` with `retired_reason:`,
/// and `replaces:` on the action.
public struct ActionChanges: Sendable {
    /// Part of the plan from this year (a refresh's year).
    public var added: ReportingYear?
    /// Not part of the plan from this year (a refresh's year).
    public var retired: ReportingYear?
    public var retiredReason: String?
    /// The id of the action it replaces.
    public var replaces: String?

    /// Whether the action is part of the plan for a report on `period`: added by the time the
    /// period ends, and not retired by the time it starts.
    public func isInPlan(during period: Period) -> Bool {
        if let added, added.firstDay > period.end { return false }
        if let retired, retired.firstDay <= period.start { return false }
        return true
    }

    public var isEmpty: Bool { added == nil && retired == nil && retiredReason == nil && replaces == nil }
}
