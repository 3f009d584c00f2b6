import Foundation
import Testing
import TrustsiteDocuments

@testable import TrustsiteCore

/// `trustsite build --pdf`: the whole plan and each annual report printed to PDF, cached, linked
/// from their pages with format, size and pages, and the same bytes from the same input.
@Suite struct PrintedPDFTests {
    /// The fixture's plan and report, as their PDFs are published.
    static let planPDF = "/plan/children-and-young-peoples-plan-2025-to-2028.pdf"

    /// A printer that copies a tagged PDF fixture, counting its calls and keeping each source it printed.
    final class FakePrinter: PagePrinter, @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [String] = []
        let failure: PrintFailure?
        /// The fixture it "prints" and the version it gives: another printer's PDF differs.
        let fixture: String
        let name: String

        init(failing failure: PrintFailure? = nil, fixture: String = "chromium-print.pdf", version: String = "Fake 1") {
            self.failure = failure
            self.fixture = fixture
            self.name = version
        }

        var printed: [String] { lock.withLock { calls } }

        func version() throws(PrintFailure) -> String { name }

        func print(_ source: URL, to destination: URL) throws(PrintFailure) {
            if let failure { throw failure }
            let html = (try? String(contentsOf: source, encoding: .utf8)) ?? ""
            lock.withLock { calls.append(html) }
            let fixture = TestSite.fixtures.appending(path: "documents/\(fixture)")
            guard (try? FileManager.default.copyItem(at: fixture, to: destination)) != nil else {
                throw PrintFailure("the fixture could not be copied")
            }
        }
    }

    static func build(
        _ site: TestSite, output: String = "site", clean: Bool = false, pdf: Bool = true,
        printer: (@Sendable () throws(PrintFailure) -> any PagePrinter)?
    ) -> (URL, Result<BuildOutcome, BuildFailure>) {
        let url = site.root.appending(path: output)
        var options = SiteBuilder.Options(
            siteRoot: site.root, output: url, clock: BuildClock(today: Day(iso: checkToday)!), clean: clean, pdf: pdf)
        options.printer = printer
        let builder = SiteBuilder(options: options)
        return (url, Result { () throws(BuildFailure) in try builder.build(log: DiagnosticLog()) })
    }

    static func text(_ output: URL, _ path: String) -> String {
        (try? String(contentsOf: output.appending(path: path), encoding: .utf8)) ?? ""
    }

    @Test func sizesAreWrittenTheGOVUKWay() {
        #expect(PrintedPDF.sizeText(900) == "900 bytes")
        #expect(PrintedPDF.sizeText(12 * 1024) == "12 KB")
        #expect(PrintedPDF.sizeText(12 * 1024 + 1) == "13 KB")
        #expect(PrintedPDF.sizeText(1_258_291) == "1.2 MB")
        let pdf = PrintedPDF(page: "/plan/whole/", url: "/plan/x.pdf", size: 1_258_291, pageCount: 36)
        #expect(pdf.linkFacts == "(PDF, 1.2 MB, 36 pages)")
        #expect(PrintedPDF(page: "/", url: "/x.pdf", size: 2048, pageCount: 1).linkFacts == "(PDF, 2 KB, 1 page)")
    }

    @Test func thePrintSourceStandsAlone() {
        let source = PrintSource(
            stylesheets: ["/assets/site.1234.css": "body{color:black}"], baseURL: "https://children.example/",
            localFiles: ["/about/team.jpg": URL(fileURLWithPath: "/site/content/pages/about/team.jpg")])
        let html = source.make(
            """
            <html lang="en-GB"><head><title>Plan</title><link rel="stylesheet" href="/assets/site.1234.css"></head>
            <body><a href="/plan/">Plan</a> <a href="#top">Top</a> <a href="https://elsewhere.example/">Out</a>
            <img src="/about/team.jpg" alt="The team"><script src="/assets/search.js" defer></script>
            <script>alert(1)</script><a href="//cdn.example/x">cdn</a></body></html>
            """)
        #expect(!html.contains("<script"))
        #expect(html.contains("<style>\nbody{color:black}\n</style>"))
        #expect(!html.contains("rel=\"stylesheet\""))
        #expect(html.contains("<a href=\"https://children.example/plan/\">"))
        #expect(html.contains("<a href=\"#top\">"))
        #expect(html.contains("<a href=\"https://elsewhere.example/\">"))
        #expect(html.contains("<a href=\"//cdn.example/x\">"))
        #expect(html.contains("src=\"file:///site/content/pages/about/team.jpg\""))
    }

    /// A processed image prints from the stripped copy the site publishes, written into the page,
    /// and neither its other widths nor lazy loading reach Chromium (a lazy image below the first
    /// screen would print blank; a `srcset` copy would be looked for beside the temporary file).
    @Test func aProcessedImagePrintsFromItsStrippedCopy() {
        var source = PrintSource(
            stylesheets: [:], baseURL: "https://children.example/",
            localFiles: ["/about/team.jpg": URL(fileURLWithPath: "/site/content/pages/about/team.jpg")])
        source.inlineImages = ["/about/team.jpg": "data:image/jpeg;base64,AAAA"]
        let html = source.make(
            """
            <p><picture><source type="image/webp" srcset="/about/team-320w.webp 320w, /about/team.webp 1000w" \
            sizes="(max-width: 1000px) 100vw, 1000px"><img src="/about/team.jpg" alt="The team" width="1000" \
            height="600" srcset="/about/team-320w.jpg 320w, /about/team.jpg 1000w" \
            sizes="(max-width: 1000px) 100vw, 1000px" loading="lazy" decoding="async"></picture></p>
            """)
        #expect(
            html
                == "<p><picture><img src=\"data:image/jpeg;base64,AAAA\" alt=\"The team\" width=\"1000\" "
                + "height=\"600\" decoding=\"async\"></picture></p>")
    }

    /// A page bundle's image and links written relative to the page (`team.jpg`, `../vision/`)
    /// print like absolute ones: Chromium reads the page from a temporary folder, where a relative
    /// image is missing (it printed blank) and a relative link leads nowhere in a downloaded PDF.
    @Test func relativeAddressesPrintFromThePage() {
        var source = PrintSource(
            stylesheets: [:], baseURL: "https://children.example/",
            localFiles: ["/plan/hub.jpg": URL(fileURLWithPath: "/site/content/plan/sections/hub.jpg")])
        source.inlineImages = ["/plan/hub.jpg": "data:image/jpeg;base64,AAAA"]
        let html = source.make(
            """
            <img src="../hub.jpg" alt="Hub"> <a href="../vision/#aims">Vision</a> <a href="#top">Top</a>             <a href="mailto:a@b.example?subject=x">Mail</a> <a href="https://elsewhere.example/x">Out</a>             <a href="leaflet.pdf?download=1">Leaflet</a>
            """, pageURL: "/plan/whole/")
        #expect(html.contains("<img src=\"data:image/jpeg;base64,AAAA\" alt=\"Hub\">"))
        #expect(html.contains("<a href=\"https://children.example/plan/vision/#aims\">"))
        #expect(html.contains("<a href=\"#top\">"))
        #expect(html.contains("<a href=\"mailto:a@b.example?subject=x\">"))
        #expect(html.contains("<a href=\"https://elsewhere.example/x\">"))
        #expect(html.contains("<a href=\"https://children.example/plan/whole/leaflet.pdf?download=1\">"))
    }

    @Test func aBadSettingIsAnErrorAtItsLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appending(path: "trustsite.yml"), encoding: .utf8)
        try site.write("trustsite.yml", config + "pdf: sometimes\n")
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).count
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.first { $0.severity == .error && $0.message.contains("pdf") })
        #expect(error.location.file == "trustsite.yml")
        #expect(error.location.line == line)
        try site.write("trustsite.yml", config + "pdf: true\n")
        #expect(site.load().0?.config.pdf == true)
    }

    @Test func pagesLinkThePDFsWithFormatSizeAndPages() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let printer = FakePrinter()
        let (output, result) = Self.build(site, printer: { printer })
        #expect(throws: Never.self) { try result.get() }
        let fixture = try Data(contentsOf: TestSite.fixtures.appending(path: "documents/chromium-print.pdf"))
        let planPDF = try Data(contentsOf: output.appending(path: String(Self.planPDF.dropFirst())))
        let reportPDF = try Data(contentsOf: output.appending(path: "reviews/2025-26/annual-report-2025-to-2026.pdf"))
        // Normalised: the fixed producer, the build's day, an ID from the content.
        #expect(planPDF != fixture)
        #expect(String(decoding: planPDF, as: UTF8.self).contains("D:20261122000000Z"))
        let facts = try PDFReader.read([UInt8](planPDF), name: "plan.pdf")
        let linkFacts = PrintedPDF(page: "", url: "", size: planPDF.count, pageCount: facts.pageCount).linkFacts
        #expect(linkFacts.hasPrefix("(PDF, ") && linkFacts.hasSuffix(" page)"))
        for page in ["plan/index.html", "plan/whole/index.html"] {
            #expect(
                Self.text(output, page).contains(
                    "<a href=\"\(Self.planPDF)\" type=\"application/pdf\">Download the whole plan \(linkFacts)</a>"
                ))
        }
        #expect(Self.text(output, "reviews/2025-26/index.html").contains("Download this report (PDF, "))
        #expect(reportPDF.count == planPDF.count || !reportPDF.isEmpty)
        // What was printed: the pages themselves, before any PDF existed, standing alone.
        #expect(printer.printed.count == 2)
        for source in printer.printed {
            #expect(!source.contains("Download the whole plan"))
            #expect(!source.contains("Download this report"))
            #expect(!source.contains(".pdf\""))
            #expect(!source.contains("<script"))
            #expect(source.contains("<style>"))
            #expect(!source.contains("href=\"/"))
        }
    }

    @Test func aRebuildTakesUnchangedPDFsFromTheCache() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let printer = FakePrinter()
        let (output, first) = Self.build(site, printer: { printer })
        #expect(throws: Never.self) { try first.get() }
        #expect(printer.printed.count == 2)
        let before = try Data(contentsOf: output.appending(path: String(Self.planPDF.dropFirst())))
        let (_, second) = Self.build(site, clean: true, printer: { printer })
        #expect(try second.get().summary != nil)
        #expect(printer.printed.count == 2)
        #expect(try Data(contentsOf: output.appending(path: String(Self.planPDF.dropFirst()))) == before)
        // A changed report is printed again; the plan is not.
        let report = site.root.appending(path: "content/reviews/2025-26.md")
        try site.write("content/reviews/2025-26.md", try String(contentsOf: report, encoding: .utf8) + "\nMore.\n")
        let (_, third) = Self.build(site, printer: { printer })
        #expect(throws: Never.self) { try third.get() }
        #expect(printer.printed.count == 3)
        // The cache keeps only the PDFs of this build: the report's old one is gone.
        let cache = site.root.appending(path: ".site-cache/pdf")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == 2)
    }

    /// A new printer prints the plan again, with another page count: the plan's page, whose own
    /// sources have not changed, is rendered again to say so.
    @Test func linksFollowANewPrinter() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let (output, first) = Self.build(site, printer: { FakePrinter() })
        #expect(throws: Never.self) { try first.get() }
        #expect(Self.text(output, "plan/index.html").contains(", 1 page)</a>"))
        // A change to a free page alone: no source of the plan's pages.
        let page = site.root.appending(path: "content/pages/have-your-say.md")
        try site.write("content/pages/have-your-say.md", try String(contentsOf: page, encoding: .utf8) + "\nMore.\n")
        let (_, second) = Self.build(site, printer: { FakePrinter(fixture: "tagged.pdf", version: "Fake 2") })
        #expect(try second.get().summary?.pagesReused ?? 0 > 0)
        #expect(throws: Never.self) { try second.get() }
        #expect(Self.text(output, "plan/index.html").contains(", 2 pages)</a>"))
        #expect(Self.text(output, "plan/whole/index.html").contains(", 2 pages)</a>"))
    }

    @Test func withoutPDFsNoPrinterIsLookedFor() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let (output, result) = Self.build(site, pdf: false) { () throws(PrintFailure) -> any PagePrinter in
            throw PrintFailure("looked for a printer")
        }
        #expect(throws: Never.self) { try result.get() }
        #expect(!Self.text(output, "plan/index.html").contains("pdf-download"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: String(Self.planPDF.dropFirst())).path))
    }

    @Test func missingChromiumSaysWhatToInstall() throws {
        let empty = FileManager.default.temporaryDirectory.appending(path: "trustsite-no-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let environment = ["PATH": empty.path]
        #expect(throws: PrintFailure(ChromiumPrinter.missingAdvice)) {
            try ChromiumPrinter.locate(environment: environment)
        }
        #expect(ChromiumPrinter.missingAdvice.contains("apt-get install chromium"))
        #expect(ChromiumPrinter.missingAdvice.contains("leave out --pdf"))
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appending(path: "trustsite.yml"), encoding: .utf8)
        try site.write("trustsite.yml", config + "pdf: true\n")
        let (output, result) = Self.build(site, pdf: false) { () throws(PrintFailure) -> any PagePrinter in
            try ChromiumPrinter.locate(environment: environment)
        }
        guard case .failure(.invalidInput(let diagnostics)) = result else {
            Issue.record("expected the build to fail, got \(result)")
            return
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("apt-get install chromium") == true)
        #expect(diagnostics.first?.location.file == "trustsite.yml")
        #expect(diagnostics.first?.location.line == config.split(separator: "\n").count + 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aFailedPrintNamesThePage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let printer = FakePrinter(failing: PrintFailure("Chromium stopped with status 1; it said: out of memory"))
        let (_, result) = Self.build(site, printer: { printer })
        guard case .failure(.invalidInput(let diagnostics)) = result else {
            Issue.record("expected the build to fail, got \(result)")
            return
        }
        let message = try #require(diagnostics.first?.message)
        #expect(message.contains("/plan/whole/"))
        #expect(message.contains("out of memory"))
        #expect(diagnostics.first?.location.file == "content/plan/index.md")
    }

    @Test func anInaccessiblePrintFailsThePage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let (_, result) = Self.build(site, printer: { FakePrinter(fixture: "untagged.pdf", version: "Old 1") })
        guard case .failure(.invalidInput(let diagnostics)) = result else {
            Issue.record("expected the build to fail, got \(result)")
            return
        }
        let message = try #require(diagnostics.first?.message)
        #expect(message.contains("/plan/whole/"))
        #expect(message.contains("Old 1 printed a PDF without tags, a title shown as the window title and a language"))
    }

    /// A stand-in for Chromium: a script that answers `--version` and does `action` when asked to print.
    static func script(_ action: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "trustsite-fake-chromium-\(UUID().uuidString)")
        try Data("#!/bin/sh\ncase \"$1\" in --version) echo 'Chromium 1.2';; *) \(action);; esac\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test func chromiumFailingOrHangingIsReported() throws {
        let failing = try Self.script("echo 'noise'; echo 'ERROR: cannot open display' >&2; exit 3")
        let hanging = try Self.script("sleep 30")
        let silent = try Self.script("exit 0")
        defer { for url in [failing, hanging, silent] { try? FileManager.default.removeItem(at: url) } }
        let page = FileManager.default.temporaryDirectory.appending(path: "page.html")
        let pdf = FileManager.default.temporaryDirectory.appending(path: "trustsite-\(UUID().uuidString).pdf")
        #expect(
            try ChromiumPrinter.locate(environment: ["TRUSTSITE_CHROMIUM": failing.path]).version() == "Chromium 1.2")
        #expect(throws: PrintFailure("Chromium stopped with status 3; it said: noise / ERROR: cannot open display")) {
            try ChromiumPrinter(executable: failing).print(page, to: pdf)
        }
        let start = Date()
        #expect(throws: PrintFailure("Chromium did not finish within 1 second and was stopped; it said: nothing")) {
            try ChromiumPrinter(executable: hanging, timeout: 1).print(page, to: pdf)
        }
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(throws: PrintFailure("Chromium wrote no PDF; it said: nothing")) {
            try ChromiumPrinter(executable: silent).print(page, to: pdf)
        }
    }

    /// `make test` installs Chromium; only a machine without it skips this.
    @Test(
        .enabled(
            if: (try? ChromiumPrinter.locate()) != nil,
            "Chromium is not installed (apt-get install chromium), so real printing is not tested"))
    func chromiumOutputIsTaggedTitledInItsLanguageAndTheSameEachTime() throws {
        let chromium = try ChromiumPrinter.locate()
        let site = try TestSite()
        defer { site.cleanUp() }
        let (first, firstResult) = Self.build(site, printer: { chromium })
        #expect(throws: Never.self) { try firstResult.get() }
        // Another output has another cache: Chromium prints everything again.
        let (second, secondResult) = Self.build(site, output: "again", printer: { chromium })
        #expect(throws: Never.self) { try secondResult.get() }
        let paths = [String(Self.planPDF.dropFirst()), "reviews/2025-26/annual-report-2025-to-2026.pdf"]
        for path in paths {
            let bytes = try Data(contentsOf: first.appending(path: path))
            #expect(try Data(contentsOf: second.appending(path: path)) == bytes, "\(path) differs between builds")
            let catalogue = try PDFReader.read([UInt8](bytes), name: path)
            #expect(catalogue.isTagged, "\(path) is not tagged")
            #expect(catalogue.displaysDocumentTitle)
            #expect(catalogue.language == "en-GB")
            #expect(catalogue.pageCount >= 1)
        }
        let plan = try PDFReader.read(path: first.appending(path: paths[0]).path)
        #expect(plan.title?.hasPrefix("Children and Young People's Plan 2025 to 2028: the whole plan") == true)
        for page in ["plan/index.html", "plan/whole/index.html", "reviews/2025-26/index.html"] {
            #expect(Self.text(first, page) == Self.text(second, page))
        }
    }
}
