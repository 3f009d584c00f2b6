import Foundation

/// One rendered page, handed to a sink as soon as it is ready.
struct RenderedPage: Sendable {
    var url: String
    var html: String
    var updated: Day?
}

/// Renders pages on every core. Each page goes to `sink` as soon as it is ready (the build writes
/// it straight to disk), and only its facts are kept, so the site's HTML is never all in memory.
struct PageRenderPass: Sendable {
    let content: SiteContent
    let theme: Theme
    /// In a draft build, the open errors every page shows in its banner.
    var draftErrors: [Diagnostic]?

    struct Result: Sendable {
        var facts: [String: PageFacts]
        var updated: [(url: String, updated: Day?)]
    }

    func run(
        _ pages: [PlannedPage], progress: (@Sendable (Int, Int) -> Void)? = nil,
        sink: @Sendable (RenderedPage) throws(OutputError) -> Void
    ) throws(OutputError) -> Result {
        let builder = ContextBuilder(content: content)
        var configured = PageRenderer(content: content, theme: theme)
        configured.draftErrors = draftErrors
        let renderer = configured
        let slots = ResultSlots<(PageFacts, Day?)>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let model = builder.model(for: page.identity)
            let html = renderer.render(model)
            do throws(OutputError) {
                try sink(RenderedPage(url: page.url, html: html, updated: model.updated))
                slots.set(index, .success((PageFacts(html: html), model.updated)))
            } catch {
                slots.set(index, .failure(error))
            }
            if let progress { progress(slots.completed, pages.count) }
        }
        var result = Result(facts: [:], updated: [])
        for (page, slot) in zip(pages, slots.values) {
            switch slot {
            case .success(let (facts, updated)):
                result.facts[page.url] = facts
                result.updated.append((page.url, updated))
            case .failure(let error): throw error
            case nil: throw .writeFailed(path: page.url, reason: "the page was not rendered")
            }
        }
        return result
    }
}
