import Testing

@testable import TrustsitePreview

@Suite struct SitePathTests {
    let files: Set<String> = ["index.html", "plan/index.html", "assets/site.css", "404.html"]

    func resolve(_ path: String) -> SitePath.Resolution {
        SitePath.resolve(path) { files.contains($0) }
    }

    @Test func pagesAndFilesResolve() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/plan/") == .file("plan/index.html"))
        #expect(resolve("/plan/?q=1") == .file("plan/index.html"))
        #expect(resolve("/assets/site.css") == .file("assets/site.css"))
        #expect(resolve("/assets%2Fsite.css") == .file("assets/site.css"))
    }

    @Test func aPageWithoutItsSlashRedirects() {
        #expect(resolve("/plan") == .redirect("/plan/"))
    }

    @Test(arguments: [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/plan/../../etc/passwd",
        "/./index.html", "//etc/passwd", "/etc/passwd", "/plan\\..\\index.html", "/index.html%00.css",
        "etc/passwd", "/%zz", "/%c0%ae%c0%ae/etc/passwd", "/missing/",
    ])
    func escapesAndUnknownPathsAreRefused(_ path: String) {
        #expect(resolve(path) == .notFound)
    }
}
