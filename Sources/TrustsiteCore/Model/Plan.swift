/// The Children and Young People's Plan: `content/plan/`.
public struct Plan: Sendable {
    public struct SignOff: Sendable {
        public var date: Day
        public var meeting: String?
        public var minute: String?
        public var location: SourceLocation
        /// Where `sign_off:` and its keys are written.
        public var places: SourcePlaces
    }

    public var document: ContentDocument
    public var title: String
    public var period: Period?
    public var signOff: SignOff?
    public var published: Day?
    public var reviewBy: Day?
    public var sections: [PlanSection]
    public var priorities: [Priority]

    /// Where the overview's front matter keys are written (`period`, `sign_off`, `published`...).
    public var places: SourcePlaces { document.places }

    public var actions: [Action] { priorities.flatMap(\.actions) }
}

/// A plan that has been replaced, kept at its address as a document: `content/plan/past/<slug>.md`.
public struct PastPlan: Sendable {
    public var slug: String
    public var title: String
    public var period: Period?
    public var published: Day?
    public var document: ContentDocument
}

/// A chapter of the plan, such as the needs analysis: `content/plan/sections/<slug>.md`.
public struct PlanSection: Sendable {
    public var slug: String
    public var order: Int
    public var document: ContentDocument
    public var title: String
}
