import Foundation
import Testing

@testable import TrustsiteCore

/// The catalogue matches the publication requirements, and the minimal fixture passes every rule.
@Suite struct RuleCatalogueTests {
    /// Each rule's level in the 2010 and the 2008 edition, as `docs/publication-requirements.md`
    /// sets them (nil: does not apply). SITE-COLOUR-CONTRAST (WCAG 1.4.3) and SITE-SAFE-CONTENT are
    /// trustsite's own additions.
    static let levels: [(id: String, y2010: Diagnostic.Severity?, y2008: Diagnostic.Severity?)] = [
        ("SITE-PUBLISHED-SET", .error, .error), ("SITE-ACCESSIBILITY-STATEMENT", .error, .error),
        ("SITE-HAVE-YOUR-SAY", .error, .error), ("SITE-CONTACT", .error, .error), ("SITE-ALT-TEXT", .error, .error),
        ("SITE-LINKS", .error, .error), ("SITE-HEADINGS", .warning, .warning), ("SITE-LINK-TEXT", .warning, .warning),
        ("SITE-PLAIN-LANGUAGE", .warning, .warning), ("SITE-STALE", .warning, .warning),
        ("SITE-COLOUR-CONTRAST", .error, .error), ("SITE-SAFE-CONTENT", .error, .error),
        ("SITE-DOCUMENTS-ACCESSIBLE", .error, .error),
        ("SITE-IMAGE-SIZE", .warning, .warning),
        ("PLAN-PERIOD", .error, .error), ("PLAN-SIGN-OFF", .error, .warning), ("PLAN-PUBLISHED-DATE", .error, .error),
        ("PLAN-OUTCOMES", .error, .error), ("PLAN-NEEDS-ANALYSIS", .error, .error), ("PLAN-ACTIONS", .error, .error),
        ("PLAN-RESOURCES", .warning, .warning), ("PLAN-SAFEGUARDING", .error, .error),
        ("PLAN-LSCB-CONSULTED", .error, .error), ("PLAN-CONSULTATION", .error, .error),
        ("PLAN-EARLY-INTERVENTION", .warning, .warning), ("PLAN-WORKFORCE", .warning, .warning),
        ("PLAN-CHILD-POVERTY", .warning, .warning), ("PLAN-14-19", .warning, .warning),
        ("PLAN-ALIGNMENT", .warning, .warning), ("PLAN-EQUALITY", .warning, .warning),
        ("PLAN-YOUNG-PEOPLE-SUMMARY", .warning, .warning),
        ("REVIEW-EXISTS", .error, .warning), ("REVIEW-PROGRESS", .error, .error),
        ("REVIEW-INDICATORS", .error, .warning), ("REVIEW-PARTNERS", .error, nil),
        ("REVIEW-MORE-TO-DO", .error, .error), ("REVIEW-HAVE-YOUR-SAY", .error, .error),
        ("REVIEW-LSCB-RESPONSE", .warning, .warning), ("REVIEW-ACCESSIBLE", .warning, .warning),
        ("BOARD-LA", .error, .error), ("BOARD-RELEVANT-PARTNERS", .error, .error),
        ("BOARD-HEALTH-SENIOR", .warning, .warning), ("BOARD-THIRD-SECTOR", .warning, .warning),
        ("BOARD-VOICE", .warning, .warning), ("BOARD-PRIVATE-SECTOR", .warning, .warning),
        ("BOARD-CHAIR", .error, .error),
        ("BOARD-SUBGROUPS", .warning, .warning), ("BOARD-LSCB-INDEPENDENT", .warning, .warning),
        ("BOARD-ACTION-LEADS", .error, .error),
        ("OFFER-WHAT-TO-EXPECT", .error, .error), ("OFFER-SERVICES", .error, .error),
        ("OFFER-SERVICE-OUTCOMES", .warning, .warning), ("OFFER-YOUTH", .warning, .warning),
        ("OFFER-UP-TO-DATE", .warning, .warning),
    ]

    @Test func catalogueListsEveryRuleOnceInTheOrderOfTheRequirements() {
        let ids = RuleCatalogue.all.map(\.id)
        #expect(ids.count == 54)
        #expect(Set(ids).count == ids.count)
        #expect(ids == Self.levels.map(\.id))
    }

    @Test(arguments: RuleCatalogue.all.map(\.id))
    func ruleHasItsLevelsRequirementAndCitation(id: String) throws {
        let rule = try #require(RuleCatalogue.rule(id))
        let expected = try #require(Self.levels.first { $0.id == id })
        #expect(rule.level(in: .y2010) == expected.y2010)
        #expect(rule.level(in: .y2008) == expected.y2008)
        #expect(!rule.requirement.isEmpty)
        #expect(!rule.citation.isEmpty)
    }

    @Test func unknownRuleIsNil() {
        #expect(RuleCatalogue.rule("PLAN-NOTHING") == nil)
    }

    @Test func ruleTableHasARowPerRule() {
        let table = RuleTable.markdown()
        let lines = table.split(separator: "\n")
        #expect(lines.first == "| id | level (2010) | level (2008) | rule | source |")
        #expect(lines.count == 2 + RuleCatalogue.all.count)
        #expect(table.contains("| REVIEW-PARTNERS | error | n/a | "))
        #expect(table.contains("| PLAN-SIGN-OFF | error | warning | "))
    }

    // MARK: The unmodified fixture passes

    /// Every diagnostic of the unmodified minimal fixture, checked once per edition.
    static let fixtureDiagnostics: [Edition: [Diagnostic]] = {
        var result: [Edition: [Diagnostic]] = [:]
        for edition in Edition.allCases {
            guard let site = try? TestSite() else { continue }
            defer { site.cleanUp() }
            try? site.replace("edition: \"2010\"", with: "edition: \"\(edition.rawValue)\"", in: "trustsite.yml")
            let outcome = SiteInspection(root: site.root, clock: BuildClock(today: Day(iso: checkToday)!)).run()
            if case .checked(let report) = outcome { result[edition] = report.diagnostics }
        }
        return result
    }()

    @Test(arguments: Edition.allCases)
    func fixturePassesEveryRule(edition: Edition) throws {
        let diagnostics = try #require(Self.fixtureDiagnostics[edition], "the fixture could not be checked")
        #expect(diagnostics.map(\.formatted) == [])
    }

    @Test(arguments: RuleCatalogue.all.map(\.id), Edition.allCases)
    func fixtureHasNoFindingFor(rule id: String, edition: Edition) throws {
        let diagnostics = try #require(Self.fixtureDiagnostics[edition])
        #expect(diagnostics.filter { $0.ruleID == id }.map(\.headline) == [])
    }

    @Test func fixtureInPlaceReportsItsFileCount() throws {
        let root = TestSite.fixtures.appending(path: "minimal")
        guard
            case .checked(let report) = SiteInspection(root: root, clock: BuildClock(today: Day(iso: checkToday)!))
                .run()
        else {
            Issue.record("the minimal fixture could not be checked")
            return
        }
        #expect(report.diagnostics.isEmpty)
        #expect(report.fileCount == 22)
        #expect(report.edition == .y2010)
        #expect(report.waived.isEmpty)
    }
}
