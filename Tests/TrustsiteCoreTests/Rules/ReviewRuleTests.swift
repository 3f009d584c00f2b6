import Foundation
import Testing

@testable import TrustsiteCore

/// The annual review's rules (REVIEW-*).
@Suite struct ReviewRuleTests {
    static let review = "content/reviews/2025-26.md"

    // MARK: REVIEW-EXISTS

    @Test func anEntryWithNothingUnderItIsOneFindingAtItsLine() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") { site in
            try site.replace(
                "  A1.1: { status: complete, evidence: Two drop-ins opened in January 2026. }", with: "  A1.1:",
                in: "content/reviews/2025-26.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:6:3: error[REVIEW-PROGRESS]: action A1.1 has an entry with no status and no evidence."
            ])
    }

    @Test func completedPlanYearWithoutReport() throws {
        // On 1 June 2027 the plan's second year (April 2026 to March 2027) is over.
        let findings = try checkedFixture("REVIEW-EXISTS", today: "2027-06-01") { _ in }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2026-27.md: error[REVIEW-EXISTS]: there is no annual report for 1 April 2026 to 31 March 2027, which ended before 1 June 2027."
            ])
        #expect(
            findings.first?.hint
                == "Run `trustsite new review 2026-27`: it writes content/reviews/2026-27.md with every action of the plan listed, ready for a status and evidence."
        )
        #expect(findings.first?.citation == "001 changes box; 000 §3.28")
    }

    @Test(arguments: [("2027-03-31", 0), ("2027-04-01", 1)])
    func aYearIsDueTheDayAfterItEnds(today: String, expected: Int) throws {
        #expect(try checkedFixture("REVIEW-EXISTS", today: today) { _ in }.count == expected)
    }

    @Test func everyCompletedYearIsReported() throws {
        let findings = try checkedFixture("REVIEW-EXISTS", today: "2028-06-01") { try $0.remove(Self.review) }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md: error[REVIEW-EXISTS]: there is no annual report for 1 April 2025 to 31 March 2026, which ended before 1 June 2028.",
                "content/reviews/2026-27.md: error[REVIEW-EXISTS]: there is no annual report for 1 April 2026 to 31 March 2027, which ended before 1 June 2028.",
                "content/reviews/2027-28.md: error[REVIEW-EXISTS]: there is no annual report for 1 April 2027 to 31 March 2028, which ended before 1 June 2028.",
            ])
    }

    @Test func aReviewWithoutAPeriodCountsForTheYearItIsNamedAfter() throws {
        let findings = try checkedFixture("REVIEW-EXISTS") {
            try $0.removeLines(containing: "period: { start: 2025-04-01", in: Self.review)
        }
        #expect(findings.isEmpty)
    }

    // MARK: REVIEW-PROGRESS

    @Test func actionWithoutProgressEntry() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.removeLines(containing: "A2.1: {", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:5:1: error[REVIEW-PROGRESS]: action A2.1 \"Offer every 16-year-old a college or training place.\" has no progress entry."
            ])
        #expect(
            findings.first?.hint
                == "Add under `progress:`\n    A2.1:\n      status: on-track\n      evidence: (one sentence on what has happened)"
        )
    }

    @Test func progressForAnActionThePlanDoesNotHave() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace("A2.1: {", with: "A2.2: {", in: Self.review)
        }
        // One slip, one finding: at the id written (its key's line), naming the action it was meant
        // for, which is not reported again as having no entry.
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:8:3: error[REVIEW-PROGRESS]: progress is reported for action 'A2.2', which the plan does not have."
            ])
        #expect(findings.last?.hint == "Did you mean 'A2.1'?")
    }

    /// An id that is no slip for a missing one is two findings: the entry the plan lacks, and the
    /// action without one (where `progress:` is).
    @Test func progressUnderAnUnrelatedIDLeavesTheActionMissing() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace("A2.1: {", with: "Z9.9: {", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:5:1: error[REVIEW-PROGRESS]: action A2.1 \"Offer every 16-year-old a college or training place.\" has no progress entry.",
                "content/reviews/2025-26.md:8:3: error[REVIEW-PROGRESS]: progress is reported for action 'Z9.9', which the plan does not have.",
            ])
    }

    @Test func progressWithoutStatus() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace("A2.1: { status: at-risk, ", with: "A2.1: { ", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:8:3: error[REVIEW-PROGRESS]: action A2.1 has no status."
            ])
        #expect(
            findings.first?.hint
                == "Add `status:` with one of: complete, on-track, at-risk, off-track, not-started, not-assessed.")
    }

    @Test func progressWithoutEvidence() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace(
                "status: at-risk, evidence: 94% had an offer; two courses closed. }", with: "status: at-risk }",
                in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:8:3: error[REVIEW-PROGRESS]: action A2.1 has no evidence for its status."
            ])
    }

    /// Written but empty: reported once, where it is written.
    @Test
    func emptyEvidenceIsNoEvidence() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace(
                "evidence: 94% had an offer; two courses closed. }", with: "evidence: \"\" }", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:8:38: error[REVIEW-PROGRESS]: action A2.1: 'evidence' is empty: write what happened, or why there is nothing to report yet."
            ])
    }

    // MARK: REVIEW-PARTNERS

    @Test func partnerWithoutStatement() throws {
        // fernlow-council supports action A1.1, so it must account for itself too.
        let findings = try checkedFixture("REVIEW-PARTNERS") {
            try $0.removeLines(containing: "fernlow-council: Supported", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:9:1: error[REVIEW-PARTNERS]: \"Annual report 2025 to 2026\" does not say how far Fernlow Council acted in accordance with the plan."
            ])
        #expect(
            findings.first?.hint
                == "Add under `partners:`\n    fernlow-council: (a sentence or two on what it did under the plan)")
    }

    // MARK: The review's required sections

    struct SectionCase: Sendable, CustomTestStringConvertible {
        var rule: String
        var level: Diagnostic.Severity
        var marker: String
        var name: String
        var suggestedTitle: String
        /// The fixture's heading line, and a heading that no longer says it.
        var heading: String
        var replacement: String
        /// The start of the hint when the replacement is near enough to be named.
        var suggestion: String? = nil

        var testDescription: String { rule }
    }

    static let sections: [SectionCase] = [
        SectionCase(
            rule: "REVIEW-MORE-TO-DO", level: .error, marker: "more-to-do",
            name: "a section on where there is more to do",
            suggestedTitle: "Where there is more to do", heading: "## Where there is more to do {#more-to-do}",
            replacement: "## Next year"),
        SectionCase(
            rule: "REVIEW-HAVE-YOUR-SAY", level: .error, marker: "have-your-say",
            name: "a section on how to have your say",
            suggestedTitle: "Have your say", heading: "## Have your say {#have-your-say}", replacement: "## Contact",
            suggestion: """
                Did you mean `## Contact` (content/reviews/2025-26.md line 19)? If it is this section, add `{#have-your-say}` to it:
                    ## Contact {#have-your-say}
                """),
        SectionCase(
            rule: "REVIEW-LSCB-RESPONSE", level: .warning, marker: "lscb-response",
            name: "the Board's response to the LSCB annual report",
            suggestedTitle: "Our response to the LSCB annual report",
            heading: "## Our response to the LSCB annual report {#lscb-response}", replacement: "## Safeguarding",
            suggestion: """
                Did you mean `## Safeguarding` (content/reviews/2025-26.md line 23)? If it is this section, add `{#lscb-response}` to it:
                    ## Safeguarding {#lscb-response}
                """),
        SectionCase(
            rule: "REVIEW-ACCESSIBLE", level: .warning, marker: "summary",
            name: "a plain-language summary for parents and young people",
            suggestedTitle: "Summary for parents and young people",
            heading: "## Summary for parents and young people {#summary}", replacement: "## For families"),
    ]

    @Test(arguments: sections)
    func missingSection(_ section: SectionCase) throws {
        let findings = try checkedFixture(section.rule) {
            try $0.replace(section.heading, with: section.replacement, in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "content/reviews/2025-26.md:1:1: \(section.level.rawValue)[\(section.rule)]: \"Annual report 2025 to 2026\" has no section marked as \(section.name) (marker `\(section.marker)`)."
            ])
        #expect(
            findings.first?.hint == (section.suggestion.map { $0 + "\nOtherwise: " } ?? "") + """
                Add a heading with the marker to content/reviews/2025-26.md:
                    ## \(section.suggestedTitle) {#\(section.marker)}
                or, if the page already has this section, add `\(section.marker)` to its front matter's `covers:` list.
                """)
    }

    @Test(arguments: sections)
    func sectionFoundByHeadingTextAlone(_ section: SectionCase) throws {
        // Without `{#id}` the heading's words still count.
        let plain = String(section.heading.prefix { $0 != "{" }.dropLast())
        let findings = try checkedFixture(section.rule) {
            try $0.replace(section.heading, with: plain, in: Self.review)
        }
        #expect(findings.isEmpty)
    }

    @Test(arguments: sections)
    func sectionFoundByCovers(_ section: SectionCase) throws {
        let findings = try checkedFixture(section.rule) { site in
            try site.replace(section.heading, with: section.replacement, in: Self.review)
            try site.replace(
                "published: 2026-06-01\n", with: "published: 2026-06-01\ncovers: [\(section.marker)]\n", in: Self.review
            )
        }
        #expect(findings.isEmpty)
    }

    @Test func curlyApostropheInHeading() throws {
        let findings = try checkedFixture("REVIEW-LSCB-RESPONSE") {
            try $0.replace(
                "## Our response to the LSCB annual report {#lscb-response}",
                with: "## The LSCB\u{2019}s annual report", in: Self.review)
        }
        #expect(findings.isEmpty)
    }
}
