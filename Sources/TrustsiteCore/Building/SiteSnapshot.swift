import Foundation

/// A site built in memory, as the preview serves it.
public struct SiteSnapshot: Sendable {
    /// Counts rebuilds, so open pages know when to reload.
    public var version: Int
    /// Every file of the site by output path (`plan/index.html`).
    public var files: [String: Data]
    /// The source files each page is made from, by output path: the page's own check findings.
    public var pageSources: [String: Set<String>]
    /// The check report of the last build that loaded.
    public var report: SiteChecker.Report?
    /// When the last change could not be built: why. The files are then the last good build's.
    public var failure: [Diagnostic]?
    /// How many pages the last rebuild rendered, and how long it took.
    public var pagesRendered: Int
    public var seconds: Double
    /// Files made only when first asked for (the search index: costly on a large site, and most
    /// rebuilds are never searched).
    public var deferred: DeferredFiles?

    /// A file of the site, made now if it was deferred.
    public func file(_ path: String) -> Data? {
        files[path] ?? deferred?.file(path)
    }
}
