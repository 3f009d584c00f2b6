import Foundation
import Testing

@testable import TrustsiteCore

/// A plan refreshed year by year (`refreshes:`), and actions added, retired and replaced in a
/// refresh: reports check against the plan as it was for their year.
@Suite struct PlanRefreshTests {
    static let refreshes = """
        review_by: 2027-03-31
        refreshes:
          - year: 2026/27
            date: 2026-06-17
            meeting: Children's Trust Board, 17 June 2026
            minute: CTB 26/30
            summary: Added A2.2 on school attendance; retired A1.2, met early.
        """

    static let addedAction = """
          - id: A2.2
            what: Cut persistent absence in secondary schools.
            lead: fernlow-council
            by: 2027-03-31
            measure: Persistent absence rate
            added: 2026/27
            replaces: A1.2
        """

    /// The minimal site with a refresh in 2026/27 that adds A2.2 and retires A1.2.
    func site() throws -> TestSite {
        let site = try TestSite()
        try site.replace("review_by: 2027-03-31", with: Self.refreshes, in: "content/plan/index.md")
        try site.replace(
            "    target: 10 of 10\n",
            with:
                "    target: 10 of 10\n    retired: 2026/27\n    retired_reason: Every school was trained a year early.\n",
            in: "content/plan/priorities/p1-health.md")
        try site.replace(
            "    target: 100%\n", with: "    target: 100%\n" + Self.addedAction + "\n",
            in: "content/plan/priorities/p2-learning.md")
        return site
    }

    @Test func refreshesAndChangesAreLoaded() throws {
        let site = try site()
        defer { site.cleanUp() }
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let plan = try #require(content?.plan)
        #expect(plan.refreshes.map(\.year) == [.split(startYear: 2026)])
        #expect(plan.refreshes.first?.minute == "CTB 26/30")
        let retired = try #require(plan.actions.first { $0.id == "A1.2" })
        #expect(retired.changes.retired == .split(startYear: 2026))
        #expect(retired.changes.retiredReason == "Every school was trained a year early.")
        let added = try #require(plan.actions.first { $0.id == "A2.2" })
        #expect(added.changes.added == .split(startYear: 2026))
        #expect(added.changes.replaces == "A1.2")
    }

    @Test func yearsAreReadAsWritten() {
        #expect(ReportingYear(written: "2026/27") == .split(startYear: 2026))
        #expect(ReportingYear(written: "2026") == .calendar(year: 2026))
        #expect(ReportingYear(written: "2026/28") == nil)
        #expect(ReportingYear(written: "2026-27") == nil)
        #expect(ReportingYear(written: "2026/27").map(\.text) == "2026 to 2027")
    }

    /// The report for 2025/26 is not asked about A2.2, added in 2026/27; the report for 2026/27
    /// is not asked about A1.2, retired then, but is about A2.2.
    @Test func aReportChecksAgainstThePlanForItsYear() throws {
        let site = try site()
        defer { site.cleanUp() }
        #expect(site.findings("REVIEW-PROGRESS").map(\.formatted) == [])
        try site.write(
            "content/reviews/2026-27.md",
            """
            ---
            title: Annual report 2026 to 2027
            period: { start: 2026-04-01, end: 2027-03-31 }
            published: 2027-06-01
            progress:
              A1.1: { status: complete, evidence: Both drop-ins are open. }
              A2.1: { status: on-track, evidence: 97% had an offer. }
            ---
            The report.
            """)
        #expect(
            site.findings("REVIEW-PROGRESS", today: "2027-07-01").map(\.message) == [
                "action A2.2 \"Cut persistent absence in secondary schools.\" has no progress entry."
            ])
        // A retired action may still be reported in its last year's report: it is not unknown.
        try site.replace(
            "  A2.1: { status: on-track, evidence: 97% had an offer. }\n",
            with:
                "  A2.1: { status: on-track, evidence: 97% had an offer. }\n  A2.2: { status: on-track, evidence: Down a point. }\n  A1.2: { status: complete, evidence: Done in 2025. }\n",
            in: "content/reviews/2026-27.md")
        #expect(site.findings("REVIEW-PROGRESS", today: "2027-07-01").map(\.message) == [])
    }

    /// Without `retired:`, the 2025/26 report is checked as before: A1.2 is required.
    @Test func aRetiredActionIsStillRequiredBeforeItsRetirement() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.removeLines(containing: "A1.2: { status", in: "content/reviews/2025-26.md")
        #expect(
            site.findings("REVIEW-PROGRESS").map(\.message) == [
                "action A1.2 \"Train every school in online safety.\" has no progress entry."
            ])
    }

    @Test func aYearNoRefreshNamesIsAnErrorAtItsLine() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.replace("added: 2026/27", with: "added: 2027/28", in: "content/plan/priorities/p2-learning.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p2-learning.md:20:12: error: action A2.2 is added in 2027/28, but no refresh of the plan is for that year.
                  help: Use the year of a refresh (2026/27), or add that refresh under `refreshes:` in content/plan/index.md.
                """
            ])
    }

    @Test func replacingAnUnknownActionIsAnErrorAtItsLine() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.replace("replaces: A1.2", with: "replaces: A1.22", in: "content/plan/priorities/p2-learning.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p2-learning.md:21:15: error: action A2.2 replaces 'A1.22', which the plan does not have.
                  help: Did you mean 'A1.2'?
                """
            ])
    }

    @Test func aYearInAnotherFormIsAnErrorAtItsLine() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.replace("  - year: 2026/27", with: "  - year: 2026/28", in: "content/plan/index.md")
        let messages = site.messages()
        #expect(
            messages.first
                == """
                content/plan/index.md:12:11: error: 'refreshes[1].year' should be a year from April to March (2026/27) or a calendar year (2026), but it is '2026/28'.
                  help: Write one of those forms, e.g. `year: 2026/27`.
                """)
    }

    /// A year in the right form but out of range is told apart from a wrong form.
    @Test func aYearOutOfRangeIsAnErrorSayingSo() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.replace("  - year: 2026/27", with: "  - year: 2526/27", in: "content/plan/index.md")
        #expect(
            site.messages().first
                == """
                content/plan/index.md:12:11: error: 'refreshes[1].year' is 2526/27, which cannot be right: trustsite reads dates from 1900 to 2200.
                  help: Check the year, e.g. `year: 2026/27`.
                """)
    }

    @Test func thePlanPageAndCardsSayWhatChanged() throws {
        let site = try site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let builder = ContextBuilder(content: content)
        let plan = try #require(builder.model(for: .plan).data["plan"] as? [String: Any])
        #expect(
            plan["refreshes_html"] as? String
                == "<h2 id=\"plan-refreshes\">Refreshes</h2>\n<ul class=\"refreshes\">\n"
                + "<li><strong>From 2026 to 2027</strong>: agreed <time datetime=\"2026-06-17\">17 June 2026</time>, "
                + "Children&#39;s Trust Board, 17 June 2026, minute CTB 26/30. Added A2.2 on school attendance; "
                + "retired A1.2, met early.</li>\n</ul>\n")
        let p1 = try #require(builder.model(for: .priority(0)).data["priority"] as? [String: Any])
        let retired = try #require((p1["actions"] as? [[String: Any]])?.last)
        #expect(
            retired["retired_text"] as? String
                == "Not part of the plan from 2026 to 2027: Every school was trained a year early.")
        let p2 = try #require(builder.model(for: .priority(1)).data["priority"] as? [String: Any])
        let added = try #require((p2["actions"] as? [[String: Any]])?.last)
        #expect(added["added_text"] as? String == "Part of the plan from 2026 to 2027, when it was refreshed")
        #expect(added["replaces"] as? String == "A1.2")
    }

    @Test func aReasonWithoutRetiredIsAnErrorAtItsLine() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.removeLines(containing: "retired: 2026/27", in: "content/plan/priorities/p1-health.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p1-health.md:24:21: error: action A1.2 has a `retired_reason:` but no `retired:`.
                  help: Add the year it left the plan, e.g. `retired: 2026/27`, or remove the reason.
                """
            ])
    }

    /// A past plan kept as a folder may be refreshed too: its page lists the refreshes, and its
    /// report for a year after a retirement is not asked about the retired action.
    @Test func aPastPlanMayBeRefreshed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write(
            "content/plan/past/2022-2025/index.md",
            PastPlanDataTests.pastIndex.replacingOccurrences(
                of: "published: 2022-04-01",
                with: "published: 2022-04-01\nrefreshes:\n  - { year: 2024/25, summary: Retired OLD2. }"))
        try site.write(
            "content/plan/past/2022-2025/priorities/p1-safe.md",
            PastPlanDataTests.pastPriority.replacingOccurrences(
                of: "    by: 2024-03-31", with: "    by: 2024-03-31\n    retired: 2024/25"))
        try site.write(
            "content/reviews/2024-25.md",
            PastPlanDataTests.pastReview.replacingOccurrences(
                of: "  OLD2: { status: on-track, evidence: Nine of twelve practices trained. }\n", with: ""))
        #expect(site.check().map(\.formatted) == [])
        let content = try #require(site.load().0)
        let page = ContextBuilder(content: content).model(for: .pastPlan(0))
        let body = try #require((page.data["document"] as? [String: Any])?["body_html"] as? String)
        #expect(body.contains("<li><strong>From 2024 to 2025</strong>. Retired OLD2.</li>"))
        let rows = OpenData(content: content).dataSets.first { $0.stem == "progress-2024-25" }?.rows
        #expect(rows?.map(\.first) == ["OLD1"])
    }
}
