import Foundation
import Testing

@testable import TrustsiteCore

/// Values that Swift joins with a mark into one `Character` reach every kind of output escaped:
/// templates (swift-mustache's own escaping compares `Character`s), the CSV data files, the feed and
/// the sitemap, and the check that finds script in raw HTML.
@Suite struct HostileEscapingTests {
    static let breakout = "\"\u{301} onmouseover=\"window.__pwned=1\" x=\"\u{301}"
    static let tag = "\u{600}<img src=x onerror=window.__pwned=1>"

    func build(_ site: TestSite) throws -> URL {
        let output = FileManager.default.temporaryDirectory.appending(path: "trustsite-escape-\(UUID().uuidString)")
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!), draft: true))
        _ = try builder.build(log: DiagnosticLog())
        return output
    }

    func remove(_ output: URL) {
        try? FileManager.default.removeItem(at: output)
        try? FileManager.default.removeItem(at: BuildFingerprint.cacheFolder(for: output))
    }

    /// The payloads' markup, searched byte by byte as a browser would read it (String.contains
    /// compares `Character`s and would miss it).
    func hasInjectedMarkup(_ html: String) -> Bool {
        UTF8Search.contains(html, " onmouseover=\"window") || UTF8Search.contains(html, "<img src=x")
    }

    @Test func templatesEscapeByCodePoint() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "title: Contact us", with: "title: \"Contact \(Self.jsonEscaped(Self.breakout))\"",
            in: "content/pages/contact.md")
        try site.replace(
            "description: A small test site for Fernlow.",
            with: "description: \"Fernlow \(Self.jsonEscaped(Self.tag))\"", in: "trustsite.yml")
        let output = try build(site)
        defer { remove(output) }
        let contact = try String(contentsOf: output.appending(path: "contact/index.html"), encoding: .utf8)
        #expect(contact.contains("Contact &quot;\u{301} onmouseover=&quot;window.__pwned=1&quot;"))
        #expect(!hasInjectedMarkup(contact))
        let home = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
        #expect(home.contains("Fernlow \u{600}&lt;img src=x onerror=window.__pwned=1&gt;"))
        #expect(!hasInjectedMarkup(home))
    }

    @Test func csvQuotesAreDoubledByCodePoint() {
        #expect(CSV.cell("a\"\u{301},b") == "\"a\"\"\u{301},b\"")
        #expect(CSV.cell("=\u{301}1+1") == "'=\u{301}1+1")
    }

    @Test func rawHTMLCheckSeesATagAfterAPrependedMark() {
        #expect(SafeContentRule.problem(in: "\u{600}<script>alert(1)</script>") != nil)
        #expect(SafeContentRule.problem(in: "<a href=\"java\u{600}script:x\">") == nil)
        #expect(SafeContentRule.scheme("javascript:\u{301}alert(1)") == "javascript")
        #expect(SafeContentRule.decodeCharacterReferences("&#x6A;\u{301}") == "j\u{301}")
    }

    static func jsonEscaped(_ text: String) -> String {
        text.unicodeScalars.map { $0 == "\"" ? "\\\"" : String($0) }.joined()
    }
}

/// A refused `base_url` or `language` is left out of what a draft publishes: a draft (or the
/// preview) is built despite errors, so a value kept after it was refused would reach every page.
@Suite struct RefusedConfigValueTests {
    @Test func aDraftNeverWritesARefusedBaseURLOrLanguage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "base_url: https://children.fernlow.example/", with: "base_url: \"javascript:alert(1)//\"",
            in: "trustsite.yml")
        try site.replace("language: en-GB", with: "language: \"en\\\" onload=\\\"alert(2)\"", in: "trustsite.yml")
        #expect(site.check().contains { $0.message.contains("'base_url' must start with https://") })
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        for path in ["index.html", "404.html", "sitemap.xml", "feed.xml"] {
            let text = try output.page(path)
            // (The draft's list of errors may quote them, escaped: never as an address or attribute.)
            #expect(!text.contains("\"javascript:") && !text.contains(">javascript:"), "\(path)")
            #expect(!text.contains("onload=\"alert(2)"), "\(path)")
        }
        #expect(try output.page("index.html").contains("<html lang=\"en-GB\""))
    }
}
