import Foundation
import Testing

@testable import TrustsiteCore

/// The plan's rules (PLAN-*), and how required sections are found by their markers.
@Suite struct PlanRuleTests {
    static let plan = "content/plan/index.md"
    static let p1 = "content/plan/priorities/p1-health.md"
    static let p2 = "content/plan/priorities/p2-learning.md"

    // MARK: PLAN-PERIOD

    @Test func noPeriod() throws {
        let findings = try checkedFixture("PLAN-PERIOD") { try $0.removeLines(containing: "period:", in: Self.plan) }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-PERIOD]: the plan does not say the period it covers."
            ])
        // With no period to go by, the example is three plan years from the April before the check.
        #expect(findings.first?.hint == "Add to the front matter:\n    period: { start: 2026-04-01, end: 2029-03-31 }")
        #expect(findings.first?.citation == "000 Appendix s17(2)(b)")
    }

    @Test func periodEndsBeforeItStarts() throws {
        let findings = try checkedFixture("PLAN-PERIOD") {
            try $0.replace(
                "period: { start: 2025-04-01, end: 2028-03-31 }",
                with: "period: { start: 2028-03-31, end: 2025-04-01 }", in: Self.plan)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:4:9: error[PLAN-PERIOD]: the plan's period ends (1 April 2025) before it starts (31 March 2028)."
            ])
        #expect(findings.first?.hint == "Check the dates: `start` is the first day the plan covers, `end` the last.")
    }

    @Test func periodOfOneDay() throws {
        // "End after start": a period that ends the day it starts is reported too.
        let findings = try checkedFixture("PLAN-PERIOD") {
            try $0.replace("end: 2028-03-31", with: "end: 2025-04-01", in: Self.plan)
        }
        #expect(findings.map(\.location) == [SourceLocation(file: Self.plan, line: 4, column: 9)])
        #expect(findings.map(\.severity) == [.error])
    }

    // MARK: PLAN-SIGN-OFF

    @Test func noSignOff() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF") { site in
            for line in ["sign_off:", "date: 2025-03-10", "meeting: Children's Trust Board", "minute: CTB"] {
                try site.removeLines(containing: line, in: Self.plan)
            }
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-SIGN-OFF]: the plan does not record its sign-off by the Children's Trust Board."
            ])
        #expect(
            findings.first?.hint == """
                Add to the front matter:
                    sign_off:
                      date: 2025-03-19
                      meeting: Children's Trust Board, 19 March 2025
                      minute: CTB 25/14
                """)
    }

    @Test func signOffWithoutMeetingOrMinute() throws {
        let findings = try checkedFixture("PLAN-SIGN-OFF") { site in
            try site.removeLines(containing: "meeting: Children's Trust Board", in: Self.plan)
            try site.removeLines(containing: "minute: CTB", in: Self.plan)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:5:1: error[PLAN-SIGN-OFF]: the sign-off names neither the meeting nor the minute."
            ])
    }

    @Test(arguments: ["meeting: Children's Trust Board", "minute: CTB"])
    func eitherMeetingOrMinuteIsEnough(line: String) throws {
        #expect(try checkedFixture("PLAN-SIGN-OFF") { try $0.removeLines(containing: line, in: Self.plan) }.isEmpty)
    }

    // MARK: PLAN-PUBLISHED-DATE

    @Test func noPublishedDate() throws {
        let findings = try checkedFixture("PLAN-PUBLISHED-DATE") {
            try $0.removeLines(containing: "published: 2025-04-01", in: Self.plan)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published."
            ])
        #expect(findings.first?.hint == "Add to the front matter: `published: 2025-04-01`.")
    }

    // MARK: PLAN-OUTCOMES

    @Test func priorityWithoutOutcomes() throws {
        let findings = try checkedFixture("PLAN-OUTCOMES") { try $0.removeLines(containing: "outcomes:", in: Self.p2) }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-OUTCOMES]: no priority addresses the outcome \"Achieve economic well-being\" (economic-wellbeing).",
                "content/plan/index.md:1:1: error[PLAN-OUTCOMES]: no priority addresses the outcome \"Enjoy and achieve\" (enjoy-and-achieve).",
                "content/plan/index.md:1:1: error[PLAN-OUTCOMES]: no priority addresses the outcome \"Make a positive contribution\" (positive-contribution).",
                "content/plan/priorities/p2-learning.md:1:1: error[PLAN-OUTCOMES]: priority P2 \"Learning, taking part and work\" names no outcome.",
            ])
        #expect(findings.last?.hint == "Add the outcomes it serves, e.g. `outcomes: [be-healthy, stay-safe]`.")
    }

    @Test func oneOutcomeNotAddressed() throws {
        let findings = try checkedFixture("PLAN-OUTCOMES") {
            try $0.replace("positive-contribution, economic-wellbeing]", with: "positive-contribution]", in: Self.p2)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-OUTCOMES]: no priority addresses the outcome \"Achieve economic well-being\" (economic-wellbeing)."
            ])
        #expect(
            findings.first?.hint
                == "Add `economic-wellbeing` to the `outcomes:` of the priority that serves it, or add a priority for it."
        )
    }

    // MARK: PLAN-ACTIONS

    @Test func actionWithoutADate() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") {
            try $0.removeLines(containing: "by: 2026-09-01", in: Self.p2)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p2-learning.md:7:5: error[PLAN-ACTIONS]: action A2.1 does not say by when (by)."
            ])
        #expect(findings.first?.hint == "Add `by:` to the action.")
    }

    @Test func actionMissingSeveralThings() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") { site in
            for line in ["what: Train every school", "lead: fernlow-police", "measure: Schools trained"] {
                try site.removeLines(containing: line, in: Self.p1)
            }
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p1-health.md:17:5: error[PLAN-ACTIONS]: action A1.2 does not say what will be done (what), which partner leads it (lead), how progress is measured (measure)."
            ])
        #expect(findings.first?.hint == "Add `what:`, `lead:`, `measure:` to the action.")
    }

    /// Written but empty: reported once, where it is written.
    @Test
    func emptyMeasureIsNoMeasure() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") {
            try $0.replace("measure: Schools trained", with: "measure: \"\"", in: Self.p1)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p1-health.md:21:14: error[PLAN-ACTIONS]: action A1.2: 'measure' is empty: say how progress is measured."
            ])
    }

    @Test func priorityWithoutActions() throws {
        let findings = try checkedFixture("PLAN-ACTIONS") {
            try $0.write(
                Self.p2,
                """
                ---
                id: P2
                title: Learning, taking part and work
                order: 2
                outcomes: [enjoy-and-achieve, positive-contribution, economic-wellbeing]
                ---
                Why learning and work matter.

                """)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p2-learning.md:1:1: error[PLAN-ACTIONS]: priority P2 \"Learning, taking part and work\" has no actions."
            ])
        #expect(
            findings.first?.hint == """
                Add `actions:` with at least one action:
                    actions:
                      - id: A2.1
                        what: (what will be done)
                        lead: (partner id)
                        by: 2027-03-31
                        measure: (how progress is measured)
                """)
    }

    // MARK: PLAN-RESOURCES

    @Test func actionWithoutResourcesInAPriorityWithout() throws {
        let findings = try checkedFixture("PLAN-RESOURCES") {
            try $0.removeLines(containing: "resources: Existing budgets", in: Self.p2)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p2-learning.md:7:5: warning[PLAN-RESOURCES]: action A2.1 does not state the resources committed, and neither does priority P2."
            ])
        #expect(
            findings.first?.hint
                == "Add `resources:` to the action (e.g. `resources: 2 staff, £80,000 a year`) or to the priority.")
    }

    @Test func priorityResourcesCoverItsActions() throws {
        // A1.2 states no resources of its own; P1's `resources:` covers it until that is removed.
        // (Removing that line moves A1.2 up to line 16.)
        let findings = try checkedFixture("PLAN-RESOURCES") {
            try $0.removeLines(containing: "resources: £100,000", in: Self.p1)
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/priorities/p1-health.md:16:5: warning[PLAN-RESOURCES]: action A1.2 does not state the resources committed, and neither does priority P1."
            ])
    }

    // MARK: The plan's required sections

    struct SectionCase: Sendable, CustomTestStringConvertible {
        var rule: String
        var level: Diagnostic.Severity
        var marker: String
        var name: String
        var suggestedTitle: String
        /// The fixture's section file that provides it.
        var file: String

        var testDescription: String { rule }
    }

    static let sections: [SectionCase] = [
        SectionCase(
            rule: "PLAN-NEEDS-ANALYSIS", level: .error, marker: "needs-analysis", name: "a needs analysis",
            suggestedTitle: "What children and families need", file: "needs-analysis.md"),
        SectionCase(
            rule: "PLAN-SAFEGUARDING", level: .error, marker: "safeguarding",
            name: "a section on safeguarding arrangements",
            suggestedTitle: "Keeping children safe", file: "safeguarding.md"),
        SectionCase(
            rule: "PLAN-LSCB-CONSULTED", level: .error, marker: "lscb-consulted",
            name: "a record that the LSCB was consulted",
            suggestedTitle: "How the Local Safeguarding Children Board was consulted", file: "safeguarding.md"),
        SectionCase(
            rule: "PLAN-CONSULTATION", level: .error, marker: "consultation",
            name: "a record of consultation with children, young people, parents and carers",
            suggestedTitle: "What you told us", file: "consultation.md"),
        SectionCase(
            rule: "PLAN-EARLY-INTERVENTION", level: .warning, marker: "early-intervention",
            name: "a section on early intervention",
            suggestedTitle: "Early help", file: "early-help.md"),
        SectionCase(
            rule: "PLAN-WORKFORCE", level: .warning, marker: "workforce", name: "a workforce strategy",
            suggestedTitle: "Our workforce", file: "workforce.md"),
        SectionCase(
            rule: "PLAN-CHILD-POVERTY", level: .warning, marker: "child-poverty", name: "a section on child poverty",
            suggestedTitle: "Child poverty", file: "child-poverty.md"),
        SectionCase(
            rule: "PLAN-14-19", level: .warning, marker: "14-19", name: "the 14 to 19 plan",
            suggestedTitle: "Learning from 14 to 19", file: "fourteen-to-nineteen.md"),
        SectionCase(
            rule: "PLAN-ALIGNMENT", level: .warning, marker: "alignment",
            name: "how the plan aligns with other local plans",
            suggestedTitle: "How this plan fits with others", file: "alignment.md"),
        SectionCase(
            rule: "PLAN-EQUALITY", level: .warning, marker: "equality", name: "how the plan meets the equality duties",
            suggestedTitle: "Equality and children's rights", file: "equality.md"),
        SectionCase(
            rule: "PLAN-YOUNG-PEOPLE-SUMMARY", level: .warning, marker: "young-people-summary",
            name: "a summary for children and young people",
            suggestedTitle: "The plan in short, for children and young people", file: "young-people.md"),
    ]

    @Test(arguments: sections)
    func missingSection(_ section: SectionCase) throws {
        let findings = try checkedFixture(section.rule) { try $0.remove("content/plan/sections/\(section.file)") }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: \(section.level.rawValue)[\(section.rule)]: the plan has no section marked as \(section.name) (marker `\(section.marker)`)."
            ])
        #expect(
            findings.first?.hint == """
                Add a heading with the marker to content/plan/index.md:
                    ## \(section.suggestedTitle) {#\(section.marker)}
                or create content/plan/sections/\(section.marker).md:
                    ---
                    title: \(section.suggestedTitle)
                    covers: [\(section.marker)]
                    ---
                    (the section's text)
                or, if the page already has this section, add `\(section.marker)` to its front matter's `covers:` list.
                """)
    }

    /// The smallest change for PLAN-LSCB-CONSULTED alone: the safeguarding section stops declaring it.
    @Test func safeguardingSectionThatNoLongerRecordsTheLSCBConsultation() throws {
        let diagnostics = try checkedFixture(nil) {
            try $0.replace(
                "covers: [safeguarding, lscb-consulted]", with: "covers: [safeguarding]",
                in: "content/plan/sections/safeguarding.md")
        }
        #expect(
            diagnostics.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-LSCB-CONSULTED]: the plan has no section marked as a record that the LSCB was consulted (marker `lscb-consulted`)."
            ])
    }

    // MARK: Markers

    /// Removes the workforce section, then lets `change` say it some other way.
    private func workforceFindings(_ change: (TestSite) throws -> Void) throws -> [Diagnostic] {
        try checkedFixture("PLAN-WORKFORCE") { site in
            try site.remove("content/plan/sections/workforce.md")
            try change(site)
        }
    }

    @Test func markerFoundByCovers() throws {
        // The fixture's section says `covers: [workforce]`; here the plan's overview says it instead.
        let findings = try workforceFindings { site in
            try site.replace(
                "review_by: 2027-03-31\n", with: "review_by: 2027-03-31\ncovers: [workforce]\n", in: Self.plan)
        }
        #expect(findings.isEmpty)
    }

    @Test func markerFoundByExplicitHeadingID() throws {
        let findings = try workforceFindings { site in
            try site.replace(
                "We listened to children, parents and carers.\n",
                with:
                    "We listened to children, parents and carers.\n\n## Our people {#workforce}\n\nHow we train staff.\n",
                in: Self.plan)
        }
        #expect(findings.isEmpty)
    }

    @Test func markerFoundByHeadingText() throws {
        let findings = try workforceFindings { site in
            try site.replace(
                "We listened to children, parents and carers.\n",
                with:
                    "We listened to children, parents and carers.\n\n## Developing the Workforce\n\nHow we train staff.\n",
                in: Self.plan)
        }
        #expect(findings.isEmpty)
    }

    @Test func markerFoundByPageTitle() throws {
        // The section keeps its title "Our workforce" but no longer declares the marker.
        let findings = try checkedFixture("PLAN-WORKFORCE") {
            try $0.removeLines(containing: "covers: [workforce]", in: "content/plan/sections/workforce.md")
        }
        #expect(findings.isEmpty)
    }

    @Test func markerFoundInAPriority() throws {
        let findings = try workforceFindings { site in
            try site.replace("order: 1\n", with: "order: 1\ncovers: [workforce]\n", in: Self.p1)
        }
        #expect(findings.isEmpty)
    }

    @Test func curlyApostropheInHeadingMatches() throws {
        let findings = try checkedFixture("PLAN-YOUNG-PEOPLE-SUMMARY") { site in
            try site.remove("content/plan/sections/young-people.md")
            try site.replace(
                "We listened to children, parents and carers.\n",
                with:
                    "We listened to children, parents and carers.\n\n## The young people\u{2019}s summary\n\nIn short.\n",
                in: Self.plan)
        }
        #expect(findings.isEmpty)
    }

    @Test func aHeadingOnAPageOutsideThePlanDoesNotCount() throws {
        let findings = try workforceFindings { site in
            try site.write(
                "content/pages/contact.md", "---\ntitle: Contact us\n---\n## Workforce {#workforce}\n\nJobs.\n")
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: warning[PLAN-WORKFORCE]: the plan has no section marked as a workforce strategy (marker `workforce`)."
            ])
    }

    @Test func sectionMissingAllThreeWaysGetsTheLinesToAdd() throws {
        let findings = try workforceFindings { _ in }
        #expect(findings.count == 1)
        #expect(
            findings.first?.hint == """
                Add a heading with the marker to content/plan/index.md:
                    ## Our workforce {#workforce}
                or create content/plan/sections/workforce.md:
                    ---
                    title: Our workforce
                    covers: [workforce]
                    ---
                    (the section's text)
                or, if the page already has this section, add `workforce` to its front matter's `covers:` list.
                """)
    }

    @Test func theSuggestedLinesSatisfyTheRule() throws {
        // Following the hint's first option literally makes the finding go away.
        let findings = try workforceFindings { site in
            try site.replace(
                "We listened to children, parents and carers.\n",
                with: "We listened to children, parents and carers.\n\n## Our workforce {#workforce}\n\nText.\n",
                in: Self.plan)
        }
        #expect(findings.isEmpty)
        let second = try workforceFindings { site in
            try site.write(
                "content/plan/sections/workforce.md",
                "---\ntitle: Our workforce\ncovers: [workforce]\n---\n(the section's text)\n")
        }
        #expect(second.isEmpty)
    }
}
