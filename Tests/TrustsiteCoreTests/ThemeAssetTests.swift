import Foundation
import Testing

@testable import TrustsiteCore

/// The theme's assets are published under names that carry a hash of their bytes, and every page
/// links to those names, so a host can cache them for a year.
@Suite struct ThemeAssetTests {
    static func build(_ site: TestSite) throws -> [String: Data] {
        let output = site.root.appending(path: "site")
        _ = try IncrementalBuildTests.build(site, output: output, clean: true)
        return IncrementalBuildTests.snapshot(output)
    }

    /// `/assets/...` addresses in the tags of `html` that load a file (`href` and `src`).
    static func assetReferences(_ html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"/assets/", "src=\"/assets/"] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                found.append("/assets/" + after[..<end])
                rest = after[end...]
            }
        }
        return found
    }

    @Test func hashedNameCarriesTheBytesHash() {
        let data = Data("body { color: black }\n".utf8)
        var hasher = FNV1a()
        hasher.add(data)
        let hash = String(hasher.hex.prefix(8))
        #expect(ThemeAssets.hashedPath("assets/site.css", data: data) == "assets/site.\(hash).css")
        #expect(ThemeAssets.hashedPath("assets/fonts/a.b.woff2", data: data) == "assets/fonts/a.b.\(hash).woff2")
        #expect(ThemeAssets.hashedPath("assets/LICENCE", data: data) == "assets/LICENCE.\(hash)")
        #expect(ThemeAssets.hashedPath("assets/.well", data: data) == "assets/.well.\(hash)")
        #expect(ThemeAssets.hashedPath("assets/site.css", data: Data("body{}".utf8)) != "assets/site.\(hash).css")
        #expect(ThemeAssets.fieldName("assets/offer-filter.js") == "offer_filter_js")
        #expect(ThemeAssets.fieldName("assets/fonts/a.woff2") == "fonts_a_woff2")
    }

    /// Every page links to the hashed names only, and each one it links to is published.
    @Test func everyPageLinksToPublishedHashedNames() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let files = try Self.build(site)
        let hashed = #/^/assets/[a-z-]+\.[0-9a-f]{8}\.(css|js)$/#
        var linked: Set<String> = []
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let references = Self.assetReferences(html)
            #expect(!references.isEmpty, "\(path) links to no stylesheet")
            for reference in references {
                #expect(reference.wholeMatch(of: hashed) != nil, "\(path) links to \(reference)")
                #expect(files[String(reference.dropFirst())] != nil, "\(path) links to \(reference), not published")
                linked.insert(reference)
            }
        }
        #expect(linked.contains { $0.hasPrefix("/assets/site.") })
        #expect(linked.contains { $0.hasPrefix("/assets/search.") })
        #expect(linked.contains { $0.hasPrefix("/assets/offer-filter.") })
        // The plain names are still published, for a site's own templates and pages that name them.
        #expect(files["assets/site.css"] != nil)
        #expect(files["assets/search.js"] != nil)
    }

    /// The same input gives the same names; a site's own stylesheet gets its own hash, and a
    /// changed one a new one.
    @Test func overrideGetsItsOwnHash() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        func stylesheet(_ files: [String: Data]) throws -> String {
            let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
            return try #require(Self.assetReferences(home).first { $0.hasPrefix("/assets/site.") })
        }
        let first = try stylesheet(try Self.build(site))
        #expect(try stylesheet(try Self.build(site)) == first)
        try site.write("templates/assets/site.css", "body { color: #0b0c0c }\n")
        let overridden = try Self.build(site)
        let own = try stylesheet(overridden)
        #expect(own != first)
        #expect(overridden[String(own.dropFirst())] == Data("body { color: #0b0c0c }\n".utf8))
        #expect(overridden[String(first.dropFirst())] == nil)
        try site.write("templates/assets/site.css", "body { color: #000 }\n")
        let changed = try stylesheet(try Self.build(site))
        #expect(changed != own && changed != first)
    }

    /// A stylesheet that names another asset by its address names its hashed address instead, and
    /// its own hash follows: a new font gives the stylesheet a new name too.
    @Test func referencesInsideAssetsUseHashedNames() {
        let font = Data([0, 1, 2, 3])
        let css = Data("@font-face{src:url(/assets/fonts/body.woff2)}\nsee /assets/fonts/body.woff2.\n".utf8)
        let assets = ThemeAssets(["assets/site.css": css, "assets/fonts/body.woff2": font])
        let fontURL = "/" + ThemeAssets.hashedPath("assets/fonts/body.woff2", data: font)
        let published = String(
            decoding: assets.published[String(assets.stylesheet.dropFirst())] ?? Data(), as: UTF8.self)
        #expect(published == "@font-face{src:url(\(fontURL))}\nsee \(fontURL).\n")
        #expect(assets.published["assets/site.css"] == css)
        let newFont = ThemeAssets(["assets/site.css": css, "assets/fonts/body.woff2": Data([9])])
        #expect(newFont.stylesheet != assets.stylesheet)
        // Two scripts that name each other are still published, each under one name.
        let loop = ThemeAssets([
            "assets/a.js": Data("load('/assets/b.js')".utf8), "assets/b.js": Data("load('/assets/a.js')".utf8),
        ])
        #expect(loop.urls.count == 2)
        #expect(loop.published.count == 4)
    }

    /// Two assets whose template fields would share a name: a warning at the second file.
    @Test func clashingFieldNamesAreWarnedAbout() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("templates/assets/offer_filter.js", "// the site's own\n")
        let log = DiagnosticLog()
        _ = Theme.load(siteRoot: site.root, log: log)
        let warning = try #require(log.diagnostics.first { $0.message.contains("assets.offer_filter_js") })
        #expect(warning.location.file == "templates/assets/offer_filter.js")
        #expect(warning.severity == .warning)
    }
}
