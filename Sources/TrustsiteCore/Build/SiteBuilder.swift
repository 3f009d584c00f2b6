import Foundation

/// Builds a site folder into a static website: load → check → render → write.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var siteRoot: URL
        public var output: URL
        public var clock: BuildClock

        public init(siteRoot: URL, output: URL, clock: BuildClock) {
            self.siteRoot = siteRoot
            self.output = output
            self.clock = clock
        }
    }

    public struct Summary: Sendable {
        public var pagesWritten: Int
        public var filesWritten: Int
        public var seconds: Double
    }

    public enum Failure: Error, Sendable {
        /// The content or the templates have errors; the log lists them.
        case invalidInput
        case output(OutputError)
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Builds the site. `progress` is told how many pages are rendered so far, out of how many.
    public func build(log: DiagnosticLog, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Failure) -> Summary {
        let start = DispatchTime.now()
        guard let content = ContentLoader(root: options.siteRoot).load(log: log),
            let theme = Theme.load(siteRoot: options.siteRoot, log: log)
        else { throw .invalidInput }
        let pages = PagePlanner.pages(for: content, log: log)
        guard !log.hasErrors else { throw .invalidInput }

        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: options.output, siteRoot: options.siteRoot)
        } catch {
            throw .output(error)
        }
        do {
            let updated = try PageWriter(content: content, theme: theme, writer: writer).writeAll(pages, progress: progress)
            let documents = SiteDocuments(content: content)
            try writer.write(Data(documents.sitemap(updated).utf8), to: "sitemap.xml")
            try writer.write(Data(documents.feed().utf8), to: "feed.xml")
            try writer.write(Data(documents.robots().utf8), to: "robots.txt")
            for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
                try writer.write(data, to: path)
            }
            try writer.commit()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return Summary(pagesWritten: pages.count, filesWritten: pages.count + 3 + theme.assets.count, seconds: seconds)
        } catch {
            writer.abandon()
            throw .output(error)
        }
    }
}
