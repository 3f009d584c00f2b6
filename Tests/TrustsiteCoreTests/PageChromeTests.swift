import Foundation
import Testing

@testable import TrustsiteCore

/// The layout's shared parts (built once a build) still vary where a page needs them to: the main
/// navigation marks the page's own section, and a draft build's banner is on every page.
@Suite struct PageChromeTests {
    /// The navigation links marked `aria-current` in a page.
    static func currentNavigation(_ html: String) -> [String] {
        html.matches(of: #/<a class="primary-nav__link" href="([^"]*)" aria-current="page">/#).map { String($0.1) }
    }

    @Test func eachPageMarksItsOwnSectionInTheNavigation() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let files = try ThemeAssetTests.build(site)
        func page(_ path: String) throws -> String {
            try #require(files[path].map { String(decoding: $0, as: UTF8.self) }, "\(path)")
        }
        #expect(Self.currentNavigation(try page("index.html")) == ["/"])
        #expect(Self.currentNavigation(try page("plan/index.html")) == ["/plan/"])
        #expect(Self.currentNavigation(try page("plan/priorities/p1-health/index.html")) == ["/plan/"])
        #expect(Self.currentNavigation(try page("outcomes/index.html")) == ["/outcomes/"])
        #expect(Self.currentNavigation(try page("search/index.html")).isEmpty)
    }

    @Test func aDraftBuildPutsTheBannerOnEveryPage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let pages = try FileManager.default.subpathsOfDirectory(atPath: output.appending(path: "site").path)
            .filter { $0.hasSuffix(".html") }
        #expect(pages.count > 5)
        for path in pages {
            #expect(try output.page(path).contains("<p class=\"draft-banner__title\"><strong>Draft"), "\(path)")
        }
        let files = try ThemeAssetTests.build(site)
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("draft-banner"), "\(path)")
        }
    }
}
