import Foundation
import Testing

@testable import TrustsiteCore

/// A build that reuses pages from the build cache writes exactly what a clean build writes.
@Suite struct IncrementalBuildTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        /// Reused pages expected after the edit: none (everything rendered), some, or all.
        var reuse: Reuse
        /// Done before the first build.
        var setup: @Sendable (TestSite) throws -> Void = { _ in }
        var apply: @Sendable (TestSite) throws -> Void
        var testDescription: String { name }
    }

    static let glossary =
        "abbreviations:\n  - term: YOT\n    stands_for: Youth Offending Team\n    meaning: The team that works with young people who offend.\n"

    enum Reuse: Sendable { case none, some, all }

    static let edits: [Edit] = [
        Edit(name: "a free page's text", reuse: .some) { site in
            try site.replace(
                "Email trust@", with: "A sentence added for the test.\n\nEmail trust@", in: "content/pages/contact.md")
        },
        Edit(name: "a service's summary", reuse: .some) { site in
            try site.replace(
                "Evening activities for young people.", with: "Evening clubs for young people.",
                in: "content/offer/services/youth-club.md")
        },
        Edit(name: "a Board member's role", reuse: .some) { site in
            try site.replace("role: Superintendent", with: "role: Chief Superintendent", in: "content/board/board.yml")
        },
        Edit(name: "a priority's text", reuse: .some) { site in
            let text = try site.read("content/plan/priorities/p1-health.md")
            try site.write("content/plan/priorities/p1-health.md", text + "\nA sentence added for the test.\n")
        },
        Edit(name: "a plan chapter's text", reuse: .some) { site in
            let text = try site.read("content/plan/sections/vision.md")
            try site.write("content/plan/sections/vision.md", text + "\nA sentence added for the test.\n")
        },
        Edit(name: "the annual report's text", reuse: .some) { site in
            let text = try site.read("content/reviews/2025-26.md")
            try site.write("content/reviews/2025-26.md", text + "\nA sentence added for the test.\n")
        },
        Edit(name: "the configuration", reuse: .none) { site in
            try site.replace(
                "description: A small test site for Fernlow.", with: "description: A test site.",
                in: "trustsite.yml")
        },
        Edit(name: "a glossary added", reuse: .none) { site in
            try site.write(
                "content/glossary.yml",
                "abbreviations:\n  - term: YOT\n    stands_for: Youth Offending Team\n    meaning: The team that works with young people who offend.\n"
            )
        },
        Edit(
            name: "a glossary entry changed", reuse: .none,
            setup: { site in
                try site.write("content/glossary.yml", glossary)
                try site.write(
                    "content/pages/partners.md",
                    "---\ntitle: Partners\ndescription: Who works together.\n---\n\nThe YOT and the LSCB work together.\n"
                )
            },
            apply: { site in
                try site.write(
                    "content/glossary.yml",
                    glossary + "  - term: LSCB\n    stands_for: Local Safeguarding Children Board\n"
                        + "    meaning: The partnership that keeps children safe.\n")
            }),
        Edit(name: "a new free page", reuse: .none) { site in
            try site.write("content/pages/new-page.md", "---\ntitle: A new page\ndescription: New.\n---\n\nNew text.\n")
        },
        Edit(name: "a template", reuse: .none) { site in
            let repository = TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            let page = try String(contentsOf: repository.appending(path: "templates/page.mustache"), encoding: .utf8)
            try site.write("templates/page.mustache", page + "\n")
        },
        Edit(name: "a site's own stylesheet", reuse: .none) { site in
            try site.write("templates/assets/site.css", "body { color: #0b0c0c }\n")
        },
        // The page that shows it is rendered again (the rest are kept).
        Edit(name: "a file beside a page changed", reuse: .some, setup: PublishedFileTests.addLinkedFile) { site in
            try site.writeBytes("content/pages/about/team.gif", [0xFF, 0xD8, 0xFF, 0x00, 0x01])
        },
        // Its width and height are on the page that shows it: that page is rendered again.
        Edit(name: "an image replaced by one of other dimensions", reuse: .some, setup: ImageBuildTests.addPhoto) {
            site in
            try site.writeBytes("content/pages/about/team.jpg", try ImageBuildTests.fixture("small-photo.jpg"))
        },
        Edit(name: "a file beside a page removed", reuse: .some, setup: PublishedFileTests.addLinkedFile) { site in
            try site.remove("content/pages/about/team.gif")
            try site.write(
                "content/pages/about/index.md", "---\ntitle: About us\ndescription: Who we are.\n---\n\nUs.\n")
        },
        // A verification file reaches no page; a favicon is linked from every page's head.
        Edit(name: "a static file added", reuse: .all) { site in
            try site.write(
                "static/google0123456789abcdef.html", "google-site-verification: google0123456789abcdef.html\n")
        },
        Edit(name: "a favicon added", reuse: .none) { site in
            try FileManager.default.createDirectory(
                at: site.root.appending(path: "static"), withIntermediateDirectories: true)
            try site.writeBytes("static/favicon.ico", [0, 0, 1, 0, 1, 0])
        },
        Edit(
            name: "a favicon removed", reuse: .none,
            setup: { site in try site.write("static/favicon.svg", LogoTests.svg(viewBox: "0 0 32 32")) },
            apply: { site in try site.remove("static/favicon.svg") }),
        // The logo's size is written on every page, from its file under content/.
        Edit(name: "the logo redrawn at another size", reuse: .none, setup: LogoTests.addLogo) { site in
            try site.write("content/images/logo.svg", LogoTests.svg(viewBox: "0 0 300 100"))
        },
        Edit(name: "files touched but unchanged", reuse: .all) { site in
            let path = site.root.appending(path: "content/pages/contact.md").path
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: path)
        },
    ]

    @Test(arguments: edits)
    func rebuildEqualsCleanBuild(edit: Edit) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try edit.setup(site)
        let output = site.root.appending(path: "site")
        let first = try Self.build(site, output: output, clean: false)
        #expect(first.pagesReused == 0)
        try edit.apply(site)
        let rebuilt = try Self.build(site, output: output, clean: false)
        switch edit.reuse {
        case .none: #expect(rebuilt.pagesReused == 0)
        case .some: #expect(rebuilt.pagesReused > 0 && rebuilt.pagesReused < rebuilt.pagesWritten)
        case .all: #expect(rebuilt.pagesReused == rebuilt.pagesWritten)
        }
        let clean = site.root.appending(path: "clean")
        _ = try Self.build(site, output: clean, clean: true)
        let incremental = Self.snapshot(output)
        let expected = Self.snapshot(clean)
        #expect(incremental.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected where incremental[path] != data {
            Issue.record("\(path) differs from a clean build after \(edit.name)")
        }
    }

    /// The preview's in-memory rebuild after a change serves what a fresh preview build would.
    @Test(arguments: edits)
    func previewRebuildEqualsFreshBuild(edit: Edit) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let clock = BuildClock(today: Day(iso: "2026-11-22")!)
        try edit.setup(site)
        let builder = PreviewBuilder(root: site.root, clock: clock)
        _ = builder.rebuild(changed: nil)
        let before = Self.inputs(site)
        try edit.apply(site)
        let changed = Set(Self.inputs(site).filter { before[$0.key] != $0.value }.keys)
            .union(before.keys.filter { !FileManager.default.fileExists(atPath: site.root.appending(path: $0).path) })
        let rebuilt = builder.rebuild(changed: changed)
        let fresh = PreviewBuilder(root: site.root, clock: clock).rebuild(changed: nil)
        #expect(rebuilt.failure == nil)
        #expect(rebuilt.files.keys.sorted() == fresh.files.keys.sorted())
        for (path, data) in fresh.files where rebuilt.files[path] != data {
            Issue.record("preview: \(path) differs from a fresh build after \(edit.name)")
        }
    }

    /// Every input file's bytes, by site-relative path.
    static func inputs(_ site: TestSite) -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in ["content", "templates", "static"] {
            for (path, data) in snapshot(site.root.appending(path: folder)) { files[folder + "/" + path] = data }
        }
        files["trustsite.yml"] = FileManager.default.contents(atPath: site.root.appending(path: "trustsite.yml").path)
        return files
    }

    /// A hand-edited page in the output is never taken for the last build's.
    @Test func editedOutputIsRenderedAgain() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        _ = try Self.build(site, output: output, clean: false)
        let page = output.appending(path: "contact/index.html")
        let original = try Data(contentsOf: page)
        try Data("edited by hand".utf8).write(to: page)
        let text = try site.read("content/pages/have-your-say.md")
        try site.write("content/pages/have-your-say.md", text + "\nA sentence added for the test.\n")
        _ = try Self.build(site, output: output, clean: false)
        #expect(try Data(contentsOf: page) == original)
    }

    /// A rebuild links the files whose bytes did not change from the previous site (same inode, so
    /// same time: `rsync` skips them); a clean build writes every file afresh.
    @Test func unchangedFilesAreLinkedNotWritten() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        _ = try Self.build(site, output: output, clean: false)
        let stylesheet = output.appending(path: "assets/site.css").path
        let page = output.appending(path: "contact/index.html").path
        let before = try #require(FileStamp(path: stylesheet))
        let pageBefore = try #require(FileStamp(path: page))
        let text = try site.read("content/pages/have-your-say.md")
        try site.write("content/pages/have-your-say.md", text + "\nA sentence added for the test.\n")
        _ = try Self.build(site, output: output, clean: false)
        #expect(FileStamp(path: stylesheet) == before)
        #expect(FileStamp(path: page) == pageBefore)
        _ = try Self.build(site, output: output, clean: true)
        #expect(FileStamp(path: stylesheet)?.inode != before.inode)
        #expect(FileStamp(path: page)?.inode != pageBefore.inode)
    }

    /// A rebuild starts from the spare site (the one before the current) and turns it into the new
    /// site: the result equals a clean build, and the site it replaced, kept as the next spare, is
    /// byte for byte what was published (nothing was written into files shared by links).
    @Test func spareSiteBecomesTheNextSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        let spare = site.root.appending(path: ".site.spare")
        _ = try Self.build(site, output: output, clean: false)
        #expect(!FileManager.default.fileExists(atPath: spare.path))
        let text = try site.read("content/pages/have-your-say.md")
        try site.write("content/pages/have-your-say.md", text + "\nA first sentence added.\n")
        try site.write("content/pages/old-page.md", "---\ntitle: An old page\ndescription: Old.\n---\n\nOld text.\n")
        _ = try Self.build(site, output: output, clean: false)
        #expect(FileManager.default.fileExists(atPath: spare.path))
        let published = Self.snapshot(output)

        // The spare now is the first build; the next build turns it into the third site.
        try site.remove("content/pages/old-page.md")
        try site.write("content/pages/new-page.md", "---\ntitle: A new page\ndescription: New.\n---\n\nNew text.\n")
        try site.write("content/pages/have-your-say.md", text + "\nA second sentence added.\n")
        _ = try Self.build(site, output: output, clean: false)
        let clean = site.root.appending(path: "clean")
        _ = try Self.build(site, output: clean, clean: true)
        #expect(Self.snapshot(output) == Self.snapshot(clean))
        #expect(Self.snapshot(spare) == published)

        // --clean writes every file afresh and keeps no spare.
        _ = try Self.build(site, output: output, clean: true)
        #expect(!FileManager.default.fileExists(atPath: spare.path))
        #expect(Self.snapshot(output) == Self.snapshot(clean))
    }

    /// The cache file reads back as written, strings with tabs, newlines and backslashes too.
    @Test func cacheTextRoundTrips() throws {
        let stamp = try #require(FileStamp("120 1700000000.123456789 42"))
        let cache = BuildCache(
            key: "k\tey",
            inputs: ["content/a b.md": .init(stamp: stamp, hash: "00ff")],
            pages: [
                "/a/": .init(
                    outputPath: "a/index.html", stamp: stamp, updated: Day(iso: "2026-01-02"),
                    sources: ["content/a b.md", "*"],
                    facts: PageFacts(ids: ["main", "x\\y"], links: ["/b/", "/c/#d\ne", "/b/"])),
                "/b/": .init(
                    outputPath: "b/index.html", stamp: stamp, updated: nil, sources: [],
                    facts: PageFacts(ids: [], links: [])),
            ])
        #expect(BuildCacheText.decode(BuildCacheText.encode(cache)) == cache)
        #expect(BuildCacheText.decode("trustsite-build-cache 0\nkey\tx\n") == nil)
        #expect(
            BuildCacheText.decode(BuildCacheText.encode(cache).replacingOccurrences(of: "\ns\t", with: "\nq\t")) == nil)
    }

    static func build(_ site: TestSite, output: URL, clean: Bool) throws -> SiteBuilder.Summary {
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!), clean: clean))
        // A build that finds the site up to date has no summary: each edit must be built.
        let summary = try #require(builder.build(log: DiagnosticLog()).summary)
        #expect(summary.report.errorCount == 0)
        return summary
    }

    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + path, isDirectory: &isFolder), !isFolder.boolValue
            else {
                continue
            }
            files[path] = FileManager.default.contents(atPath: base + path)
        }
        return files
    }
}
