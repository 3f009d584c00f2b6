import Foundation
import Testing

@testable import TrustsiteCore

/// Content cannot make trustsite read outside the site folder, and no page can be written outside
/// the output folder.
@Suite struct HostilePathTests {
    /// A folder beside the site with a file no build may read.
    struct Outside {
        let folder: URL
        static let secret = "SECRET-OUTSIDE-THE-SITE"

        init() throws {
            folder = FileManager.default.temporaryDirectory.appending(path: "trustsite-outside-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: folder.appending(path: "pages"), withIntermediateDirectories: true)
            let page = "---\ntitle: \(Self.secret)\n---\n\(Self.secret)\n"
            try Data(page.utf8).write(to: folder.appending(path: "secret.md"))
            try Data(page.utf8).write(to: folder.appending(path: "pages/secret.md"))
            try Data("name: \(Self.secret)\n".utf8).write(to: folder.appending(path: "secret.yml"))
            try Data("<p>\(Self.secret)</p>{{{content}}}\n".utf8).write(to: folder.appending(path: "layout.mustache"))
        }

        func cleanUp() { try? FileManager.default.removeItem(at: folder) }
    }

    func link(_ site: TestSite, _ path: String, to destination: URL) throws {
        let url = site.root.appending(path: path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination.path)
    }

    func outsideMessage(_ path: String, _ target: URL) -> String {
        """
        \(path): error: \(path) leads outside the site folder, through a symbolic link to \(target.resolvingSymlinksInPath().path), so trustsite does not read it.
          help: Copy what it should show into the site folder instead of linking to it, or remove the link.
        """
    }

    /// Nothing loaded anywhere holds the outside file's text.
    func neverRead(_ content: SiteContent?) -> Bool {
        guard let content else { return true }
        var texts: [String] = [content.home?.rendered.html ?? "", content.config.name]
        texts += content.plan?.sections.map(\.document.rendered.html) ?? []
        texts += content.pages.map(\.document.rendered.html) + content.pages.map(\.title)
        texts += content.board?.partners.map(\.name) ?? []
        return !texts.contains { $0.contains(Outside.secret) }
    }

    @Test func linkedMarkdownFileOutsideIsRefusedAndNotRead() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        try link(site, "content/plan/sections/secret.md", to: outside.folder.appending(path: "secret.md"))
        let (content, diagnostics) = site.load()
        #expect(
            diagnostics.map(\.formatted) == [
                outsideMessage("content/plan/sections/secret.md", outside.folder.appending(path: "secret.md"))
            ])
        #expect(neverRead(content))
    }

    @Test func linkedFolderOutsideIsRefusedAndNotRead() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        try link(site, "content/pages/shared", to: outside.folder.appending(path: "pages"))
        let (content, diagnostics) = site.load()
        #expect(
            diagnostics.map(\.formatted) == [
                outsideMessage("content/pages/shared", outside.folder.appending(path: "pages"))
            ])
        #expect(neverRead(content))
    }

    /// A data file read by its fixed name is refused once, not once per listing and once per read.
    @Test func linkedDataFileOutsideIsRefusedOnce() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        try link(site, "content/board/board.yml", to: outside.folder.appending(path: "secret.yml"))
        let (content, diagnostics) = site.load()
        #expect(
            diagnostics.map(\.formatted) == [
                outsideMessage("content/board/board.yml", outside.folder.appending(path: "secret.yml"))
            ])
        #expect(neverRead(content))
    }

    @Test func linkedConfigurationOutsideIsRefused() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        try link(site, "trustsite.yml", to: outside.folder.appending(path: "secret.yml"))
        let (content, diagnostics) = site.load()
        #expect(content == nil)
        #expect(
            diagnostics.map(\.formatted) == [
                outsideMessage("trustsite.yml", outside.folder.appending(path: "secret.yml"))
            ])
    }

    /// The whole content folder linked elsewhere: each file read through it is refused by name.
    @Test func linkedContentFolderIsRefused() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        let elsewhere = outside.folder.appending(path: "content")
        try FileManager.default.moveItem(at: site.root.appending(path: "content"), to: elsewhere)
        try link(site, "content", to: elsewhere)
        let (content, diagnostics) = site.load()
        let messages = diagnostics.map(\.formatted)
        #expect(messages.first == outsideMessage("content", elsewhere))
        #expect(messages.allSatisfy { $0.contains("leads outside the site folder") })
        #expect(content?.plan == nil && content?.board == nil && content?.pages.isEmpty != false)
    }

    /// The link is never followed: it is an error naming it, the default theme's template is used
    /// in its place so the rest is still checked, and the error refuses the build.
    @Test func linkedTemplateOutsideFailsTheBuildNamingIt() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        try link(site, "templates/layout.mustache", to: outside.folder.appending(path: "layout.mustache"))
        let inspection = SiteInspection(root: site.root, clock: BuildClock(today: Day(iso: "2026-11-22")!))
        guard case .checked(let report) = inspection.run() else {
            Issue.record("a template linked outside the site must not hide the rest of the check")
            return
        }
        #expect(
            report.diagnostics.map(\.formatted) == [
                outsideMessage("templates/layout.mustache", outside.folder.appending(path: "layout.mustache"))
            ])
    }

    /// Links that stay inside the site folder are fine: a shared page kept outside content/.
    @Test func linkInsideTheSiteIsFollowed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("shared/glossary.md", "---\ntitle: Glossary\n---\nWords we use.\n")
        try link(site, "content/pages/glossary.md", to: site.root.appending(path: "shared/glossary.md"))
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(content?.pages.contains { $0.url == "/glossary/" && $0.title == "Glossary" } == true)
    }

    /// A folder linked to its own parent would be listed forever; it is refused, and loading ends.
    @Test func linkLoopIsRefused() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try link(site, "content/pages/loop", to: site.root.appending(path: "content"))
        let (_, diagnostics) = site.load()
        #expect(
            diagnostics.map(\.formatted) == [
                """
                content/pages/loop: error: content/pages/loop is a link to a folder that contains it, so its files would be read forever.
                  help: Remove the link; put the files it should show in the folder itself.
                """
            ])
    }

    /// A FIFO, a socket or another special file under content/ or templates/ is never opened (reading
    /// one could block forever), and never left out without a word: each is an error naming it.
    @Test func specialFilesAreRefusedByName() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(
            at: site.root.appending(path: "templates"), withIntermediateDirectories: true)
        #expect(mkfifo(site.root.appending(path: "content/pages/pipe.md").path, 0o644) == 0)
        #expect(mkfifo(site.root.appending(path: "templates/page.mustache").path, 0o644) == 0)
        try Self.makeSocket(at: site.root.appending(path: "content/pages/socket.md").path)
        let (content, diagnostics) = site.load()
        let hint = "  help: Remove it: content/ and templates/ hold only ordinary files and folders."
        #expect(
            diagnostics.map(\.formatted) == [
                "content/pages/pipe.md: error: content/pages/pipe.md is a named pipe (FIFO), not a file trustsite "
                    + "can read, so it is not read.\n" + hint,
                "content/pages/socket.md: error: content/pages/socket.md is a socket, not a file trustsite can "
                    + "read, so it is not read.\n" + hint,
            ])
        #expect(content?.pages.count == 2)
        let inspection = SiteInspection(root: site.root, clock: BuildClock(today: Day(iso: "2026-11-22")!))
        guard case .checked(let report) = inspection.run() else {
            Issue.record("a pipe in templates/ must not hide the rest of the check")
            return
        }
        #expect(report.errorCount > 0)
        #expect(
            report.diagnostics.map(\.formatted).contains(
                "templates/page.mustache: error: templates/page.mustache is a named pipe (FIFO), not a file "
                    + "trustsite can read, so it is not read.\n" + hint))
    }

    /// Binds a Unix socket at `path` (the socket file stays after it is closed).
    static func makeSocket(at path: String) throws {
        #if os(Linux)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0)
    }

    /// A link that leads nowhere, or round to itself, is an error naming it, not a file quietly missing.
    @Test func brokenLinksAreReported() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let pages = site.root.appending(path: "content/pages")
        try FileManager.default.createSymbolicLink(
            atPath: pages.appending(path: "gone.md").path, withDestinationPath: "nowhere.md")
        try FileManager.default.createSymbolicLink(
            atPath: pages.appending(path: "loop.md").path, withDestinationPath: "loop.md")
        let (_, diagnostics) = site.load()
        let hint = "  help: Point the link at a file inside the site folder, or remove it."
        #expect(
            diagnostics.map(\.formatted) == [
                "content/pages/gone.md: error: content/pages/gone.md is a symbolic link to nowhere.md, which does "
                    + "not exist, so it is not read.\n" + hint,
                "content/pages/loop.md: error: content/pages/loop.md is a symbolic link to loop.md, which cannot "
                    + "be followed (Too many levels of symbolic links), so it is not read.\n" + hint,
            ])
    }

    /// A page in folders nested past the system's path limit (4,096 bytes) cannot be opened by its
    /// path: the build fails naming the path as far as it goes, instead of leaving the page out.
    @Test func pagesDeeperThanThePathLimitAreReported() throws {
        let site = try TestSite()
        defer {
            Self.removeDeep(site.root)
            site.cleanUp()
        }
        let pages = site.root.appending(path: "content/pages")
        let deep = try Self.makeChain(under: pages, longerThan: Int(PATH_MAX) + 200)
        // The first folder whose full path reaches PATH_MAX is where reading stops.
        let names = deep.split(separator: "/").map(String.init)
        var reached = "content/pages"
        for name in names {
            reached += "/" + name
            if (site.root.path + "/" + reached).utf8.count >= Int(PATH_MAX) { break }
        }
        let (_, diagnostics) = site.load()
        let absolute = (site.root.path + "/" + reached).utf8.count
        #expect(
            diagnostics.map(\.formatted) == [
                "\(reached): error: \(reached) is too deep to read: its full path is \(absolute) bytes long, and the "
                    + "system allows 4095, so trustsite cannot read it or anything in it.\n"
                    + "  help: Shorten the folder names, or use fewer levels of folders, so that every path, "
                    + "counted from /, stays under 4096 bytes."
            ])
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: site.root.appending(path: "site"),
                clock: BuildClock(today: Day(iso: "2026-11-22")!)))
        #expect(throws: SiteBuilder.Failure.self) { try builder.build(log: DiagnosticLog()) }
    }

    /// Makes folders of 200-byte names under `base`, one inside the next, until the full path is longer
    /// than `length`, and a page at the bottom. Each step is relative to the folder above
    /// (`mkdirat`/`openat`), as no single path that long can be used. Returns the folders' relative path.
    static func makeChain(under base: URL, longerThan length: Int) throws -> String {
        let name = String(repeating: "a", count: 200)
        var folder = open(base.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        try #require(folder >= 0)
        defer { close(folder) }
        var relative: [String] = []
        var total = base.path.utf8.count
        while total <= length {
            try #require(mkdirat(folder, name, 0o755) == 0)
            let next = openat(folder, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            try #require(next >= 0)
            close(folder)
            folder = next
            relative.append(name)
            total += 1 + name.utf8.count
        }
        let page = openat(folder, "deep.md", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        try #require(page >= 0)
        let text = "---\ntitle: Deep\n---\nToo deep.\n"
        _ = write(page, text, text.utf8.count)
        close(page)
        return relative.joined(separator: "/")
    }

    /// `rm -rf`, which removes folders nested past PATH_MAX (FileManager cannot).
    static func removeDeep(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/rm")
        process.arguments = ["-rf", folder.path]
        try? process.run()
        process.waitUntilExit()
    }

    /// File names that look like traversal are refused, each named, and nothing is written outside
    /// the output (names starting with a dot, such as `..`, are hidden files and never read at all).
    @Test func pageNamesCannotEscapeTheOutput() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let names = ["%2e%2e", "%2e%2e%2f%2e%2e%2fescaped", "x\\..\\..\\escaped"]
        let hidden = ["..%2f..%2fescaped", "...dots"]
        for name in names + hidden {
            try site.write("content/pages/\(name).md", "---\ntitle: Odd name\n---\nText.\n")
        }
        let container = FileManager.default.temporaryDirectory.appending(path: "trustsite-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: container) }
        let output = container.appending(path: "site")
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!), draft: true))
        // A draft is still built, the files whose names cannot be addresses left out and named.
        guard case .built(let summary) = try builder.build(log: DiagnosticLog()) else {
            Issue.record("the draft was not built")
            return
        }
        let diagnostics = summary.report.diagnostics
        for name in names {
            #expect(
                diagnostics.contains { $0.location.file == "content/pages/\(name).md" && $0.severity == .error },
                "\(name)")
        }
        #expect(!diagnostics.contains { diagnostic in hidden.contains { diagnostic.location.file.contains($0) } })
        let written = FileManager.default.enumerator(atPath: container.path)?.allObjects as? [String] ?? []
        #expect(!written.contains { $0.contains("escaped") || $0.contains("%2e") || $0.contains("..") })
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "escaped").path))
        #expect(!FileManager.default.fileExists(atPath: container.appending(path: "escaped").path))
    }
}
