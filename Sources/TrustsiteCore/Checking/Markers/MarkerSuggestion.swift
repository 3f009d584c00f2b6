import TrustsiteMarkdown

/// The headings nearest to a missing section, for its message: a plan that calls its consultation
/// chapter "Consultation and participation" is told so, with the id to add, rather than only being
/// told to write a new section.
enum MarkerSuggestion {
    /// At most this many headings are named; past three the list stops helping.
    static let maximumCount = 3

    /// A title or heading that may be the section.
    struct Candidate {
        var text: String
        /// The heading, or nil for a page title.
        var heading: MarkdownHeading?
        var path: String
        var score: Int

        /// How the author sees it: `## Future challenges` (content/reviews/2025-26.md line 40).
        var quoted: String {
            guard let heading else { return "the page \"\(text)\" (\(path))" }
            let id = heading.isExplicitID ? " {#\(heading.id)}" : ""
            let hashes = String(repeating: "#", count: max(1, heading.level))
            return "`\(hashes) \(text)\(id)` (\(path) line \(heading.position.line))"
        }
    }

    /// The sentence naming the nearest headings, or nil when none is close: only a heading in one
    /// of the marker's places that says one of its near phrases is named, best first. The title of
    /// `page`, which the rest of the hint names already, is not.
    static func nearest(to marker: Marker, in documents: [PlacedDocument], besides page: String) -> String? {
        let candidates = self.candidates(for: marker, in: documents, besides: page)
        guard let best = candidates.first else { return nil }
        if candidates.count > 1 {
            let names = candidates.map(\.quoted)
            let list = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            return "Did you mean \(list)? Mark the one that is this section: add `{#\(marker.id)}` after its "
                + "heading, or `\(marker.id)` to its page's `covers:` list."
        }
        guard let heading = best.heading, !heading.isExplicitID else {
            return "Did you mean \(best.quoted)? If it is this section, add `\(marker.id)` to the `covers:` list "
                + "of \(best.path)."
        }
        let hashes = String(repeating: "#", count: max(1, heading.level))
        return "Did you mean \(best.quoted)? If it is this section, add `{#\(marker.id)}` to it:\n"
            + "    \(hashes) \(best.text) {#\(marker.id)}"
    }

    static func candidates(for marker: Marker, in documents: [PlacedDocument], besides page: String) -> [Candidate] {
        var found: [Candidate] = []
        for placed in documents where marker.places.contains(placed.place) {
            let document = placed.document
            if let title = document.title, document.path != page {
                found.append(Candidate(text: title, heading: nil, path: document.path, score: 0))
            }
            found += document.rendered.headings.map {
                Candidate(text: $0.text, heading: $0, path: document.path, score: 0)
            }
        }
        var scored: [Candidate] = []
        for var candidate in found {
            let words = HeadingWords(candidate.text)
            candidate.score = marker.nearPhrases.filter { $0.matches(words) }.count
            if candidate.score > 0 { scored.append(candidate) }
            // A page of 20,000 headings is read once, not 20,000 times: a few are enough to rank.
            if scored.count >= 100 { break }
        }
        // A stable sort: equal scores keep the documents' order.
        let ranked = scored.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
        return ranked.prefix(maximumCount).map(\.element)
    }
}
