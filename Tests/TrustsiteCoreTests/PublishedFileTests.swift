import Foundation
import Testing

@testable import TrustsiteCore

/// Files beside the content and in `static/` are published as they are, at the address their folder
/// maps to, under the same path rules as pages, and links and images to them are checked.
@Suite struct PublishedFileTests {
    /// Bytes no text encoding would keep as they are: every byte value, a NUL, a lone CR.
    static let photo: [UInt8] = Array(0...255) + [0, 13, 0xFF, 0xD8]

    /// A page bundle: `content/pages/about/index.md` linking to the photo beside it.
    @Sendable static func addLinkedFile(_ site: TestSite) throws {
        try site.write(
            "content/pages/about/index.md",
            "---\ntitle: About us\ndescription: Who we are.\n---\n\n![The team at the hub](/about/team.gif)\n")
        try site.writeBytes("content/pages/about/team.gif", photo)
    }

    static func build(_ site: TestSite, clean: Bool = false) throws -> (URL, SiteBuilder.Summary?, [Diagnostic]) {
        let output = site.root.appending(path: "site")
        let log = DiagnosticLog()
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: checkToday)!), clean: clean))
        let summary = try? builder.build(log: log).summary
        return (output, summary, log.diagnostics + (summary?.report.diagnostics ?? []))
    }

    @Test func addressesFollowThePagesOfTheirFolder() {
        #expect(FilesLoader.url(for: "content/pages/about/team.gif") == "/about/team.gif")
        #expect(FilesLoader.url(for: "content/pages/leaflet.pdf") == "/leaflet.pdf")
        #expect(FilesLoader.url(for: "content/plan/plan-2026.pdf") == "/plan/plan-2026.pdf")
        #expect(FilesLoader.url(for: "content/plan/sections/needs.png") == "/plan/needs.png")
        #expect(FilesLoader.url(for: "content/plan/priorities/p1.jpg") == "/plan/priorities/p1.jpg")
        #expect(FilesLoader.url(for: "content/offer/services/hub.jpg") == "/offer/hub.jpg")
        #expect(FilesLoader.url(for: "content/board/attendance.csv") == "/board/attendance.csv")
        #expect(FilesLoader.url(for: "content/reviews/2025-26.pdf") == "/reviews/2025-26.pdf")
        #expect(FilesLoader.url(for: "content/logo.png") == "/logo.png")
        #expect(FilesLoader.url(for: "static/favicon.ico") == "/favicon.ico")
        #expect(FilesLoader.url(for: "static/.well/x.txt") == "/.well/x.txt")
    }

    @Test func filesAreListedWithAddressAndSize() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addLinkedFile(site)
        try site.write("content/board/attendance.csv", "name,meetings\n")
        try site.write("content/plan/.notes.txt", "hidden")
        try site.write("static/google1234.html", "google-site-verification: google1234.html")
        let (content, diagnostics) = site.load()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        let files = try #require(content?.files)
        #expect(files.map(\.url) == ["/about/team.gif", "/board/attendance.csv", "/google1234.html"])
        #expect(
            files.map(\.source) == [
                "content/pages/about/team.gif", "content/board/attendance.csv", "static/google1234.html",
            ])
        #expect(files.map(\.size) == [Self.photo.count, 14, 41])
        #expect(files.map(\.isStatic) == [false, false, true])
    }

    @Test func filesArePublishedByteForByte() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addLinkedFile(site)
        try site.write("static/favicon.ico", "icon")
        let (output, summary, diagnostics) = try Self.build(site)
        #expect(summary != nil, "\(diagnostics.map(\.formatted))")
        #expect(try Data(contentsOf: output.appending(path: "about/team.gif")) == Data(Self.photo))
        #expect(try String(contentsOf: output.appending(path: "favicon.ico"), encoding: .utf8) == "icon")
        #expect(!diagnostics.contains { $0.message.contains("team.gif") })
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "about/index.md").path))
    }

    @Test func sameInputGivesTheSameSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addLinkedFile(site)
        try site.write("static/robots-verify.txt", "ok")
        let (output, _, _) = try Self.build(site, clean: true)
        let first = IncrementalBuildTests.snapshot(output)
        _ = try Self.build(site, clean: true)
        #expect(IncrementalBuildTests.snapshot(output) == first)
        #expect(first["about/team.gif"] == Data(Self.photo))
    }

    @Test func removedFileIsGoneFromTheNextBuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("static/old.txt", "old")
        let (output, _, _) = try Self.build(site)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "old.txt").path))
        try site.remove("static/old.txt")
        let (_, summary, _) = try Self.build(site)
        #expect(summary != nil)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "old.txt").path))
    }

    @Test func badFileNameIsRefusedWithTheNameToUse() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/Annual Report.pdf", "%PDF")
        let (content, diagnostics) = site.load()
        #expect(content?.files.isEmpty == true)
        let error = try #require(diagnostics.first { $0.location.file == "content/pages/Annual Report.pdf" })
        #expect(error.severity == .error)
        #expect(error.message.contains("contains a space"))
        #expect(error.hint?.contains("annual-report.pdf") == true)
    }

    @Test func linkOutsideTheSiteIsNotPublished() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let outside = FileManager.default.temporaryDirectory.appending(path: "trustsite-secret-\(UUID().uuidString)")
        try Data("secret".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(
            at: site.root.appending(path: "static"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.root.appending(path: "static/secret.txt"), withDestinationURL: outside)
        let (content, diagnostics) = site.load()
        #expect(content?.files.isEmpty == true)
        #expect(
            diagnostics.contains {
                $0.severity == .error && $0.location.file == "static/secret.txt" && $0.message.contains("outside")
            })
    }

    @Test(arguments: [
        ("static/about/index.html", "content/pages/about.md"),
        ("static/robots.txt", "the robots.txt trustsite writes"),
        ("static/assets/site.css", "the theme's assets/site.css"),
        ("static/about", "content/pages/about.md"),
        ("static/about.gif", "content/pages/about.gif"),
    ])
    func twoThingsAtOneAddressAreAnErrorNamingBoth(file: String, owner: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/about.md", "---\ntitle: About\ndescription: Us.\n---\n\n[Photo](/about.gif)\n")
        try site.write("content/pages/about.gif", "first")
        try site.write(file, "second")
        let diagnostics = site.check()
        let error = try #require(diagnostics.first { $0.location.file == file })
        #expect(error.severity == .error)
        #expect(error.message.contains(owner), "\(error.message)")
    }

    @Test func linksAndImagesToFilesAreChecked() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addLinkedFile(site)
        try site.write("content/board/attendance.csv", "name,meetings\n")
        try site.write(
            "content/pages/contact.md",
            try site.read("content/pages/contact.md")
                + "\n[Attendance](/board/attendance.csv#row=2) and [the photo](../about/team.gif).\n\n"
                + "![Missing](/about/missing.jpg)\n\n[Wrong case](/About/Team.GIF)\n\n![Wrong case too](/about/TEAM.gif)\n\n"
                + "[A typo](/about/teem.gif)\n"
        )
        let findings = site.findings("SITE-LINKS")
        let messages = findings.map(\.message)
        #expect(findings.count == 4, "\(messages)")
        #expect(
            findings.contains { $0.message.contains("/about/teem.gif") && $0.hint == "Did you mean /about/team.gif?" })
        #expect(messages.contains { $0.contains("/about/missing.jpg, which is not a file of this site") })
        #expect(
            findings.contains {
                $0.message.contains("/About/Team.GIF") && $0.message.contains("case-sensitive")
                    && $0.hint?.contains("/about/team.gif") == true && $0.severity == .error
            })
        #expect(messages.contains { $0.contains("/about/TEAM.gif") && $0.contains("/about/team.gif") })
    }

    @Test func fileNothingLinksToIsAWarningButStaticFilesAreExempt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/board/attendance.csv", "name,meetings\n")
        try site.write("static/favicon.ico", "icon")
        let findings = site.findings("SITE-LINKS")
        #expect(findings.count == 1, "\(findings.map(\.formatted))")
        let warning = try #require(findings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "content/board/attendance.csv")
        #expect(warning.message.contains("/board/attendance.csv"))
    }

    @Test func templateReferenceCountsAsALink() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/logo.gif", "png")
        #expect(site.findings("SITE-LINKS").count == 1)
        let layout = try String(
            contentsOf: TestSite.repository.appending(path: "templates/layout.mustache"), encoding: .utf8)
        let marked = layout.replacingOccurrences(of: "</body>", with: "<img src=\"/logo.gif\" alt=\"\"></body>")
        #expect(marked != layout)
        try site.write("templates/layout.mustache", marked)
        #expect(site.findings("SITE-LINKS").isEmpty)
    }

    /// A build into `static/` would publish the last build inside the next one.
    @Test func outputInsideStaticIsRefused() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: site.root.appending(path: "static/site"),
                clock: BuildClock(today: Day(iso: checkToday)!)))
        #expect(throws: SiteBuilder.Failure.self) { try builder.build(log: DiagnosticLog()) }
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "static/site").path))
    }
}
