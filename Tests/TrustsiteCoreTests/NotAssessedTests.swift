import Foundation
import Testing

@testable import TrustsiteCore

/// `not-assessed`: a standard status whose evidence says why no judgement could be made.
@Suite struct NotAssessedTests {
    static let review = "content/reviews/2025-26.md"

    @Test func itIsAStandardWordWithItsOwnLabel() {
        #expect(StatusWords().reading("Not assessed")?.status == .notAssessed)
        #expect(StatusWords().reading("NOT_ASSESSED")?.localWord == nil)
        #expect(ProgressStatus.notAssessed.label == "Not assessed")
        #expect(ProgressStatus.shown(using: [.complete]).contains(.notAssessed) == false)
        #expect(ProgressStatus.shown(using: [.notAssessed]).last == .notAssessed)
    }

    @Test func reviewProgressAcceptsItWithEvidence() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace(
                "A1.2: { status: on-track, evidence: Six of ten schools trained. }",
                with: "A1.2: { status: not-assessed, evidence: The schools survey moved to the autumn term. }",
                in: Self.review)
        }
        #expect(findings.isEmpty)
    }

    @Test func withoutEvidenceItMustSayWhy() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace(
                "A1.2: { status: on-track, evidence: Six of ten schools trained. }",
                with: "A1.2: { status: not-assessed }", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:7:3: error[REVIEW-PROGRESS]: action A1.2 is not assessed but does not say why."
            ])
        #expect(findings.first?.hint?.contains("why no judgement could be made") == true)
    }

    @Test func chartsAndTotalsShowItWithItsOwnPattern() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "A1.2: { status: on-track, evidence: Six of ten schools trained. }",
            with: "A1.2: { status: not-assessed, evidence: The schools survey moved to the autumn term. }",
            in: Self.review)
        let content = try #require(site.load().0)
        let review = try #require(content.reviews.first)
        let charts = ContextBuilder(content: content).progressCharts(for: review, idPrefix: "c")
        #expect(charts.priorities.contains("<pattern id=\"c-priorities-not-assessed\""))
        #expect(charts.priorities.contains("<th scope=\"col\" class=\"numeric\">Not assessed</th>"))
        #expect(
            charts.priorities.contains("1 complete, 0 on track, 0 at risk, 0 off track, 0 not started, 1 not assessed.")
        )
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("reviews/2025-26/index.html")
        #expect(page.contains("status--not-assessed"))
        #expect(page.contains("Not assessed"))
    }
}

extension NotAssessedTests {
    @Test func theYearOnYearTableShowsItOnlyWhenUsed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        #expect(!ContextBuilder(content: content).yearOnYear().contains("not-assessed"))
        try site.replace(
            "A1.2: { status: on-track, evidence: Six of ten schools trained. }",
            with: "A1.2: { status: not-assessed, evidence: The schools survey moved to the autumn term. }",
            in: Self.review)
        let changed = try #require(site.load().0)
        #expect(ContextBuilder(content: changed).yearOnYear().contains("status--not-assessed\">Not assessed</span>"))
    }
}
