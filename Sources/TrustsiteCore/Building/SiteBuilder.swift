import Foundation

/// Builds a site folder into a static website, published all at once or not at all. The stages
/// are `BuildPipeline`'s; what a build remembers of the last one is `BuildMemory`'s.
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
        /// Print the whole plan and each annual report to PDF (`--pdf`; `pdf: true` in trustsite.yml too).
        public var pdf = false
        /// Finds the printer for PDFs; nil for Chromium (tests give their own).
        var printer: (@Sendable () throws(PrintFailure) -> any PagePrinter)?

        public init(
            siteRoot: URL, output: URL, clock: BuildClock, draft: Bool = false, strict: Bool = false,
            clean: Bool = false, wait: Bool = true, pdf: Bool = false
        ) {
            self.pdf = pdf
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
        /// Pages rendered by this build.
        public var pagesRendered = 0
        /// Pages taken unchanged from the last build (the build cache) instead of rendered.
        public var pagesReused = 0
        /// Images encoded by this build; the others came from the processing cache.
        public var imagesProcessed = 0
    }

    public typealias Failure = BuildFailure

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Builds the site. `progress` is told how many pages are rendered so far, out of how many;
    /// `waiting`, which process holds the output's lock when another build of it is running
    /// (nil when unknown) and this one waits for it.
    public func build(
        log: DiagnosticLog, progress: (@Sendable (Int, Int) -> Void)? = nil, waiting: ((Int32?) -> Void)? = nil
    ) throws(Failure) -> BuildOutcome {
        let start = DispatchTime.now()
        let (lock, published) = try lockOutput(waiting: waiting)
        defer { lock.release() }
        let pipeline = BuildPipeline(
            clock: options.clock, strict: options.strict, purpose: options.draft ? .draft : .publish,
            printing: printing)
        var memory = BuildMemory(beside: options.output, settings: pipeline.settings, clean: options.clean)
        let inputs = InputFiles(root: options.siteRoot.standardizedFileURL.path)
        if let last = memory.upToDate(inputs, published: published) {
            return .upToDate(pages: last.pages, previousSummary: last.summary)
        }
        let images = ImageCache(folder: BuildFingerprint.cacheFolder(for: options.output).appending(path: "images"))
        let output = DiskOutput(output: options.output, siteRoot: options.siteRoot, reusing: !options.clean)
        let parsed = memory.storedParses()
        let built = try pipeline.run(
            SiteLoader(root: options.siteRoot, cache: parsed, images: images), memory: &memory, into: output,
            log: log, progress: progress)
        memory.keep(parsed: parsed, options: ContentLoader.markdownOptions(built.site.content.config))
        var summary = Summary(built, seconds: Self.seconds(since: start))
        summary.imagesProcessed = images.processed
        return .built(summary)
    }

    /// How this build prints PDFs, keeping them in the cache beside the output.
    private var printing: PDFPrinting {
        var printing = PDFPrinting(
            requested: options.pdf,
            cacheFolder: BuildFingerprint.cacheFolder(for: options.output).appending(path: "pdf"))
        if let printer = options.printer { printing.printer = printer }
        return printing
    }

    /// Takes the lock of the folder the output publishes, held until the build has remembered what
    /// it wrote: no other build of this output may use the staging folder, the spare site, the
    /// cache or the swap meanwhile.
    private func lockOutput(waiting: ((Int32?) -> Void)?) throws(Failure) -> (OutputLock, published: URL) {
        do throws(OutputError) {
            try SiteWriter.refuseUnsafe(
                output: options.output.standardizedFileURL, root: options.siteRoot.standardizedFileURL)
            let published = try OutputLocation(output: options.output).published
            return (try OutputLock(for: published, wait: options.wait, waiting: waiting), published)
        } catch {
            throw .output(error)
        }
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

extension SiteBuilder.Summary {
    init(_ built: BuildPipeline.Built, seconds: Double) {
        let pages = built.site.pages.count
        self.init(
            pagesWritten: pages,
            filesWritten: pages + 3 + built.site.theme.assets.published.count
                + built.site.content.files.filter { !ImageNames.isProcessed($0) }.count
                + built.site.content.imageFacts.values.reduce(0) { $0 + $1.renditions.count }
                + built.site.content.printedPDFs.count,
            seconds: seconds,
            report: built.report, pagesRendered: built.pages.rendered, pagesReused: built.pages.reused)
    }
}
