import Foundation
import Testing

@testable import TrustsiteCore

/// Boards as real Boards are: positions beyond chair and member, seats held by an organisation,
/// members representing several partners, and Boards in layers (`groups:`).
@Suite struct BoardLayersTests {
    static let board = "content/board/board.yml"

    /// Rewrites the fixture's one list of members as an executive that decides (with every member)
    /// followed by `extra` (more groups, written from `  - name:` on, each line ending in a newline).
    static func layered(_ site: TestSite, extra: String = "") throws {
        let text = try site.read(board)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "members:" {
                lines += [
                    "groups:", "  - name: Executive Board", "    purpose: Takes the Board's decisions.",
                    "    decides: true", "    members:",
                ]
            } else if line.hasPrefix("  - { name:") && line.contains("role:") && line.contains("partner:") {
                lines.append("    " + line)
            } else if line == "subgroups:" {
                lines += extra.split(separator: "\n").map(String.init)
                lines.append(String(line))
            } else {
                lines.append(String(line))
            }
        }
        try site.write(board, lines.joined(separator: "\n"))
    }

    // MARK: Positions

    @Test func anObserverDoesNotRepresentTheirPartner() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") {
            try $0.replace(
                "partner: fernlow-police }", with: "partner: fernlow-police, position: observer }", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents the police, a statutory relevant partner."
            ])
    }

    @Test func aSubstituteDoesNotRepresentTheirPartner() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace(
                "partner: fernlow-police }", with: "partner: fernlow-police, position: substitute, for: Sam Ash }",
                in: Self.board)
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline) == [
                // The police lead an action, and no member sits for them.
                "content/board/board.yml:20:1: error[BOARD-ACTION-LEADS]: Fernlow Police leads action A1.2 but no member sits on the Board for it.",
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents the police, a statutory relevant partner.",
            ])
    }

    @Test func aSubstituteForSomeoneNotOnTheBoardIsAnError() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace(
                "{ name: Lee Dale, role: Head of Probation, partner: fernlow-probation }",
                with:
                    "{ name: Lee Dale, role: Head of Probation, partner: fernlow-probation }\n  - { name: Mo Yew, role: Deputy Head, partner: fernlow-probation, position: substitute, for: Lee Dal }",
                in: Self.board)
        }
        let errors = findings.filter { $0.severity == .error }
        #expect(
            errors.map(\.headline) == [
                "content/board/board.yml:25:95: error: Mo Yew is a substitute for 'Lee Dal', who is not a member in the same list."
            ])
        #expect(errors.first?.hint == "Did you mean 'Lee Dale'?")
    }

    @Test func aSubstituteMustSayWhoTheyStandInFor() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace(
                "partner: fernlow-probation }", with: "partner: fernlow-probation, position: substitute }",
                in: Self.board)
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline) == [
                // A substitute is not a member: probation is unrepresented whoever they stand in for.
                "content/board/board.yml:20:1: error[BOARD-RELEVANT-PARTNERS]: no member represents the probation, a statutory relevant partner.",
                "content/board/board.yml:24:5: error[SITE-PUBLISHED-SET]: 'members[4].for' is missing.",
            ])
    }

    @Test func forOnAMemberWhoIsNotASubstituteIsAnError() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace(
                "partner: fernlow-probation }", with: "partner: fernlow-probation, for: Sam Ash }", in: Self.board)
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline) == [
                "content/board/board.yml:24:81: error[SITE-PUBLISHED-SET]: 'for' names the member a substitute stands in for, but this member's position is member."
            ])
    }

    @Test func coChairsChairTheBoard() throws {
        let findings = try checkedFixture("BOARD-CHAIR") { site in
            try site.replace("position: chair }", with: "position: co-chair }", in: Self.board)
            try site.replace("position: vice-chair }", with: "position: co-chair }", in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    @Test func aDeputyChairIsNotTheChair() throws {
        let findings = try checkedFixture("BOARD-CHAIR") {
            try $0.replace("position: chair }", with: "position: deputy-chair }", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == ["content/board/board.yml:20:1: error[BOARD-CHAIR]: no member is the chair."])
    }

    @Test func positionsAreShownInWords() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("position: chair }", with: "position: co-chair }", in: Self.board)
        try site.replace("position: vice-chair }", with: "position: co-chair }", in: Self.board)
        try site.replace(
            "partner: fernlow-police }",
            with:
                "partner: fernlow-police }\n  - { name: Mo Yew, role: Inspector, partner: fernlow-police, position: substitute, for: Jo Cedar }\n  - { name: Di Ash, role: Analyst, partner: fernlow-police, position: in-attendance }",
            in: Self.board)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("board/index.html")
        #expect(page.contains("<dt>Co-chair</dt>\n    <dd><strong>Sam Ash</strong>"))
        #expect(page.contains("<dt>Co-chair</dt>\n    <dd><strong>Ali Birch</strong>"))
        #expect(page.contains("<span class=\"role-tag\">Substitute for Jo Cedar</span>"))
        #expect(page.contains("<span class=\"role-tag\">In attendance</span>"))
    }

    // MARK: Seats held by an organisation

    @Test func aSeatWithAPostAndNoNameRepresentsItsPartner() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "{ name: Jo Cedar, role: Superintendent, partner: fernlow-police }",
            with: "{ post: District Commander, partner: fernlow-police }", in: Self.board)
        #expect(site.check().filter { $0.severity == .error }.map(\.headline) == [])
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("board/index.html")
        #expect(
            page.contains(
                "<span class=\"member__name\">District Commander</span>\n      <span class=\"member__role\">Fernlow Police</span>"
            ))
        let data = try output.page("data/board-members.csv")
        #expect(
            data.contains("District Commander,District Commander,member,Fernlow Police,police,,,fernlow-police,false,"))
    }

    @Test func aPostSeatKeepsItsStatutoryRole() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR") {
            try $0.replace(
                "{ name: Pat Fir, role: Director of Nursing, partner: fernlow-health }",
                with: "{ post: Chief Nurse, partner: fernlow-health, statutory_role: senior-health-lead }",
                in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    @Test func aPostAndANameTogetherIsAnError() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace("{ name: Jo Cedar,", with: "{ post: District Commander, name: Jo Cedar,", in: Self.board)
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline) == [
                "content/board/board.yml:23:13: error[SITE-PUBLISHED-SET]: 'post' is for a seat with no person named, but this member has a name."
            ])
    }

    // MARK: Several partners

    @Test func aMemberRepresentingSeveralPartnersRepresentsEach() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.removeLines(containing: "name: Lee Dale,", in: Self.board)
        try site.replace("partner: fernlow-yot }", with: "partner: [fernlow-yot, fernlow-probation] }", in: Self.board)
        #expect(site.findings("BOARD-RELEVANT-PARTNERS").isEmpty)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("board/index.html")
        #expect(page.contains("YOT Manager, Fernlow Youth Offending Team and Fernlow Probation</span>"))
    }

    @Test func eachPartnerOfAListIsCheckedAtItsPlace() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace("partner: fernlow-yot }", with: "partner: [fernlow-yot, fernlow-probaton] }", in: Self.board)
        }
        let errors = findings.filter { $0.severity == .error }.map(\.headline)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("content/board/board.yml:25:64: error[BOARD-RELEVANT-PARTNERS]:") == true)
    }

    // MARK: Groups

    @Test func aLayeredBoardPassesEveryRule() throws {
        let findings = try checkedFixture(nil) { site in
            try Self.layered(
                site,
                extra:
                    "\n  - name: Stakeholder Group\n    purpose: Hears from every partner.\n    members:\n      - { name: Bo Teal, role: Parent, partner: fernlow-youth, position: observer }\n"
            )
        }
        #expect(findings.filter { $0.severity == .error }.map(\.headline) == [])
    }

    @Test func rulesReadOnlyTheDecidingGroup() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") { site in
            try site.removeLines(containing: "name: Jo Cedar,", in: Self.board)
            try Self.layered(
                site,
                extra:
                    "\n  - name: Community Safety Group\n    members:\n      - { name: Jo Cedar, role: Superintendent, partner: fernlow-police }\n"
            )
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:24:5: error[BOARD-RELEVANT-PARTNERS]: no member represents the police, a statutory relevant partner."
            ])
    }

    @Test func statutoryRolesAreReadInTheDecidingGroup() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.removeLines(containing: "name: Sam Ash,", in: Self.board)
            try site.removeLines(containing: "name: Ali Birch,", in: Self.board)
            try site.replace(
                "partner: fernlow-police }", with: "partner: fernlow-police, position: chair }", in: Self.board)
            try Self.layered(
                site,
                extra:
                    "\n  - name: Officers Group\n    members:\n      - { name: Sam Ash, role: Director of Children's Services, partner: fernlow-council }\n"
            )
        }
        #expect(findings.count == 1)
    }

    @Test func aGroupThatDecidesMustBeNamed() throws {
        let findings = try checkedFixture(nil) { site in
            try Self.layered(site)
            try site.replace("    decides: true\n", with: "", in: Self.board)
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline) == [
                "content/board/board.yml:20:1: error: no group says it takes the Board's decisions; the Board rules read the first group, 'Executive Board'."
            ])
    }

    @Test func membersBesideGroupsIsAnError() throws {
        let findings = try checkedFixture(nil) { site in
            try Self.layered(site, extra: "\nmembers:\n  - { name: Bo Teal, role: Parent, partner: fernlow-youth }\n")
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline).contains {
                $0.contains("error: board.yml has both `members:` and `groups:`")
            })
    }

    @Test func eachGroupIsASectionOfTheBoardPage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.layered(
            site,
            extra:
                "\n  - name: Stakeholder Group\n    purpose: Hears from every partner.\n    members:\n      - { post: Parent Forum, partner: [fernlow-youth, fernlow-cvs], position: adviser }\n"
        )
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("board/index.html")
        #expect(page.contains("<h2 id=\"group-1\">Executive Board</h2>"))
        #expect(page.contains("<h2 id=\"group-2\">Stakeholder Group</h2>\n<p>Hears from every partner.</p>"))
        #expect(page.contains("<caption id=\"group-2-caption\">Members of the Stakeholder Group (1)</caption>"))
        #expect(
            page.contains(
                "<th scope=\"row\" role=\"rowheader\">Parent Forum</th><td role=\"cell\" data-label=\"Position\">Adviser</td><td role=\"cell\" data-label=\"Role\"></td><td role=\"cell\" data-label=\"Represents\">Fernlow Youth Council and Fernlow Voluntary Action</td></tr>"
            ))
        #expect(!page.contains("Members by type of partner"))
        let data = try output.page("data/board-members.csv")
        #expect(data.contains(",Stakeholder Group,fernlow-youth;fernlow-cvs,false,"))
    }

    @Test func anEmptyListOfPartnersIsMissing() throws {
        let findings = try checkedFixture(nil) {
            try $0.replace("partner: fernlow-yot }", with: "partner: [] }", in: Self.board)
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline).contains(
                "content/board/board.yml:25:41: error[BOARD-RELEVANT-PARTNERS]: 'members[5].partner' is empty."))
    }

    @Test func aGroupWithoutANameIsAnErrorAtItsLine() throws {
        let findings = try checkedFixture(nil) { site in
            try Self.layered(
                site,
                extra:
                    "  - purpose: No name.\n    members:\n      - { name: Bo Teal, role: Parent, partner: fernlow-youth }\n"
            )
        }
        #expect(
            findings.filter { $0.severity == .error }.map(\.headline) == [
                "content/board/board.yml:43:5: error[SITE-PUBLISHED-SET]: 'groups[2].name' is missing."
            ])
    }

    @Test func theLeadersCountOnlyFullMembers() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "partner: fernlow-police }",
            with:
                "partner: fernlow-police }\n  - { name: Di Ash, role: Analyst, partner: fernlow-police, position: in-attendance }",
            in: Self.board)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try output.page("board/index.html").contains("<dt>Members</dt>\n    <dd>18</dd>"))
    }
}
