import Foundation

/// A required section, found by a marker the author declares once (a `covers:` entry or a
/// heading id like `{#more-to-do}`), or failing that by the words of a heading.
public struct Marker: Sendable, Hashable {
    public let id: String
    /// What the section is, for messages ("a needs analysis").
    public let name: String
    /// Heading words that also count, lowercase (the documented fallback).
    public let headingPhrases: [String]
    /// A title for the section in the lines the fix hint suggests.
    public let suggestedTitle: String

    public static let all: [Marker] = [
        Marker(id: "vision", name: "a vision", headingPhrases: ["vision"], suggestedTitle: "Our vision"),
        Marker(
            id: "needs-analysis", name: "a needs analysis", headingPhrases: ["needs analysis"],
            suggestedTitle: "What children and families need"),
        Marker(
            id: "consultation", name: "a record of consultation with children, young people, parents and carers",
            headingPhrases: ["consultation", "what you told us", "told us"], suggestedTitle: "What you told us"),
        Marker(
            id: "lscb-consulted", name: "a record that the LSCB was consulted",
            headingPhrases: ["lscb consultation", "consulting the lscb"],
            suggestedTitle: "How the Local Safeguarding Children Board was consulted"),
        Marker(
            id: "safeguarding", name: "a section on safeguarding arrangements",
            headingPhrases: ["safeguarding", "keeping children safe"], suggestedTitle: "Keeping children safe"),
        Marker(
            id: "early-intervention", name: "a section on early intervention",
            headingPhrases: ["early intervention", "early help"], suggestedTitle: "Early help"),
        Marker(
            id: "workforce", name: "a workforce strategy", headingPhrases: ["workforce"],
            suggestedTitle: "Our workforce"),
        Marker(
            id: "child-poverty", name: "a section on child poverty", headingPhrases: ["child poverty"],
            suggestedTitle: "Child poverty"),
        Marker(
            id: "14-19", name: "the 14 to 19 plan", headingPhrases: ["14-19", "14 to 19", "14–19"],
            suggestedTitle: "Learning from 14 to 19"),
        Marker(
            id: "alignment", name: "how the plan aligns with other local plans",
            headingPhrases: ["alignment", "other plans", "fits with"], suggestedTitle: "How this plan fits with others"),
        Marker(
            id: "equality", name: "how the plan meets the equality duties", headingPhrases: ["equality", "equalities"],
            suggestedTitle: "Equality and children's rights"),
        Marker(
            id: "young-people-summary", name: "a summary for children and young people",
            headingPhrases: ["summary for children", "summary for young people", "young people's summary"],
            suggestedTitle: "The plan in short, for children and young people"),
        Marker(
            id: "more-to-do", name: "a section on where there is more to do", headingPhrases: ["more to do"],
            suggestedTitle: "Where there is more to do"),
        Marker(
            id: "have-your-say", name: "a section on how to have your say",
            headingPhrases: ["have your say", "tell us what you think"], suggestedTitle: "Have your say"),
        Marker(
            id: "lscb-response", name: "the Board's response to the LSCB annual report",
            headingPhrases: ["response to the lscb", "lscb annual report", "lscb's annual report"],
            suggestedTitle: "Our response to the LSCB annual report"),
        Marker(
            id: "summary", name: "a plain-language summary for parents and young people",
            headingPhrases: ["summary", "in short"], suggestedTitle: "Summary for parents and young people"),
        Marker(
            id: "what-to-expect", name: "a statement of what families can expect",
            headingPhrases: ["what you can expect", "what to expect"], suggestedTitle: "What you can expect"),
        Marker(
            id: "youth-offer", name: "the youth offer",
            headingPhrases: ["youth offer", "places to go", "positive activities"], suggestedTitle: "Our youth offer"),
    ]

    public static func named(_ id: String) -> Marker {
        all.first { $0.id == id } ?? Marker(id: id, name: id, headingPhrases: [], suggestedTitle: id)
    }

    /// Whether `document` has this section: declared, by heading id, or by heading words.
    public func isPresent(in document: ContentDocument) -> Bool {
        if document.markers.contains(id) { return true }
        // The fallback: the page's title or one of its headings contains one of the phrases.
        let titles = [document.title].compactMap { $0 } + document.rendered.headings.map(\.text)
        return titles.contains { title in
            let text = title.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            return headingPhrases.contains { text.contains($0) }
        }
    }

    public func isPresent(in documents: [ContentDocument]) -> Bool {
        documents.contains(where: isPresent)
    }

    /// The exact lines an author can add, for a page like `document`.
    public func fixLines(page path: String, asSectionFile sectionFolder: String?) -> String {
        var options = "Add a heading with the marker to \(path):\n    ## \(suggestedTitle) {#\(id)}\n"
        if let sectionFolder {
            options +=
                "or create \(sectionFolder)/\(id).md:\n    ---\n    title: \(suggestedTitle)\n"
                + "    covers: [\(id)]\n    ---\n    (the section's text)\n"
        }
        options += "or, if the page already has this section, add `\(id)` to its front matter's `covers:` list."
        return options
    }
}
