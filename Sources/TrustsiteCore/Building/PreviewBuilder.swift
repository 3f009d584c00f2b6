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

/// The search index of one build, made on first request and then kept.
public final class DeferredFiles: Sendable {
    private let made = Locked<[String: Data]?>(nil)
    private let content: SiteContent

    init(content: SiteContent) {
        self.content = content
    }

    public func file(_ path: String) -> Data? {
        guard path.hasPrefix("search/") else { return nil }
        return made.withLock { made in
            if made == nil {
                made = SearchIndex(content: content).files.mapValues { Data($0.utf8) }
            }
            return made?[path]
        }
    }
}

/// Builds a site in memory and rebuilds it after changes, re-reading only the changed files and
/// re-rendering only the pages made from them. Used by one task at a time (the preview's rebuild loop).
public final class PreviewBuilder: @unchecked Sendable {
    public let root: URL
    public let clock: BuildClock
    private let cache = ParseCache()
    private var pages: [String: Data] = [:]
    private var facts: [String: PageFacts] = [:]
    private var dependencies: [String: Set<String>] = [:]
    private var shape = ""
    private var updatedDates: [String: Day?] = [:]
    /// The compiled templates, kept until a template changes.
    private var theme: Theme?
    private var snapshot = SiteSnapshot(
        version: 0, files: [:], pageSources: [:], report: nil, failure: nil, pagesRendered: 0, seconds: 0, deferred: nil
    )

    public init(root: URL, clock: BuildClock) {
        self.root = root
        self.clock = clock
    }

    /// Rebuilds after `changed` (site-relative paths); nil rebuilds everything.
    public func rebuild(changed: Set<String>?) -> SiteSnapshot {
        let start = DispatchTime.now()
        let changes = changed ?? []
        // The configuration, the templates and the glossary reach every page.
        var full = changed == nil || changes.contains(where: RenderPlan.reachesEveryPage)
        if full {
            cache.removeAll()
            theme = nil
        } else if let changed {
            cache.invalidate(changed)
        }

        let log = DiagnosticLog()
        let inspection = SiteInspection(root: root, clock: clock)
        guard let loaded = inspection.load(log: log, cache: cache, theme: theme) else {
            // Keep serving the last good build; the preview shows why this one failed.
            snapshot.version += 1
            snapshot.failure = log.diagnostics.filter { $0.severity == .error }
            snapshot.pagesRendered = 0
            snapshot.seconds = Self.seconds(since: start)
            return snapshot
        }
        theme = loaded.theme
        let content = loaded.content
        let planned = PagePlanner.pages(for: content, log: DiagnosticLog())
        let newShape = PageDependencies.shape(of: planned, content: content)
        if newShape != shape { full = true }
        shape = newShape

        let pageFiles = PageDependencies.pageFiles(content)
        let toRender = planned.filter { page in
            let sources = PageDependencies.sources(of: page.identity, in: content, pageFiles: pageFiles)
            dependencies[SiteRoutes.outputPath(for: page.url)] = sources
            if full || facts[page.url] == nil { return true }
            if sources.contains(PageDependencies.everything), changes.contains(where: PageDependencies.isSummarised) {
                return true
            }
            return !changes.isDisjoint(with: sources)
        }
        let store = RenderedStore()
        let rendered =
            (try? PageRenderPass(content: content, theme: loaded.theme).run(toRender) { page in
                store.add(page)
            })
        let current = Set(planned.map(\.url))
        for url in facts.keys where !current.contains(url) {
            facts[url] = nil
            pages[SiteRoutes.outputPath(for: url)] = nil
            dependencies[SiteRoutes.outputPath(for: url)] = nil
        }
        for (url, pageFacts) in rendered?.facts ?? [:] { facts[url] = pageFacts }
        for page in store.pages { pages[SiteRoutes.outputPath(for: page.url)] = Data(page.html.utf8) }

        let report = inspection.check(loaded, facts: facts, log: log)
        var files = pages
        let documents = SiteDocuments(content: content, draft: true)
        for (url, day) in store.updated { updatedDates[url] = day }
        let updated = planned.map { (url: $0.url, updated: updatedDates[$0.url] ?? nil) }
        files["sitemap.xml"] = Data(documents.sitemap(updated).utf8)
        files["feed.xml"] = Data(documents.feed().utf8)
        files["robots.txt"] = Data(documents.robots().utf8)
        files.merge(OpenData(content: content).files) { _, new in new }
        for (path, data) in loaded.theme.assets { files[path] = data }
        snapshot = SiteSnapshot(
            version: snapshot.version + 1, files: files, pageSources: dependencies, report: report, failure: nil,
            pagesRendered: toRender.count, seconds: Self.seconds(since: start),
            deferred: DeferredFiles(content: content))
        return snapshot
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// Pages rendered on many threads, gathered for the in-memory site.
final class RenderedStore: Sendable {
    private let items = Locked<[RenderedPage]>([])

    func add(_ page: RenderedPage) {
        items.withLock { $0.append(page) }
    }

    var pages: [RenderedPage] { items.withLock { $0 } }
    var updated: [String: Day?] {
        Dictionary(pages.map { ($0.url, $0.updated) }, uniquingKeysWith: { a, _ in a })
    }
}
