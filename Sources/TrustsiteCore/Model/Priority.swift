/// A priority of the plan with its actions: `content/plan/priorities/<slug>.md`.
public struct Priority: Sendable {
    public var id: String
    public var slug: String
    public var order: Int
    public var title: String
    public var document: ContentDocument
    public var outcomeIDs: [String]
    public var outcomesLocation: SourceLocation
    public var resources: String?
    public var actions: [Action]
    public var location: SourceLocation
    /// Where each of its values is written, by key.
    public var fields = FieldLocations()
}

/// What a partner will do, by when, and how progress is measured.
public struct Action: Sendable {
    public var id: String
    public var priorityID: String
    public var what: String
    public var leadPartnerID: String
    public var leadLocation: SourceLocation
    public var supportingPartnerIDs: [String]
    public var resources: String?
    public var by: Day?
    public var measure: String?
    public var baseline: String?
    public var target: String?
    public var location: SourceLocation
    /// Where each of its values is written, by key.
    public var fields = FieldLocations()
}
