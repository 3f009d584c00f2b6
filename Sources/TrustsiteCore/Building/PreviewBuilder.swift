import Foundation

/// Builds the preview's site in memory and rebuilds it after changes: the build pipeline
/// (`BuildPipeline`) into a `MemoryOutput`, remembering in memory what each build made. Between
/// rebuilds it keeps the parsed files and the compiled templates, so a rebuild re-reads only the
/// changed files and re-renders only the pages made from them. Rebuilds take turns on its lock.
public final class PreviewBuilder: Sendable {
    public let root: URL
    public let clock: BuildClock

    private struct State {
        var memory: BuildMemory
        /// The compiled templates, kept until a template changes.
        var theme: Theme?
        var snapshot = SiteSnapshot(
            version: 0, files: [:], pageSources: [:], report: nil, failure: nil, pagesRendered: 0, seconds: 0,
            deferred: nil)
    }

    private let cache = ParseCache()
    private let output = MemoryOutput()
    /// Processed images, kept in memory from one rebuild to the next.
    private let images = ImageCache(folder: nil)
    private let state: Locked<State>

    public init(root: URL, clock: BuildClock) {
        self.root = root
        self.clock = clock
        state = Locked(State(memory: BuildMemory(settings: .init(today: clock.today))))
    }

    /// Rebuilds after `changed` (site-relative paths); nil rebuilds everything.
    public func rebuild(changed: Set<String>?) -> SiteSnapshot {
        state.withLock { state in
            let start = DispatchTime.now()
            // The configuration, the templates and the glossary reach every page: read everything again.
            if changed?.contains(where: RenderPlan.reachesEveryPage) != false {
                cache.removeAll()
                state.theme = nil
            } else if let changed {
                cache.invalidate(changed)
            }
            state.memory.note(changed: changed)
            let pipeline = BuildPipeline(clock: clock, strict: false, purpose: .preview)
            let loader = SiteLoader(root: root, cache: cache, theme: state.theme, images: images)
            do throws(BuildFailure) {
                let built = try pipeline.run(loader, memory: &state.memory, into: output, log: DiagnosticLog())
                state.theme = built.site.theme
                state.snapshot = SiteSnapshot(
                    version: state.snapshot.version + 1, files: output.files,
                    pageSources: built.plan.sourcesByOutputPath, report: built.report, failure: nil,
                    pagesRendered: built.pages.rendered, seconds: Self.seconds(since: start),
                    deferred: output.deferred)
            } catch {
                // Keep serving the last good build; the preview shows why this one failed.
                state.snapshot.version += 1
                state.snapshot.failure = error.diagnostics.filter { $0.severity == .error }
                state.snapshot.pagesRendered = 0
                state.snapshot.seconds = Self.seconds(since: start)
            }
            return state.snapshot
        }
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
