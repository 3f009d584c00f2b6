import Foundation
import Testing

@testable import TrustsiteCore

/// What changes between the 2010 rules (the ASCL Act 2009 in force) and the 2008 guidance.
@Suite struct EditionTests {
    static func use2008(_ site: TestSite) throws {
        try site.replace("edition: \"2010\"", with: "edition: \"2008\"", in: "trustsite.yml")
    }

    static func removeSignOff(_ site: TestSite) throws {
        for line in ["sign_off:", "date: 2025-03-10", "meeting: Children's Trust Board", "minute: CTB"] {
            try site.removeLines(containing: line, in: "content/plan/index.md")
        }
    }

    @Test func editionIsReadFromTheConfiguration() throws {
        let report = try checkedFixtureReport(Self.use2008)
        #expect(report.edition == .y2008)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func signOffIsADutyIn2010AndGoodPracticeIn2008() throws {
        let in2010 = try checkedFixture("PLAN-SIGN-OFF", Self.removeSignOff)
        let in2008 = try checkedFixture("PLAN-SIGN-OFF") { site in
            try Self.use2008(site)
            try Self.removeSignOff(site)
        }
        #expect(
            in2010.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-SIGN-OFF]: the plan does not record its sign-off by the Children's Trust Board."
            ])
        #expect(
            in2008.map(\.headline) == [
                "content/plan/index.md:1:1: warning[PLAN-SIGN-OFF]: the plan does not record its sign-off by the Children's Trust Board."
            ])
    }

    @Test func annualReportIsADutyIn2010AndGoodPracticeIn2008() throws {
        let in2010 = try checkedFixture("REVIEW-EXISTS", today: "2027-06-01") { _ in }
        let in2008 = try checkedFixture("REVIEW-EXISTS", today: "2027-06-01", Self.use2008)
        #expect(in2010.map(\.severity) == [.error])
        #expect(
            in2008.map(\.headline) == [
                "content/reviews/2026-27.md: warning[REVIEW-EXISTS]: there is no annual report for 1 April 2026 to 31 March 2027, which ended before 1 June 2027."
            ])
    }

    @Test func partnerByPartnerAccountIsNotAsked2008() throws {
        let removeStatements: (TestSite) throws -> Void = { site in
            for partner in ["fernlow-health:", "fernlow-police:", "fernlow-college:", "fernlow-council:"] {
                try site.removeLines(containing: "  \(partner) ", in: "content/reviews/2025-26.md")
            }
            try site.removeLines(containing: "partners:", in: "content/reviews/2025-26.md")
        }
        let in2010 = try checkedFixture("REVIEW-PARTNERS", removeStatements)
        #expect(
            in2010.map(\.headline) == [
                "content/reviews/2025-26.md:1:1: error[REVIEW-PARTNERS]: \"Annual report 2025 to 2026\" does not say how far Fernlow College acted in accordance with the plan.",
                "content/reviews/2025-26.md:1:1: error[REVIEW-PARTNERS]: \"Annual report 2025 to 2026\" does not say how far Fernlow Council acted in accordance with the plan.",
                "content/reviews/2025-26.md:1:1: error[REVIEW-PARTNERS]: \"Annual report 2025 to 2026\" does not say how far Fernlow Health Board acted in accordance with the plan.",
                "content/reviews/2025-26.md:1:1: error[REVIEW-PARTNERS]: \"Annual report 2025 to 2026\" does not say how far Fernlow Police acted in accordance with the plan.",
            ])
        let in2008 = try checkedFixture(nil) { site in
            try Self.use2008(site)
            try removeStatements(site)
        }
        #expect(in2008.map(\.formatted) == [])
    }

    /// The 2010 relevant partners the 2008 guidance did not name: schools (with Academies, special
    /// schools and PRUs), FE colleges, sixth-form colleges and Jobcentre Plus.
    static func removeThe2010Partners(_ site: TestSite) throws {
        for name in ["Val Ivy", "Ash Juniper", "Cal Kale", "Di Larch", "Ed Maple", "Flo Nettle"] {
            try site.removeLines(containing: "name: \(name),", in: "content/board/board.yml")
        }
        // Fernlow College leads action A2.1: hand it to the council, so BOARD-ACTION-LEADS stays quiet.
        try site.replace(
            "lead: fernlow-college", with: "lead: fernlow-council", in: "content/plan/priorities/p2-learning.md")
    }

    @Test func partnersAddedIn2010AreRequiredIn2010() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS", Self.removeThe2010Partners)
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents Jobcentre Plus, a statutory relevant partner.",
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents further education colleges, a statutory relevant partner.",
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents schools, a statutory relevant partner.",
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents sixth-form colleges, a statutory relevant partner.",
            ])
    }

    @Test func partnersAddedIn2010AreNotRequiredIn2008() throws {
        let diagnostics = try checkedFixture(nil) { site in
            try Self.use2008(site)
            try Self.removeThe2010Partners(site)
        }
        #expect(diagnostics.map(\.formatted) == [])
    }

    @Test func partnersOf2008AreStillRequiredIn2008() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") { site in
            try Self.use2008(site)
            try site.removeLines(containing: "name: Mo Hazel,", in: "content/board/board.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents Connexions, a statutory relevant partner."
            ])
    }

    @Test func statutoryGroupsOfEachEdition() {
        let groups2008 = BoardRelevantPartnersRule.statutoryGroups(.y2008)
        let groups2010 = BoardRelevantPartnersRule.statutoryGroups(.y2010)
        #expect(
            groups2008 == [
                [.districtCouncil], [.police], [.probation], [.youthOffendingTeam], [.health], [.connexions],
                [.learningAndSkillsCouncil],
            ])
        #expect(Array(groups2010.prefix(groups2008.count)) == groups2008)
        #expect(
            Array(groups2010.dropFirst(groups2008.count)) == [
                [.school, .academy, .specialSchoolOrPRU], [.feCollege], [.sixthFormCollege], [.jobcentrePlus],
            ])
    }
}
