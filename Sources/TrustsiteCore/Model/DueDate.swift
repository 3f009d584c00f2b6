/// When an action starts or is due, as real plans write it: a day, a month, a financial year, or ongoing.
public enum DueDate: Sendable, Hashable {
    /// `2026-03-31`.
    case day(Day)
    /// `2026-09`: due at the end of that month.
    case month(year: Int, month: Int)
    /// `2026/27`: April 2026 to March 2027, due on 31 March 2027.
    case financialYear(startYear: Int)
    /// `ongoing`: never due, but reviewed (the action's `review_by:`).
    case ongoing

    /// The day it falls due, for everything that compares dates: a month's last day, a financial
    /// year's 31 March; nil when ongoing.
    public var day: Day? {
        switch self {
        case .day(let day): day
        case .month(let year, let month):
            Day(checkedYear: year, month: month, day: Day.daysIn(month: month, year: year))
        case .financialYear(let startYear): Day(checkedYear: startYear + 1, month: 3, day: 31)
        case .ongoing: nil
        }
    }

    /// As content writes it: `2026-03-31`, `2026-09`, `2026/27`, `ongoing` (for open data).
    public var written: String {
        switch self {
        case .day(let day): day.iso
        case .month(let year, let month): Self.pad(year, 4) + "-" + Self.pad(month, 2)
        case .financialYear(let startYear): Self.pad(startYear, 4) + "/" + Self.pad((startYear + 1) % 100, 2)
        case .ongoing: "ongoing"
        }
    }

    /// As people read it: `31 March 2026`, `September 2026`, `2026 to 2027`, `Ongoing`.
    public var text: String {
        switch self {
        case .day(let day): day.text
        case .month(let year, let month): "\(Day.monthNames[month - 1]) \(year)"
        case .financialYear(let startYear): "\(startYear) to \(startYear + 1)"
        case .ongoing: "Ongoing"
        }
    }

    /// A `datetime` attribute's value: a day or a month; nil for a year that spans two (HTML has no
    /// form for April to March) and for ongoing.
    public var datetime: String? {
        switch self {
        case .day, .month: written
        case .financialYear, .ongoing: nil
        }
    }

    /// Parses the forms above; nil for anything else, including an impossible month or a
    /// financial year whose two years do not follow (`2026/28`).
    public init?(written text: String) {
        if text.lowercased() == "ongoing" {
            self = .ongoing
        } else if let day = Day(iso: text) {
            self = .day(day)
        } else if let (first, second) = Self.numbers(text, separator: "-", widths: (4, 2)) {
            guard (1...12).contains(second) else { return nil }
            self = .month(year: first, month: second)
        } else if let (first, second) = Self.numbers(text, separator: "/", widths: (4, 2)) {
            guard (first + 1) % 100 == second else { return nil }
            self = .financialYear(startYear: first)
        } else {
            return nil
        }
    }

    /// The year it falls in, to check it is plausible (the financial year's first).
    var year: Int? {
        switch self {
        case .day(let day): day.year
        case .month(let year, _): year
        case .financialYear(let startYear): startYear
        case .ongoing: nil
        }
    }

    private static func numbers(_ text: String, separator: Character, widths: (Int, Int)) -> (Int, Int)? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == widths.0, parts[1].count == widths.1,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let first = Int(parts[0]), let second = Int(parts[1])
        else { return nil }
        return (first, second)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
