import Foundation

/// One line of a site's opening hours: `{ days: Mon-Fri, opens: "09:00", closes: "17:00" }`.
public struct OpeningHours: Sendable, Equatable {
    /// The days of the week, as written.
    public var daysText: String
    /// The days it covers, Monday first (1 is Monday, 7 is Sunday).
    public var days: [Int]
    /// 24-hour times, `HH:MM`.
    public var opens: String
    public var closes: String

    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The days in full, for people and screen readers: "Monday to Friday", "Saturday", "Monday, Wednesday".
    public var daysInFull: String {
        let names = days.map { Self.dayNames[$0 - 1] }
        let isRun = days.count > 2 && zip(days, days.dropFirst()).allSatisfy { $1 == $0 + 1 }
        if isRun, let first = names.first, let last = names.last { return "\(first) to \(last)" }
        return names.joined(separator: ", ")
    }

    /// Reads days as directories write them: `Mon-Fri`, `Sat`, `Mon, Wed, Fri`, `Monday to Friday`;
    /// nil when a part is not a day of the week.
    static func days(in text: String) -> [Int]? {
        var days: [Int] = []
        for part in text.split(separator: ",") {
            let range = part.replacingOccurrences(of: " to ", with: "-").split(separator: "-")
            let ends = range.map { day(String($0)) }
            guard (1...2).contains(ends.count), let first = ends.first ?? nil, let last = ends.last ?? nil,
                first <= last
            else { return nil }
            days += Array(first...last).filter { !days.contains($0) }
        }
        return days.isEmpty ? nil : days.sorted()
    }

    /// The first range in `text` whose ends are days but that runs backwards (`Sun-Mon`), as
    /// written; nil when there is none.
    static func backwardsRange(in text: String) -> String? {
        for part in text.split(separator: ",") {
            let range = part.replacingOccurrences(of: " to ", with: "-").split(separator: "-")
            guard range.count == 2, let first = day(String(range[0])), let last = day(String(range[1])), first > last
            else { continue }
            return part.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The days both lines cover when their times overlap on them (one closing at the time the
    /// other opens does not overlap).
    public func overlap(with other: OpeningHours) -> [Int] {
        guard opens < other.closes, other.opens < closes else { return [] }
        return days.filter(other.days.contains)
    }

    private static func day(_ text: String) -> Int? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard word.count >= 3 else { return nil }
        return dayNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }

    /// A 24-hour time `HH:MM` (`9:00` is read as `09:00`; `24:00` is midnight at the end of the day); nil otherwise.
    static func time(_ text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), parts[1].count == 2,
            (1...2).contains(parts[0].count), (0...24).contains(hour), (0...59).contains(minute),
            hour < 24 || minute == 0
        else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + parts[1]
    }
}
