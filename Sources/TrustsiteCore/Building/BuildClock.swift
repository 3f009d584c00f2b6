import Foundation

/// The one source of "today" for a build: staleness checks and nothing else depend on it.
/// Tests and `--today` pin it, so the same input always gives the same output.
public struct BuildClock: Sendable {
    public var today: Day

    public init(today: Day) {
        self.today = today
    }

    /// The real date, in UTC.
    public static func system() -> BuildClock {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return BuildClock(today: day ?? Day(checkedYear: 1970, month: 1, day: 1))
    }
}
