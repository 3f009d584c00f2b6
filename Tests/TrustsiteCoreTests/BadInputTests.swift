import Foundation
import Testing

@testable import TrustsiteCore

/// Every kind of bad input gets a message naming the file, line and column, and what to do.
@Suite struct BadInputTests {
    @Test func malformedYAML() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "order: 2\n", with: "order: 2\n  outcomes: [oops\n", in: "content/plan/priorities/p2-learning.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p2-learning.md:5:11: error: the YAML is malformed: mapping values are not allowed in this context.
                  help: Check the indentation (spaces, not tabs), that every `key:` has a space after the colon, and put text containing `: ` or starting with a quote in double quotes.
                """
            ])
    }

    @Test func textWhereADateIsExpected() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("published: 2025-04-01", with: "published: next spring", in: "content/plan/index.md")
        #expect(
            site.messages() == [
                """
                content/plan/index.md:9:12: error[PLAN-PUBLISHED-DATE]: 'published' should be a date written YYYY-MM-DD, but it is 'next spring'.
                  source: 000 §3.28
                  help: Write the date as year-month-day, e.g. `published: 2026-03-31`.
                """
            ])
    }

    @Test func impossibleDate() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("by: 2026-03-31", with: "by: 2026-02-30", in: "content/plan/priorities/p1-health.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p1-health.md:13:9: error[PLAN-ACTIONS]: 'actions[1].by' should be a date written YYYY-MM-DD, but it is '2026-02-30'.
                  source: 001 §8 "what actions will be delivered by which partner"
                  help: Write the date as year-month-day, e.g. `by: 2026-03-31`.
                """
            ])
    }

    @Test func unknownKeyIsAWarningWithASuggestion() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("published: 2025-04-01", with: "publshed: 2025-04-01", in: "content/plan/index.md")
        #expect(
            site.messages() == [
                """
                content/plan/index.md:9:1: warning: unknown key 'publshed' is ignored.
                  help: Did you mean 'published'?
                """
            ])
    }

    @Test func missingConfiguration() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.remove("trustsite.yml")
        let (content, diagnostics) = site.load()
        #expect(content == nil)
        #expect(
            diagnostics.map(\.formatted) == [
                """
                trustsite.yml: error: trustsite.yml is missing.
                  help: Create it: the site's configuration, starting with `name:`.
                """
            ])
    }

    @Test func missingRequiredKey() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("local_authority: Fernlow Council\n", with: "", in: "trustsite.yml")
        #expect(
            site.messages() == [
                """
                trustsite.yml:1:1: error[SITE-CONTACT]: 'local_authority' is missing.
                  source: 000 §3.28; 002 ¶15
                  help: The site names the local authority that leads the Trust. For example:
                        local_authority: Brackenmoor Borough Council
                """
            ])
    }

    @Test func duplicateActionID() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("id: A2.1", with: "id: A1.1", in: "content/plan/priorities/p2-learning.md")
        let messages = site.messages()
        #expect(
            messages.contains(
                """
                content/plan/priorities/p2-learning.md:7:9: error: action id 'A1.1' is used twice; it is also at content/plan/priorities/p1-health.md:8:9.
                  help: Give each one its own action id.
                """))
    }

    @Test func invalidUTF8() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.writeBytes(
            "content/pages/contact.md", Array("---\ntitle: Caf".utf8) + [0xE9] + Array(" menu\n---\n".utf8))
        #expect(
            site.messages() == [
                """
                content/pages/contact.md:2:11: error: the file is not valid UTF-8 text.
                  help: Save the file as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding). Text pasted from a word processor is the usual cause.
                """
            ])
    }

    @Test func unknownLeadPartner() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "lead: fernlow-police", with: "lead: fernlow-polce", in: "content/plan/priorities/p1-health.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p1-health.md:19:11: error[BOARD-ACTION-LEADS]: the lead partner of action A1.2 is 'fernlow-polce', which is not a partner in content/board/board.yml.
                  source: 001 §2, §7
                  help: Did you mean 'fernlow-police'?
                """
            ])
    }

    @Test func unknownActionInReview() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("A2.1: {", with: "A2.2: {", in: "content/reviews/2025-26.md")
        // Loading accepts it; the REVIEW-PROGRESS rule reports it, so `check` and `build` both refuse it.
        #expect(site.messages() == [])
        let outcome = SiteInspection(root: site.root, clock: BuildClock(today: Day(iso: "2026-11-22")!)).run()
        guard case .checked(let report) = outcome else {
            Issue.record("the site did not load")
            return
        }
        #expect(
            report.diagnostics.map(\.formatted).contains(
                """
                content/reviews/2025-26.md:8:3: error[REVIEW-PROGRESS]: progress is reported for action 'A2.2', which the plan does not have.
                  source: 000 §3.28 "update on progress against it"; 001 "extent to which the partners act in accordance with the Plan"
                  help: Did you mean 'A2.1'?
                """))
    }

    @Test func unknownOutcome() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "[be-healthy, stay-safe]", with: "[be-healthy, stay-safer]", in: "content/plan/priorities/p1-health.md")
        #expect(
            site.messages() == [
                """
                content/plan/priorities/p1-health.md:5:24: error[PLAN-OUTCOMES]: 'stay-safer' is not one of the five outcomes.
                  source: 001 intro; 000 §1.2
                  help: Did you mean 'stay-safe'? Use one of: be-healthy, stay-safe, enjoy-and-achieve, positive-contribution, economic-wellbeing.
                """
            ])
    }

    @Test func unknownStatus() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("status: complete", with: "status: done", in: "content/reviews/2025-26.md")
        #expect(
            site.messages() == [
                """
                content/reviews/2025-26.md:6:19: error[REVIEW-PROGRESS]: 'progress.A1.1.status' is 'done', which is not a status word this site knows.
                  source: 000 §3.28 "update on progress against it"; 001 "extent to which the partners act in accordance with the Plan"
                  help: The standard words are complete, on-track, at-risk, off-track, not-started, not-assessed (case, spaces and hyphens do not matter: `On track` is on-track).
                        Built in: Red (off-track), Amber (at-risk), Green (on-track).
                        To use it as a word of your own, declare it in trustsite.yml:
                            status_words:
                              done: (one of the standard words)
                """
            ])
    }

    @Test func errorsInOneFileDoNotCascadeIntoReferenceErrors() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "order: 2\n", with: "order: 2\n  outcomes: [oops\n", in: "content/plan/priorities/p2-learning.md")
        #expect(site.messages().count == 1)
    }

    @Test func unclosedFrontMatter() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/contact.md", "---\ntitle: Contact\n\nEmail us.\n")
        #expect(
            site.messages() == [
                """
                content/pages/contact.md:1:1: error: the front matter starts with `---` but never ends.
                  help: Add a line with only `---` after the last front matter key, before the text.
                """
            ])
    }

    @Test func twoPagesAtOneAddress() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/board.md", "---\ntitle: Our board\n---\nText.\n")
        let content = try #require(site.load().0)
        let log = DiagnosticLog()
        _ = PagePlanner.pages(for: content, log: log)
        #expect(
            log.diagnostics.map(\.formatted) == [
                """
                content/pages/board.md: error: this page would be published at /board/, where content/board/board.yml is already published.
                  help: Rename or move one of the two files so each page has its own address.
                """
            ])
    }
}
