@testable import TrustsiteCore

extension BuildOutcome {
    /// The summary of a build that ran; nil when it found the site up to date.
    var summary: SiteBuilder.Summary? {
        guard case .built(let summary) = self else { return nil }
        return summary
    }
}
