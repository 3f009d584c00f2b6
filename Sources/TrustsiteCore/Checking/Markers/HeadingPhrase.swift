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
    /// The parts joined by `…`; each holds its wordings (lists of words) by their first word, so
    /// that a heading's word is looked up rather than compared with every wording.
    private let parts: [[String: [[String]]]]
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
        parts = writtenParts.map { wordings in
            var byFirstWord: [String: [[String]]] = [:]
            for wording in wordings {
                let words = HeadingWords(wording).words.map(\.text)
                if let first = words.first { byFirstWord[first, default: []].append(words) }
            }
            return byFirstWord
        }
    }

    /// Whether `heading` says this phrase.
    func matches(_ heading: HeadingWords) -> Bool {
        let words = heading.words
        guard !parts.isEmpty, !words.isEmpty else { return false }
        for start in atStart ? 0..<1 : 0..<words.count {
            for end in Self.ends(of: parts[0], at: start, in: words)
            where rest(from: end, clause: words[start].clause, part: 1, in: words) {
                return true
            }
        }
        return false
    }

    /// Whether parts `part...` follow, each within the gap after the previous one ended at `end`.
    private func rest(from end: Int, clause: Int, part: Int, in words: [HeadingWords.Word]) -> Bool {
        guard part < parts.count else { return true }
        guard end < words.count else { return false }
        for start in end...min(words.count - 1, end + Self.maximumGap) where words[start].clause == clause {
            for next in Self.ends(of: parts[part], at: start, in: words)
            where rest(from: next, clause: clause, part: part + 1, in: words) {
                return true
            }
        }
        return false
    }

    /// Where each wording of `part` that the heading has at `start` ends.
    private static func ends(of part: [String: [[String]]], at start: Int, in words: [HeadingWords.Word]) -> [Int] {
        guard let wordings = part[words[start].text] else { return [] }
        return wordings.compactMap { wording in
            guard start + wording.count <= words.count else { return nil }
            for offset in 1..<max(1, wording.count) where words[start + offset].text != wording[offset] { return nil }
            return start + wording.count
        }
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
