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

    @Test func linkedTemplateOutsideFailsTheBuildNamingIt() throws {
        let site = try TestSite()
        let outside = try Outside()
        defer {
            site.cleanUp()
            outside.cleanUp()
        }
        try link(site, "templates/layout.mustache", to: outside.folder.appending(path: "layout.mustache"))
        let inspection = SiteInspection(root: site.root, clock: BuildClock(today: Day(iso: "2026-11-22")!))
        guard case .unloadable(let diagnostics) = inspection.run() else {
            Issue.record("a template linked outside the site must stop the build")
            return
        }
        #expect(
            diagnostics.map(\.formatted) == [
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

    /// A FIFO or other special file in content/ is not a page (reading it could block forever).
    @Test func specialFilesAreNotRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(mkfifo(site.root.appending(path: "content/pages/pipe.md").path, 0o644) == 0)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(content?.pages.count == 2)
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
        let log = DiagnosticLog()
        #expect(throws: SiteBuilder.Failure.self) { try builder.build(log: log) }
        for name in names {
            #expect(log.diagnostics.contains { $0.location.file == "content/pages/\(name).md" && $0.severity == .error }, "\(name)")
        }
        #expect(!log.diagnostics.contains { diagnostic in hidden.contains { diagnostic.location.file.contains($0) } })
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "escaped").path))
    }
}
