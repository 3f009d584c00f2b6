/// A year of a plan as refreshes name it: `2026/27` (April 2026 to March 2027) or `2026` (a
/// calendar year).
public enum PlanYear: Sendable, Hashable {
    /// `2026/27`: 1 April 2026 to 31 March 2027.
    case split(startYear: Int)
    /// `2026`: 1 January to 31 December 2026.
    case calendar(year: Int)

    /// Parses `2026/27` or `2026`; nil for anything else (`2026/28`, `26/27`, a day).
    public init?(written text: String) {
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text) {
            self = .calendar(year: year)
        } else if text.count == 7, case .financialYear(let startYear) = DueDate(written: text) {
            self = .split(startYear: startYear)
        } else {
            return nil
        }
    }

    /// The year's first day.
    public var firstDay: Day {
        switch self {
        case .split(let startYear): Day(checkedYear: startYear, month: 4, day: 1)
        case .calendar(let year): Day(checkedYear: year, month: 1, day: 1)
        }
    }

    /// As content writes it: `2026/27`, `2026`.
    public var written: String {
        switch self {
        case .split(let startYear): DueDate.financialYear(startYear: startYear).written
        case .calendar(let year): String(year)
        }
    }

    /// As people read it: `2026 to 2027`, `2026`.
    public var text: String {
        switch self {
        case .split(let startYear): "\(startYear) to \(startYear + 1)"
        case .calendar(let year): String(year)
        }
    }

    /// The first year, to check it is plausible.
    var startYear: Int {
        switch self {
        case .split(let startYear): startYear
        case .calendar(let year): year
        }
    }
}
