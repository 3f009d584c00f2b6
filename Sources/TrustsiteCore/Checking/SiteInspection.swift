import Foundation

/// Loads a site and checks it: what `trustsite check` does, and the first half of a build.
public struct SiteInspection: Sendable {
    public enum Outcome: Sendable {
        /// The site could not be loaded (no usable trustsite.yml, unreadable files, bad templates).
        case unloadable([Diagnostic])
        case checked(SiteChecker.Report)
    }

    public let root: URL
    public let clock: BuildClock
    public let strict: Bool
    /// Include every page's reading ease in the report.
    public var scoresReadability = false

    public init(root: URL, clock: BuildClock, strict: Bool = false, scoresReadability: Bool = false) {
        self.root = root
        self.clock = clock
        self.strict = strict
        self.scoresReadability = scoresReadability
    }

    public func run() -> Outcome {
        let log = DiagnosticLog()
        guard let loaded = load(log: log) else { return .unloadable(log.diagnostics) }
        return .checked(check(loaded, log: log))
    }

    struct Loaded {
        let content: SiteContent
        let theme: Theme
    }

    /// Loads the content (through `cache` when given) and the theme (or reuses `theme`).
    func load(log: DiagnosticLog, cache: ParseCache? = nil, theme reused: Theme? = nil) -> Loaded? {
        let content = ContentLoader(root: root, cache: cache).load(log: log)
        let theme = reused ?? Theme.load(siteRoot: root, log: log)
        guard let content, let theme, !log.hasErrors else { return nil }
        _ = PagePlanner.pages(for: content, log: log)
        guard !log.hasErrors else { return nil }
        return Loaded(content: content, theme: theme)
    }

    /// Renders every page in memory for its facts (keeping none of the HTML), then checks.
    func check(_ loaded: Loaded, log: DiagnosticLog) -> SiteChecker.Report {
        let pages = PagePlanner.pages(for: loaded.content, log: DiagnosticLog())
        let facts = (try? PageRenderPass(content: loaded.content, theme: loaded.theme).run(pages) { _ in })?.facts ?? [:]
        return check(loaded, facts: facts, log: log)
    }

    func check(_ loaded: Loaded, facts: [String: PageFacts], log: DiagnosticLog) -> SiteChecker.Report {
        var checker = SiteChecker(strict: strict)
        checker.scoresReadability = scoresReadability
        return checker.check(loaded.content, pages: facts, today: clock.today, log: log)
    }
}
