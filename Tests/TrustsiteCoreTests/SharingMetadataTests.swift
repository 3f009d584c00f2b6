import Foundation
import Testing

@testable import TrustsiteCore

/// Every page carries Open Graph and Twitter card tags, escaped, with addresses from `base_url`.
@Suite struct SharingMetadataTests {
    static let base = "https://children.fernlow.example"

    /// The `content` of each `<meta property|name="key">` in `html`, by key.
    static func meta(_ html: String) -> [String: String] {
        var found: [String: String] = [:]
        for match in html.matches(of: #/<meta (?:property|name)="([a-z:_]+)" content="([^"]*)">/#) {
            found[String(match.1)] = String(match.2)
        }
        return found
    }

    @Test func everyPageHasSharingTags() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let files = try ThemeAssetTests.build(site)
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let tags = Self.meta(String(decoding: data, as: UTF8.self))
            for key in [
                "og:title", "og:description", "og:url", "og:type", "og:site_name", "og:locale", "twitter:card",
                "twitter:title", "twitter:description",
            ] {
                #expect(tags[key]?.isEmpty == false, "\(path) has no \(key)")
            }
            #expect(tags["og:url"]?.hasPrefix(Self.base + "/") == true, "\(path): \(tags["og:url"] ?? "")")
            #expect(tags["og:site_name"] == "Fernlow Children&#39;s Trust")
            #expect(tags["og:locale"] == "en_GB")
            #expect(tags["twitter:card"] == "summary")
            #expect(tags["og:image"] == nil)
            pages += 1
        }
        #expect(pages > 5)
        let contact = Self.meta(String(decoding: try #require(files["contact/index.html"]), as: UTF8.self))
        #expect(contact["og:url"] == Self.base + "/contact/")
    }

    /// A title and description written to break out of the attribute stay inside it.
    @Test func hostileTitleStaysInItsAttribute() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write(
            "content/pages/hostile.md",
            "---\ntitle: '\"><script>alert(1)</script>'\ndescription: \"x' onmouseover='alert(1)\"\n---\n\nText.\n")
        let files = try ThemeAssetTests.build(site)
        let html = String(decoding: try #require(files["hostile/index.html"]), as: UTF8.self)
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("' onmouseover="))
        let tags = Self.meta(html)
        for key in ["og:title", "twitter:title"] {
            #expect(tags[key]?.contains("&lt;script&gt;") == true, "\(key): \(tags[key] ?? "none")")
        }
        #expect(tags["og:description"]?.contains("onmouseover") == true)
    }

    @Test func sharingImageIsAbsoluteWithItsAlt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try site.read("trustsite.yml")
        try site.write(
            "trustsite.yml", config + "sharing_image:\n  path: /images/share.png\n  alt: \"The Trust's logo <b>\"\n")
        let files = try ThemeAssetTests.build(site)
        let tags = Self.meta(String(decoding: try #require(files["index.html"]), as: UTF8.self))
        #expect(tags["og:image"] == Self.base + "/images/share.png")
        #expect(tags["twitter:image"] == Self.base + "/images/share.png")
        #expect(tags["og:image:alt"]?.contains("&lt;b&gt;") == true)
        #expect(tags["twitter:image:alt"] == tags["og:image:alt"])
    }

    @Test(arguments: [
        ("sharing_image:\n  path: https://elsewhere.example/x.png\n  alt: A logo\n", "not a path on this site", 2),
        ("sharing_image:\n  path: /images/\"x.png\n  alt: A logo\n", "not a path on this site", 2),
        ("sharing_image:\n  path: /images/share.png\n", "alt", 1),
        ("sharing_image:\n  path: /images/share.png\n  alt: \" \"\n", "is empty", 3),
        ("sharing_image:\n  path: /images/share.png\n  alt: A logo\n  width: 3\n", "width", 4),
    ])
    func badSharingImageIsReportedAtItsLine(written: String, words: String, line: Int) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try site.read("trustsite.yml")
        let configLines = config.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        try site.write("trustsite.yml", config + written)
        let (_, diagnostics) = site.load()
        let problem = try #require(
            diagnostics.first { $0.message.contains(words) && $0.location.file == "trustsite.yml" },
            "\(diagnostics.map(\.message))")
        #expect(problem.location.line == configLines + line)
    }
}
