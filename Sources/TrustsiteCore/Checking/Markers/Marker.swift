/// A required section, found by a marker the author declares once (a `covers:` entry or a
/// heading id like `{#more-to-do}`), or failing that by the words of a heading in a document
/// where that section belongs. The markers and their words are in `Marker.all` (MarkerVocabulary.swift).
public struct Marker: Sendable {
    public let id: String
    /// What the section is, for messages ("a needs analysis").
    public let name: String
    /// A title for the section in the lines the fix hint suggests.
    public let suggestedTitle: String
    /// Where a heading's words count for the section (a declared marker counts wherever the rule looks).
    public let places: Set<MarkerPlace>
    /// Headings that stand for the section, in those places (the documented fallback).
    let phrases: [HeadingPhrase]
    /// Words of headings that are probably the section under another name: never enough on their
    /// own, but named in the message when the section is missing ("did you mean `## Stay safe`?").
    let nearPhrases: [HeadingPhrase]

    init(
        _ id: String, name: String, suggestedTitle: String, places: Set<MarkerPlace>, phrases: [String],
        near: [String]
    ) {
        self.id = id
        self.name = name
        self.suggestedTitle = suggestedTitle
        self.places = places
        self.phrases = phrases.map(HeadingPhrase.init)
        self.nearPhrases = near.map(HeadingPhrase.init)
    }

    public static func named(_ id: String) -> Marker {
        all.first { $0.id == id }
            ?? Marker(id, name: id, suggestedTitle: id, places: [], phrases: [], near: [])
    }

    /// Whether the section is in one of `documents`: declared anywhere, or a title or heading of a
    /// document in one of the marker's places says one of its phrases.
    public func isPresent(in documents: [PlacedDocument]) -> Bool {
        documents.contains { isDeclared(in: $0.document) } || headings(in: documents).contains { says($0.words) }
    }

    /// The hint for a section missing from `documents`, or nil when it is there: the headings
    /// nearest to it, if any, then the exact lines to add to `page`. Every heading is read once,
    /// for both (a plan may have thousands, and each missing marker reads them all).
    public func hintIfMissing(
        in documents: [PlacedDocument], page path: String, asSectionFile sectionFolder: String?
    ) -> String? {
        guard !documents.contains(where: { isDeclared(in: $0.document) }) else { return nil }
        let headings = headings(in: documents)
        guard !headings.contains(where: { says($0.words) }) else { return nil }
        let lines = fixLines(page: path, asSectionFile: sectionFolder)
        let candidates = headings.filter { $0.heading != nil || $0.path != path }
        guard let nearest = MarkerSuggestion.nearest(to: self, among: candidates) else { return lines }
        return nearest + "\nOtherwise: " + lines
    }

    /// Whether the document declares the marker: in `covers:` or as a heading's `{#id}`.
    public func isDeclared(in document: ContentDocument) -> Bool {
        document.markers.contains(id)
    }

    /// The titles and headings of the documents in the marker's places, read as words.
    func headings(in documents: [PlacedDocument]) -> [MarkerSuggestion.Candidate] {
        documents.filter { places.contains($0.place) }.flatMap { placed in
            let document = placed.document
            let words = placed.headingWords
            // The title's words come first, then each heading's.
            let offset = document.title == nil ? 0 : 1
            let title = document.title.map {
                MarkerSuggestion.Candidate(text: $0, heading: nil, path: document.path, words: words[0])
            }
            return [title].compactMap { $0 }
                + document.rendered.headings.enumerated().map { index, heading in
                    MarkerSuggestion.Candidate(
                        text: heading.text, heading: heading, path: document.path, words: words[offset + index])
                }
        }
    }

    /// Whether a heading says one of the phrases.
    func says(_ heading: HeadingWords) -> Bool {
        phrases.contains { $0.matches(heading) }
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
