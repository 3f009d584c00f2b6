/// A step on the way to an action's end (`milestones:` under an action): what, by when, and
/// whether it is done.
public struct Milestone: Sendable {
    public var what: String
    public var by: DueDate?
    /// Whether it is done: `done: true`, or `done:` a day.
    public var done: Bool
    public var location: SourceLocation
    /// The day it was done, when `done:` is a date rather than true.
    public var doneOn: Day? = nil

    /// Whether a report whose period ends on `end` counts it as done: one done on a day is done
    /// in reports ending on or after that day; `done: true` is done in every report.
    public func isDone(asOf end: Day) -> Bool {
        guard let doneOn else { return done }
        return doneOn <= end
    }
}
