import Foundation
import Testing

@testable import TrustsiteCore

/// Every finding points where the fix goes (README: When something is wrong): a wrong value at
/// its line; an id written as a key at the key; a missing key at the item or mapping that lacks it
/// (line 1 for a file's top level or front matter); a missing entry of a map at the map's key; a
/// missing document at the path where it belongs, with no line.
@Suite struct DefectLocationTests {
    struct Defect: Sendable, CustomTestStringConvertible {
        let name: String
        let edit: @Sendable (TestSite) throws -> Void
        /// `path:line:col: level[RULE]`, the start of the finding's headline.
        let at: String
        var today = checkToday

        var testDescription: String { name }
    }

    static let plan = "content/plan/index.md"
    static let priority = "content/plan/priorities/p1-health.md"
    static let review = "content/reviews/2025-26.md"
    static let service = "content/offer/services/youth-club.md"
    static let board = "content/board/board.yml"

    static let defects: [Defect] = [
        // A wrong value: its line and column.
        Defect(
            name: "a status word outside the set",
            edit: { try $0.replace("status: complete", with: "status: done", in: review) },
            at: "\(review):6:19: error[REVIEW-PROGRESS]"),
        Defect(
            name: "an unknown lead partner",
            edit: { try $0.replace("lead: fernlow-police", with: "lead: fernlow-polce", in: priority) },
            at: "\(priority):19:11: error[BOARD-ACTION-LEADS]"),
        Defect(
            name: "an unknown outcome, among others",
            edit: { try $0.replace("[be-healthy, stay-safe]", with: "[be-healthy, stay-safer]", in: priority) },
            at: "\(priority):5:24: error[PLAN-OUTCOMES]"),
        Defect(
            name: "a malformed sign-off date",
            edit: { try $0.replace("  date: 2025-03-10", with: "  date: 10 March 2025", in: plan) },
            at: "\(plan):6:9: error[PLAN-SIGN-OFF]"),
        Defect(
            name: "an unsafe service web address",
            edit: {
                try $0.replace(
                    "contact: { email: youth@fernlow.example",
                    with: "contact: { web: \"javascript:x()\", email: youth@fernlow.example",
                    in: service)
            },
            at: "\(service):10:17: error[SITE-SAFE-CONTENT]"),
        Defect(
            name: "a service checked too long ago",
            edit: { try $0.replace("last_checked: 2026-04-01", with: "last_checked: 2025-04-01", in: service) },
            at: "\(service):14:15: warning[OFFER-UP-TO-DATE]"),
        Defect(
            name: "a service naming no outcome",
            edit: {
                try $0.replace(
                    "outcomes: [enjoy-and-achieve, positive-contribution]", with: "outcomes: []", in: service)
            },
            at: "\(service):6:11: warning[OFFER-SERVICE-OUTCOMES]"),
        Defect(
            name: "a priority naming no outcome",
            edit: { try $0.replace("outcomes: [be-healthy, stay-safe]", with: "outcomes: []", in: priority) },
            at: "\(priority):5:11: error[PLAN-OUTCOMES]"),
        Defect(
            name: "a plan past its review date",
            edit: { try $0.replace("review_by: 2027-03-31", with: "review_by: 2026-03-31", in: plan) },
            at: "\(plan):10:12: warning[SITE-STALE]"),
        Defect(
            name: "a report whose period falls short of its year",
            edit: { try $0.replace("end: 2026-03-31 }", with: "end: 2026-03-30 }", in: review) },
            at: "\(review):3:9: error[REVIEW-EXISTS]"),
        // An id written as a key: the key, not the line under it.
        Defect(
            name: "progress under an id the plan lacks",
            edit: { try $0.replace("  A1.1: {", with: "  A1.9: {", in: review) },
            at: "\(review):6:3: error[REVIEW-PROGRESS]"),
        Defect(
            name: "a statement under an id that is not a partner",
            edit: { try $0.replace("  fernlow-police: On track", with: "  fernlow-polce: On track", in: review) },
            at: "\(review):11:3: error[REVIEW-PARTNERS]"),
        // A missing key: the item of a list, or the key of the mapping, that lacks it.
        Defect(
            name: "an action without a measure",
            edit: { try $0.removeLines(containing: "measure: Drop-ins open", in: priority) },
            at: "\(priority):8:5: error[PLAN-ACTIONS]"),
        Defect(
            name: "a sign-off without meeting or minute",
            edit: {
                try $0.removeLines(containing: "  meeting: ", in: plan)
                try $0.removeLines(containing: "  minute: ", in: plan)
            },
            at: "\(plan):5:1: error[PLAN-SIGN-OFF]"),
        Defect(
            name: "a sign-off without a date",
            edit: { try $0.removeLines(containing: "  date: 2025-03-10", in: plan) },
            at: "\(plan):5:1: error[PLAN-SIGN-OFF]"),
        Defect(
            name: "a partner without a type",
            edit: { try $0.replace("name: Fernlow Police, type: police }", with: "name: Fernlow Police }", in: board) },
            at: "\(board):4:5: error[BOARD-RELEVANT-PARTNERS]"),
        Defect(
            name: "a Board without a chair",
            edit: { try $0.replace(", position: chair }", with: " }", in: board) },
            at: "\(board):20:1: error[BOARD-CHAIR]"),
        // A key left blank: the key's line.
        Defect(
            name: "a blank measure",
            edit: { try $0.replace("measure: Drop-ins open", with: "measure:", in: priority) },
            at: "\(priority):14:5: error[PLAN-ACTIONS]"),
        // A key missing from a file's front matter or top level: line 1.
        Defect(
            name: "a plan without a published date",
            edit: { try $0.removeLines(containing: "published: 2025-04-01", in: plan) },
            at: "\(plan):1:1: error[PLAN-PUBLISHED-DATE]"),
        Defect(
            name: "a service without a last-checked date",
            edit: { try $0.removeLines(containing: "last_checked:", in: service) },
            at: "\(service):1:1: warning[OFFER-UP-TO-DATE]"),
        // A missing entry of a map: the map's key.
        Defect(
            name: "an action with no progress entry",
            edit: { try $0.removeLines(containing: "  A1.2: {", in: review) },
            at: "\(review):5:1: error[REVIEW-PROGRESS]"),
        Defect(
            name: "a partner with no statement",
            edit: { try $0.removeLines(containing: "  fernlow-police: On track", in: review) },
            at: "\(review):9:1: error[REVIEW-PARTNERS]"),
        // A missing document: the path where it belongs, with no line.
        Defect(
            name: "no plan",
            edit: { try $0.remove(plan) },
            at: "\(plan): error[SITE-PUBLISHED-SET]"),
        Defect(
            name: "no annual report for a year that has ended",
            edit: { try $0.remove(review) },
            at: "\(review): error[REVIEW-EXISTS]"),
        Defect(
            name: "no have-your-say page",
            edit: { try $0.remove("content/pages/have-your-say.md") },
            at: "content/pages/have-your-say.md: error[SITE-HAVE-YOUR-SAY]"),
        Defect(
            name: "no Board",
            edit: { try $0.remove(board) },
            at: "\(board): error[SITE-PUBLISHED-SET]"),
    ]

    @Test(arguments: defects)
    func findingPointsWhereTheFixGoes(_ defect: Defect) throws {
        let diagnostics = try checkedFixture(nil, today: defect.today, defect.edit)
        #expect(
            diagnostics.contains { $0.headline.hasPrefix(defect.at + ": ") },
            "expected \(defect.at) in:\n\(diagnostics.map(\.headline).joined(separator: "\n"))")
    }

    /// The README's own example is what `check` prints for those mistakes on the example site.
    @Test func theReadmeExampleIsWhatCheckPrints() throws {
        let readme = try String(contentsOf: TestSite.repository.appending(path: "README.md"), encoding: .utf8)
        let site = try TestSite.example()
        defer { site.cleanUp() }
        try site.replace("\npublished: 2025-04-01\n", with: "\npublished: next spring\n", in: Self.plan)
        try site.replace("\nupdated: 2026-07-01\n", with: "\nupdatd: 2026-07-01\n", in: Self.plan)
        try site.replace("\n  A1.1:\n", with: "\n  A1.9:\n", in: Self.review)
        let report = try #require(site.checkReport())
        let printed = TextReport.render(report.diagnostics, fileCount: report.fileCount)
        #expect(
            readme.contains("```\n" + printed + "```\n"), "README: When something is wrong should show:\n\(printed)")
    }
}
