import Foundation
import Testing

@testable import TrustsiteCore

/// SITE-LINKS on pages with many broken links: every one reported, suggestions within a budget.
@Suite struct LinksRuleTests {
    /// The minimal site with a contact page of `count` headings (`## Part N`) and a link under each
    /// to an anchor one letter off (`#part-Nx`), checked by `rule` alone.
    func findings(_ rule: LinksRule, count: Int, repeatFirst: Bool = false) throws -> [Finding] {
        let site = try TestSite()
        defer { site.cleanUp() }
        var body = (0..<count).map { "## Part \($0)\n\n[Part \($0)](#part-\($0)x).\n" }.joined(separator: "\n")
        if repeatFirst { body += "\n[Part 0 again](#part-0x).\n" }
        try site.write("content/pages/contact.md", "---\ntitle: Contact us\n---\n" + body)
        let log = DiagnosticLog()
        let loaded = try #require(SiteLoader(root: site.root).load(log: log))
        let facts = try PageRenderPass(content: loaded.content, theme: loaded.theme).run(loaded.pages) { _ in }.facts
        return rule.check(RuleInput(content: loaded.content, today: Day(iso: checkToday)!, pages: facts))
    }

    @Test func everyBrokenAnchorIsReportedWithASuggestion() throws {
        let found = try findings(LinksRule(), count: 60)
        #expect(found.count == 60)
        #expect(found.map(\.hint) == (0..<60).map { "Did you mean #part-\($0)?" })
    }

    @Test func pastTheBudgetBrokenAnchorsAreReportedWithoutOne() throws {
        // Enough for a few searches among 60 anchors, not for 60.
        let found = try findings(LinksRule(suggestionBudget: 8_000), count: 60, repeatFirst: true)
        #expect(found.count == 61)
        let suggested = found.filter { $0.hint?.hasPrefix("Did you mean") == true }
        #expect(suggested.count > 1 && suggested.count < 30)
        #expect(found.prefix(suggested.count - 1).allSatisfy { $0.hint?.hasPrefix("Did you mean") == true })
        #expect(found[59].hint?.hasPrefix("Link to a heading's id") == true)
        // The repeated link was looked for already: it keeps its suggestion.
        #expect(found.last?.hint == "Did you mean #part-0?")
    }
}
