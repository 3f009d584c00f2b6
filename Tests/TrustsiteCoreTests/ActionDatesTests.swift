import Foundation
import Testing

@testable import TrustsiteCore

/// Action dates as real plans write them: a day, a month, a financial year, or ongoing.
@Suite struct ActionDatesTests {
    static let p1 = "content/plan/priorities/p1-health.md"

    @Test func everyFormIsReadWithTheDayItFallsDue() {
        #expect(DueDate(written: "2026-03-31") == .day(Day(iso: "2026-03-31")!))
        #expect(DueDate(written: "2026-09") == .month(year: 2026, month: 9))
        #expect(DueDate(written: "2026-09")?.day == Day(iso: "2026-09-30"))
        #expect(DueDate(written: "2028-02")?.day == Day(iso: "2028-02-29"))
        #expect(DueDate(written: "2026/27") == .financialYear(startYear: 2026))
        #expect(DueDate(written: "2026/27")?.day == Day(iso: "2027-03-31"))
        #expect(DueDate(written: "1999/00")?.day == Day(iso: "2000-03-31"))
        #expect(DueDate(written: "ongoing") == .ongoing)
        #expect(DueDate(written: "ongoing")?.day == nil)
        for wrong in ["2026-13", "2026/28", "2026/2027", "Sept 2026", "2026", "26/27", "2026-9"] {
            #expect(DueDate(written: wrong) == nil, "\(wrong)")
        }
    }

    @Test func shownAsWrittenNeverAsAFakeDay() {
        #expect(DueDate(written: "2026-09")?.text == "September 2026")
        #expect(DueDate(written: "2026-09")?.datetime == "2026-09")
        #expect(DueDate(written: "2026/27")?.text == "2026 to 2027")
        #expect(DueDate(written: "2026/27")?.datetime == nil)
        #expect(DueDate(written: "2026/27")?.written == "2026/27")
        #expect(DueDate(written: "ongoing")?.text == "Ongoing")
        #expect(DueDate(written: "2026-03-31")?.text == "31 March 2026")
    }

    @Test func actionsLoadEveryForm() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: "by: 2026/27\n    start: 2025-09", in: Self.p1)
        try site.replace("by: 2027-03-31", with: "by: ongoing\n    review_by: 2026-09-30", in: Self.p1)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let actions = try #require(content?.plan?.actions)
        #expect(actions[0].due == .financialYear(startYear: 2026))
        #expect(actions[0].start == .month(year: 2025, month: 9))
        #expect(actions[0].by == Day(iso: "2027-03-31"))
        #expect(actions[1].due == .ongoing)
        // Everything that compares dates uses the day an ongoing action is next reviewed.
        #expect(actions[1].by == Day(iso: "2026-09-30"))
    }

    @Test func aDateInNoAllowedFormIsAnErrorAtItsLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: "by: Spring 2026", in: Self.p1)
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p1-health.md:13:9: error[PLAN-ACTIONS]: 'actions[1].by' should be a day (2026-03-31), a month (2026-09), a financial year (2026/27) or ongoing, but it is 'Spring 2026'.
                  source: 001 §8 "what actions will be delivered by which partner"
                  help: Write one of those forms, e.g. `by: 2026-09` for the end of September 2026.
                """
            ])
    }

    @Test func aMonthInAnImplausibleYearIsAnError() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: "by: 0026-09", in: Self.p1)
        #expect(
            site.messages().first?.hasPrefix(
                "content/plan/priorities/p1-health.md:13:9: error[PLAN-ACTIONS]: 'actions[1].by' is 0026-09, which cannot be right"
            ) == true)
    }

    @Test func anUnreadableDateIsNotAlsoReportedMissing() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") {
            try $0.replace("by: 2026-03-31", with: "by: 2026/29", in: Self.p1)
        }
        #expect(findings.map(\.headline).count == 1)
    }

    @Test func ongoingWithoutAReviewDateIsAFinding() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") {
            try $0.replace("by: 2026-03-31", with: "by: ongoing", in: Self.p1)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p1-health.md:13:9: error[PLAN-ACTIONS]: action A1.1 is ongoing but does not say when it is next reviewed (review_by)."
            ])
    }

    @Test func ongoingWithAReviewDatePasses() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") {
            try $0.replace("by: 2026-03-31", with: "by: ongoing\n    review_by: 2026-09-30", in: Self.p1)
        }
        #expect(findings.isEmpty)
    }

    @Test func theCardShowsTheDateAsWritten() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: "by: 2026/27\n    start: 2025-09", in: Self.p1)
        try site.replace("by: 2027-03-31", with: "by: ongoing\n    review_by: 2026-09-30", in: Self.p1)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/priorities/p1-health/index.html")
        #expect(page.contains("<dt>By when</dt>\n        <dd>2026 to 2027</dd>"))
        #expect(page.contains("<dt>Starts</dt>\n        <dd><time datetime=\"2025-09\">September 2025</time></dd>"))
        #expect(
            page.contains(
                "<dd>Ongoing, next reviewed <time datetime=\"2026-09-30\">30 September 2026</time></dd>"))
        #expect(!page.contains("31 March 2027"))
    }

    @Test func aDayIsShownAsBefore() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/priorities/p1-health/index.html")
        #expect(page.contains("<dd><time datetime=\"2026-03-31\">31 March 2026</time></dd>"))
        #expect(!page.contains("<dt>Starts</dt>"))
    }

    @Test func openDataKeepsTheDueDayAndAddsTheDateAsWritten() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: "by: 2026/27\n    start: 2025-09", in: Self.p1)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let csv = try output.page("data/plan-actions.csv")
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first?.hasSuffix(",target,by_as_written,start,review_by,lead_officer") == true)
        #expect(lines.dropFirst().first?.contains(",2027-03-31,") == true)
        #expect(lines.dropFirst().first?.hasSuffix(",2026/27,2025-09,,") == true)
    }
}

/// Milestones under an action.
@Suite struct MilestoneTests {
    static let p1 = ActionDatesTests.p1
    static let milestones =
        "by: 2026-03-31\n    milestones:\n      - what: Pilot in two schools\n        by: 2025-12\n        done: true\n"
        + "      - what: Every school\n        by: 2026/27"

    @Test func milestonesAreReadAndShown() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: Self.milestones, in: Self.p1)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let milestones = try #require(content?.plan?.actions.first?.milestones)
        #expect(milestones.map(\.what) == ["Pilot in two schools", "Every school"])
        #expect(milestones.map(\.done) == [true, false])
        #expect(milestones.map(\.by) == [.month(year: 2025, month: 12), .financialYear(startYear: 2025 + 1)])
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/priorities/p1-health/index.html")
        #expect(
            page.contains(
                "<li>Pilot in two schools, by <time datetime=\"2025-12\">December 2025</time>: <strong>done</strong></li>"
            ))
        #expect(page.contains("<li>Every school, by 2026 to 2027: <strong>not yet done</strong></li>"))
    }

    @Test func aMilestoneWithoutWhatIsAnErrorAtItsLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "by: 2026-03-31", with: "by: 2026-03-31\n    milestones:\n      - by: 2025-12\n        done: maybe",
            in: Self.p1)
        let messages = site.messages()
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "content/plan/priorities/p1-health.md:15:9: error[PLAN-ACTIONS]: 'actions[1].milestones[1].what' is missing."
                )
            })
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "content/plan/priorities/p1-health.md:16:15: error[PLAN-ACTIONS]: 'actions[1].milestones[1].done' should be true or false"
                )
            })
    }
}
