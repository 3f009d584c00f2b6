/// An annual review (annual report) of the plan: `content/reviews/<slug>.md`.
public struct Review: Sendable {
    public var slug: String
    public var document: ContentDocument
    public var title: String
    public var period: Period?
    public var published: Day?
    public var progress: [ProgressEntry]
    public var partnerStatements: [PartnerStatement]
    /// The past plan this review reports on (`plan:` in its front matter); nil for the current plan.
    public var pastPlanSlug: String?
    public var location: SourceLocation
    /// Where `progress:` and each action id under it are written (the front matter when it is absent).
    public var progressPlaces: SourcePlaces
    /// Where `partners:` and each partner id under it are written (the front matter when it is absent).
    public var partnersPlaces: SourcePlaces
    /// Actual values of the plan's indicators (`indicators:`), in the order written.
    public var indicatorResults: [IndicatorResult] = []
    /// Where `indicators:` and each indicator id under it are written (the front matter when it is absent).
    public var indicatorsPlaces: SourcePlaces? = nil

    /// Where the front matter's keys are written.
    public var places: SourcePlaces { document.places }
    public var isOfCurrentPlan: Bool { pastPlanSlug == nil }
}

/// How far an action has got, with evidence.
public struct ProgressEntry: Sendable {
    public var actionID: String
    public var status: ProgressStatus?
    public var evidence: String?
    /// Where the action's id is written (`A1.1:`).
    public var location: SourceLocation
    /// Where the entry's keys are written; the entry is at its id.
    public var places: SourcePlaces
    /// The site's own word the report used for the status (`SLIPPAGE`, `Amber`), as declared;
    /// nil when it wrote a standard word.
    public var localStatus: String? = nil

    /// The status as pages show it: the site's word with the standard meaning, "SLIPPAGE (at risk)",
    /// or the standard label, "At risk"; nil when there is no status.
    public var statusLabel: String? {
        guard let status else { return nil }
        return localStatus.map { "\($0) (\(status.label.lowercased()))" } ?? status.label
    }
}

/// The fixed set of progress statuses. Always shown as words, never by colour alone.
public enum ProgressStatus: String, Sendable, CaseIterable {
    case complete
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    case notStarted = "not-started"
    /// No judgement could be made this year (the data is not yet in, the service was re-tendered):
    /// the evidence says why.
    case notAssessed = "not-assessed"

    public var label: String {
        switch self {
        case .complete: "Complete"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        case .notStarted: "Not started"
        case .notAssessed: "Not assessed"
        }
    }

    /// The statuses a count shows: the standard five always, and `not-assessed` when the report
    /// uses it, since a column of noughts for a status few reports use is noise.
    public static func shown(using used: some Sequence<ProgressStatus>) -> [ProgressStatus] {
        let usesNotAssessed = used.contains(.notAssessed)
        return allCases.filter { $0 != .notAssessed || usesNotAssessed }
    }

    /// Each status's label for a count of `entries`: the site's own words the entries use for it,
    /// with the standard meaning ("AHEAD, ON COURSE (on track)"), or the standard label alone.
    public static func labels(for entries: [ProgressEntry]) -> [ProgressStatus: String] {
        var words: [ProgressStatus: [String]] = [:]
        for entry in entries {
            guard let status = entry.status, let word = entry.localStatus else { continue }
            if !(words[status] ?? []).contains(word) { words[status, default: []].append(word) }
        }
        var labels: [ProgressStatus: String] = [:]
        for status in allCases {
            labels[status] =
                words[status].map { $0.joined(separator: ", ") + " (\(status.label.lowercased()))" } ?? status.label
        }
        return labels
    }
}

/// One partner's account of how far it acted in accordance with the plan.
public struct PartnerStatement: Sendable {
    public var partnerID: String
    public var statement: String
    /// Where the partner's id is written.
    public var location: SourceLocation
}

/// An indicator's actual value for a year, as an annual report gives it (`indicators:` in its front
/// matter), or the stated reason there is none.
public struct IndicatorResult: Sendable {
    public var indicatorID: String
    public var actual: Double?
    /// The year written (`year:`); nil for the year the report covers (`Indicator.year(endingWithin:)`).
    public var writtenYear: ReportingYear?
    /// What the figure means or, with no actual, why there is none.
    public var note: String?
    /// Where the indicator's id is written (`NI117:`).
    public var location: SourceLocation
    /// Where the result's keys are written; the result is at its id.
    public var places: SourcePlaces

    /// The year the figure is for: the one written, else the indicator's year that ends within
    /// `period` (the report's).
    public func year(for indicator: Indicator, in period: Period?) -> ReportingYear? {
        writtenYear ?? period.flatMap(indicator.year(endingWithin:))
    }
}
