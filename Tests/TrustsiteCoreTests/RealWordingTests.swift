import Foundation
import Testing

@testable import TrustsiteCore

/// `Tests/Fixtures/real-wording` is a site written the way county councils write: chapters in one
/// plan page with their own headings and no markers, action ids like `1.1`, status words from the
/// council's own scheme, job titles such as "Strategic Director, Children and Enterprise" and
/// "Cabinet Member for Children's Services", district councils on the Board. A check that raises
/// anything on it raises a false alarm on real content.
@Suite struct RealWordingTests {
    @Test func aSiteInRealCouncilWordingPassesEveryRule() throws {
        let site = try TestSite(fixture: "real-wording")
        defer { site.cleanUp() }
        let diagnostics = site.check()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted).joined(separator: "\n"))")
    }

    /// The same site with its sections' headings reworded to ones no marker knows: the check must
    /// still notice what is missing, or passing the site above would prove nothing.
    @Test func theSameSiteWithoutItsSectionsFailsTheirRules() throws {
        let site = try TestSite(fixture: "real-wording")
        defer { site.cleanUp() }
        let plan = "content/plan/index.md"
        try site.replace("## The needs of children and young people in Westshire", with: "## Background", in: plan)
        try site.replace("### The story behind the baseline", with: "### Figures", in: plan)
        try site.replace("## Safeguarding children and young people", with: "## Procedures", in: plan)
        try site.replace("## Future challenges", with: "## Other matters", in: "content/reviews/2025-26.md")
        try site.replace("status: SLIPPAGE", with: "status: SLIPPED", in: "content/reviews/2025-26.md")
        let found = Set(site.check().compactMap(\.ruleID))
        #expect(
            found.isSuperset(of: ["PLAN-NEEDS-ANALYSIS", "PLAN-SAFEGUARDING", "REVIEW-MORE-TO-DO", "REVIEW-PROGRESS"]))
    }
}
