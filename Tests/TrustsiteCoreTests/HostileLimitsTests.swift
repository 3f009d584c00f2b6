import Foundation
import Testing
import TrustsiteMarkdown

@testable import TrustsiteCore

/// Huge, deep and broken inputs give a correct build or a clear error, quickly. These are small
/// equivalents of scripts/limits.sh (50 MB, 100,000 rows, 10,000 levels), which runs the full sizes
/// and times them; here "quickly" is a time limit on each test (a minute, Swift Testing's smallest),
/// not a wall-clock assertion that a busy machine could fail.
@Suite(.timeLimit(.minutes(2))) struct HostileLimitsTests {
    static let paragraph =
        "Parents told us that the family hub helps them get help early. We will *open* more sessions.\n\n"

    @Test(.timeLimit(.minutes(1))) func twoMegabytePageLoads() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let body =
            String(repeating: Self.paragraph, count: 2 * 1024 * 1024 / Self.paragraph.utf8.count) + "The last line.\n"
        try site.write("content/pages/long.md", "---\ntitle: A long page\n---\n" + body)
        let loaded = site.load()
        #expect(loaded.1.isEmpty, "\(loaded.1.map(\.formatted))")
        let page = try #require(loaded.0?.pages.first { $0.title == "A long page" })
        #expect(page.document.rendered.html.hasSuffix("<p>The last line.</p>\n"))
    }

    /// Past 10 MB a file is refused before it is read (a sparse file: its size costs no disk).
    @Test func fileOverTheLimitIsRefusedUnread() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let url = site.root.appending(path: "content/pages/huge.md")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("---\ntitle: Huge\n---\n".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(SourceFile.maximumBytes + 1_048_576))
        try handle.close()
        #expect(
            site.messages() == [
                """
                content/pages/huge.md: error: content/pages/huge.md is 11.0 MB; trustsite reads files of up to 10.0 MB.
                  help: Split it into several files (a page this long cannot be read on any screen), or publish a document this large as a download and link to it.
                """
            ])
    }

    @Test func fiveThousandRowList() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let rows = (0..<5_000).map { "  - { name: Member \($0), role: Observer, partner: fernlow-council }\n" }.joined()
        try site.replace("members:\n", with: "members:\n" + rows, in: "content/board/board.yml")
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3).map(\.formatted))")
        #expect((content?.board?.members.count ?? 0) > 5_000)
    }

    /// Reading a mapping's keys one by one was quadratic: 100,000 keys took over two minutes.
    @Test(.timeLimit(.minutes(1))) func twentyThousandKeyMapping() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let keys = (0..<20_000).map { "  X\($0): { status: on-track, evidence: Done. }\n" }.joined()
        try site.replace("progress:\n", with: "progress:\n" + keys, in: "content/reviews/2025-26.md")
        let loaded = site.load()
        #expect(loaded.0?.reviews.first?.progress.count == 20_003)
    }

    @Test func deeplyNestedListsAndQuotesBuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let lists =
            String(repeating: "- ", count: 2_000) + "deepest item\n\n"
            + (0..<400).map { String(repeating: "   ", count: $0) + "1. level\n" }.joined()
        try site.write("content/pages/nested-lists.md", "---\ntitle: Nested lists\n---\n" + lists)
        try site.write(
            "content/pages/nested-quotes.md",
            "---\ntitle: Nested quotes\n---\n" + String(repeating: "> ", count: 2_000) + "deepest quote\n")
        let output = FileManager.default.temporaryDirectory.appending(path: "trustsite-deep-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: BuildFingerprint.cacheFolder(for: output))
        }
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!)))
        let summary = try #require(builder.build(log: DiagnosticLog()).summary)
        #expect(summary.report.errorCount == 0)
        let quotes = try String(contentsOf: output.appending(path: "nested-quotes/index.html"), encoding: .utf8)
        #expect(quotes.components(separatedBy: "<blockquote>").count - 1 == 2_000)
        #expect(quotes.contains("deepest quote"))
        let listPage = try String(contentsOf: output.appending(path: "nested-lists/index.html"), encoding: .utf8)
        #expect(listPage.contains("deepest item"))
    }

    @Test func deeplyNestedYAMLIsAClearError() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let deep = String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000)
        try site.write("content/pages/deep.md", "---\ntitle: Deep\ndeep: \(deep)\n---\nText.\n")
        #expect(
            site.messages() == [
                """
                content/pages/deep.md:3:8: error: the YAML nests lists or mappings more than 1,000 levels deep.
                  help: No trustsite file needs more than a few levels: look for a long run of `[`, `{` or `- `.
                """
            ])
    }

    /// Nine levels of ten aliases ("billion laughs") are never expanded.
    @Test(.timeLimit(.minutes(1))) func aliasBombIsBounded() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        try site.write(
            "content/pages/bomb.md",
            "---\ntitle: Bomb\n" + lines.joined(separator: "\n") + "\ncovers: *a9\n---\nText.\n")
        let messages = site.messages()
        #expect(
            messages.contains { $0.contains("error: 'covers[1]' should be text, but it is a list.") }, "\(messages)")
    }

    @Test func fileOfNulBytesIsAClearError() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.writeBytes("content/pages/nul.md", [UInt8](repeating: 0, count: 65_536))
        try site.writeBytes(
            "content/pages/late-nul.md", Array("---\ntitle: Late\n---\nab".utf8) + [0] + Array("c\n".utf8))
        #expect(
            site.messages() == [
                """
                content/pages/late-nul.md:4:3: error: the file contains a NUL byte, so it is not text.
                  help: Save it as UTF-8 text. A NUL byte usually means a binary file (a word-processor document, an image) was saved under a .md or .yml name.
                """,
                """
                content/pages/nul.md:1:1: error: the file contains a NUL byte, so it is not text.
                  help: Save it as UTF-8 text. A NUL byte usually means a binary file (a word-processor document, an image) was saved under a .md or .yml name.
                """,
            ])
    }

    @Test func invalidUTF8IsAClearError() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.writeBytes(
            "content/pages/latin1.md", Array("---\ntitle: Caf".utf8) + [0xE9] + Array(" hours\n---\nOpen.\n".utf8))
        #expect(
            site.messages().first?.hasPrefix("content/pages/latin1.md:2:11: error: the file is not valid UTF-8 text.")
                == true)
    }

    @Test func byteOrderMarkAndWindowsLineEndingsBuildNormally() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.writeBytes(
            "content/pages/bom.md", [0xEF, 0xBB, 0xBF] + Array("---\ntitle: With a BOM\n---\nText.\n".utf8))
        try site.write("content/pages/crlf.md", "---\r\ntitle: With CRLF\r\n---\r\nFirst.\r\n\r\n- one\r\n- two\r\n")
        try site.write("content/pages/cr.md", "---\rtitle: Old Mac line ends\r---\rText.\r")
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let pages = Dictionary(uniqueKeysWithValues: (content?.pages ?? []).map { ($0.url, $0) })
        #expect(pages["/bom/"]?.title == "With a BOM")
        #expect(pages["/crlf/"]?.title == "With CRLF")
        #expect(pages["/crlf/"]?.document.rendered.html == "<p>First.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n")
        #expect(pages["/cr/"]?.title == "Old Mac line ends")
    }

    @Test func emptyFilesAreClearErrors() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/empty.md", "")
        // A key missing from a file's front matter (or top level) is blamed on its line 1.
        #expect(site.messages().first?.hasPrefix("content/pages/empty.md:1:1: error: 'title' is missing.") == true)
        try site.remove("content/pages/empty.md")
        // An empty trustsite.yml can be read: what it lacks is reported, and the rest is still loaded.
        try site.write("trustsite.yml", "")
        let (content, diagnostics) = site.load()
        #expect(content?.plan != nil)
        #expect(
            diagnostics.contains {
                $0.formatted.hasPrefix("trustsite.yml:1:1: error[SITE-CONTACT]: 'name' is missing.")
            },
            "\(diagnostics.map(\.formatted))")
    }

    /// A named pipe where trustsite.yml should be would block a read forever: it is refused.
    @Test func pipeInPlaceOfAFileIsRefused() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.remove("trustsite.yml")
        #expect(mkfifo(site.root.appending(path: "trustsite.yml").path, 0o644) == 0)
        let (content, diagnostics) = site.load()
        #expect(content == nil)
        #expect(
            diagnostics.map(\.formatted) == [
                """
                trustsite.yml: error: trustsite.yml is not a regular file, so it is not read.
                  help: Replace it with a text file.
                """
            ])
    }
}
