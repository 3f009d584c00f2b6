import Foundation
import Testing

@testable import TrustsiteCore

/// An annual report shows the milestones of each action it reports on that fall due in its period.
@Suite struct ReviewMilestonesTests {
    static let p1 = "content/plan/priorities/p1-health.md"
    static let milestones = """
        by: 2027-03-31
            milestones:
              - what: Pilot in two schools
                by: 2025-12
                done: 2025-11-30
              - what: Half the schools
                by: 2026-02
                done: 2026-05-01
              - what: Train the trainers
                by: 2025-09-30
                done: true
              - what: Every school
                by: 2026/27
        """

    static func site() throws -> TestSite {
        let site = try TestSite()
        try site.replace("by: 2027-03-31", with: milestones, in: p1)
        return site
    }

    @Test func doneMayBeTheDayItWasDone() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let milestones = try #require(content?.plan?.actions.dropFirst().first?.milestones)
        #expect(milestones.map(\.doneOn) == [Day(iso: "2025-11-30"), Day(iso: "2026-05-01"), nil, nil])
        #expect(milestones.map(\.done) == [true, true, true, false])
    }

    @Test func aDayDoneCountsInReportsEndingOnOrAfterIt() throws {
        let milestone = Milestone(
            what: "Pilot", by: nil, done: true, location: SourceLocation(file: "x"), doneOn: Day(iso: "2026-05-01"))
        #expect(milestone.isDone(asOf: try #require(Day(iso: "2026-03-31"))) == false)
        #expect(milestone.isDone(asOf: try #require(Day(iso: "2026-05-01"))) == true)
        #expect(milestone.isDone(asOf: try #require(Day(iso: "2027-03-31"))) == true)
        let always = Milestone(what: "Pilot", by: nil, done: true, location: SourceLocation(file: "x"))
        #expect(always.isDone(asOf: try #require(Day(iso: "2000-01-01"))) == true)
    }

    @Test func aDoneThatIsNotADateIsAnErrorAtItsLine() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.replace("done: 2025-11-30", with: "done: 2025-13-30", in: Self.p1)
        let messages = site.messages()
        #expect(
            messages.first?.hasPrefix("content/plan/priorities/p1-health.md:24:") == true
                && messages.first?.contains("should be a date") == true, "\(messages)")
    }

    @Test func theReportShowsTheMilestonesDueInItsPeriod() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("reviews/2025-26/index.html")
        #expect(page.contains("Milestones due in this period:"))
        #expect(
            page.contains(
                "<li>Pilot in two schools, by <time datetime=\"2025-12\">December 2025</time>: <strong>done</strong></li>"
            ))
        // Done in May 2026: after this report's period ends, so not yet done in it.
        #expect(
            page.contains(
                "<li>Half the schools, by <time datetime=\"2026-02\">February 2026</time>: <strong>not yet done</strong></li>"
            ))
        #expect(page.contains("<li>Train the trainers, by <time datetime=\"2025-09-30\">"))
        // Due after the period: not in this report.
        #expect(!page.contains("Every school"))
        // A1.1 has no milestones: its evidence cell is as before.
        #expect(page.contains("<td role=\"cell\" data-label=\"Evidence\">Two drop-ins opened in January 2026.</td>"))
    }

    @Test func anActionTheReportDoesNotReportOnShowsNoMilestones() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.removeLines(containing: "A1.2: {", in: "content/reviews/2025-26.md")
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try !output.page("reviews/2025-26/index.html").contains("Milestones due in this period"))
    }
}
