import Foundation
import Testing
import TrustsiteMarkdown

@testable import TrustsiteCore

/// The Markdown files a build parsed are kept in the build cache's binary file, and a rebuild
/// takes the unchanged ones from it instead of parsing them again.
@Suite struct StoredParsesTests {
    /// Every part of a rendered document reads back as written; a damaged file reads as nothing.
    @Test func storedFilesRoundTrip() throws {
        let source = """
            # Title {#top-title}

            Text with a [link](/plan/ "t") and <https://example.org/>, ![a picture](/p.png "decorative").

            <div>raw</div>

            ## Section

            | a | b |
            |---|---|
            | 1 | 2 |
            """
        let options = MarkdownOptions(allowRawHTML: true)
        let rendered = MarkdownRenderer(options: options).render(source, lineOffset: 3)
        #expect(!rendered.headings.isEmpty && !rendered.links.isEmpty && !rendered.images.isEmpty)
        #expect(!rendered.rawHTML.isEmpty && !rendered.sections.isEmpty)
        let loaded = StoredParses.Loaded(
            options: options,
            files: [
                "content/pages/a.md": StoredParse(
                    hash: "00ff", yamlLineOffset: 1, frontMatter: "title: A\ttab\n", rendered: rendered),
                "content/pages/é.md": StoredParse(
                    hash: "01", yamlLineOffset: 0, frontMatter: "", rendered: MarkdownRenderer().render("")),
            ])
        let data = StoredParses.encode(loaded)
        let decoded = try #require(StoredParses.decode(data))
        #expect(decoded.options == options)
        #expect(decoded.files == loaded.files)
        #expect(StoredParses.decode(data.dropLast()) == nil)
        #expect(StoredParses.decode(data + Data([0])) == nil)
        #expect(StoredParses.decode(Data("trustsite-build-cache 1\n".utf8)) == nil)
    }

    /// A rebuild takes an unchanged page's body from the stored file (shown here by altering the
    /// stored HTML, which only a page rendered from it can show) and parses the changed page;
    /// `--clean` parses everything.
    @Test func rebuildRestoresUnchangedFiles() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        _ = try IncrementalBuildTests.build(site, output: output, clean: false)
        let kept = "content/pages/contact.md"
        let changed = "content/pages/have-your-say.md"
        let url = StoredParses.shardFile(StoredParses.shard(of: kept), for: output)
        var stored = try #require(StoredParses.decode(try Data(contentsOf: url)))
        #expect(stored.files[kept] != nil)
        let changedShard = StoredParses.shardFile(StoredParses.shard(of: changed), for: output)
        let changedData = try Data(contentsOf: changedShard)
        #expect(StoredParses.decode(changedData)?.files[changed] != nil)
        stored.files[kept]?.rendered.html = "<p>Stored, not parsed again.</p>\n"
        try StoredParses.encode(stored).write(to: url)
        // A shard holding neither file is not written again.
        let other = try #require(
            (0..<StoredParses.shardCount).first {
                ![StoredParses.shard(of: kept), StoredParses.shard(of: changed)].contains($0)
            })
        let otherStamp = FileStamp(path: StoredParses.shardFile(other, for: output).path)
        #expect(otherStamp != nil)

        try site.write(changed, try site.read(changed) + "\nA sentence added for the test.\n")
        // A changed configuration renders every page again, the unchanged ones from stored bodies.
        try site.replace(
            "description: A small test site for Fernlow.", with: "description: A test site.", in: "trustsite.yml")
        _ = try IncrementalBuildTests.build(site, output: output, clean: false)
        let contact = try String(contentsOf: output.appending(path: "contact/index.html"), encoding: .utf8)
        #expect(contact.contains("Stored, not parsed again."))
        #expect(FileStamp(path: StoredParses.shardFile(other, for: output).path) == otherStamp)
        let page = try String(contentsOf: output.appending(path: "have-your-say/index.html"), encoding: .utf8)
        #expect(page.contains("A sentence added for the test."))

        _ = try IncrementalBuildTests.build(site, output: output, clean: true)
        let cleanContact = try String(contentsOf: output.appending(path: "contact/index.html"), encoding: .utf8)
        #expect(!cleanContact.contains("Stored, not parsed again."))
    }
}
