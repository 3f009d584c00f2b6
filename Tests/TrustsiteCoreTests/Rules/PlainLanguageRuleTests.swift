import Testing

@testable import TrustsiteCore

/// SITE-PLAIN-LANGUAGE: which pages and sections are summaries for young people and parents (the
/// rule's main tests are in SiteRuleTests).
@Suite struct PlainLanguageRuleTests {
    static let review = "content/reviews/2025-26.md"
    static let reviewSummary = "## Summary for parents and young people {#summary}\n\nMost things are on track."

    @Test func repeatedSummaryHeadingsAreEachScoredOnTheirOwnText() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.replace(
                Self.reviewSummary,
                with:
                    "## Summary for parents\n\nWe help you.\n\n## Summary for parents\n\n\(SiteRuleTests.hardText)\n\n"
                    + "## Summary for parents\n\nAsk us.", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:31:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"Summary for parents\" scores -80 for "
                    + "reading ease; summaries for young people and parents should score at least 60."
            ])
    }

    /// "Summary" in a heading of the needs analysis does not make it a summary for young people.
    @Test func theWordSummaryInAPlanSectionHeadingIsNotASummaryForYoungPeople() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.replace(
                "with what service users told us.",
                with: "with what service users told us.\n\n## Summary of needs mapped against services\n\n"
                    + SiteRuleTests.hardText, in: "content/plan/sections/needs-analysis.md")
        }
        #expect(findings.isEmpty)
    }

    @Test(arguments: ["## Summary", "## In short", "## Summary for parents"])
    func summaryWordsOnAnOrdinaryPageDoNotMakeASummary(heading: String) throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.write(
                "content/pages/contact.md", "---\ntitle: Contact us\n---\n\(heading)\n\n\(SiteRuleTests.hardText)\n")
        }
        #expect(findings.isEmpty)
    }

    @Test func aSummaryMarkedByItsIDCountsOnAnyPage() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\n## In short {#summary}\n\n\(SiteRuleTests.hardText)\n")
        }
        #expect(findings.map(\.location) == [SourceLocation(file: "content/pages/contact.md", line: 4, column: 1)])
    }

    /// A plan section whose title says it is the summary for young people is one, as it is for
    /// PLAN-YOUNG-PEOPLE-SUMMARY, and is scored whole.
    @Test func aPlanSectionTitledAsTheSummaryForYoungPeopleIsScored() throws {
        let diagnostics = try checkedFixture(nil) { site in
            let path = "content/plan/sections/young-people.md"
            try site.removeLines(containing: "covers: [young-people-summary]", in: path)
            try site.replace(
                "title: The plan for young people", with: "title: Our plan in brief, for young people", in: path)
            try site.replace(
                "This plan is about you. We want you to be safe and happy.", with: SiteRuleTests.hardText, in: path)
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/plan/sections/young-people.md:1:1: warning[SITE-PLAIN-LANGUAGE]: the summary \"Our plan in brief, for young people\" scores -80 for reading ease; summaries for young people and parents should score at least 60."
            ])
    }

    /// A review's summary found by its words alone is scored: the review is where it belongs.
    @Test func aReviewSummaryFoundByItsWordsIsScored() throws {
        let findings = try checkedFixture("SITE-PLAIN-LANGUAGE") {
            try $0.replace(
                Self.reviewSummary, with: "## The year in brief, for families\n\n\(SiteRuleTests.hardText)",
                in: Self.review)
        }
        #expect(findings.map(\.location) == [SourceLocation(file: Self.review, line: 27, column: 1)])
    }
}
