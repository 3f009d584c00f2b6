import Foundation

/// Renders pages on every core and writes each to the staging folder as soon as it is ready,
/// so the whole rendered site is never held in memory.
struct PageWriter: Sendable {
    let content: SiteContent
    let theme: Theme
    let writer: SiteWriter
    /// In a draft build, the open errors every page shows in its banner.
    var draftErrors: [Diagnostic]?
    var waived: [(rule: String, reason: String, findings: Int)] = []

    /// Returns each page's address and last-updated date, for the sitemap.
    func writeAll(_ pages: [PlannedPage], progress: (@Sendable (Int, Int) -> Void)?) throws(OutputError)
        -> [(url: String, updated: Day?)]
    {
        let builder = ContextBuilder(content: content, waived: waived)
        var draftRenderer = PageRenderer(content: content, theme: theme)
        draftRenderer.draftErrors = draftErrors
        let renderer = draftRenderer
        let results = ResultSlots<Day?>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let model = builder.model(for: page.identity)
            let html = renderer.render(model)
            do throws(OutputError) {
                try writer.write(Data(html.utf8), to: SiteRoutes.outputPath(for: page.url))
                results.set(index, .success(model.updated))
            } catch {
                results.set(index, .failure(error))
            }
            if let progress { progress(results.completed, pages.count) }
        }
        var updated: [(url: String, updated: Day?)] = []
        for (page, result) in zip(pages, results.values) {
            switch result {
            case .success(let day): updated.append((page.url, day))
            case .failure(let error): throw error
            case nil: throw .writeFailed(path: page.url, reason: "the page was not rendered")
            }
        }
        return updated
    }
}

/// One slot per page for results computed on many threads.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private var slots: [Result<Value, OutputError>?]
    private var done = 0
    private let lock = Lock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<Value, OutputError>) {
        lock.withLock {
            slots[index] = result
            done += 1
        }
    }

    var completed: Int { lock.withLock { done } }
    var values: [Result<Value, OutputError>?] { lock.withLock { slots } }
}
