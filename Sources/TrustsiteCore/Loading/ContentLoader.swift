import Foundation
import TrustsiteMarkdown

/// Loads a whole site folder into a `SiteContent`, reporting every problem found rather than
/// stopping at the first, so one run tells an author everything to fix.
public struct ContentLoader: Sendable {
    public let root: URL
    public let cache: ParseCache?

    public init(root: URL, cache: ParseCache? = nil) {
        self.root = root
        self.cache = cache
    }

    /// How the site's Markdown is rendered.
    static func markdownOptions(_ config: SiteConfig) -> MarkdownOptions {
        MarkdownOptions(allowRawHTML: config.allowRawHTML)
    }

    /// Returns nil only when the site cannot be read at all: no usable `trustsite.yml` (missing,
    /// unreadable, malformed), or a `content` folder that cannot be read. Anything else wrong is
    /// reported in `log` and the item concerned is left out (or, for a file that cannot be read, kept
    /// as a stand-in: see `DocumentLoader`), and everything else is loaded.
    public func load(log: DiagnosticLog) -> SiteContent? {
        let filesRead = FilesRead()
        // The configuration is read afresh every time: it decides how everything else is parsed.
        let bootstrap = LoadContext(
            root: root, log: log, markdown: MarkdownRenderer(), cache: nil, filesRead: filesRead)
        guard let config = ConfigLoader(context: bootstrap).load() else { return nil }
        let context = LoadContext(
            root: root, log: log,
            markdown: MarkdownRenderer(options: Self.markdownOptions(config)),
            cache: cache ?? ParseCache(), filesRead: filesRead)
        // Read and parse every file on all cores first; the loaders below then find them parsed.
        let listed = context.files(in: "content", recursive: true)
        let files = listed.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }
        // The content folder itself cannot be listed (or leads outside the site): nothing can be read.
        if log.diagnostics.contains(where: { $0.severity == .error && $0.location.file == "content" }) { return nil }
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = files[index]
            _ = context.parse(path, expected: "", markdown: path.hasSuffix(".md"))
        }
        let home =
            context.exists("content/index.md")
            ? DocumentLoader(context: context).load("content/index.md", expected: "the home page's introduction.")
            : nil
        home?.frontMatter.reportUnknownKeys()
        var content = SiteContent(
            config: config,
            home: home?.document,
            plan: PlanLoader(context: context).load(),
            pastPlans: PlanLoader(context: context).pastPlans(),
            reviews: ReviewLoader(context: context, statusWords: config.statusWords).load(),
            board: BoardLoader(context: context).load(),
            offer: OfferLoader(context: context).load(),
            pages: PagesLoader(context: context).load(),
            fileCount: 0
        )
        content.glossary = GlossaryLoader(context: context).load()
        content.files = FilesLoader(context: context).load(contentFiles: listed)
        content.documentFacts = DocumentFactsReader(root: root, log: log).facts(
            for: content.files, metadata: DocumentsMetadataLoader(context: context).load(listed: listed))
        content.fileCount = filesRead.count
        ReferenceValidator(content: content, log: log).validate()
        return content
    }
}
