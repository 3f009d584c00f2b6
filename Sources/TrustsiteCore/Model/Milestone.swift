/// A step on the way to an action's end (`milestones:` under an action): what, by when, and
/// whether it is done.
public struct Milestone: Sendable {
    public var what: String
    public var by: DueDate?
    public var done: Bool
    public var location: SourceLocation
}
