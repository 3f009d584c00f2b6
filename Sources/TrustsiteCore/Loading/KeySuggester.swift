/// "Did you mean" for misspelt keys and ids: the closest known word within a small edit distance.
enum KeySuggester {
    static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        var budget = Int.max
        return suggestion(for: word, among: candidates, budget: &budget)
    }

    /// The suggestion, spending at most `budget`: a unit for each byte of a candidate read and each
    /// cell of an edit-distance table (what is spent is taken off it). Nil once the budget runs
    /// out, so that a page with 20,000 broken anchors is not 20,000 searches of 20,000 candidates.
    /// The answer never depends on the candidates' order.
    static func suggestion(for word: String, among candidates: some Sequence<String>, budget: inout Int) -> String? {
        let typed = Array(word.lowercased())
        let limit = max(1, word.count / 3)
        var best: (candidate: String, distance: Int, prefix: Int)?
        // Ids are hyphenated words, and one written a word short or a word long ("riverside-park"
        // for "riverside-park-school") is too far for an edit distance: such a candidate is
        // suggested when it is the only one and no candidate is close.
        var wordsApart: [String] = []
        let lowered = word.lowercased()
        for candidate in candidates {
            // Reading a candidate costs its length too: a word whose length rules every candidate
            // out must not be free to compare with 20,000 of them.
            guard budget > candidate.utf8.count else { return nil }
            budget -= candidate.utf8.count + 1
            let lowerCandidate = candidate.lowercased()
            if !lowered.isEmpty, lowerCandidate.hasPrefix(lowered + "-") || lowered.hasPrefix(lowerCandidate + "-") {
                wordsApart.append(candidate)
            }
            let known = Array(lowerCandidate)
            // The distance is at least the difference in length: no table needed.
            guard abs(known.count - typed.count) <= limit else { continue }
            guard let distance = editDistance(typed, known, limit: limit, budget: &budget) else { return nil }
            guard distance <= limit else { continue }
            // Between equally close words, the one that starts like the typed word is likelier
            // meant; then the first in order.
            let prefix = zip(typed, known).prefix { $0 == $1 }.count
            if let current = best,
                (distance, -prefix, candidate) >= (current.distance, -current.prefix, current.candidate)
            {
                continue
            }
            best = (candidate, distance, prefix)
        }
        return best?.candidate ?? (wordsApart.count == 1 ? wordsApart.first : nil)
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        var budget = Int.max
        return editDistance(Array(a), Array(b), limit: Int.max - 1, budget: &budget) ?? Int.max
    }

    /// The distance when it is at most `limit`, else some number above `limit` (a row of the table
    /// whose every cell is over the limit ends the work: later rows are no smaller); nil when the
    /// table would take more cells than `budget` has left.
    private static func editDistance(_ a: [Character], _ b: [Character], limit: Int, budget: inout Int) -> Int? {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            guard budget >= b.count else { return nil }
            budget -= b.count
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            swap(&previous, &current)
            if rowMinimum > limit { return rowMinimum }
        }
        return previous[b.count]
    }
}
