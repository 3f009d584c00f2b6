import Foundation

/// Builds a site folder into a static website: load → check → render → write.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var siteRoot: URL
        public var output: URL
        public var clock: BuildClock
        /// Build even when checks fail, stamping every page as a draft with the open errors.
        public var draft: Bool
        /// Treat warnings as errors.
        public var strict: Bool
        /// Rebuild even when nothing has changed since the last build.
        public var clean: Bool
        /// When another build of the same output is running: wait for it (true), or fail at once.
        public var wait: Bool

        public init(
            siteRoot: URL, output: URL, clock: BuildClock, draft: Bool = false, strict: Bool = false,
            clean: Bool = false, wait: Bool = true
        ) {
            self.siteRoot = siteRoot
            self.output = output
            self.clock = clock
            self.draft = draft
            self.strict = strict
            self.clean = clean
            self.wait = wait
        }
    }

    public struct Summary: Sendable {
        public var pagesWritten: Int
        public var filesWritten: Int
        public var seconds: Double
        public var report: SiteChecker.Report
        /// Nothing had changed since the last build: the output was left as it was.
        public var upToDate = false
        /// The last build's summary line, when `upToDate`.
        public var previousSummary: String?
        /// Pages taken unchanged from the last build (the build cache) instead of rendered.
        public var pagesReused = 0
    }

    public enum Failure: Error, Sendable {
        /// The content or the templates cannot be read; the log lists why.
        case invalidInput
        /// The site breaks publication rules; the report lists them. Nothing was published.
        case checksFailed(SiteChecker.Report)
        case output(OutputError)
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Builds the site. `progress` is told how many pages are rendered so far, out of how many;
    /// `waiting`, which process holds the output's lock when another build of it is running
    /// (nil when unknown) and this one waits for it.
    public func build(
        log: DiagnosticLog, progress: (@Sendable (Int, Int) -> Void)? = nil,
        waiting: ((Int32?) -> Void)? = nil
    ) throws(Failure) -> Summary {
        let published: URL
        let lock: OutputLock
        do {
            try SiteWriter.refuseUnsafe(
                output: options.output.standardizedFileURL, root: options.siteRoot.standardizedFileURL)
            published = try OutputLocation(output: options.output).published
            // Held until the cache is written: no other build of this output may use the staging
            // folder, the spare site, the cache or the swap meanwhile.
            lock = try OutputLock(for: published, wait: options.wait, waiting: waiting)
        } catch {
            throw .output(error)
        }
        defer { lock.release() }
        return try build(log: log, published: published, start: DispatchTime.now(), progress: progress)
    }

    private func build(
        log: DiagnosticLog, published: URL, start: DispatchTime, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(Failure) -> Summary {
        let inputs = InputFiles(root: options.siteRoot.standardizedFileURL.path)
        let fingerprint = BuildFingerprint.compute(
            inputs: inputs, output: options.output, today: options.clock.today, draft: options.draft,
            strict: options.strict)
        // Up to date only if nothing was changed since the last build AND the published site is that
        // build's: another build's swap or a restored copy may have put a different one in its place.
        if !options.clean, let last = BuildFingerprint.load(for: options.output), last.fingerprint == fingerprint.value,
            SiteMarker.buildID(in: published) == last.buildID
        {
            return Summary(
                pagesWritten: last.pages, filesWritten: 0, seconds: Self.seconds(since: start),
                report: SiteChecker.Report(diagnostics: [], waived: [], fileCount: 0, edition: .y2010), upToDate: true,
                previousSummary: last.summary)
        }
        BuildFingerprint.forget(for: options.output)
        // Draft pages carry the open errors in a banner: a draft build renders every page.
        // The cache describes the current output, which only a successful build replaces (and then
        // saves a new cache); a build killed in between leaves the old cache, whose stamps and
        // hashes still tell which pages of the new output it may reuse.
        let previous = options.clean || options.draft ? nil : BuildCache.load(for: options.output)
        let hashed = BuildCache.hashInputs(inputs, root: options.siteRoot, previous: previous?.inputs)
        let inspection = SiteInspection(root: options.siteRoot, clock: options.clock, strict: options.strict)
        guard let loaded = inspection.load(log: log) else { throw .invalidInput }
        let content = loaded.content
        let pages = PagePlanner.pages(for: content, log: DiagnosticLog())
        let key = RenderPlan.key(
            inputs: hashed, shape: PageDependencies.shape(of: pages, content: content), today: options.clock.today,
            draft: options.draft, strict: options.strict)
        var plan = RenderPlan(
            pages: pages, content: content, previous: previous?.key == key ? previous : nil,
            changes: BuildCache.changes(from: previous?.inputs ?? [:], to: hashed))
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: options.output, siteRoot: options.siteRoot, reusing: !options.clean)
        } catch {
            throw .output(error)
        }
        do {
            // Pages nothing has changed for are linked from the current site, unless their file
            // there is not the one the last build wrote; the rest are rendered.
            let kept = PageReuse.link(plan.reuse, into: writer)
            plan.render += kept.failed
            // Render once, writing each page to the staging folder as it is ready; check from the
            // facts gathered on the way. Nothing reaches the output unless the checks pass.
            let write: @Sendable (RenderedPage) throws(OutputError) -> Void = { page in
                try writer.write(Data(page.html.utf8), to: SiteRoutes.outputPath(for: page.url))
            }
            var pass = PageRenderPass(content: content, theme: loaded.theme)
            var rendered = try pass.run(plan.render, progress: progress, sink: write)
            var facts = rendered.facts
            var updated = Dictionary(rendered.updated.map { ($0.url, $0.updated) }, uniquingKeysWith: { a, _ in a })
            for (page, cached) in kept.reused {
                facts[page.url] = cached.facts
                updated[page.url] = cached.updated
            }
            let report = inspection.check(loaded, facts: facts, log: log)
            if report.errorCount > 0 && !options.draft {
                writer.abandon()
                throw Failure.checksFailed(report)
            }
            if options.draft {
                // A draft's pages carry the open errors, known only now: render them again with the banner.
                pass.draftErrors = report.diagnostics.filter { $0.severity == .error }
                rendered = try pass.run(pages, sink: write)
            }
            let documents = SiteDocuments(content: content, draft: options.draft)
            try writer.write(
                Data(documents.sitemap(pages.map { ($0.url, updated[$0.url] ?? nil) }).utf8), to: "sitemap.xml")
            try writer.write(Data(documents.feed().utf8), to: "feed.xml")
            try writer.write(Data(documents.robots().utf8), to: "robots.txt")
            for (path, data) in OpenData(content: content).files.sorted(by: { $0.key < $1.key }) {
                try writer.write(data, to: path)
            }
            for (path, text) in SearchIndex(content: content).files.sorted(by: { $0.key < $1.key }) {
                try writer.write(Data(text.utf8), to: path)
            }
            for (path, data) in loaded.theme.assets.sorted(by: { $0.key < $1.key }) {
                try writer.write(data, to: path)
            }
            let buildID = BuildID.make(
                inputs: hashed, pages: pages.map(\.url), today: options.clock.today, draft: options.draft,
                strict: options.strict)
            try writer.commit(buildID: buildID)
            let stamps = writer.stagedStamps
            var cache = BuildCache(key: key, inputs: hashed, pages: [:])
            for page in pages {
                let outputPath = SiteRoutes.outputPath(for: page.url)
                guard let stamp = stamps[outputPath], let pageFacts = facts[page.url] else { continue }
                cache.pages[page.url] = .init(
                    outputPath: outputPath, stamp: stamp, updated: updated[page.url] ?? nil,
                    sources: plan.sources[page.url] ?? [], facts: pageFacts)
            }
            cache.save(for: options.output)
            BuildFingerprint.save(
                .init(
                    fingerprint: fingerprint.value, buildID: buildID, pages: pages.count,
                    summary: TextReport.summary(report.diagnostics, fileCount: report.fileCount)),
                for: options.output)
            let seconds = Self.seconds(since: start)
            return Summary(
                pagesWritten: pages.count, filesWritten: pages.count + 3 + loaded.theme.assets.count, seconds: seconds,
                report: report, pagesReused: kept.reused.count)
        } catch let failure as Failure {
            throw failure
        } catch let error as OutputError {
            writer.abandon()
            throw .output(error)
        } catch {
            writer.abandon()
            throw .invalidInput
        }
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
