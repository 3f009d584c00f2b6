import Foundation

/// Which pages a build must render and which it can take unchanged from the last build, from the
/// build cache: a page is reused only when the cache's key matches (nothing that reaches every
/// page changed), the page existed at the same output path, and none of its source files changed.
/// Pages that summarise the whole site are rendered again on any change but to a free page (they
/// show only free pages' titles, which are part of the key).
struct RenderPlan {
    var render: [PlannedPage] = []
    var reuse: [(page: PlannedPage, cached: BuildCache.Page)] = []
    /// The source files of every page, by address (kept in the next cache).
    var sources: [String: Set<String>] = [:]

    init(pages: [PlannedPage], content: SiteContent, previous: BuildCache?, changes: Set<String>) {
        let pageFiles = PageDependencies.pageFiles(content)
        for page in pages {
            let pageSources = PageDependencies.sources(of: page.identity, in: content, pageFiles: pageFiles)
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

    /// What reaches every page: trustsite itself, the build's options, the configuration, the
    /// templates, the glossary (abbreviations are marked on every page) and the site's shape
    /// (which pages exist and the titles in navigation). A change to any renders every page.
    static func key(
        inputs: [String: BuildCache.Input], shape: String, today: Day, draft: Bool, strict: Bool
    ) -> String {
        var hasher = FNV1a()
        hasher.add("\(BuildCache.header)\n\(BuildFingerprint.binaryStamp)\n\(today.iso)\n\(draft)\n\(strict)\n")
        for (path, input) in inputs.sorted(by: { $0.key < $1.key }) where reachesEveryPage(path) {
            hasher.add(path)
            hasher.add(input.hash)
        }
        hasher.add(shape)
        return hasher.hex
    }

    static func reachesEveryPage(_ path: String) -> Bool {
        path == ConfigLoader.path || path.hasPrefix(Theme.folder + "/") || path == GlossaryLoader.path
    }
}
