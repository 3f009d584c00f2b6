import Foundation
import Testing

@testable import TrustsiteCore

/// `logo:` in `trustsite.yml`: read and checked at its lines, shown in every page's header.
@Suite struct LogoTests {
    static func svg(viewBox: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(viewBox)\"><rect width=\"10\" height=\"10\"/></svg>\n"
    }

    /// A logo file under content/images/ and `logo:` naming it.
    @Sendable static func addLogo(_ site: TestSite) throws {
        try site.write("content/images/logo.svg", svg(viewBox: "0 0 240 80"))
        let config = try site.read("trustsite.yml")
        try site.write("trustsite.yml", config + "logo:\n  path: /images/logo.svg\n  alt: Fernlow Children's Trust\n")
    }

    /// The header's home link on a page.
    static func homeLink(_ html: String) -> String? {
        guard let start = html.range(of: "<a class=\"site-header__name"),
            let end = html[start.upperBound...].range(of: "</a>")
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func logoIsInEveryPagesHomeLinkWithTheName() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addLogo(site)
        #expect(site.check().filter { $0.severity == .error || $0.message.contains("logo") }.isEmpty)
        let files = try ThemeAssetTests.build(site)
        #expect(files["images/logo.svg"] != nil)
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let link = try #require(Self.homeLink(String(decoding: data, as: UTF8.self)), "\(path)")
            #expect(
                link.contains(
                    "<img class=\"site-header__logo\" src=\"/images/logo.svg\" alt=\"\" width=\"240\" height=\"80\">"),
                "\(path): \(link)")
            // The name is the link's text, said once; the picture beside it is not said again.
            #expect(link.contains("<span>Fernlow Children&#39;s Trust</span>"), "\(path): \(link)")
            #expect(link.contains("href=\"/\""))
            pages += 1
        }
        #expect(pages > 5)
    }

    @Test func siteWithoutLogoKeepsThePlainName() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let html = String(decoding: try #require(try ThemeAssetTests.build(site)["index.html"]), as: UTF8.self)
        #expect(Self.homeLink(html) == "<a class=\"site-header__name\" href=\"/\">Fernlow Children&#39;s Trust</a>")
        #expect(!html.contains("site-header__logo"))
    }

    /// A raster logo's size comes from the processed image, so the header keeps its place too.
    @Test func rasterLogoHasTheImagesSize() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/images/logo.txt", "")
        try site.remove("content/images/logo.txt")
        try site.writeBytes("content/images/logo.png", TestPNG.noise(width: 48, height: 32))
        let config = try site.read("trustsite.yml")
        try site.write("trustsite.yml", config + "logo:\n  path: /images/logo.png\n  alt: Fernlow Children's Trust\n")
        let html = String(decoding: try #require(try ThemeAssetTests.build(site)["index.html"]), as: UTF8.self)
        #expect(
            html.contains(
                "<img class=\"site-header__logo\" src=\"/images/logo.png\" alt=\"\" width=\"48\" height=\"32\"><span>"))
    }

    /// A logo whose size cannot be known (a GIF is published as it is) gets only the CSS height.
    @Test func gifLogoHasNoWidthOrHeight() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/images/logo.txt", "")
        try site.remove("content/images/logo.txt")
        try site.writeBytes("content/images/logo.gif", Array("GIF89a".utf8))
        let config = try site.read("trustsite.yml")
        try site.write("trustsite.yml", config + "logo:\n  path: /images/logo.gif\n  alt: Fernlow Children's Trust\n")
        let html = String(decoding: try #require(try ThemeAssetTests.build(site)["index.html"]), as: UTF8.self)
        #expect(html.contains("<img class=\"site-header__logo\" src=\"/images/logo.gif\" alt=\"\"><span>"))
    }

    @Test(
        arguments: [
            ("logo:\n  path: images/logo.svg\n  alt: Fernlow Children's Trust\n", "not a path on this site", 2, nil),
            ("logo:\n  path: https://elsewhere.example/logo.svg\n  alt: A logo\n", "not a path on this site", 2, nil),
            ("logo:\n  path: /images/logo.svg\n", "'logo.alt' is missing", 1, "SITE-ALT-TEXT"),
            ("logo:\n  path: /images/logo.svg\n  alt: \" \"\n", "'logo.alt' is empty", 3, "SITE-ALT-TEXT"),
            (
                "logo:\n  path: /images/logo.svg\n  alt: TBC\n", "'logo.alt' is a placeholder ('TBC')", 3,
                "SITE-ALT-TEXT"
            ),
            ("logo:\n  alt: Fernlow Children's Trust\n", "'logo.path' is missing", 1, nil),
            ("logo:\n  path: /images/logo.svg\n  alt: A logo\n  width: 3\n", "width", 4, nil),
        ] as [(String, String, Int, String?)])
    func badLogoIsReportedAtItsLine(written: String, words: String, line: Int, rule: String?) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/images/logo.svg", Self.svg(viewBox: "0 0 240 80"))
        let config = try site.read("trustsite.yml")
        let configLines = config.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        try site.write("trustsite.yml", config + written)
        let (_, diagnostics) = site.load()
        let problem = try #require(
            diagnostics.first { $0.message.contains(words) && $0.location.file == "trustsite.yml" },
            "\(diagnostics.map(\.message))")
        #expect(problem.location.line == configLines + line)
        // An unknown key is a warning, like every unknown key; the rest stop the logo.
        #expect(problem.severity == (words == "width" ? .warning : .error))
        #expect(problem.ruleID == rule)
    }

    @Test(arguments: [
        ("/images/missing.svg", "the logo is /images/missing.svg, which is not a file of this site."),
        ("/images/Logo.svg", "addresses are case-sensitive, and the address there is /images/logo.svg"),
    ])
    func logoThatIsNotAPublishedFileIsASiteLinksError(path: String, words: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/images/logo.svg", Self.svg(viewBox: "0 0 240 80"))
        let config = try site.read("trustsite.yml")
        let configLines = config.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        try site.write("trustsite.yml", config + "logo:\n  path: \(path)\n  alt: Fernlow Children's Trust\n")
        let problem = try #require(site.check().first { $0.message.contains(words) }, "\(site.check())")
        #expect(problem.ruleID == "SITE-LINKS")
        #expect(problem.severity == .error)
        #expect(problem.location.file == "trustsite.yml" && problem.location.line == configLines + 2)
    }

    @Test(arguments: [
        ("<svg width=\"120\" height=\"40px\" viewBox=\"0 0 12 4\">", LogoSize(width: 120, height: 40)),
        (
            "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<svg\n  viewBox='0,0,300.4,99.6'\n>",
            LogoSize(width: 300, height: 100)
        ),
        ("<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 64 32\">", LogoSize(width: 64, height: 32)),
        ("<svg stroke-width=\"2\" viewBox=\"0 0 50 20\">", LogoSize(width: 50, height: 20)),
        // A `<svg` in a comment, or an element whose name only starts with svg, is not the root.
        (
            "<!-- was: <svg width=\"1\" height=\"1\"> -->\n<svgx width=\"2\" height=\"2\">\n"
                + "<svg width=\"10em\" viewBox=\"0 0 240 60\">",
            LogoSize(width: 240, height: 60)
        ),
    ])
    func svgSizeIsReadFromTheRootElement(text: String, size: LogoSize) {
        #expect(SVGSize.size(in: text) == size)
    }

    @Test(arguments: [
        "<svg width=\"100%\">", "<svg viewBox=\"0 0 0 0\">", "not an svg", "<svg viewBox=\"0 0 1e300 5\">",
    ])
    func svgWithoutASizeHasNone(text: String) {
        #expect(SVGSize.size(in: text) == nil)
    }
}
