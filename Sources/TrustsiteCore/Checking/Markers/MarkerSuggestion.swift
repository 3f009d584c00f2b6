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
        var words: HeadingWords

        /// How the author sees it: `## Future challenges` (content/reviews/2025-26.md line 40).
        var quoted: String {
            guard let heading else { return "the page \"\(text)\" (\(path))" }
            let id = heading.isExplicitID ? " {#\(heading.id)}" : ""
            let hashes = String(repeating: "#", count: max(1, heading.level))
            return "`\(hashes) \(text)\(id)` (\(path) line \(heading.position.line))"
        }
    }

    /// The sentence naming the nearest of `headings`, or nil when none is close: only a heading
    /// that says one of the marker's near phrases is named, the most first.
    static func nearest(to marker: Marker, among headings: [Candidate]) -> String? {
        let candidates = ranked(headings, for: marker)
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

    /// The headings that say at least one near phrase, those that say the most first (in the
    /// documents' order when equal), at most `maximumCount`.
    static func ranked(_ headings: [Candidate], for marker: Marker) -> [Candidate] {
        let scored = headings.enumerated().compactMap { index, candidate -> (Int, Int, Candidate)? in
            let score = marker.nearPhrases.filter { $0.matches(candidate.words) }.count
            return score > 0 ? (score, index, candidate) : nil
        }
        let best = scored.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }
        return best.prefix(maximumCount).map(\.2)
    }
}
