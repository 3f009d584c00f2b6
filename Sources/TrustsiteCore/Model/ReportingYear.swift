/// A year as content names it: a split year written `2008/09` (April to March, the way financial
/// and most public-sector data years run) or a calendar year written `2009`. An indicator's
/// baseline, targets and results, and a plan's refreshes (`year:`) and an action's `added:` and
/// `retired:`, all use it.
public enum ReportingYear: Sendable, Hashable, Comparable {
    /// `2008/09`: 1 April 2008 to 31 March 2009.
    case split(startYear: Int)
    /// `2009`: 1 January to 31 December 2009.
    case calendar(year: Int)

    /// Parses the two forms; nil for anything else, including a split year whose two years do not
    /// follow (`2008/10`) or one outside the years content may fall in.
    public init?(written text: String) {
        self.init(form: text)
        guard Day.plausibleYears.contains(startYear) else { return nil }
    }

    /// Parses the two forms whatever the year, so a reader can tell a wrong form from a year out
    /// of range and say which.
    init?(form text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if parts.count == 1, parts[0].count == 4, let year = Int(parts[0]) {
            self = .calendar(year: year)
        } else if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let first = Int(parts[0]),
            let second = Int(parts[1]), (first + 1) % 100 == second
        {
            self = .split(startYear: first)
        } else {
            return nil
        }
    }

    /// The year it starts in: 2008 for `2008/09` and for `2008`.
    var startYear: Int {
        switch self {
        case .split(let startYear): startYear
        case .calendar(let year): year
        }
    }

    /// The day the year starts: 1 April or 1 January.
    public var firstDay: Day {
        switch self {
        case .split(let startYear): Day(checkedYear: startYear, month: 4, day: 1)
        case .calendar(let year): Day(checkedYear: year, month: 1, day: 1)
        }
    }

    /// The day the year ends: 31 March or 31 December. A report covers the years that end within its period.
    public var lastDay: Day {
        switch self {
        case .split(let startYear): Day(checkedYear: startYear + 1, month: 3, day: 31)
        case .calendar(let year): Day(checkedYear: year, month: 12, day: 31)
        }
    }

    /// As content writes it: `2008/09`, `2009` (for open data and messages).
    public var written: String {
        switch self {
        case .split(let startYear):
            let next = (startYear + 1) % 100
            return String(startYear) + "/" + (next < 10 ? "0" : "") + String(next)
        case .calendar(let year): return String(year)
        }
    }

    /// As people read it: `2008 to 2009`, `2009`.
    public var text: String {
        switch self {
        case .split(let startYear): "\(startYear) to \(startYear + 1)"
        case .calendar(let year): String(year)
        }
    }

    /// Whether the year ends within `period`: the years a report for that period covers.
    public func ends(within period: Period) -> Bool {
        period.start <= lastDay && lastDay <= period.end
    }

    public static func < (lhs: ReportingYear, rhs: ReportingYear) -> Bool {
        (lhs.lastDay, lhs.firstDay) < (rhs.lastDay, rhs.firstDay)
    }
}
