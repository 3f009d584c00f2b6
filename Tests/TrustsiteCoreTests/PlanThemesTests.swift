import Foundation
import Testing

@testable import TrustsiteCore

/// Themes grouping the plan's priorities, and a priority's lead partner and lead officer.
@Suite struct PlanThemesTests {
    static let p1 = "content/plan/priorities/p1-health.md"
    static let p1Leads = "order: 1\ntheme: health\nlead: fernlow-health\nlead_officer: Head of Early Help (Sam Patel)"

    /// The minimal site with two themes, P1 under "health" with its leads; P2 without a theme.
    static func themedSite() throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/plan/themes/health.md",
            "---\ntitle: Health and wellbeing\ndescription: Children's physical and mental health.\norder: 1\n---\nWhy health comes first.\n"
        )
        try site.write(
            "content/plan/themes/safeguarding.md", "---\ntitle: Safeguarding\norder: 2\n---\nKeeping safe.\n")
        try site.replace("order: 1", with: p1Leads, in: p1)
        return site
    }

    @Test func themesAndAPrioritysLeadsAreRead() throws {
        let site = try Self.themedSite()
        defer { site.cleanUp() }
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let plan = try #require(content?.plan)
        #expect(plan.themes.map(\.slug) == ["health", "safeguarding"])
        #expect(plan.themes.map(\.title) == ["Health and wellbeing", "Safeguarding"])
        #expect(plan.themes.first?.document.description == "Children's physical and mental health.")
        let p1 = try #require(plan.priorities.first)
        #expect(p1.themeSlug == "health")
        #expect(p1.leadPartnerID == "fernlow-health")
        #expect(p1.leadOfficer == LeadOfficer(post: "Head of Early Help", name: "Sam Patel"))
        #expect(plan.priorities(inTheme: "health").map(\.id) == ["P1"])
        #expect(plan.prioritiesWithoutTheme.map(\.id) == ["P2"])
    }

    @Test func aThemeWithoutATitleIsAnErrorInItsFile() throws {
        let site = try Self.themedSite()
        defer { site.cleanUp() }
        try site.write("content/plan/themes/gap.md", "---\norder: 3\n---\nNarrowing the gap.\n")
        let messages = site.messages()
        #expect(messages.contains { $0.hasPrefix("content/plan/themes/gap.md:") && $0.contains("title") })
    }

    @Test func anUnknownThemeIsAnErrorAtItsValueWithASuggestion() throws {
        let site = try Self.themedSite()
        defer { site.cleanUp() }
        try site.replace("theme: health", with: "theme: helth", in: Self.p1)
        let messages = site.messages()
        #expect(
            messages.first?.hasPrefix(
                "content/plan/priorities/p1-health.md:5:8: error[PLAN-ACTIONS]: the priority's theme is 'helth', which is not a theme of the plan."
            ) == true, "\(messages)")
        #expect(messages.first?.contains("Did you mean 'health'?") == true)
        // The priority still loads, listed with those without a theme.
        let plan = try #require(site.load().0?.plan)
        #expect(plan.prioritiesWithoutTheme.map(\.id) == ["P1", "P2"])
    }

    @Test func anUnknownPriorityLeadIsAnErrorAtItsLine() throws {
        let site = try Self.themedSite()
        defer { site.cleanUp() }
        try site.replace("lead: fernlow-health\nlead_officer", with: "lead: fernlow-helth\nlead_officer", in: Self.p1)
        #expect(
            site.messages().first?.hasPrefix(
                "content/plan/priorities/p1-health.md:6:7: error[BOARD-ACTION-LEADS]: the lead partner of priority P1 is 'fernlow-helth'"
            ) == true, "\(site.messages())")
    }

    @Test func aPrioritysLeadMustSitOnTheBoard() throws {
        let findings = try checkedFixture("BOARD-ACTION-LEADS") { site in
            try site.replace("order: 1", with: "order: 1\nlead: fernlow-college", in: Self.p1)
            try site.removeLines(containing: "Di Larch", in: "content/board/board.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-ACTION-LEADS]: Fernlow College leads priority P1 but no member sits on the Board for it."
            ])
    }

    @Test func aThemedSitePassesEveryRule() throws {
        let findings = try checkedFixture(nil) { site in
            try site.write("content/plan/themes/health.md", "---\ntitle: Health and wellbeing\n---\nWhy.\n")
            try site.replace("order: 1", with: Self.p1Leads, in: Self.p1)
        }
        #expect(findings.map(\.formatted) == [])
    }
}

extension PlanThemesTests {
    @Test func pagesShowThemesAndLeads() throws {
        let site = try Self.themedSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let plan = try output.page("plan/index.html")
        #expect(plan.contains("<h3 id=\"theme-health\"><a href=\"/plan/themes/health/\">Health and wellbeing</a></h3>"))
        #expect(plan.contains("<h3 id=\"priorities-without-theme\">Other priorities</h3>"))
        #expect(plan.contains("<h4 class=\"card__title\"><a href=\"/plan/priorities/p1-health/\">"))
        let health = try #require(plan.range(of: "id=\"theme-health\"")).lowerBound
        let other = try #require(plan.range(of: "id=\"priorities-without-theme\"")).lowerBound
        let p1 = try #require(plan.range(of: "/plan/priorities/p1-health/")).lowerBound
        let p2 = try #require(plan.range(of: "/plan/priorities/p2-learning/")).lowerBound
        #expect(health < p1 && p1 < other && other < p2)

        let theme = try output.page("plan/themes/health/index.html")
        #expect(theme.contains("<h1>Health and wellbeing</h1>"))
        #expect(theme.contains("Why health comes first."))
        #expect(theme.contains("<a href=\"/plan/priorities/p1-health/\"><span class=\"card__id\">P1</span>"))
        #expect(theme.contains("<dt>Lead officer</dt>\n        <dd>Head of Early Help (Sam Patel)</dd>"))
        #expect(!theme.contains("p2-learning"))
        let empty = try output.page("plan/themes/safeguarding/index.html")
        #expect(empty.contains("No priority is grouped under this theme yet."))

        let priority = try output.page("plan/priorities/p1-health/index.html")
        #expect(
            priority.contains("<dt>Theme</dt>\n    <dd><a href=\"/plan/themes/health/\">Health and wellbeing</a></dd>"))
        #expect(priority.contains("<dt>Lead partner</dt>\n    <dd><a href=\"/board/\">Fernlow Health Board</a></dd>"))
        #expect(priority.contains("<dt>Lead officer</dt>\n    <dd>Head of Early Help (Sam Patel)</dd>"))

        #expect(try output.page("sitemap.xml").contains("/plan/themes/health/</loc>"))
        let content = try #require(site.load().0)
        let entry = SearchIndex(content: content).entries.first { $0.url == "/plan/themes/health/" }
        #expect(entry?.title == "Health and wellbeing")
    }

    @Test func withoutThemesThePlanPageListsPrioritiesAsOneList() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let plan = try output.page("plan/index.html")
        #expect(!plan.contains("theme-group"))
        #expect(plan.contains("<h3 class=\"card__title\"><a href=\"/plan/priorities/p1-health/\">"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "plan/themes").path))
    }
}

extension PlanThemesTests {
    /// A theme's page is rendered again when its file or a priority's changes.
    @Test func aThemePageDependsOnItsFileAndThePriorities() throws {
        let site = try Self.themedSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let sources = PageDependencies.sources(of: .theme(0), in: content)
        #expect(sources.contains("content/plan/themes/health.md"))
        #expect(sources.contains(Self.p1))
        #expect(!sources.contains("content/plan/themes/safeguarding.md"))
    }
}
