import Foundation
import Testing

@testable import TrustsiteCore

/// Sign-off as it happened: by the Board, or by the council's Cabinet and full Council.
@Suite struct SignOffTests {
    static let plan = "content/plan/index.md"
    static let board = """
        sign_off:
          date: 2025-03-10
          meeting: Children's Trust Board, 10 March 2025
          minute: CTB 25/3
        """
    static let cabinetThenCouncil = """
        sign_off:
          - by: Cabinet
            date: 2025-03-04
            minute: C/25/42
          - by: Full Council
            date: 2025-03-20
            meeting: Full Council, 20 March 2025
            minute: FC/25/9
        """

    static func signedOffByCabinet(_ site: TestSite) throws {
        try site.replace(board, with: cabinetThenCouncil, in: plan)
    }

    @Test func severalSignOffsAreReadInOrder() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.signedOffByCabinet(site)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        let signOffs = try #require(content?.plan?.signOffs)
        #expect(signOffs.map(\.body) == ["Cabinet", "Full Council"])
        #expect(signOffs.map(\.minute) == ["C/25/42", "FC/25/9"])
        #expect(signOffs.map(\.isByBoard) == [false, false])
        #expect(signOffs[1].location.line == 9)
    }

    @Test func theBoardIsTheDefaultAndMayBeNamed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.load().0?.plan?.signOffs.map(\.isByBoard) == [true])
        for name in ["Children's Trust Board", "the Children’s Trust Board", "Board"] {
            let signOff = Plan.SignOff(
                body: name, date: Day(iso: "2025-03-10")!, location: SourceLocation(file: "f", line: 1, column: 1),
                places: .file("f"))
            #expect(signOff.isByBoard, "\(name)")
        }
    }

    @Test func aSignOffWithoutADateIsAnErrorAtItsEntry() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(Self.board, with: Self.cabinetThenCouncil, in: Self.plan)
        try site.replace("    date: 2025-03-20\n", with: "", in: Self.plan)
        #expect(
            site.messages().first?.hasPrefix(
                "content/plan/index.md:9:5: error[PLAN-SIGN-OFF]: 'sign_off[2].date' is missing.") == true)
    }

    @Test func in2010OnlyCabinetFailsAtTheSignOffLine() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF", Self.signedOffByCabinet)
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:5:1: error[PLAN-SIGN-OFF]: the plan is signed off only by Cabinet and Full Council: under the 2010 edition the Children's Trust Board must sign it off."
            ])
        #expect(findings.first?.hint?.contains("edition: 2008") == true)
    }

    @Test func in2008AnotherBodyIsEnough() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF") { site in
            try EditionTests.use2008(site)
            try Self.signedOffByCabinet(site)
        }
        #expect(findings.isEmpty)
    }

    @Test func in2010TheBoardAndCabinetTogetherPass() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF") { site in
            try site.replace(
                Self.board,
                with: Self.cabinetThenCouncil
                    + "\n  - date: 2025-03-10\n    meeting: Children's Trust Board, 10 March 2025", in: Self.plan)
        }
        #expect(findings.isEmpty)
    }

    @Test func eachSignOffNamesAMeetingOrMinute() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF") { site in
            try EditionTests.use2008(site)
            try Self.signedOffByCabinet(site)
            try site.replace("    minute: C/25/42\n", with: "", in: Self.plan)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:6:5: warning[PLAN-SIGN-OFF]: the sign-off names neither the meeting nor the minute."
            ])
    }

    @Test func thePlanPageShowsWhoAgreedIt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.signedOffByCabinet(site)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/index.html")
        #expect(page.contains("<dd>Cabinet, <time datetime=\"2025-03-04\">4 March 2025</time> (minute C/25/42)</dd>"))
        #expect(
            page.contains(
                "<dd>Full Council, <time datetime=\"2025-03-20\">20 March 2025</time> (minute FC/25/9)</dd>"
            ))
        let whole = try output.page("plan/whole/index.html")
        #expect(whole.contains("By Cabinet, 4 March 2025 (minute C/25/42); By Full Council, 20 March 2025"))
    }

    /// A meeting written with its date says the date once, marked up where it is written.
    @Test func theBoardsSignOffSaysItsDateOnce() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("plan/index.html")
        #expect(
            page.contains(
                "<dd>Children&#39;s Trust Board, <time datetime=\"2025-03-10\">10 March 2025</time> (minute CTB 25/3)</dd>"
            ))
    }
}
