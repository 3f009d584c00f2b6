import Foundation
import Testing

@testable import TrustsiteCore

/// The Board's rules (BOARD-*).
@Suite struct BoardRuleTests {
    static let board = "content/board/board.yml"

    /// Removes the member called `name` from the Board.
    static func removeMember(_ name: String) -> (TestSite) throws -> Void {
        { try $0.removeLines(containing: "name: \(name),", in: board) }
    }

    static func addMemberHint(type: String, role: String) -> String {
        """
        Add the partner and its member to content/board/board.yml:
            partners:
              - id: (partner id)
                name: (organisation)
                type: \(type)
            members:
              - name: (name)
                role: \(role)
                partner: (partner id)
        """
    }

    // MARK: BOARD-LA

    @Test func neitherDirectorNorLeadMember() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace("role: Director of Children's Services", with: "role: Chief Executive", in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        // At the council member likeliest to hold one of the posts, asking whether they do.
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:22:5: error[BOARD-LA]: neither the Director of Children's Services nor the Lead Member for children's services is a member."
            ])
        let add = Self.addMemberHint(type: "local-authority", role: "Director of Children's Services")
        #expect(
            findings.first?.hint
                == "Is Ali Birch (Councillor) the lead member for children's services? "
                + "Add `statutory_role: lead-member` inside the braces on line 22 of content/board/board.yml.\n"
                + "If neither post is on the Board, a" + add.dropFirst())
    }

    @Test func directorSittingForAnotherPartnerDoesNotCount() throws {
        // The roles are only the local authority's if the members sit for a local-authority partner;
        // with no council member at all, the help is the lines to add one.
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace("type: local-authority", with: "type: district-council", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-LA]: neither the Director of Children's Services nor the Lead Member for children's services is a member."
            ])
        #expect(
            findings.first?.hint == Self.addMemberHint(type: "local-authority", role: "Director of Children's Services")
        )
    }

    @Test func leadMemberAloneIsEnough() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace("role: Director of Children's Services", with: "role: Chief Executive", in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    @Test func directorWithACurlyApostropheCounts() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                "role: Director of Children's Services", with: "role: Director of Children\u{2019}s Services",
                in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    // MARK: BOARD-RELEVANT-PARTNERS

    @Test func statutoryPartnerMissing() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS", Self.removeMember("Jo Cedar"))
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents the police, a statutory relevant partner."
            ])
        #expect(
            findings.first?.hint == Self.addMemberHint(type: "police", role: "(their role)") + """

                or, if there is none in the area, declare it in trustsite.yml:
                    absent_partner_types:
                      - type: police
                        reason: (why there is none locally)
                """)
        #expect(findings.first?.citation == "000 §3.11, Appendix s10(4); 001 changes box, §7")
    }

    @Test func declaredAbsentTypeIsNotRequired() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") { site in
            try Self.removeMember("Jo Cedar")(site)
            try site.replace(
                "absent_partner_types:\n",
                with: "absent_partner_types:\n  - type: police\n    reason: Policed from the next county.\n",
                in: "trustsite.yml")
        }
        #expect(findings.isEmpty)
    }

    @Test func declaredAbsentWithoutAReason() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") { site in
            try Self.removeMember("Jo Cedar")(site)
            try site.replace(
                "absent_partner_types:\n", with: "absent_partner_types:\n  - type: police\n    reason: \" \"\n",
                in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:17:13: error[BOARD-RELEVANT-PARTNERS]: the partner type police is declared absent without a reason."
            ])
        #expect(
            findings.first?.hint
                == "Add `reason:` saying why there is no such partner in the area; it is published on the Board page.")
    }

    @Test func anyKindOfSchoolMeetsTheSchoolsDuty() throws {
        // Schools, Academies, special schools and PRUs are one group: the Academy alone meets it.
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") { site in
            try Self.removeMember("Val Ivy")(site)
            try Self.removeMember("Cal Kale")(site)
        }
        #expect(findings.isEmpty)
    }

    @Test
    func academiesAbsentDoesNotExcuseSchools() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") { site in
            for name in ["Val Ivy", "Ash Juniper", "Cal Kale"] { try Self.removeMember(name)(site) }
            try site.replace(
                "absent_partner_types:\n",
                with: "absent_partner_types:\n  - type: academy\n    reason: There are no Academies in Fernlow.\n",
                in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents schools, a statutory relevant partner."
            ])
    }

    // MARK: BOARD-HEALTH-SENIOR

    @Test func noSeniorHealthRepresentative() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR", Self.removeMember("Pat Fir"))
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: warning[BOARD-HEALTH-SENIOR]: no senior health representative sits on the Board."
            ])
        #expect(
            findings.first?.hint
                == Self.addMemberHint(type: "health", role: "Director of Nursing, accountable for children's health"))
    }

    @Test func noLeadGP() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR", Self.removeMember("Dr Ray Gorse"))
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: warning[BOARD-HEALTH-SENIOR]: no lead GP sits on the Board."
            ])
        #expect(findings.first?.hint == Self.addMemberHint(type: "gp", role: "Lead GP for children"))
    }

    @Test func aGPSittingForHealthCountsAsTheLeadGP() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR") { site in
            try site.replace("partner: fernlow-gp", with: "partner: fernlow-health", in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    // MARK: BOARD-THIRD-SECTOR, BOARD-PRIVATE-SECTOR

    @Test func noThirdSector() throws {
        let findings = try checkedFixture("BOARD-THIRD-SECTOR", Self.removeMember("Gus Oak"))
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: warning[BOARD-THIRD-SECTOR]: no member represents the voluntary and community sector."
            ])
        #expect(
            findings.first?.hint
                == Self.addMemberHint(type: "third-sector", role: "Chief Executive, Council for Voluntary Service"))
    }

    @Test func noPrivateSector() throws {
        let findings = try checkedFixture("BOARD-PRIVATE-SECTOR", Self.removeMember("Ivy Quince"))
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: warning[BOARD-PRIVATE-SECTOR]: no member represents the private sector."
            ])
        #expect(
            findings.first?.hint
                == Self.addMemberHint(type: "private-sector", role: "Representative of local employers"))
    }

    // MARK: BOARD-VOICE

    @Test func noVoiceOfChildrenAndParents() throws {
        let findings = try checkedFixture("BOARD-VOICE") { site in
            try Self.removeMember("Jay Rowan")(site)
            try site.removeLines(containing: "voice:", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: warning[BOARD-VOICE]: the Board page does not say how children, young people and parents are heard."
            ])
    }

    @Test func eitherAMemberOrAStatementIsEnough() throws {
        #expect(try checkedFixture("BOARD-VOICE", Self.removeMember("Jay Rowan")).isEmpty)
        #expect(try checkedFixture("BOARD-VOICE") { try $0.removeLines(containing: "voice:", in: Self.board) }.isEmpty)
    }

    // MARK: BOARD-CHAIR

    @Test func noChair() throws {
        let findings = try checkedFixture("BOARD-CHAIR") {
            try $0.replace(", position: chair }", with: " }", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-CHAIR]: no member is the chair."
            ])
        #expect(findings.first?.hint == "Add `position: chair` to the member who chairs the Board.")
    }

    @Test func twoChairs() throws {
        let findings = try checkedFixture("BOARD-CHAIR") {
            try $0.replace(
                "partner: fernlow-police }", with: "partner: fernlow-police, position: chair }", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:23:80: error[BOARD-CHAIR]: more than one member is the chair (Sam Ash, Jo Cedar)."
            ])
        #expect(
            findings.first?.hint
                == "Keep `position: chair` on one member; use `vice-chair` for a deputy, or `co-chair` on each member who shares the chair."
        )
    }

    // MARK: BOARD-SUBGROUPS

    @Test func noSubgroups() throws {
        let findings = try checkedFixture("BOARD-SUBGROUPS") { site in
            try site.removeLines(containing: "subgroups:", in: Self.board)
            try site.removeLines(containing: "Early Help Partnership", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:1:1: warning[BOARD-SUBGROUPS]: no sub-groups are listed."
            ])
    }

    @Test func subgroupWithoutPurpose() throws {
        let findings = try checkedFixture("BOARD-SUBGROUPS") {
            try $0.replace("purpose: Leads early help., ", with: "", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:40:5: warning[BOARD-SUBGROUPS]: the sub-group \"Early Help Partnership\" has no purpose."
            ])
        #expect(findings.first?.hint == "Add `purpose:` saying what it does.")
    }

    // MARK: BOARD-LSCB-INDEPENDENT

    @Test func lscbRelationshipNotStated() throws {
        let findings = try checkedFixture("BOARD-LSCB-INDEPENDENT") {
            try $0.removeLines(containing: "relationship:", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:41:1: warning[BOARD-LSCB-INDEPENDENT]: the Board page does not state its relationship with the Local Safeguarding Children Board."
            ])
    }

    @Test func noLSCBAtAll() throws {
        let findings = try checkedFixture("BOARD-LSCB-INDEPENDENT") { site in
            for line in ["lscb:", "  name: Fernlow LSCB", "relationship:"] {
                try site.removeLines(containing: line, in: Self.board)
            }
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:1:1: warning[BOARD-LSCB-INDEPENDENT]: the Board page does not state its relationship with the Local Safeguarding Children Board."
            ])
    }

    // MARK: BOARD-ACTION-LEADS

    @Test func actionLedByAPartnerWithNoMember() throws {
        let findings = try checkedFixture("BOARD-ACTION-LEADS", Self.removeMember("Di Larch"))
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-ACTION-LEADS]: Fernlow College leads action A2.1 but no member sits on the Board for it."
            ])
        #expect(
            findings.first?.hint
                == "Add a member for it in content/board/board.yml:\n    members:\n      - name: (name)\n        role: (role)\n        partner: fernlow-college"
        )
    }

    @Test func aPartnerLeadingTwoActionsIsReportedOnce() throws {
        let findings = try checkedFixture("BOARD-ACTION-LEADS") { site in
            try Self.removeMember("Pat Fir")(site)
            try site.replace(
                "lead: fernlow-police", with: "lead: fernlow-health", in: "content/plan/priorities/p1-health.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-ACTION-LEADS]: Fernlow Health Board leads action A1.1 but no member sits on the Board for it."
            ])
    }
}
