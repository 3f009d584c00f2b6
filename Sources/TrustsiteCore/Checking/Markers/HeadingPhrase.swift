import Foundation

/// One entry of a marker's vocabulary, written as people write headings and matched by whole
/// words (see `HeadingWords`: "Needs" matches "need", never "kneed").
///
/// - `a / b` is either wording: `early help / early intervention`.
/// - `a … b` is `a`, then `b` later in the same clause with at most three words between:
///   `children … told us` matches "What children and families told us" but not
///   "Keeping children safe: what inspectors told us".
/// - A leading `^` means the heading starts with it: `^the needs of children`.
struct HeadingPhrase: Sendable, Hashable, CustomStringConvertible {
    /// The phrase as written in the table (and the README).
    let description: String
    private let atStart: Bool
    /// The parts joined by `…`; each is a list of wordings, each wording a list of words.
    private let parts: [[[String]]]
    /// The same wordings as written.
    private let writtenParts: [[String]]

    /// Words that may come between two parts joined by `…`.
    static let maximumGap = 3

    init(_ text: String) {
        description = text
        atStart = text.hasPrefix("^")
        let body = atStart ? String(text.dropFirst()) : text
        writtenParts = body.components(separatedBy: "…").map { part in
            part.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }.filter { !$0.isEmpty }
        parts = writtenParts.map { $0.map { HeadingWords($0).words.map(\.text) } }
    }

    /// Whether `heading` says this phrase.
    func matches(_ heading: HeadingWords) -> Bool {
        guard let first = parts.first else { return false }
        let words = heading.words
        let starts = atStart ? [0] : Array(words.indices)
        for start in starts {
            for wording in first where Self.words(words, at: start, are: wording) {
                if rest(from: start + wording.count, clause: words[start].clause, part: 1, in: words) { return true }
            }
        }
        return false
    }

    /// Whether parts `part...` follow, each within the gap after the previous one ended at `end`.
    private func rest(from end: Int, clause: Int, part: Int, in words: [HeadingWords.Word]) -> Bool {
        guard part < parts.count else { return true }
        let last = min(words.count - 1, end + Self.maximumGap)
        guard end <= last else { return false }
        for start in end...last where words[start].clause == clause {
            for wording in parts[part] where Self.words(words, at: start, are: wording) {
                if rest(from: start + wording.count, clause: clause, part: part + 1, in: words) { return true }
            }
        }
        return false
    }

    private static func words(_ words: [HeadingWords.Word], at start: Int, are wording: [String]) -> Bool {
        guard start + wording.count <= words.count else { return false }
        return zip(words[start...], wording).allSatisfy { $0.text == $1 }
    }

    /// Every way of writing the phrase as a heading, one wording of each part in turn (for tests
    /// and the README: each wording of the table must be found on its own).
    var examples: [String] {
        let widest = writtenParts.map(\.count).max() ?? 0
        return (0..<widest).map { index in
            writtenParts.map { $0[min(index, $0.count - 1)] }.joined(separator: " ")
        }
    }
}
