import Foundation
import Testing

@testable import TrustsiteCore

/// The markers' vocabulary (`Marker.all`): every entry is found, real councils' headings are found
/// by the right marker, and near misses are not.
@Suite struct MarkerVocabularyTests {
    /// The markers whose phrases `heading` says, in any place.
    static func markers(saying heading: String) -> [String] {
        let words = HeadingWords(heading)
        return Marker.all.filter { $0.says(words) }.map(\.id)
    }

    // MARK: How headings are read

    @Test(arguments: [
        ("Children’s Centres & Early-Help", ["childrens-centre", "and", "early", "help"]),
        ("PARENTS' VIEWS", ["parent", "view"]),
        ("Cafe\u{301}s didn't close", ["cafe", "didnt", "close"]),
        ("Families’ priorities", ["family", "priority"]),
        ("The Local Safeguarding Children Board’s report", ["the", "lscb", "report"]),
        ("Childrens Trust analysis", ["childrens-trust", "analysis"]),
        ("14–19 and 14-19", ["14", "19", "and", "14", "19"]),
    ])
    func headingsAreReadAsPlainWords(heading: String, words: [String]) {
        #expect(HeadingWords(heading).words.map(\.text) == words)
    }

    @Test func aColonOrASpacedDashEndsAClauseAndAHyphenDoesNot() {
        #expect(HeadingWords("Safe: what we said").words.map(\.clause) == [0, 1, 1, 1])
        #expect(HeadingWords("Safe – what we said").words.map(\.clause) == [0, 1, 1, 1])
        #expect(HeadingWords("Well-being and care").words.map(\.clause) == [0, 0, 0, 0])
    }

    @Test func phrasesMatchWholeWordsOnly() {
        let views = HeadingPhrase("children … views")
        #expect(views.matches(HeadingWords("Children's views")))
        #expect(!views.matches(HeadingWords("Children: an overview")))
        #expect(!views.matches(HeadingWords("Childhood views")))
        let start = HeadingPhrase("^the needs of children")
        #expect(start.matches(HeadingWords("The needs of children in Fernlow")))
        #expect(!start.matches(HeadingWords("Meeting the needs of children")))
    }

    @Test func partsJoinedByAnEllipsisMayHaveAtMostThreeWordsBetween() {
        let phrase = HeadingPhrase("summary … for parents")
        #expect(phrase.matches(HeadingWords("Summary of the year for parents")))
        #expect(!phrase.matches(HeadingWords("Summary of the whole year for parents")))
        #expect(!phrase.matches(HeadingWords("For parents: a summary")))
    }

    // MARK: Every entry of the table

    struct Entry: Sendable, CustomTestStringConvertible {
        var marker: String
        var phrase: String
        var testDescription: String { "\(marker): \(phrase)" }
    }

    static let entries: [Entry] = Marker.all.flatMap { marker in
        marker.phrases.map { Entry(marker: marker.id, phrase: $0.description) }
    }

    @Test(arguments: entries)
    func everyWordingOfEveryPhraseIsFound(_ entry: Entry) throws {
        let marker = Marker.named(entry.marker)
        let phrase = try #require(marker.phrases.first { $0.description == entry.phrase })
        #expect(!phrase.examples.isEmpty)
        for example in phrase.examples {
            // As written, as a heading would carry it, and in capitals with curly apostrophes.
            for heading in [
                example, "Our " + example, example.uppercased().replacingOccurrences(of: "'", with: "\u{2019}"),
            ] where !(phrase.description.hasPrefix("^") && heading.hasPrefix("Our ")) {
                #expect(marker.says(HeadingWords(heading)), "\"\(heading)\" should be found as `\(entry.marker)`")
            }
        }
    }

    @Test func theTableHasEveryMarkerOnceWithPhrasesAndPlaces() {
        let ids = Marker.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for marker in Marker.all {
            #expect(!marker.phrases.isEmpty, "\(marker.id) has no phrases")
            #expect(!marker.places.isEmpty, "\(marker.id) counts nowhere")
            #expect(!marker.places.contains(.other), "\(marker.id) counts on any page")
            // A near phrase that were also a phrase would never be suggested: it would already count.
            for near in marker.nearPhrases {
                #expect(
                    near.examples.allSatisfy { !marker.says(HeadingWords($0)) },
                    "\(marker.id): near phrase `\(near)` is already a phrase")
            }
        }
    }

    @Test func everyMarkerARuleUsesIsInTheTable() {
        let used = [
            "needs-analysis", "safeguarding", "lscb-consulted", "consultation", "early-intervention", "workforce",
            "child-poverty", "14-19", "alignment", "equality", "young-people-summary", "more-to-do", "have-your-say",
            "lscb-response", "summary", "what-to-expect", "youth-offer",
        ]
        for id in used { #expect(Marker.all.contains { $0.id == id }, "\(id) is not in Marker.all") }
    }

    /// The README documents the vocabulary as a table; this keeps it from drifting from the code.
    @Test func theReadmeTableIsTheVocabulary() throws {
        let readme = try String(
            contentsOf: TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().appending(
                path: "README.md"),
            encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- markers:start -->\n"))
        let end = try #require(readme.range(of: "<!-- markers:end -->"))
        let table = MarkerVocabulary.markdown()
        #expect(
            String(readme[start.upperBound..<end.lowerBound]) == table,
            "The README's marker table is out of date; between its markers:start and markers:end put:\n\(table)")
    }

    // MARK: Real headings

    struct RealHeading: Sendable, CustomTestStringConvertible {
        var heading: String
        var marker: String?
        var testDescription: String { heading }
    }

    /// Headings from published Children and Young People's Plans, annual reviews and local offers,
    /// with the one marker each stands for (nil: none, on purpose).
    static let realHeadings: [RealHeading] = [
        // Needs analysis.
        RealHeading(heading: "The Needs of Children and Young People in Staffordshire", marker: "needs-analysis"),
        RealHeading(heading: "Analysis of needs and the five outcomes", marker: "needs-analysis"),
        RealHeading(heading: "The story behind the baseline", marker: "needs-analysis"),
        RealHeading(heading: "Summary of needs mapped against services", marker: "needs-analysis"),
        RealHeading(heading: "Assessment of need", marker: "needs-analysis"),
        RealHeading(heading: "What the data tells us", marker: "needs-analysis"),
        RealHeading(heading: "Understanding needs", marker: "needs-analysis"),
        // Consultation with children, young people, parents and carers.
        RealHeading(heading: "What you told us", marker: "consultation"),
        RealHeading(heading: "You said, we did", marker: "consultation"),
        RealHeading(heading: "What children, young people, parents and carers told us", marker: "consultation"),
        RealHeading(heading: "What Our Children and Young People Say is important to them", marker: "consultation"),
        RealHeading(heading: "Listening to children and young people", marker: "consultation"),
        RealHeading(heading: "Voice of the child", marker: "consultation"),
        RealHeading(heading: "Consultation with children, young people and families", marker: "consultation"),
        RealHeading(heading: "Children and young people’s views", marker: "consultation"),
        RealHeading(heading: "What we heard from parents and carers", marker: "consultation"),
        // The LSCB consulted.
        RealHeading(heading: "How the Local Safeguarding Children Board was consulted", marker: "lscb-consulted"),
        RealHeading(heading: "Consultation with the LSCB", marker: "lscb-consulted"),
        // Safeguarding.
        RealHeading(heading: "Working together to safeguard children", marker: "safeguarding"),
        RealHeading(heading: "Safeguarding", marker: "safeguarding"),
        RealHeading(heading: "Keeping children and young people safe", marker: "safeguarding"),
        RealHeading(heading: "Child protection", marker: "safeguarding"),
        // Early intervention.
        RealHeading(heading: "Earliest intervention and children's centres", marker: "early-intervention"),
        RealHeading(heading: "What children’s centres offer families", marker: "early-intervention"),
        RealHeading(heading: "Early Help and Prevention", marker: "early-intervention"),
        RealHeading(heading: "Children's Centres, Schools and Extended Services", marker: "early-intervention"),
        // Workforce.
        RealHeading(heading: "Workforce Development and Reform", marker: "workforce"),
        RealHeading(heading: "Recruitment and retention", marker: "workforce"),
        // Child poverty.
        RealHeading(heading: "Children and young people thrive in spite of poverty", marker: "child-poverty"),
        RealHeading(heading: "Child and family poverty", marker: "child-poverty"),
        RealHeading(heading: "Reducing the impact of poverty", marker: "child-poverty"),
        RealHeading(heading: "Children in low-income families", marker: "child-poverty"),
        // 14 to 19.
        RealHeading(heading: "Learning 14–19", marker: "14-19"),
        RealHeading(heading: "The 14 - 19 Partnership", marker: "14-19"),
        // Alignment.
        RealHeading(heading: "Links to Staffordshire 2021 and the Local Area Agreement", marker: "alignment"),
        RealHeading(heading: "How this plan aligns with other plans", marker: "alignment"),
        RealHeading(heading: "The Sustainable Community Strategy", marker: "alignment"),
        // Equality.
        RealHeading(heading: "Equality & Diversity", marker: "equality"),
        RealHeading(heading: "Equal opportunities", marker: "equality"),
        // Summaries.
        RealHeading(heading: "The plan in short, for children and young people", marker: "young-people-summary"),
        RealHeading(heading: "Young People's Guide to the Plan", marker: "young-people-summary"),
        RealHeading(heading: "A summary of the year for parents and young people", marker: "summary"),
        RealHeading(heading: "Plain English summary", marker: "summary"),
        // Where there is more to do.
        RealHeading(heading: "Future challenges", marker: "more-to-do"),
        RealHeading(heading: "Challenges ahead", marker: "more-to-do"),
        RealHeading(heading: "Areas for development", marker: "more-to-do"),
        RealHeading(heading: "Where we need to do better", marker: "more-to-do"),
        // Have your say; the LSCB's report.
        RealHeading(heading: "Your views matter", marker: "have-your-say"),
        RealHeading(heading: "Compliments, comments and complaints", marker: "have-your-say"),
        RealHeading(
            heading: "Our response to the Local Safeguarding Children Board’s annual report", marker: "lscb-response"),
        // The local offer.
        RealHeading(heading: "What families can expect from us", marker: "what-to-expect"),
        RealHeading(heading: "What we offer", marker: "what-to-expect"),
        RealHeading(heading: "Places to go and things to do", marker: "youth-offer"),
        RealHeading(heading: "Youth clubs", marker: "youth-offer"),
        // Near misses: none of these is the section it sounds like.
        RealHeading(heading: "Key drivers for the plan", marker: nil),
        RealHeading(heading: "What inspectors told us", marker: nil),
        RealHeading(heading: "Keeping children safe: what inspectors said", marker: "safeguarding"),
        RealHeading(heading: "The Local Safeguarding Children Board", marker: nil),
        RealHeading(heading: "Children's Trust Board consultation", marker: nil),
        RealHeading(heading: "Views of children's services", marker: nil),
        RealHeading(heading: "Consultation", marker: nil),
        RealHeading(heading: "Participation in education and training", marker: nil),
        RealHeading(heading: "Engaging young people in learning", marker: nil),
        RealHeading(heading: "Overview of children and young people", marker: nil),
        RealHeading(heading: "Local context", marker: nil),
        RealHeading(heading: "Next steps", marker: nil),
        RealHeading(heading: "Summary", marker: nil),
        RealHeading(heading: "In short", marker: nil),
        RealHeading(heading: "Executive summary", marker: nil),
        RealHeading(heading: "Meeting the needs of children and young people with SEND", marker: nil),
        RealHeading(heading: "Stay safe", marker: nil),
        RealHeading(heading: "Our people", marker: nil),
        RealHeading(heading: "Closing the gap", marker: nil),
        RealHeading(heading: "Contact", marker: nil),
        RealHeading(heading: "Priorities at a glance", marker: nil),
    ]

    @Test(arguments: realHeadings)
    func realHeadingIsFoundByItsMarkerAlone(_ real: RealHeading) {
        // Alone among the markers that count in the same documents: "What children's centres offer
        // families" is early intervention in a plan and what families can expect on the offer page.
        let places = real.marker.map { Marker.named($0).places } ?? Set(MarkerPlace.allCases)
        let found = Self.markers(saying: real.heading).filter { !Marker.named($0).places.isDisjoint(with: places) }
        #expect(found == (real.marker.map { [$0] } ?? []), "\"\(real.heading)\"")
    }
}
