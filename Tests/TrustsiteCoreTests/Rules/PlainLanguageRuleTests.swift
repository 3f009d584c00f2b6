import Testing

@testable import TrustsiteCore

/// SITE-PLAIN-LANGUAGE on pages with many summary headings (the rule's main tests are in SiteRuleTests).
@Suite struct PlainLanguageRuleTests {
    @Test func repeatedSummaryHeadingsAreEachScoredOnTheirOwnText() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\n## Summary\n\nWe help you.\n\n## Summary\n\n\(SiteRuleTests.hardText)\n\n"
                    + "## Summary\n\nAsk us.\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:8:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"Summary\" scores -80 for "
                    + "reading ease; summaries for young people and parents should score at least 60."
            ])
    }
}
