import Foundation
import Testing

@testable import TrustsiteCore

/// The "Draft: not for publication" banner every page of a `--draft` build carries.
@Suite struct DraftBannerTests {
    @Test func theBannerListsTheFirstHundredErrorsAndCountsTheRest() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let links = (0..<150).map { "See [page \($0)](/missing-\($0)/).\n" }.joined(separator: "\n")
        try site.write("content/pages/contact.md", "---\ntitle: Contact us\n---\n" + links)
        let container = FileManager.default.temporaryDirectory.appending(path: "trustsite-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: container) }
        let output = container.appending(path: "site")
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: checkToday)!), draft: true))
        _ = try builder.build(log: DiagnosticLog())
        for page in ["index.html", "contact/index.html", "plan/index.html"] {
            let html = try String(contentsOf: output.appending(path: page), encoding: .utf8)
            #expect(html.contains("Open errors: 150."), "\(page)")
            #expect(html.components(separatedBy: "<li><strong>SITE-LINKS</strong>").count - 1 == 100, "\(page)")
            #expect(html.contains("/missing-0/"), "\(page)")
            #expect(html.contains("<li>and 50 more: <code>trustsite check</code> lists them all.</li>"), "\(page)")
        }
    }
}
