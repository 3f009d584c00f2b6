import Foundation
import Testing

@testable import TrustsiteCore

/// Progress status words: the standard set in any case or spacing, red/amber/green, and a site's
/// own words declared under `status_words:` in `trustsite.yml`; how they are checked and shown.
@Suite struct StatusWordsTests {
    static let review = "content/reviews/2025-26.md"

    /// The minimal fixture's `trustsite.yml` (28 lines) with `lines` added as `status_words:` (line 29).
    static func declare(_ lines: [String], in site: TestSite) throws {
        let config = try site.read("trustsite.yml")
        try site.write("trustsite.yml", config + "status_words:\n" + lines.map { "  \($0)\n" }.joined())
    }

    static let localWords = [
        "AHEAD: on-track", "ON COURSE: on track", "SLIPPAGE: at-risk", "NO PROGRESS: off-track",
        "NOT YET ASSESSED: not-started",
    ]

    // MARK: Normalising

    @Test(arguments: ["On track", "on track", "ON-TRACK", "on_track", "On  track", " on - track ", "on\u{2013}track"])
    func caseSpacesHyphensAndUnderscoresDoNotMatter(_ text: String) {
        #expect(StatusWords.key(text) == "on-track")
        #expect(StatusWords().reading(text) == StatusWords.Reading(status: .onTrack, localWord: nil))
    }

    @Test func everyStandardLabelReadsAsItsStatus() {
        for status in ProgressStatus.allCases {
            #expect(StatusWords().reading(status.label) == StatusWords.Reading(status: status, localWord: nil))
            #expect(StatusWords().reading(status.rawValue.uppercased())?.status == status)
        }
    }

    @Test func redAmberAndGreenAreBuiltIn() {
        let words = StatusWords()
        #expect(words.reading("RED") == StatusWords.Reading(status: .offTrack, localWord: "Red"))
        #expect(words.reading("amber") == StatusWords.Reading(status: .atRisk, localWord: "Amber"))
        #expect(words.reading("Green") == StatusWords.Reading(status: .onTrack, localWord: "Green"))
        #expect(words.reading("blue") == nil)
    }

    @Test func aSiteMayGiveGreenAnotherMeaning() {
        let words = StatusWords(declared: [.init(word: "GREEN", status: .complete, location: .init(file: "x"))])
        #expect(words.reading("green") == StatusWords.Reading(status: .complete, localWord: "GREEN"))
        #expect(words.localWords.map(\.word) == ["Red", "Amber", "GREEN"])
    }

    @Test func aMisspeltWordIsMatchedToTheNearestKnownOne() {
        let words = StatusWords(declared: [.init(word: "SLIPPAGE", status: .atRisk, location: .init(file: "x"))])
        #expect(words.suggestion(for: "Slipage") == "SLIPPAGE")
        #expect(words.suggestion(for: "on trak") == "on-track")
        #expect(words.suggestion(for: "Ambr") == "Amber")
        #expect(words.suggestion(for: "unknown") == nil)
    }

    // MARK: Declaring words

    @Test func localWordsAreReadFromTheConfiguration() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.declare(Self.localWords + ["on track: on-track"], in: site)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        let words = try #require(content?.config.statusWords)
        #expect(words.declared.map(\.word) == ["AHEAD", "ON COURSE", "SLIPPAGE", "NO PROGRESS", "NOT YET ASSESSED"])
        #expect(words.declared.first?.location?.description == "trustsite.yml:30:10")
        #expect(words.reading("no progress") == StatusWords.Reading(status: .offTrack, localWord: "NO PROGRESS"))
        #expect(words.reading("Not-Yet-Assessed")?.status == .notStarted)
    }

    @Test func aBadDeclarationIsAnErrorAtItsLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.declare(
            [
                "SLIPPAGE: at-rsk", "complete: on-track", "ON COURSE: on-track", "on-course: at-risk",
                "on_course: on-track", "BEHIND:", "\"--\": at-risk", "LATE: [off-track]",
            ], in: site)
        let errors = site.load().1.filter { $0.severity == .error }
        #expect(
            errors.map { $0.formatted.split(separator: "\n").first.map(String.init) ?? "" } == [
                "trustsite.yml:30:13: error[REVIEW-PROGRESS]: 'status_words.SLIPPAGE' is 'at-rsk', which is not one of the standard statuses.",
                "trustsite.yml:31:13: error[REVIEW-PROGRESS]: 'status_words.complete' would make the standard word complete mean on-track.",
                "trustsite.yml:33:14: error[REVIEW-PROGRESS]: 'status_words.on-course' is the same word as 'ON COURSE' on line 32 (case, spaces and hyphens do not count), but means at-risk, not on-track.",
                "trustsite.yml:35:3: error[REVIEW-PROGRESS]: 'status_words.BEHIND' does not say which standard status it means.",
                "trustsite.yml:36:9: error[REVIEW-PROGRESS]: 'status_words.--' declares a status word with no letters.",
                "trustsite.yml:37:9: error[REVIEW-PROGRESS]: 'status_words.LATE' should be a standard status, but it is a list.",
            ])
        #expect(
            errors.first?.hint
                == "Did you mean 'at-risk'? Map each of your words to one of: complete, on-track, at-risk, off-track, not-started, not-assessed."
        )
    }

    // MARK: Words in reviews

    @Test func aReviewMayUseAnyCaseAndTheSiteOwnWords() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.declare(Self.localWords, in: site)
        try site.replace("status: complete,", with: "status: Complete,", in: Self.review)
        try site.replace("status: on-track,", with: "status: ON COURSE,", in: Self.review)
        try site.replace("status: at-risk,", with: "status: Slippage,", in: Self.review)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        let progress = try #require(content?.reviews.first?.progress)
        #expect(progress.map(\.status) == [.complete, .onTrack, .atRisk])
        #expect(progress.map(\.localStatus) == [nil, "ON COURSE", "SLIPPAGE"])
        #expect(progress.map(\.statusLabel) == ["Complete", "ON COURSE (on track)", "SLIPPAGE (at risk)"])
        #expect(
            try checkedFixture(nil) { site in
                try Self.declare(Self.localWords, in: site)
                try site.replace("status: at-risk,", with: "status: Slippage,", in: Self.review)
            }.isEmpty)
    }

    @Test func anUnknownWordIsAnErrorAtItsLineSayingWhatIsKnownAndHowToDeclareIt() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.declare(["SLIPPAGE: at-risk", "NOT YET ASSESSED: not-started"], in: site)
        try site.replace("status: at-risk,", with: "status: SLIPAGE,", in: Self.review)
        let errors = site.load().1.filter { $0.severity == .error }
        #expect(
            errors.map { $0.formatted.split(separator: "\n").first.map(String.init) ?? "" } == [
                "content/reviews/2025-26.md:8:19: error[REVIEW-PROGRESS]: 'progress.A2.1.status' is 'SLIPAGE', which is not a status word this site knows."
            ])
        #expect(
            errors.first?.hint == """
                Did you mean 'SLIPPAGE'?
                The standard words are complete, on-track, at-risk, off-track, not-started, not-assessed (case, spaces and hyphens do not matter: `On track` is on-track).
                Built in: Red (off-track), Amber (at-risk), Green (on-track).
                This site's own words (status_words: in trustsite.yml): SLIPPAGE (at-risk), NOT YET ASSESSED (not-started).
                To use it as a word of your own, declare it in trustsite.yml:
                    status_words:
                      SLIPAGE: at-risk
                """)
    }

    @Test func anUnknownWordWithNothingCloseSaysSoAndQuotesAWordYAMLWouldMisread() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("status: at-risk,", with: "status: \"Behind: see note\",", in: Self.review)
        let hint = try #require(site.load().1.first { $0.severity == .error }?.hint)
        #expect(!hint.hasPrefix("Did you mean"))
        #expect(!hint.contains("This site's own words"))
        #expect(hint.hasSuffix("status_words:\n      \"Behind: see note\": (one of the standard words)"))
    }

    // MARK: Showing words

    @Test func aggregateLabelsNameTheWordsUsedWithTheirMeaning() {
        func entry(_ status: ProgressStatus, _ word: String?) -> ProgressEntry {
            ProgressEntry(
                actionID: "A", status: status, evidence: nil, location: .init(file: "x"), places: .file("x"),
                localStatus: word)
        }
        let labels = ProgressStatus.labels(for: [
            entry(.onTrack, "AHEAD"), entry(.onTrack, "ON COURSE"), entry(.onTrack, "AHEAD"), entry(.onTrack, nil),
            entry(.atRisk, "SLIPPAGE"), entry(.complete, nil),
        ])
        #expect(labels[.onTrack] == "AHEAD, ON COURSE (on track)")
        #expect(labels[.atRisk] == "SLIPPAGE (at risk)")
        #expect(labels[.complete] == "Complete")
        #expect(labels[.offTrack] == "Off track")
    }

    @Test func pagesChartsAndOpenDataShowTheLocalWordAndItsMeaning() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.declare(Self.localWords, in: site)
        try site.replace("status: at-risk,", with: "status: SLIPPAGE,", in: Self.review)
        let container = FileManager.default.temporaryDirectory.appending(path: "trustsite-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: container) }
        let output = container.appending(path: "site")
        let builder = SiteBuilder(
            options: .init(siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: checkToday)!)))
        _ = try builder.build(log: DiagnosticLog())
        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appending(path: path), encoding: .utf8)
        }
        let review = try page("reviews/2025-26/index.html")
        let chip = "<span class=\"status status--at-risk status--local\">SLIPPAGE (at risk)</span>"
        // The action's row, and the totals.
        #expect(review.components(separatedBy: chip).count - 1 == 2)
        #expect(review.contains("<span class=\"status status--on-track\">On track</span>"))
        // The chart's legend, description and table.
        #expect(review.contains("class=\"chart__legend\">SLIPPAGE (at risk)</text>"))
        #expect(review.contains("0 on track, 1 SLIPPAGE (at risk), 0 off track"))
        #expect(review.contains("<th scope=\"col\" class=\"numeric\">SLIPPAGE (at risk)</th>"))
        let reviews = try page("reviews/index.html")
        #expect(reviews.contains(chip))
        let csv = try page("data/progress-2025-26.csv")
        #expect(csv.hasPrefix("action_id,what,lead_partner,status,evidence,period_start,period_end,local_status\r\n"))
        #expect(csv.contains(",at-risk,94% had an offer; two courses closed.,2025-04-01,2026-03-31,SLIPPAGE\r\n"))
        #expect(csv.contains(",on-track,Six of ten schools trained.,2025-04-01,2026-03-31,\r\n"))
        let json = try page("data/progress-2025-26.json")
        #expect(json.contains("\"status\": \"at-risk\", \"evidence\""))
        #expect(json.contains("\"local_status\": \"SLIPPAGE\"}"))
    }

    @Test func theReviewScaffoldNamesTheSiteOwnWords() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.declare(["SLIPPAGE: at-risk"], in: site)
        let path = try ReviewScaffold(root: site.root, year: "2026-27").write()
        #expect(
            try site.read(path).contains(
                "(or this site's own words: Red, Amber, Green, SLIPPAGE; declare more under status_words: in trustsite.yml);"
            ))
    }
}
