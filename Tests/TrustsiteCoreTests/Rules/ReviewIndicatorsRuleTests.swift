import Testing

@testable import TrustsiteCore

/// REVIEW-INDICATORS: every indicator with a target for a year a report covers has an actual or a
/// stated reason; REVIEW-PROGRESS for a plan measured by indicators alone.
@Suite struct ReviewIndicatorsRuleTests {
    static let review = "content/reviews/2025-26.md"

    /// Three indicators with targets for the years the fixture's 2025 to 2026 report covers:
    /// 2025/26 for two, the calendar year 2025 for the third.
    static let indicators = """
        indicators:
          - id: NI117
            name: 16 to 18 year olds not in education, employment or training
            unit: percentage
            better: lower
            targets: { 2024/25: 7.5, 2025/26: 7.0, 2026/27: 6.5 }
          - id: NI110
            name: Young people's participation in positive activities
            unit: percentage
            better: higher
            targets: { 2025/26: 70 }
          - id: LI 3.2
            name: Children looked after per 10,000 children
            unit: rate per 10,000
            better: lower
            targets: { 2025: 60 }

        """

    /// The fixture with the indicators, its report giving `results` (YAML under `indicators:`,
    /// which starts at line 9) or no `indicators:` at all when nil.
    static func site(results: String?, edition: String = "2010") throws -> TestSite {
        let site = try TestSite()
        try IndicatorLoadingTests.withIndicators(indicators, in: site)
        if let results {
            try site.replace("partners:\n", with: "indicators:\n" + results + "partners:\n", in: review)
        }
        if edition == "2008" {
            try site.replace("edition: \"2010\"", with: "edition: \"2008\"", in: "trustsite.yml")
        }
        return site
    }

    static func messages(_ results: String?, rule: String = "REVIEW-INDICATORS", edition: String = "2010") -> [String] {
        let site: TestSite
        do { site = try self.site(results: results, edition: edition) } catch {
            Issue.record(error)
            return []
        }
        defer { site.cleanUp() }
        return site.findings(rule).map { "\($0.location.line):\($0.location.column): \($0.severity): \($0.message)" }
    }

    static let complete = """
          NI117: { actual: 7.2, note: Down from 7.6. }
          NI110: { note: "The survey was not run in 2025/26, so there is no figure for this year." }
          LI 3.2: 58.5

        """

    @Test func aReportGivingEveryFigureOrAReasonPasses() throws {
        #expect(Self.messages(Self.complete) == [])
        #expect(Self.messages(Self.complete, rule: "REVIEW-PROGRESS") == [])
    }

    @Test func aReportWithNoIndicatorsIsToldEachOneAtItsFrontMatter() throws {
        #expect(
            Self.messages(nil) == [
                "1:1: error: indicator LI 3.2 \"Children looked after per 10,000 children\" has a target of 60 per 10,000 for 2025 but no result in this report.",
                "1:1: error: indicator NI110 \"Young people's participation in positive activities\" has a target of 70% for 2025/26 but no result in this report.",
                "1:1: error: indicator NI117 \"16 to 18 year olds not in education, employment or training\" has a target of 7% for 2025/26 but no result in this report.",
            ])
        #expect(
            Self.messages(nil, edition: "2008").map { $0.replacingOccurrences(of: "warning", with: "error") }
                == (Self.messages(nil)))
        #expect(Self.messages(nil, edition: "2008").allSatisfy { $0.contains(": warning: ") })
    }

    @Test func resultsWithoutAFigureOrReasonAreFoundAtTheirIds() throws {
        let messages = Self.messages(
            """
              NI117: { actual: 7.2 }
              NI110:
              LI 3.2: { note: TBC }

            """)
        #expect(
            messages == [
                "11:3: error: indicator NI110 has no actual for 2025/26 (target 70%) and no note saying why.",
                "12:19: error: indicator LI 3.2: 'note' is a placeholder ('TBC'), and there is no actual for 2025 (target 60 per 10,000): give the figure, or say why there is none.",
            ])
    }

    @Test func anIdThePlanDoesNotHaveIsAnErrorWithTheIdItWasLikelyMeantToBe() throws {
        let results = """
              NI118: { actual: 7.2 }
              NI110: { note: The survey was not run this year. }
              LI 3.2: 58.5

            """
        let expected = [
            "10:3: error: a result is given for indicator 'NI118', which the plan does not have."
        ]
        #expect(Self.messages(results) == expected)
        // Always an error: a mistyped id leaves the figure unpublished against its indicator.
        #expect(Self.messages(results, edition: "2008") == expected)
        let site = try Self.site(results: results)
        defer { site.cleanUp() }
        #expect(site.findings("REVIEW-INDICATORS").first?.hint == "Did you mean 'NI117'?")
    }

    @Test func aLateFigureForAnEarlierYearNeedsAReasonForTheYearCovered() throws {
        let late = """
              NI117: { actual: 7.3, year: 2024/25 }
              NI110: { note: The survey was not run this year. }
              LI 3.2: 58.5

            """
        #expect(
            Self.messages(late) == [
                "10:3: error: indicator NI117 gives a figure for 2024/25 but none for 2025/26, which has a target of 7%."
            ])
        let explained = late.replacingOccurrences(
            of: "year: 2024/25 }", with: "year: 2024/25, note: The 2025/26 figure is published in May. }")
        #expect(Self.messages(explained) == [])
    }

    @Test func aYearAfterTheReportsPeriodIsAWarningEvenIn2010() throws {
        let messages = Self.messages(
            """
              NI117: { actual: 7.2, note: Early figure., year: 2026/27 }
              NI110: { note: The survey was not run this year. }
              LI 3.2: 58.5

            """)
        #expect(
            messages == [
                "10:52: warning: indicator NI117: the year 2026/27 ends after this report's period, which ends on 31 March 2026."
            ])
    }

    /// The fixture's plan with its actions taken out: progress is measured by the indicators alone.
    static func indicatorsOnlySite(results: String) throws -> TestSite {
        let site = try site(results: results)
        for (path, first, last) in [
            ("content/plan/priorities/p1-health.md", "actions:", "    target: 10 of 10"),
            ("content/plan/priorities/p2-learning.md", "actions:", "    target: 100%"),
            (review, "progress:", "  A2.1:"),
        ] {
            let text = try site.read(path)
            let start = try #require(text.range(of: first + "\n"))
            let end = try #require(text.range(of: last, range: start.upperBound..<text.endIndex))
            let lineEnd = text[end.upperBound...].firstIndex(of: "\n") ?? text.endIndex
            try site.write(path, String(text[..<start.lowerBound]) + String(text[text.index(after: lineEnd)...]))
        }
        return site
    }

    @Test func aPlanMeasuredByIndicatorsAlonePassesWhenEveryIndicatorIsReported() throws {
        let site = try Self.indicatorsOnlySite(results: Self.complete)
        defer { site.cleanUp() }
        #expect(try #require(site.load().0?.plan).actions.isEmpty)
        #expect(site.findings("REVIEW-PROGRESS").map(\.message) == [])
        #expect(site.findings("REVIEW-INDICATORS").map(\.message) == [])
        // PLAN-ACTIONS: a priority measured by indicators without actions is a warning (the plan
        // should still say who does what); one with neither stays an error.
        #expect(
            site.findings("PLAN-ACTIONS").map { "\($0.location.file) \($0.severity)" } == [
                "content/plan/priorities/p1-health.md warning", "content/plan/priorities/p2-learning.md error",
            ])
    }

    @Test func aPlanMeasuredByIndicatorsAloneFailsWhenOneIsNotReported() throws {
        let site = try Self.indicatorsOnlySite(
            results: """
                  NI117: { actual: 7.2 }
                  LI 3.2: 58.5

                """)
        defer { site.cleanUp() }
        #expect(
            site.findings("REVIEW-PROGRESS").map { "\($0.location.line): \($0.severity): \($0.message)" } == [
                "5: error: the plan measures progress by indicators alone (it has no actions), and indicator NI110 \"Young people's participation in positive activities\" is not reported."
            ])
    }

    @Test func aPlanWithActionsIsReportedOnByItsActionsWhateverIndicatorsItHas() throws {
        // The fixture's report gives every action's progress and no indicators: REVIEW-PROGRESS
        // passes (REVIEW-INDICATORS asks for the figures).
        #expect(Self.messages(nil, rule: "REVIEW-PROGRESS") == [])
    }

    /// A late figure for last year beside this year's reason, as a list under the id: both years
    /// are lines of the report, and the year the report covers is judged by its own entry.
    @Test func figuresForSeveralYearsAreJudgedYearByYear() throws {
        let both = """
              NI117:
                - { year: 2024/25, actual: 7.4, note: Published late. }
                - { year: 2025/26, note: The figure is published in February. }
              NI110: 71
              LI 3.2: 58.5

            """
        #expect(Self.messages(both) == [])
        let withoutThisYear = both.replacingOccurrences(of: ", note: The figure is published in February.", with: "")
        #expect(
            Self.messages(withoutThisYear) == [
                "12:7: error: indicator NI117 has no actual for 2025/26 (target 7%) and no note saying why."
            ])
        let site = try Self.site(results: both)
        defer { site.cleanUp() }
        let (content, _) = site.load()
        let review = try #require(content?.reviews.first)
        let plan = try #require(content?.plan)
        let lines = IndicatorReportLine.lines(for: review, plan: plan).filter { $0.indicator.id == "NI117" }
        #expect(lines.map { $0.year?.written } == ["2024/25", "2025/26"])
        #expect(lines.map(\.position) == [.met, .noData])
    }
}
