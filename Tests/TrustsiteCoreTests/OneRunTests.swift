import Foundation
import Testing

@testable import TrustsiteCore

/// One run shows everything: what cannot be loaded is reported at its line, with the rule it
/// breaks, and left out; the rest is still loaded, rendered and checked, and nothing is reported
/// twice (a partner left out is not then an "unknown partner" everywhere it is named).
@Suite struct OneRunTests {
    static let clock = BuildClock(today: Day(iso: checkToday)!)

    /// Three values that cannot be read, in three files, and an ordinary rule finding in a fourth.
    static func threeDefects(_ site: TestSite) throws {
        try site.replace("status: complete", with: "status: done", in: "content/reviews/2025-26.md")
        try site.replace("type: police", with: "type: polce", in: "content/board/board.yml")
        try site.replace("  date: 2025-03-10", with: "  date: 10/03/2025", in: "content/plan/index.md")
        try site.replace(
            "last_checked: 2026-04-01", with: "last_checked: 2025-04-01", in: "content/offer/services/youth-club.md")
    }

    @Test func defectsInThreeFilesAndARuleFindingAreAllReported() throws {
        let report = try checkedFixtureReport(Self.threeDefects)
        #expect(
            report.diagnostics.map(\.headline) == [
                "content/board/board.yml:4:55: error[BOARD-RELEVANT-PARTNERS]: 'partners[2].type' is 'polce', which is not one of the allowed values.",
                "content/offer/services/youth-club.md:14:15: warning[OFFER-UP-TO-DATE]: the entry for \"Fernlow Youth Club\" was last checked on 1 April 2025, more than 12 months ago.",
                "content/plan/index.md:6:9: error[PLAN-SIGN-OFF]: 'sign_off.date' should be a date written YYYY-MM-DD, but it is '10/03/2025'.",
                "content/reviews/2025-26.md:6:19: error[REVIEW-PROGRESS]: 'progress.A1.1.status' is 'done', which is not a status word this site knows.",
            ])
        // Each names the rule's source, as a rule's own finding does.
        #expect(report.diagnostics.allSatisfy { $0.citation == RuleCatalogue.rule($0.ruleID ?? "")?.citation })
        #expect(report.fileCount == 22)
    }

    /// A partner left out for its type is still a partner that members, actions and statements may
    /// name, and the type it was likely meant to be still counts as represented.
    @Test func aPartnerLeftOutIsNotReportedAgainWhereItIsNamed() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace("type: police", with: "type: polce", in: "content/board/board.yml")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/board/board.yml:4:55: error[BOARD-RELEVANT-PARTNERS]: 'partners[2].type' is 'polce', which is not one of the allowed values."
            ])
    }

    /// A type that says nothing of what was meant could be any type: no type is reported missing.
    @Test func aPartnerWithoutATypeIsGivenTheBenefitOfTheDoubt() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace(", type: police }", with: " }", in: "content/board/board.yml")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/board/board.yml:4:5: error[BOARD-RELEVANT-PARTNERS]: 'partners[2].type' is missing."
            ])
    }

    /// `partners:` that is not a list may hold any partner: no id that names one is reported unknown.
    @Test func unreadablePartnersAreNotReportedAgainAsUnknownIDs() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace(
                "partners:\n", with: "partners: see the council's website\nold_partners:\n",
                in: "content/board/board.yml")
        }
        #expect(
            diagnostics.filter { $0.severity == .error }.map(\.headline) == [
                "content/board/board.yml:2:11: error[BOARD-RELEVANT-PARTNERS]: 'partners' should be a set of `key: value` lines, but it is the text 'see the council's website'."
            ])
    }

    /// A `statutory_role:` that cannot be read may name the post: it is not reported missing too.
    @Test func aStatutoryRoleThatCannotBeReadIsNotAlsoAMissingPost() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace(
                "role: Director of Children's Services, partner: fernlow-council",
                with: "role: Director, partner: fernlow-council", in: "content/board/board.yml")
            try $0.replace(
                "role: Lead Member for Children, partner: fernlow-council, position: vice-chair",
                with: "role: Councillor, partner: fernlow-council, position: vice-chair, statutory_role: lead-membr",
                in: "content/board/board.yml")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/board/board.yml:22:106: error[BOARD-LA]: 'members[2].statutory_role' is 'lead-membr', which is not a statutory role trustsite knows."
            ])
    }

    /// A position that cannot be read may be the chair's: no chair is reported missing, and the
    /// chair's name is not looked for.
    @Test func aPositionThatCannotBeReadIsNotAlsoAMissingChair() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace("position: chair }", with: "position: chiar }", in: "content/board/board.yml")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/board/board.yml:21:97: error[BOARD-CHAIR]: 'members[1].position' is 'chiar', which is not one of the allowed values."
            ])
    }

    /// A value the loader could not read is not then reported as empty.
    @Test func evidenceThatCannotBeReadIsNotAlsoEmpty() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace(
                "evidence: Six of ten schools trained. }", with: "evidence: [Six of ten schools trained] }",
                in: "content/reviews/2025-26.md")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/reviews/2025-26.md:7:39: error[REVIEW-PROGRESS]: 'progress.A1.2.evidence' should be text, but it is a list."
            ])
    }

    /// A member left out (no role) may be the chair and represents its partner: neither is reported again.
    @Test func aMemberLeftOutIsNotReportedAgain() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace(
                "role: Director of Children's Services, partner: fernlow-council, position: chair",
                with: "partner: fernlow-council, position: chair", in: "content/board/board.yml")
            try $0.replace(
                "role: Lead Member for Children, partner: fernlow-council", with: "partner: fernlow-council",
                in: "content/board/board.yml")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/board/board.yml:21:5: error[SITE-PUBLISHED-SET]: 'members[1].role' is missing.",
                "content/board/board.yml:22:5: error[SITE-PUBLISHED-SET]: 'members[2].role' is missing.",
            ])
    }

    /// References are checked on every run, beside errors elsewhere (they were skipped before).
    @Test func referencesAreCheckedBesideOtherErrors() throws {
        let diagnostics = try checkedFixture(nil) { site in
            try site.replace("published: 2026-06-01", with: "published: [never", in: "content/reviews/2025-26.md")
            try site.replace(
                "lead: fernlow-police", with: "lead: fernlow-polce", in: "content/plan/priorities/p1-health.md")
        }
        #expect(diagnostics.map(\.location.description).contains("content/plan/priorities/p1-health.md:19:11"))
        #expect(diagnostics.filter { $0.severity == .error }.count == 2, "\(diagnostics.map(\.headline))")
    }

    /// A file whose front matter is malformed is reported once. Its page is still published as a
    /// stand-in (links to it still work, its text is still checked) and no rule reports what its
    /// front matter would have said: not the review's year, its progress, nor its partners.
    @Test func aFileThatCannotBeParsedIsReportedOnce() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("published: 2026-06-01", with: "published: [never", in: "content/reviews/2025-26.md")
        try site.replace(
            "## Where there is more to do {#more-to-do}",
            with: "## Where there is more to do {#more-to-do}\n#### Skipped",
            in: "content/reviews/2025-26.md")
        // Two plan years have ended: the report that cannot be read may be either year's.
        let diagnostics = site.check(today: "2027-04-01")
        #expect(
            diagnostics.map(\.headline) == [
                "content/plan/index.md:10:12: warning[SITE-STALE]: the plan was due for review on 31 March 2027; today is 1 April 2027.",
                "content/reviews/2025-26.md:5:9: error: the YAML is malformed: while parsing a flow sequence did not find expected ',' or ']'.",
                "content/reviews/2025-26.md:16:1: warning[SITE-HEADINGS]: \"Skipped\" skips from heading level 2 to 4.",
            ])
        let content = try #require(site.load().0)
        #expect(content.reviews.map(\.slug) == ["2025-26"])
        #expect(content.reviews.first?.document.frontMatterRead == false)
    }

    /// The files counted are the files read: not a photo, not notes beside the content (which are
    /// published as they are, and said to be linked from nowhere).
    @Test func theSummaryCountsTheFilesRead() throws {
        let report = try checkedFixtureReport { site in
            try site.writeBytes("content/pages/photo.gif", [0x89, 0x50, 0x4E, 0x47])
            try site.write("content/notes.txt", "Remember the May Board.\n")
            try site.writeBytes("content/pages/broken.md", [0xFF, 0xFE])
        }
        #expect(report.fileCount == 22)
        #expect(
            report.diagnostics.map(\.headline) == [
                "content/notes.txt: warning[SITE-LINKS]: nothing on the site links to this file, published at /notes.txt, so no reader will find it.",
                "content/pages/broken.md:1:1: error: the file is not valid UTF-8 text.",
                "content/pages/photo.gif: warning[SITE-LINKS]: nothing on the site links to this file, published at /photo.gif, so no reader will find it.",
            ])
    }

    /// A template that cannot be compiled is an error; the default theme's stands in, so the
    /// content is still checked and every page rendered for the rules that read them.
    @Test func aBrokenTemplateDoesNotHideTheContentsFindings() throws {
        let report = try checkedFixtureReport { site in
            try site.write("templates/page.mustache", "<main>{{#document}}{{{body_html}}}</main>\n")
            try site.replace("published: 2025-04-01\n", with: "", in: "content/plan/index.md")
            try site.write("content/pages/links.md", "---\ntitle: Links\n---\n[Missing](/no-such-page/)\n")
        }
        #expect(
            report.diagnostics.map(\.headline) == [
                "content/pages/links.md:4:1: error[SITE-LINKS]: the link \"Missing\" goes to /no-such-page/, which is not a page of this site.",
                "content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published.",
                "templates/page.mustache:2:1: error: the template cannot be read: a section is opened but never closed.",
            ])
    }

    /// Of two pages at one address the second is left out, and the rest is checked.
    @Test func twoPagesAtOneAddressAreReportedWithTheRest() throws {
        let report = try checkedFixtureReport { site in
            try site.write("content/pages/board.md", "---\ntitle: Our board\n---\nText.\n")
            try site.replace("published: 2025-04-01\n", with: "", in: "content/plan/index.md")
        }
        #expect(
            report.diagnostics.map(\.headline) == [
                "content/pages/board.md: error: this page would be published at /board/, where content/board/board.yml is already published.",
                "content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published.",
            ])
    }

    /// Only a site that cannot be read at all stops the check.
    @Test func onlyAnUnreadableConfigurationStopsTheCheck() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.threeDefects(site)
        try site.write("trustsite.yml", "name: [unclosed\n")
        guard case .unloadable(let diagnostics) = SiteInspection(root: site.root, clock: Self.clock).run() else {
            Issue.record("a site without a readable trustsite.yml was checked")
            return
        }
        #expect(diagnostics.map(\.location.file) == ["trustsite.yml"])
    }

    /// A content folder that cannot be read (here, a link leading outside the site) stops the check.
    @Test func anUnreadableContentFolderStopsTheCheck() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let elsewhere = FileManager.default.temporaryDirectory.appending(
            path: "trustsite-elsewhere-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.moveItem(at: site.root.appending(path: "content"), to: elsewhere)
        try FileManager.default.createSymbolicLink(
            at: site.root.appending(path: "content"), withDestinationURL: elsewhere)
        guard case .unloadable(let diagnostics) = SiteInspection(root: site.root, clock: Self.clock).run() else {
            Issue.record("a site whose content folder cannot be read was checked")
            return
        }
        #expect(diagnostics.map(\.location.file) == ["content"])
    }

    /// `build` refuses a site with values it cannot read, and writes nothing; a draft is built
    /// with the errors on every page.
    @Test func aBuildRefusesWhatCannotBeLoadedAndADraftShowsIt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.threeDefects(site)
        let output = site.root.appending(path: "site")
        let publish = SiteBuilder(options: .init(siteRoot: site.root, output: output, clock: Self.clock))
        #expect {
            _ = try publish.build(log: DiagnosticLog())
        } throws: { error in
            guard case .checksFailed(let report) = error as? BuildFailure else { return false }
            return report.errorCount == 3
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let draft = SiteBuilder(options: .init(siteRoot: site.root, output: output, clock: Self.clock, draft: true))
        guard case .built(let summary) = try draft.build(log: DiagnosticLog()) else {
            Issue.record("the draft was not built")
            return
        }
        #expect(summary.report.errorCount == 3)
        let board = try String(contentsOf: output.appending(path: "board/index.html"), encoding: .utf8)
        #expect(board.contains("polce"))
    }

    /// The preview keeps serving the last build that loaded, showing why the new one did not.
    @Test func thePreviewShowsWhatCannotBeLoaded() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let builder = PreviewBuilder(root: site.root, clock: Self.clock)
        #expect(builder.rebuild(changed: nil).failure == nil)
        try site.replace("status: complete", with: "status: done", in: "content/reviews/2025-26.md")
        let broken = builder.rebuild(changed: ["content/reviews/2025-26.md"])
        #expect(
            broken.failure?.map(\.headline).first?.hasPrefix("content/reviews/2025-26.md:6:19: error[REVIEW-PROGRESS]")
                == true)
        #expect(broken.file("reviews/2025-26/index.html") != nil)
    }
}
