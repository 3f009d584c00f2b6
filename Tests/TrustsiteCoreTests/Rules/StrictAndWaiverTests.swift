import Foundation
import Testing

@testable import TrustsiteCore

/// `--strict`, and rules a site waives in trustsite.yml with a published reason.
@Suite struct StrictAndWaiverTests {
    static func removeWorkforce(_ site: TestSite) throws {
        try site.remove("content/plan/sections/workforce.md")
    }

    static func waive(
        _ rule: String, because reason: String = "The workforce strategy is published by the council in March 2027."
    )
        -> (TestSite) throws -> Void
    {
        { site in
            let config = try site.read("trustsite.yml")
            try site.write("trustsite.yml", config + "\nwaivers:\n  - rule: \(rule)\n    reason: \(reason)\n")
        }
    }

    // MARK: --strict

    @Test func warningIsAWarningWithoutStrict() throws {
        let report = try checkedFixtureReport(Self.removeWorkforce)
        #expect(
            report.diagnostics.map(\.headline) == [
                "content/plan/index.md:1:1: warning[PLAN-WORKFORCE]: the plan has no section marked as a workforce strategy (marker `workforce`)."
            ])
        #expect(report.errorCount == 0)
        #expect(report.warningCount == 1)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let report = try checkedFixtureReport(strict: true, Self.removeWorkforce)
        #expect(
            report.diagnostics.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-WORKFORCE]: the plan has no section marked as a workforce strategy (marker `workforce`)."
            ])
        #expect(report.errorCount == 1)
        #expect(report.warningCount == 0)
    }

    @Test func strictTurnsTheLoadersWarningsIntoErrorsToo() throws {
        let change: (TestSite) throws -> Void = {
            try $0.replace(
                "title: Contact us\n", with: "title: Contact us\ncolour: blue\n", in: "content/pages/contact.md")
        }
        let relaxed = try checkedFixture(nil, change)
        #expect(relaxed.map(\.headline) == ["content/pages/contact.md:3:1: warning: unknown key 'colour' is ignored."])
        let strict = try checkedFixture(nil, strict: true, change)
        #expect(strict.map(\.headline) == ["content/pages/contact.md:3:1: error: unknown key 'colour' is ignored."])
    }

    @Test func strictLeavesRulesThatDoNotApplyAlone() throws {
        // REVIEW-PARTNERS does not apply in 2008, so even --strict does not report it.
        let findings = try checkedFixture("REVIEW-PARTNERS", strict: true) { site in
            try site.replace("edition: \"2010\"", with: "edition: \"2008\"", in: "trustsite.yml")
            try site.removeLines(containing: "fernlow-council: Supported", in: "content/reviews/2025-26.md")
        }
        #expect(findings.isEmpty)
    }

    // MARK: Waivers

    @Test func waiverRemovesTheRulesFindingsAndIsListedWithItsReason() throws {
        let report = try checkedFixtureReport { site in
            try Self.removeWorkforce(site)
            try Self.waive("PLAN-WORKFORCE")(site)
        }
        #expect(report.diagnostics.map(\.formatted) == [])
        #expect(report.waived.count == 1)
        #expect(report.waived.first?.rule == "PLAN-WORKFORCE")
        #expect(report.waived.first?.reason == "The workforce strategy is published by the council in March 2027.")
        #expect(report.waived.first?.findings == 1)
    }

    @Test func waiverOfADutyLetsTheSiteBuild() throws {
        let report = try checkedFixtureReport { site in
            try site.removeLines(containing: "published: 2025-04-01", in: "content/plan/index.md")
            try Self.waive("PLAN-PUBLISHED-DATE", because: "The plan was published before records were kept.")(site)
        }
        #expect(report.errorCount == 0)
        #expect(report.waived.map(\.rule) == ["PLAN-PUBLISHED-DATE"])
    }

    @Test func waiverOnlyCoversItsOwnRule() throws {
        let report = try checkedFixtureReport { site in
            try Self.removeWorkforce(site)
            try site.remove("content/plan/sections/equality.md")
            try Self.waive("PLAN-WORKFORCE")(site)
        }
        #expect(report.diagnostics.map(\.ruleID) == ["PLAN-EQUALITY"])
    }

    @Test func waivedRuleStaysWaivedUnderStrict() throws {
        let report = try checkedFixtureReport(strict: true) { site in
            try Self.removeWorkforce(site)
            try Self.waive("PLAN-WORKFORCE")(site)
        }
        #expect(report.diagnostics.isEmpty)
        #expect(report.waived.map(\.rule) == ["PLAN-WORKFORCE"])
    }

    @Test func waiverNamingAnUnknownRuleIsAnErrorWithASuggestion() throws {
        let report = try checkedFixtureReport(Self.waive("PLAN-WORKFORSE"))
        #expect(
            report.diagnostics.map(\.headline) == [
                "trustsite.yml:31:5: error: the waiver names rule 'PLAN-WORKFORSE', which does not exist."
            ])
        #expect(report.diagnostics.first?.hint == "Did you mean 'PLAN-WORKFORCE'?")
        #expect(report.errorCount == 1)
        #expect(report.waived.isEmpty)
    }

    @Test func waiverNamingSomethingUnlikeAnyRulePointsToTheList() throws {
        let report = try checkedFixtureReport(Self.waive("everything"))
        #expect(
            report.diagnostics.map(\.headline) == [
                "trustsite.yml:31:5: error: the waiver names rule 'everything', which does not exist."
            ])
        #expect(report.diagnostics.first?.hint == "Run `trustsite check --list-rules` for the rule ids.")
    }

    /// A waiver without a reason is an error and waives nothing: the rule's findings are still reported.
    @Test func waiverWithoutAReasonWaivesNothing() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try site.read("trustsite.yml")
        try site.write("trustsite.yml", config + "\nwaivers:\n  - rule: PLAN-WORKFORCE\n")
        try site.remove("content/plan/sections/workforce.md")
        let diagnostics = site.check()
        #expect(
            diagnostics.filter { $0.ruleID == nil }.map(\.headline) == [
                "trustsite.yml:31:5: error: 'waivers[1].reason' is missing."
            ])
        #expect(diagnostics.contains { $0.ruleID == "PLAN-WORKFORCE" })
        #expect(
            diagnostics.first { $0.ruleID == nil }?.hint?.contains(
                "A rule can only be waived with a written reason, which is published.") == true)
    }
}
