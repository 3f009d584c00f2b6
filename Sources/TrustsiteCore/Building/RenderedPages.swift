/// What the render stage leaves for the stages after it: every page's facts (what the rules of
/// `CheckStage.renderedPages` read) and last-updated date (for the sitemap), whether this build
/// rendered the page or took it from the last build.
struct RenderedPages: Sendable {
    var facts: [String: PageFacts] = [:]
    var updated: [String: Day?] = [:]
    /// Pages this build rendered.
    var rendered = 0
    /// Pages taken unchanged from the last build.
    var reused = 0

    init(rendered pass: PageRenderPass.Result, kept: [(page: PlannedPage, cached: BuildCache.Page)]) {
        facts = pass.facts
        updated = Dictionary(pass.updated.map { ($0.url, $0.updated) }, uniquingKeysWith: { first, _ in first })
        rendered = pass.updated.count
        for (page, cached) in kept {
            facts[page.url] = cached.facts
            updated[page.url] = cached.updated
        }
        reused = kept.count
    }
}
