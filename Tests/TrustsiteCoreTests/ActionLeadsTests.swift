import Foundation
import Testing

@testable import TrustsiteCore

/// Joint lead partners and a lead officer on an action.
@Suite struct ActionLeadsTests {
    static let p1 = "content/plan/priorities/p1-health.md"
    static let joint = "lead: [fernlow-police, fernlow-college]\n    lead_officer: Head of Early Help (Sam Patel)"

    @Test func jointLeadsAndALeadOfficerAreRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("lead: fernlow-police", with: Self.joint, in: Self.p1)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let action = try #require(content?.plan?.actions.dropFirst().first)
        #expect(action.leadPartnerIDs == ["fernlow-police", "fernlow-college"])
        #expect(action.leadLocations.map(\.line) == [19, 19])
        #expect(action.leadOfficer == LeadOfficer(post: "Head of Early Help", name: "Sam Patel"))
    }

    @Test func aLeadOfficerIsAPostWithAnOptionalName() {
        #expect(LeadOfficer(written: "Head of Early Help").name == nil)
        #expect(LeadOfficer(written: "Head of Early Help").text == "Head of Early Help")
        #expect(LeadOfficer(written: "Head of Service (Schools) (Ali Khan)").post == "Head of Service (Schools)")
        #expect(LeadOfficer(written: "Head of Service (Schools) (Ali Khan)").name == "Ali Khan")
        #expect(LeadOfficer(written: "(Ali Khan)").post == "(Ali Khan)")
    }

    @Test func anUnknownJointLeadIsAnErrorAtItsOwnLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "lead: fernlow-police", with: "lead:\n      - fernlow-police\n      - fernlow-colege", in: Self.p1)
        #expect(
            site.messages().first?.hasPrefix(
                "content/plan/priorities/p1-health.md:21:9: error[BOARD-ACTION-LEADS]: the lead partner of action A1.2 is 'fernlow-colege'"
            ) == true)
    }

    @Test func everyJointLeadMustSitOnTheBoard() throws {
        let findings = try checkedFixture("BOARD-ACTION-LEADS") { site in
            try site.replace("lead: fernlow-police", with: Self.joint, in: Self.p1)
            try site.removeLines(containing: "Di Larch", in: "content/board/board.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-ACTION-LEADS]: Fernlow College leads action A1.2 but no member sits on the Board for it."
            ])
    }

    @Test func jointLeadsPassWhenEachSitsOnTheBoard() throws {
        let findings = try checkedFixture(nil) { site in
            try site.replace("lead: fernlow-police", with: Self.joint, in: Self.p1)
        }
        #expect(findings.map(\.formatted) == [])
    }

    @Test func anEmptyLeadListIsReportedMissing() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") { site in
            try site.replace("lead: fernlow-police", with: "lead: []", in: Self.p1)
        }
        #expect(findings.map(\.headline).first?.contains("action A1.2 does not say which partner leads it") == true)
    }

    @Test func theCardShowsJointLeadsAndTheLeadOfficer() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("lead: fernlow-police", with: Self.joint, in: Self.p1)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/priorities/p1-health/index.html")
        #expect(
            page.contains(
                "<dt>Joint lead partners</dt>\n        <dd><a href=\"/board/\">Fernlow Police</a> and <a href=\"/board/\">Fernlow College</a></dd>"
            ))
        #expect(page.contains("<dt>Lead officer</dt>\n        <dd>Head of Early Help (Sam Patel)</dd>"))
        #expect(page.contains("<dt>Lead partner</dt>\n        <dd><a href=\"/board/\">Fernlow Health Board</a></dd>"))
        let csv = try output.page("data/plan-actions.csv")
        #expect(csv.contains(",Fernlow Police; Fernlow College,"))
        #expect(csv.contains(",Head of Early Help (Sam Patel)\r\n"))
    }
}

extension ActionLeadsTests {
    /// A site's own copy of the action card, written before joint leads, still names every lead.
    @Test func anOlderCardTemplateStillNamesTheLeads() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("lead: fernlow-police", with: Self.joint, in: Self.p1)
        let content = try #require(site.load().0)
        let action = try #require(content.plan?.actions.dropFirst().first)
        let lead = ContextBuilder(content: content).actionFields(action)["lead"] as? [String: Any]
        #expect(lead?["name"] as? String == "Fernlow Police and Fernlow College")
    }
}
