import Foundation
import Testing

@testable import TrustsiteCore

/// A favicon in `static/` is linked from every page's head; without one, no page links one.
@Suite struct FaviconTests {
    static func iconLinks(_ html: String) -> [String] {
        html.matches(of: #/<link rel="icon"[^>]*>/#).map { String($0.0) }
    }

    @Test func faviconsInStaticAreLinkedFromEveryPage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("static/favicon.svg", LogoTests.svg(viewBox: "0 0 32 32"))
        try site.writeBytes("static/favicon.ico", [0, 0, 1, 0, 1, 0])
        #expect(site.check().filter { $0.severity == .error || $0.message.contains("favicon") }.isEmpty)
        let files = try ThemeAssetTests.build(site)
        #expect(files["favicon.svg"] != nil && files["favicon.ico"] != nil)
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(
                Self.iconLinks(String(decoding: data, as: UTF8.self)) == [
                    "<link rel=\"icon\" href=\"/favicon.ico\" type=\"image/x-icon\" sizes=\"32x32\">",
                    "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">",
                ], "\(path)")
            pages += 1
        }
        #expect(pages > 5)
    }

    @Test func noFaviconNoLink() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        // An icon under content/ is a file like any other, not the site's favicon.
        try site.write("content/images/favicon.txt", "")
        try site.remove("content/images/favicon.txt")
        try site.writeBytes("content/images/favicon.png", TestPNG.noise(width: 16, height: 16))
        try site.write(
            "content/pages/icon.md",
            "---\ntitle: Icon\ndescription: Our icon.\n---\n\n![Our icon](/images/favicon.png)\n")
        let files = try ThemeAssetTests.build(site)
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(Self.iconLinks(String(decoding: data, as: UTF8.self)).isEmpty, "\(path)")
        }
    }
}
