import Foundation

/// A measure the plan tracks with a baseline and yearly targets (a National Indicator such as
/// "NI 117: 16 to 18 year olds not in education, employment or training", or a local one):
/// `indicators:` in a priority's front matter. Annual reports give its actual value each year.
public struct Indicator: Sendable {
    public var id: String
    /// Its page's address part: `/plan/indicators/<slug>/`.
    public var slug: String
    public var priorityID: String
    public var name: String
    public var unit: IndicatorUnit
    public var better: Better
    public var source: String?
    public var description: String?
    public var baseline: IndicatorValue?
    /// One a year, in year order (a year written twice is reported and the second left out).
    public var targets: [IndicatorValue]
    public var location: SourceLocation
    /// Where the indicator's keys are written.
    public var places: SourcePlaces

    /// Which way is an improvement.
    public enum Better: String, Sendable, CaseIterable {
        case higher
        case lower
    }

    /// The target for `year`, if the plan sets one.
    public func target(for year: ReportingYear) -> IndicatorValue? { targets.first { $0.year == year } }

    /// Whether the indicator counts in calendar years (`2009`): every year it is written with is one.
    /// Otherwise its years run April to March (`2008/09`).
    public var countsCalendarYears: Bool {
        let years = (baseline.map { [$0] } ?? []) + targets
        return !years.isEmpty && years.allSatisfy { if case .calendar = $0.year { true } else { false } }
    }

    /// The last of the indicator's years (in its own form) that ends within `period`: the year an
    /// annual report for that period gives a figure for when it does not say.
    public func year(endingWithin period: Period) -> ReportingYear? {
        let candidates: [ReportingYear] = ((period.start.year - 1)...period.end.year).map {
            countsCalendarYears ? .calendar(year: $0) : .split(startYear: $0)
        }
        return candidates.last { $0.ends(within: period) }
    }

    /// `NI117` gives `ni117`, `LI 3.2` gives `li-3-2`: lower case, each run of anything but ASCII
    /// letters and digits one hyphen.
    public static func slug(for id: String) -> String {
        var slug = ""
        for character in id.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }
}

/// A value of an indicator for a year: its baseline or a target.
public struct IndicatorValue: Sendable {
    public var year: ReportingYear
    public var value: Double
    public var location: SourceLocation
}

/// What an indicator counts in. The common units are named so numbers are written the same way
/// everywhere ("7.5%", "42.1 per 10,000"); any other is shown as written after the number.
public enum IndicatorUnit: Sendable, Hashable {
    case percentage
    case number
    /// `rate per 1,000`, `rate per 10,000`, `rate per 100,000`: per that many of the population.
    case rate(per: Int)
    case days
    case weeks
    case score
    /// Any other unit, as written ("pupils", "points").
    case other(String)

    /// Reads a unit as content writes it; anything not named above is kept as written.
    public init(written text: String) {
        let key = text.lowercased().filter { !$0.isWhitespace && $0 != "," && $0 != "_" && $0 != "-" }
        switch key {
        case "percentage", "percent", "%": self = .percentage
        case "number", "count": self = .number
        case "days": self = .days
        case "weeks": self = .weeks
        case "score": self = .score
        default:
            if key.hasPrefix("rateper"), let per = Int(key.dropFirst("rateper".count)),
                [1000, 10000, 100000].contains(per)
            {
                self = .rate(per: per)
            } else {
                self = .other(text)
            }
        }
    }

    /// As the README and open data name it: `percentage`, `rate per 10,000`.
    public var written: String {
        switch self {
        case .percentage: "percentage"
        case .number: "number"
        case .rate(let per): "rate per " + Self.grouped(per)
        case .days: "days"
        case .weeks: "weeks"
        case .score: "score"
        case .other(let text): text
        }
    }

    /// `value` with its unit, as a sentence reads it: `7.5%`, `42.1 per 10,000`, `12 days`, `1,140`.
    public func format(_ value: Double) -> String {
        let number = Self.number(value)
        switch self {
        case .percentage: return number + "%"
        case .number, .score: return number
        case .rate(let per): return number + " per " + Self.grouped(per)
        case .days: return number + (value == 1 ? " day" : " days")
        case .weeks: return number + (value == 1 ? " week" : " weeks")
        case .other(let text): return number + " " + text
        }
    }

    /// A number as written in UK public documents: thousands grouped with commas, at most two
    /// decimal places, no trailing zeros (`1,140`, `7.5`, `-0.25`).
    /// A figure too small for two places (0.004) keeps as many as it needs, up to six, rather than
    /// reading as 0; one too large for whole hundredths is written in whole digits, never `1e+18`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        var places = 2
        while places < 6, value != 0, (abs(value) * pow10(places)).rounded() == 0 { places += 1 }
        let scaled = (abs(value) * pow10(places)).rounded()
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard scaled < 1e15 else { return sign + grouped(String(format: "%.0f", abs(value))) }
        let unit = Int(pow10(places))
        let whole = Int(scaled) / unit
        var fraction = String(Int(scaled) % unit)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + grouped(String(whole)) + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func pow10(_ places: Int) -> Double {
        (0..<places).reduce(1) { value, _ in value * 10 }
    }

    private static func grouped(_ value: Int) -> String { grouped(String(value)) }

    private static func grouped(_ text: String) -> String {
        var digits = text
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return groups.joined(separator: ",")
    }
}
