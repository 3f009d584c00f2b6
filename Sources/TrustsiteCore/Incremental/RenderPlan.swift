import Foundation

/// Which pages a build must render and which it can take unchanged from the last build, from
/// what `BuildMemory` remembers: a page is reused only when the key matches (nothing that reaches
/// every page changed), the page existed at the same output path, and none of its source files
/// changed. Pages that summarise the whole site are rendered again on any change but to a free
/// page (they show only free pages' titles, which are part of the key).
struct RenderPlan: Sendable {
    /// What reaches every page in this build (see `key(shape:_:)`).
    let key: String
    var render: [PlannedPage] = []
    var reuse: [(page: PlannedPage, cached: BuildCache.Page)] = []
    /// The source files of every page, by address (kept in the next cache).
    var sources: [String: Set<String>] = [:]

    init(key: String, pages: [PlannedPage], content: SiteContent, previous: BuildCache?, changes: Set<String>) {
        self.key = key
        let pageFiles = PageDependencies.pageFiles(content)
        let linkedFiles = PageDependencies.linkedFiles(content)
        for page in pages {
            let pageSources = PageDependencies.sources(
                of: page.identity, in: content, pageFiles: pageFiles, linkedFiles: linkedFiles)
            sources[page.url] = pageSources
            let outputPath = SiteRoutes.outputPath(for: page.url)
            guard let cached = previous?.pages[page.url], cached.outputPath == outputPath,
                pageSources.isDisjoint(with: changes),
                !(pageSources.contains(PageDependencies.everything)
                    && changes.contains(where: PageDependencies.isSummarised))
            else {
                render.append(page)
                continue
            }
            reuse.append((page, cached))
        }
    }

    /// The source files of every page, by output path (`plan/index.html`): what the preview shows
    /// each page's findings for.
    var sourcesByOutputPath: [String: Set<String>] {
        Dictionary(
            sources.map { (SiteRoutes.outputPath(for: $0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// What reaches every page besides the files of `reachesEveryPage` (a change to which renders
    /// every page by itself): trustsite itself, the build's options and the site's shape (which
    /// pages exist and the titles in navigation). A different key renders every page.
    static func key(shape: String, _ settings: BuildMemory.Settings) -> String {
        var hasher = FNV1a()
        hasher.add(
            "\(BuildCache.header)\n\(BuildFingerprint.binaryStamp)\n\(settings.today.iso)\n\(settings.draft)\n"
                + "\(settings.strict)\n" + (settings.pdf ? "pdf\n" : ""))
        hasher.add(shape)
        return hasher.hex
    }

    /// The configuration, the templates and the glossary (abbreviations are marked on every page).
    static func reachesEveryPage(_ path: String) -> Bool {
        path == ConfigLoader.path || path.hasPrefix(Theme.folder + "/") || path == GlossaryLoader.path
    }
}
