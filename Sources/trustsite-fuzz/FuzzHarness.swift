#if FUZZING
    import Foundation
    @testable import TrustsiteCore
    import TrustsiteMarkdown

    /// Feeds one fuzz input to the loaders as one file of a real site (a copy of the minimal fixture
    /// in a temporary folder), through the same code a build runs: `SourceFile` (bytes, BOM, line
    /// endings, UTF-8), front matter, the YAML parser and typed readers, and cmark-gfm.
    ///
    /// The first byte of an input chooses what it is:
    /// - low 4 bits: which file it replaces (`targets`, modulo their number);
    /// - 0x40: load the whole site, then plan, render every page through the templates and check it;
    /// - 0x80: render Markdown with raw HTML allowed (file modes only; the site mode uses trustsite.yml).
    /// The rest is the file's bytes. Besides crashes, the harness stops on a broken invariant: with raw
    /// HTML off, rendered Markdown never holds a script, an event handler attribute or a `javascript:`
    /// address; a site whose check finds nothing unsafe publishes pages without them either.
    final class FuzzHarness: @unchecked Sendable {
        static let shared = FuzzHarness()

        enum Kind: String {
            case config, board, plan, priority, document, reviews, offer, pages
        }

        /// The files an input can replace, with the loader that reads each: Tests/Fixtures/fuzz-targets.txt,
        /// the list the regression replay and the seeds of scripts/fuzz.sh read too.
        let targets: [(path: String, kind: Kind)]

        let root: URL
        var originals: [String: Data] = [:]
        let theme: Theme
        let siteCache = ParseCache()
        let today = Day(checkedYear: 2026, month: 11, day: 22)
        /// TRUSTSITE_FUZZ_RAW_INVARIANT=0 skips the raw-HTML-allowed site invariant (see README).
        let checkRawSites = ProcessInfo.processInfo.environment["TRUSTSITE_FUZZ_RAW_INVARIANT"] != "0"

        private init() {
            let manager = FileManager.default
            let fixture =
                ProcessInfo.processInfo.environment["TRUSTSITE_FUZZ_SITE"].map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appending(path: "Tests/Fixtures/minimal")
            // Memory-backed when possible: every input is written to disk and read back.
            let base =
                manager.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : manager.temporaryDirectory
            // Folders of earlier runs whose process is gone (libFuzzer exits without cleaning up).
            for entry in (try? manager.contentsOfDirectory(atPath: base.path)) ?? []
            where entry.hasPrefix("trustsite-fuzz-") {
                if let pid = Int32(entry.dropFirst("trustsite-fuzz-".count)), kill(pid, 0) != 0, errno == ESRCH {
                    try? manager.removeItem(at: base.appending(path: entry))
                }
            }
            let list = fixture.deletingLastPathComponent().appending(path: "fuzz-targets.txt")
            guard let text = try? String(contentsOf: list, encoding: .utf8) else {
                fatalError("trustsite-fuzz: cannot read the target list \(list.path)")
            }
            targets = text.split(separator: "\n").compactMap { line in
                let fields = line.split(separator: " ")
                guard !line.hasPrefix("#"), fields.count == 2 else { return nil }
                guard let kind = Kind(rawValue: String(fields[1])) else {
                    fatalError("trustsite-fuzz: \(list.path): unknown loader '\(fields[1])'")
                }
                return (String(fields[0]), kind)
            }
            root = base.appending(path: "trustsite-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
            try? manager.removeItem(at: root)
            do {
                try manager.copyItem(at: fixture, to: root)
            } catch {
                fatalError("trustsite-fuzz: cannot copy the fixture site \(fixture.path) to \(root.path): \(error)")
            }
            for target in targets {
                originals[target.path] = manager.contents(atPath: root.appending(path: target.path).path)
            }
            guard let theme = Theme.load(siteRoot: root, log: DiagnosticLog()) else {
                fatalError("trustsite-fuzz: the default theme does not load")
            }
            self.theme = theme
        }

        func run(_ data: Data) {
            guard let selector = data.first else { return }
            let target = targets[Int(selector & 0x0F) % targets.count]
            let file = root.appending(path: target.path)
            try? data.dropFirst().write(to: file)
            defer { try? originals[target.path]?.write(to: file) }
            if selector & 0x40 != 0 {
                // 0x80 here: the site allows raw HTML, so the check alone stands between the input and the page.
                let config = root.appending(path: ConfigLoader.path)
                let allowRaw = selector & 0x80 != 0 && target.path != ConfigLoader.path
                if allowRaw, let original = originals[ConfigLoader.path] {
                    try? (original + Data("\nallow_raw_html: true\n".utf8)).write(to: config)
                }
                defer { if allowRaw { try? originals[ConfigLoader.path]?.write(to: config) } }
                runSite(target.path, fullCheck: selector & 0x20 != 0)
            } else {
                runFile(target, rawHTML: selector & 0x80 != 0)
            }
        }

        /// One loader over the replaced file (and the files that loader reads with it).
        private func runFile(_ target: (path: String, kind: Kind), rawHTML: Bool) {
            let log = DiagnosticLog()
            let context = LoadContext(
                root: root, log: log, markdown: MarkdownRenderer(options: MarkdownOptions(allowRawHTML: rawHTML)),
                cache: ParseCache())
            var documents: [ContentDocument] = []
            switch target.kind {
            case .config:
                _ = ConfigLoader(context: context).load()
            case .board:
                if let board = BoardLoader(context: context).load() { documents += board.document.map { [$0] } ?? [] }
            case .plan:
                if let plan = PlanLoader(context: context).load() { documents.append(plan.document) }
            case .priority:
                if let loaded = DocumentLoader(context: context).load(target.path, expected: "a priority.") {
                    _ = PriorityReader(context: context).read(loaded, path: target.path)
                    documents.append(loaded.document)
                }
            case .document:
                if let loaded = DocumentLoader(context: context).load(target.path, expected: "a section.") {
                    loaded.frontMatter.reportUnknownKeys()
                    documents.append(loaded.document)
                }
            case .reviews:
                documents += ReviewLoader(context: context).load().map(\.document)
            case .offer:
                documents += OfferLoader(context: context).load()?.services.map(\.document) ?? []
            case .pages:
                documents += PagesLoader(context: context).load().map(\.document)
            }
            for diagnostic in log.diagnostics { _ = diagnostic.formatted }
            guard !rawHTML else { return }
            for document in documents {
                if let problem = HTMLInvariants.problem(in: document.rendered.html) {
                    fail("rendered Markdown of \(document.path) with raw HTML off holds \(problem)")
                }
            }
        }

        /// The whole build in memory: load, plan, render every page, check.
        private func runSite(_ path: String, fullCheck: Bool) {
            let log = DiagnosticLog()
            // The other files are parsed once and kept; only the replaced one is parsed again.
            siteCache.invalidate([path])
            defer { siteCache.invalidate([path]) }
            guard let content = ContentLoader(root: root, cache: siteCache).load(log: log), !log.hasErrors else {
                return
            }
            let planned = PagePlanner.pages(for: content, log: log)
            guard !log.hasErrors else { return }
            // Rendering dominates the time: leave out the pages that cannot show the replaced file
            // (other plan sections and free pages; the configuration's own pages unless it is replaced).
            let pages =
                path == ConfigLoader.path
                ? planned
                : planned.filter { page in
                    switch page.identity {
                    case .planSection, .page: page.source.file == path
                    case .accessibility, .aboutThisInformation, .notFound: false
                    default: true
                    }
                }
            let published = Published()
            guard
                let result = try? PageRenderPass(content: content, theme: theme).run(
                    pages,
                    sink: { page in
                        published.add(page.url, page.html)
                    })
            else { return }
            // Every rule (slow) only when asked; otherwise the one that decides what may be published.
            let checker =
                fullCheck ? SiteChecker(strict: false) : SiteChecker(rules: [SafeContentRule()], strict: false)
            let report = checker.check(content, pages: result.facts, today: today, log: log)
            let documents = SiteDocuments(content: content, draft: false)
            _ = documents.sitemap(result.updated)
            _ = documents.feed()
            guard !report.diagnostics.contains(where: { $0.ruleID == "SITE-SAFE-CONTENT" }) else { return }
            if content.config.allowRawHTML && !checkRawSites { return }
            for (url, page) in published.pages {
                if let problem = HTMLInvariants.problem(in: page) {
                    fail(
                        "page \(url) passed SITE-SAFE-CONTENT (raw HTML \(content.config.allowRawHTML ? "allowed" : "off")) but holds \(problem)"
                    )
                }
            }
        }

        /// Pages as the render pass hands them over, from several threads.
        final class Published: @unchecked Sendable {
            private let lock = NSLock()
            private var items: [(String, String)] = []
            func add(_ url: String, _ html: String) { lock.withLock { items.append((url, html)) } }
            var pages: [(String, String)] { lock.withLock { items } }
        }

        private func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data("trustsite-fuzz: invariant broken: \(message)\n".utf8))
            abort()
        }
    }
#endif
