import Foundation
import Testing

@testable import TrustsiteCore

/// `examples/northmoor`: a two-tier county's 2008 to 2011 plan written the other way (themes,
/// National Indicators, milestones, a Board in layers, Cabinet and Council sign-off, services with
/// many sites). It must check clean as of its own today, hold what it is there to show, and still
/// be caught when one of those things goes wrong.
@Suite struct NorthmoorExampleTests {
    static let today = "2010-10-15"

    @Test func checksWithNoFindings() throws {
        let site = try TestSite.example("northmoor")
        defer { site.cleanUp() }
        let diagnostics = site.check(today: Self.today)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted).joined(separator: "\n"))")
    }

    @Test func holdsTheStructuresItIsThereToShow() throws {
        let site = try TestSite.example("northmoor")
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let plan = try #require(content.plan)
        #expect(plan.themes.map(\.slug) == ["safeguarding", "narrowing-the-gap", "service-management"])
        #expect(plan.indicators.count == 7)
        #expect(plan.indicators.allSatisfy { $0.targets.count == 3 })
        #expect(plan.signOffs.map(\.isByBoard) == [false, false])
        #expect(plan.actions.contains { !$0.milestones.isEmpty && $0.due == .financialYear(startYear: 2010) })
        #expect(plan.actions.contains { $0.leadPartnerIDs.count == 2 })
        #expect(content.config.edition == .y2008)
        #expect(content.reviews.count == 2)
        #expect(content.reviews.allSatisfy { $0.progress.allSatisfy { $0.localStatus != nil } })
        let board = try #require(content.board)
        #expect(board.groups.count == 5)
        let sites = content.offer?.services.map(\.sites.count) ?? []
        #expect(sites.max() == 6)
    }

    /// A reason left out for an indicator with a target is found (a warning under the 2008 edition).
    @Test func aMissingIndicatorReasonIsFound() throws {
        let site = try TestSite.example("northmoor")
        defer { site.cleanUp() }
        let review = "content/reviews/2009-10.md"
        let text = try site.read(review)
        let start = try #require(text.range(of: "  NI 110:\n"))
        let end = try #require(text.range(of: "  LI 4.1:", range: start.upperBound..<text.endIndex))
        try site.write(review, String(text[..<start.upperBound]) + "    note: TBC\n" + String(text[end.lowerBound...]))
        let findings = site.findings("REVIEW-INDICATORS", today: Self.today)
        #expect(findings.map(\.severity) == [.warning], "\(findings.map(\.formatted))")
    }
}
