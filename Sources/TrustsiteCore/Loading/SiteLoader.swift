import Foundation

/// A site read and planned: what every stage after loading works from.
struct LoadedSite: Sendable {
    let content: SiteContent
    let theme: Theme
    /// Every page to publish, planned once per build.
    let pages: [PlannedPage]
}

/// The first stage of every build and check: reads `trustsite.yml`, the content and the
/// templates, and plans the pages, refusing two at one address.
struct SiteLoader: Sendable {
    let root: URL
    /// Parsed files kept from earlier builds (the preview's); nil parses everything.
    var cache: ParseCache?
    /// The compiled templates of an earlier build, when no template has changed since (the preview's).
    var theme: Theme?

    /// The loaded site, or nil when it cannot be built; the log then says why.
    func load(log: DiagnosticLog) -> LoadedSite? {
        let content = ContentLoader(root: root, cache: cache).load(log: log)
        let theme = theme ?? Theme.load(siteRoot: root, log: log)
        guard let content, let theme, !log.hasErrors else { return nil }
        let pages = PagePlanner.pages(for: content, log: log)
        guard !log.hasErrors else { return nil }
        return LoadedSite(content: content, theme: theme, pages: pages)
    }
}
