/// What `SiteBuilder.build` did.
public enum BuildOutcome: Sendable {
    /// Nothing the last build read has changed and the published site is still its own, so nothing
    /// was done. `pages` and `previousSummary` (its findings, e.g. "0 errors, 2 warnings in 53
    /// files") are the last build's.
    case upToDate(pages: Int, previousSummary: String)
    /// The site was built and published.
    case built(SiteBuilder.Summary)

    public var isUpToDate: Bool {
        if case .upToDate = self { return true }
        return false
    }

    /// The pages of the published site: written now, or by the last build.
    public var pages: Int {
        switch self {
        case .upToDate(let pages, _): pages
        case .built(let summary): summary.pagesWritten
        }
    }
}
