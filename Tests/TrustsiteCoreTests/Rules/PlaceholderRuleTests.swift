import Foundation
import Testing

@testable import TrustsiteCore

/// A placeholder or an empty value in a field a rule requires fails that rule, at the field's line.
/// Each of these passed before the placeholder detector was applied.
@Suite struct PlaceholderRuleTests {
    static let review = "content/reviews/2025-26.md"
    static let board = "content/board/board.yml"
    static let plan = "content/plan/index.md"
    static let p1 = "content/plan/priorities/p1-health.md"
    static let service = "content/offer/services/youth-club.md"

    // MARK: Board

    @Test(arguments: ["\"\"", "TBC", "\"[Name of chair]\"", "Vacant"])
    func chairWithoutARealName(_ name: String) throws {
        let findings = try checkedFixture("BOARD-CHAIR") {
            try $0.replace("{ name: Sam Ash,", with: "{ name: \(name),", in: Self.board)
        }
        #expect(findings.map(\.location.description) == ["\(Self.board):21:13"])
        #expect(findings.first?.message.hasPrefix("the chair's 'name' is ") == true)
        #expect(findings.first?.message.hasSuffix(": name the person who chairs the Board.") == true)
    }

    @Test func aMemberWithAPlaceholderNameIsAnEmptySeat() throws {
        let findings = try checkedFixture("BOARD-RELEVANT-PARTNERS") {
            try $0.replace("{ name: Jo Cedar,", with: "{ name: TBC,", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.board):23:13: error[BOARD-RELEVANT-PARTNERS]: no member represents the police, a statutory relevant partner: its member's 'name' is a placeholder ('TBC')."
            ])
    }

    @Test func subgroupPurposeVoiceAndLSCBRelationship() throws {
        let diagnostics = try checkedFixture(nil) { site in
            try site.replace("purpose: Leads early help.", with: "purpose: TBC", in: Self.board)
            try site.replace(
                "relationship: The LSCB is independent and not subordinate to the Board.",
                with: "relationship: To be agreed", in: Self.board)
            try site.replace(
                "voice: The Youth Council and the parent forum report to every meeting.", with: "voice: \"-\"",
                in: Self.board)
            try site.removeLines(containing: "Jay Rowan", in: Self.board)
        }
        #expect(
            diagnostics.filter { $0.ruleID?.hasPrefix("BOARD-") == true }.map(\.headline) == [
                "\(Self.board):39:46: warning[BOARD-SUBGROUPS]: the sub-group \"Early Help Partnership\": 'purpose' is a placeholder ('TBC'): say what it does.",
                "\(Self.board):42:17: warning[BOARD-LSCB-INDEPENDENT]: the LSCB's 'relationship' is a placeholder ('To be agreed'): state how the Board and the LSCB relate.",
                "\(Self.board):43:8: warning[BOARD-VOICE]: 'voice' is a placeholder ('-'): say how children, young people and parents are heard.",
            ])
    }

    // MARK: Plan

    @Test func signOffWithPlaceholders() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF") { site in
            try site.replace("meeting: Children's Trust Board, 10 March 2025", with: "meeting: TBC", in: Self.plan)
            try site.replace("minute: CTB 25/3", with: "minute: \"?\"", in: Self.plan)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.plan):7:12: error[PLAN-SIGN-OFF]: the sign-off's 'meeting' is a placeholder ('TBC'): name the meeting that agreed the plan.",
                "\(Self.plan):8:11: error[PLAN-SIGN-OFF]: the sign-off's 'minute' is a placeholder ('?'): give the minute's reference.",
            ])
    }

    @Test func actionWithPlaceholderMeasureAndWhat() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") { site in
            try site.replace("measure: Drop-ins open", with: "measure: to be confirmed", in: Self.p1)
            try site.replace("what: Train every school in online safety.", with: "what: \"\"", in: Self.p1)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.p1):14:14: error[PLAN-ACTIONS]: action A1.1: 'measure' is a placeholder ('to be confirmed'): say how progress is measured.",
                "\(Self.p1):18:11: error[PLAN-ACTIONS]: action A1.2: 'what' is empty: say what will be done.",
            ])
    }

    @Test func resourcesTBCOnAPriorityIsOneFinding() throws {
        let findings = try checkedFixture("PLAN-RESOURCES") { site in
            try site.replace("resources: £100,000 a year", with: "resources: TBC", in: Self.p1)
            try site.replace("resources: 2 nurses", with: "resources: N/A", in: Self.p1)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.p1):6:12: warning[PLAN-RESOURCES]: priority P1: 'resources' is a placeholder ('TBC'): state the resources committed (1 action relies on it).",
                "\(Self.p1):12:16: warning[PLAN-RESOURCES]: action A1.1: 'resources' is a placeholder ('N/A'): state the resources committed.",
            ])
    }

    // MARK: Review

    @Test(arguments: ["TBC", "TBC - awaiting data", "\"\"", "N/A", "\"[evidence]\""])
    func evidenceThatIsAPlaceholder(_ evidence: String) throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace(
                "evidence: Two drop-ins opened in January 2026.", with: "evidence: \(evidence)", in: Self.review)
        }
        #expect(findings.count == 1)
        #expect(findings.first?.location.description == "\(Self.review):6:39")
        #expect(findings.first?.message.hasPrefix("action A1.1: 'evidence' is ") == true)
        #expect(
            findings.first?.message.hasSuffix(": write what happened, or why there is nothing to report yet.") == true)
    }

    @Test func anEmptyEvidenceIsNotReportedTwice() throws {
        let findings = try checkedFixture("REVIEW-PROGRESS") {
            try $0.replace("evidence: Two drop-ins opened in January 2026.", with: "evidence: \"\"", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.review):6:39: error[REVIEW-PROGRESS]: action A1.1: 'evidence' is empty: write what happened, or why there is nothing to report yet."
            ])
    }

    @Test(arguments: [("\"\"", "empty"), ("TBC", "a placeholder ('TBC')"), ("\"-\"", "a placeholder ('-')")])
    func partnerStatementThatIsAPlaceholder(_ statement: String, _ described: String) throws {
        let findings = try checkedFixture("REVIEW-PARTNERS") {
            try $0.replace(
                "fernlow-health: Led its action and finished it.", with: "fernlow-health: \(statement)", in: Self.review
            )
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.review):10:19: error[REVIEW-PARTNERS]: the statement for Fernlow Health Board is \(described): say how far it acted in accordance with the plan."
            ])
    }

    /// Left blank, the statement is empty at its id (the key is where it is written).
    @Test func partnerStatementLeftBlank() throws {
        let findings = try checkedFixture("REVIEW-PARTNERS") {
            try $0.replace("fernlow-health: Led its action and finished it.", with: "fernlow-health:", in: Self.review)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.review):10:3: error[REVIEW-PARTNERS]: the statement for Fernlow Health Board is empty: say how far it acted in accordance with the plan."
            ])
    }

    // MARK: Offer

    @Test func serviceWithPlaceholdersAndABrokenContact() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { site in
            try site.replace(
                "access: Just turn up, Monday to Thursday, 6pm to 9pm.", with: "access: TBC", in: Self.service)
            try site.replace(
                "contact: { email: youth@fernlow.example, phone: 01632 960 998 }",
                with: "contact: { email: TBC, phone: 01632 96, web: www.fernlow.example }", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "\(Self.service):9:9: error[OFFER-SERVICES]: the service \"Fernlow Youth Club\": 'access' is a placeholder ('TBC'): say how to get it.",
                "\(Self.service):10:19: error[OFFER-SERVICES]: 'contact.email' is a placeholder ('TBC'), not an email address.",
                "\(Self.service):10:31: error[OFFER-SERVICES]: 'contact.phone' is not a phone number ('01632 96'): it has 7 digits; a UK number has 11, e.g. 01632 960 100.",
                "\(Self.service):10:46: error[OFFER-SERVICES]: 'contact.web' is not a web address ('www.fernlow.example'): it does not start with https://.",
            ])
    }

    // MARK: Site

    @Test func anEmailThatIsTBCIsNoContactRoute() throws {
        let diagnostics = try checkedFixture(nil) { site in
            try site.replace("email: trust@fernlow.example", with: "email: TBC", in: "trustsite.yml")
            for line in ["phone: 01632 960 999", "address:", "- Fernlow Town Hall"] {
                try site.removeLines(containing: line, in: "trustsite.yml")
            }
        }
        #expect(
            diagnostics.filter { $0.ruleID == "SITE-CONTACT" }.map(\.headline) == [
                "trustsite.yml:10:10: error[SITE-CONTACT]: 'contact.email' is a placeholder ('TBC'), not an email address."
            ])
        // Not a route for views and concerns, nor for another format, either.
        #expect(
            diagnostics.contains {
                $0.ruleID == "SITE-HAVE-YOUR-SAY"
                    && $0.message == "there is no working contact route for views and concerns."
            })
        #expect(diagnostics.contains { $0.ruleID == "SITE-ACCESSIBILITY-STATEMENT" })
    }

    @Test func invalidRoutesAreReportedEvenBesideAWorkingOne() throws {
        let findings = try checkedFixture("SITE-CONTACT") { site in
            try site.replace("phone: 01632 960 999", with: "phone: 01632 960 999 999", in: "trustsite.yml")
            try site.replace("- Fernlow Town Hall", with: "- \"[address]\"", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:11:10: error[SITE-CONTACT]: 'contact.phone' is not a phone number ('01632 960 999 999'): it has 14 digits; a UK number has 11, e.g. 01632 960 100.",
                "trustsite.yml:13:7: error[SITE-CONTACT]: 'contact.address' is a placeholder ('[address]'), not a line of a postal address.",
            ])
    }

    @Test func theTrustsNameIsAPlaceholder() throws {
        let findings = try checkedFixture("SITE-CONTACT") {
            try $0.replace("name: Fernlow Children's Trust", with: "name: Name TBC", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:1:7: error[SITE-CONTACT]: 'name' is a placeholder ('Name TBC'): write the Trust's name."
            ])
    }

    @Test func haveYourSayThatIsAPlaceholder() throws {
        let findings = try checkedFixture("SITE-HAVE-YOUR-SAY") {
            try $0.replace("have_your_say: /have-your-say/", with: "have_your_say: TBC", in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:14:18: error[SITE-HAVE-YOUR-SAY]: 'contact.have_your_say' is a placeholder ('TBC'): give the address of the page."
            ])
    }

    @Test func accessibilityStatementPlaceholders() throws {
        let findings = try checkedFixture("SITE-ACCESSIBILITY-STATEMENT") { site in
            try site.replace("by: Fernlow web team", with: "by: TBC", in: "trustsite.yml")
            try site.replace(
                "compliance: full",
                with: """
                    compliance: partial
                      non_accessible:
                        - content: Maps of youth clubs
                          reason: "?"
                          alternative: to follow
                      format_requests: { email: formats at fernlow.example }
                    """, in: "trustsite.yml")
        }
        #expect(
            findings.map(\.headline) == [
                "trustsite.yml:24:15: error[SITE-ACCESSIBILITY-STATEMENT]: 'Maps of youth clubs': 'reason' is a placeholder ('?'): say why it is not accessible.",
                "trustsite.yml:25:20: error[SITE-ACCESSIBILITY-STATEMENT]: 'Maps of youth clubs': 'alternative' is a placeholder ('to follow'): say how people can get the same information.",
                "trustsite.yml:26:29: error[SITE-ACCESSIBILITY-STATEMENT]: 'accessibility.format_requests.email' is not an email address ('formats at fernlow.example'): it contains a space.",
                "trustsite.yml:30:9: error[SITE-ACCESSIBILITY-STATEMENT]: 'accessibility.tested.by' is a placeholder ('TBC'): say who tested the site.",
            ])
    }

    @Test func aPageTitleThatIsAPlaceholder() throws {
        let findings = try checkedFixture("SITE-HEADINGS") {
            try $0.replace("title: Contact us", with: "title: TBC", in: "content/pages/contact.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/pages/contact.md:2:8: warning[SITE-HEADINGS]: 'title' is a placeholder ('TBC'): give the page a title that says what it is about."
            ])
    }

    /// Real wording that contains a placeholder word is content: no rule speaks.
    @Test func realWordingIsNotAPlaceholder() throws {
        let diagnostics = try checkedFixture(nil) { site in
            try site.replace(
                "evidence: Two drop-ins opened in January 2026.",
                with: "evidence: \"Two drop-ins opened; N/A for the third, whose figures are to follow in May.\"",
                in: Self.review)
            try site.replace(
                "purpose: Leads early help.", with: "purpose: \"Early help, to follow up every referral.\"",
                in: Self.board)
        }
        #expect(diagnostics.map(\.headline) == [])
    }
}
