import Foundation
import Testing

@testable import TrustsiteCore

/// A past plan kept as a folder (`content/plan/past/<slug>/`), read as the current plan is: its
/// pages, and its reports checked against its own actions and shown with its data.
@Suite struct PastPlanDataTests {
    static let pastIndex = """
        ---
        title: Children and Young People's Plan 2022 to 2025
        period: { start: 2022-04-01, end: 2025-03-31 }
        published: 2022-04-01
        ---
        The plan before this one.
        """

    static let pastPriority = """
        ---
        id: P1
        title: Safe at home
        order: 1
        outcomes: [stay-safe]
        actions:
          - id: OLD1
            what: Open a family hub in the north.
            lead: fernlow-health
            by: 2023-03-31
          - id: OLD2
            what: Train every GP practice in early help.
            lead: fernlow-council
            by: 2024-03-31
        ---
        Why safety at home mattered.
        """

    static let pastReview = """
        ---
        title: Annual report 2024 to 2025
        plan: 2022-2025
        period: { start: 2024-04-01, end: 2025-03-31 }
        published: 2025-06-30
        progress:
          OLD1: { status: complete, evidence: The hub opened in March 2023. }
          OLD2: { status: on-track, evidence: Nine of twelve practices trained. }
        partners:
          fernlow-health: Opened the hub.
          fernlow-council: Trained the practices.
        ---
        The last report on the old plan.
        """

    func site() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/plan/past/2022-2025/index.md", Self.pastIndex)
        try site.write("content/plan/past/2022-2025/priorities/p1-safe.md", Self.pastPriority)
        try site.write("content/reviews/2024-25.md", Self.pastReview)
        return site
    }

    /// A past plan reads its own themes: the current plan's theme files are read once, so a
    /// mistake in one is reported once, and the past plan's priorities link to no current theme.
    @Test func aPastPlanDoesNotReadTheCurrentPlansThemes() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.write("content/plan/themes/safe.md", "---\ntitl: Safe\n---\nKeeping safe.\n")
        try site.replace(
            "id: P1\n", with: "id: P1\ntheme: safe\n", in: "content/plan/past/2022-2025/priorities/p1-safe.md")
        let (content, diagnostics) = site.load()
        #expect(
            diagnostics.map { $0.formatted.split(separator: "\n").first.map(String.init) ?? "" } == [
                "content/plan/themes/safe.md:1:1: error: 'title' is missing.",
                "content/plan/themes/safe.md:2:1: warning: unknown key 'titl' is ignored.",
            ])
        #expect(content?.plan?.themes.map(\.slug) == ["safe"])
        #expect(content?.pastPlans.first?.plan?.themes.isEmpty == true)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/past/2022-2025/priorities/p1-safe/index.html")
        #expect(!page.contains("/plan/themes/safe/"))
    }

    @Test func aFolderIsLoadedAsAPlan() throws {
        let site = try site()
        defer { site.cleanUp() }
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let past = try #require(content?.pastPlans.first)
        #expect(past.slug == "2022-2025")
        #expect(past.title == "Children and Young People's Plan 2022 to 2025")
        #expect(past.plan?.actions.map(\.id) == ["OLD1", "OLD2"])
        #expect(past.plan?.folder == "content/plan/past/2022-2025")
        // The current plan is read as before.
        #expect(content?.plan?.actions.map(\.id) == ["A1.1", "A1.2", "A2.1"])
    }

    @Test func aCompleteReportOfAPastPlanPassesEveryRule() throws {
        let site = try site()
        defer { site.cleanUp() }
        #expect(site.check().map(\.formatted) == [])
    }

    @Test func aReportOfAPastPlanIsCheckedAgainstItsActions() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.replace(
            "  OLD2: { status: on-track, evidence: Nine of twelve practices trained. }\n",
            with: "  A1.1: { status: complete, evidence: Done. }\n", in: "content/reviews/2024-25.md")
        #expect(
            site.findings("REVIEW-PROGRESS").map(\.formatted) == [
                """
                content/reviews/2024-25.md:6:1: error[REVIEW-PROGRESS]: action OLD2 "Train every GP practice in early help." has no progress entry.
                  source: 000 §3.28 "update on progress against it"; 001 "extent to which the partners act in accordance with the Plan"
                  help: Add under `progress:`
                            OLD2:
                              status: on-track
                              evidence: (one sentence on what has happened)
                """,
                """
                content/reviews/2024-25.md:8:3: error[REVIEW-PROGRESS]: progress is reported for action 'A1.1', which the plan does not have.
                  source: 000 §3.28 "update on progress against it"; 001 "extent to which the partners act in accordance with the Plan"
                  help: Use the id of an action in content/plan/past/2022-2025/priorities/, or remove this entry.
                """,
            ])
    }

    @Test func aReportOfAPastPlanAccountsForThatPlansPartners() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.removeLines(containing: "fernlow-council: Trained", in: "content/reviews/2024-25.md")
        #expect(
            site.findings("REVIEW-PARTNERS").map(\.message) == [
                "\"Annual report 2024 to 2025\" does not say how far Fernlow Council acted in accordance with the plan."
            ])
    }

    /// A past plan is a record: the rules on a plan's own content (sign-off, outcomes, markers)
    /// are not run on it, only the review rules on its reports.
    @Test func planContentRulesDoNotRunOnAPastPlan() throws {
        let site = try site()
        defer { site.cleanUp() }
        // No sign-off, no outcomes, no markers: each an error in the current plan.
        try site.removeLines(containing: "outcomes:", in: "content/plan/past/2022-2025/priorities/p1-safe.md")
        #expect(site.check().map(\.formatted) == [])
    }

    @Test func aDuplicateActionIDInAPastPlanIsAnError() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.replace("id: OLD2", with: "id: OLD1", in: "content/plan/past/2022-2025/priorities/p1-safe.md")
        #expect(
            site.messages().contains(
                "content/plan/past/2022-2025/priorities/p1-safe.md:11:9: error: action id 'OLD1' is used twice; it is also at content/plan/past/2022-2025/priorities/p1-safe.md:7:9.\n  help: Give each one its own action id."
            ))
    }

    @Test func aSingleFilePastPlanStillWorks() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/plan/past/2022-2025.md", Self.pastIndex)
        try site.write(
            "content/reviews/2024-25.md",
            Self.pastReview.replacingOccurrences(of: "OLD2", with: "ANY9"))
        let content = try #require(site.load().0)
        #expect(content.pastPlans.first?.plan == nil)
        #expect(content.checkedReviews.map(\.review.slug) == ["2025-26"])
        #expect(site.check().map(\.formatted) == [])
    }

    @Test func pastPlanPagesListItsPrioritiesAndActions() throws {
        let site = try site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let pages = PagePlanner.pages(for: content, log: DiagnosticLog())
        #expect(pages.map(\.url).contains("/plan/past/2022-2025/priorities/p1-safe/"))
        let builder = ContextBuilder(content: content)
        let plan = builder.model(for: .pastPlan(0))
        let body = try #require((plan.data["document"] as? [String: Any])?["body_html"] as? String)
        #expect(body.contains("<h2 id=\"priorities\">Priorities and actions</h2>"))
        #expect(
            body.contains(
                "<li><a href=\"/plan/past/2022-2025/priorities/p1-safe/#action-old1\">OLD1</a> Open a family hub in the north. (led by Fernlow Health Board, by 31 March 2023)</li>"
            ))
        let priority = builder.model(for: .pastPriority(0, 0))
        #expect(priority.url == "/plan/past/2022-2025/priorities/p1-safe/")
        #expect(priority.breadcrumbs.map(\.1) == ["/", "/archive/", "/plan/past/2022-2025/"])
        let data = try #require(priority.data["priority"] as? [String: Any])
        #expect((data["body_html"] as? String)?.hasPrefix("<div class=\"past-edition\" role=\"note\">") == true)
        #expect((data["actions"] as? [[String: Any]])?.map { $0["id"] as? String } == ["OLD1", "OLD2"])
    }

    @Test func aReportOfAPastPlanIsShownWithItsActions() throws {
        let site = try site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let model = ContextBuilder(content: content).model(for: .review(0))
        let review = try #require(model.data["review"] as? [String: Any])
        #expect((review["plan"] as? [String: Any])?["url"] as? String == "/plan/past/2022-2025/")
        #expect(review["past_edition"] != nil)
        let priorities = try #require(review["priorities"] as? [[String: Any]])
        let actions = try #require(priorities.first?["actions"] as? [[String: Any]])
        #expect(
            actions.map { $0["what"] as? String } == [
                "Open a family hub in the north.", "Train every GP practice in early help.",
            ])
        #expect(actions.first?["url"] as? String == "/plan/past/2022-2025/priorities/p1-safe/#action-old1")
        #expect(actions.first?["lead_name"] as? String == "Fernlow Health Board")
        #expect(actions.map { $0["status"] as? String } == ["complete", "on-track"])
    }

    @Test func openDataForAReportOfAPastPlanNamesItsActions() throws {
        let site = try site()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let set = try #require(OpenData(content: content).dataSets.first { $0.stem == "progress-2024-25" })
        #expect(
            set.rows.map { Array($0.prefix(4)) } == [
                ["OLD1", "Open a family hub in the north.", "Fernlow Health Board", "complete"],
                ["OLD2", "Train every GP practice in early help.", "Fernlow Council", "on-track"],
            ])
        #expect(set.columns[1].meaning == "What was to be done")
    }
}
