/// A heading reduced to the words a marker's phrases are matched against, so that the way a
/// council happens to write a heading does not decide whether it counts: case, accents, curly or
/// straight apostrophes, hyphens and dashes, "&" for "and", plurals and possessives all read alike.
///
/// "Children’s Centres & Early-Help" reads as `childrens-centre and early help`.
struct HeadingWords: Sendable, Hashable {
    /// One word of a heading, with the clause it belongs to.
    struct Word: Sendable, Hashable {
        var text: String
        /// Clauses are split at `:`, `;`, `.`, `?`, `!`, brackets and a dash between spaces, so
        /// that "Keeping children safe: what inspectors said" does not read as children saying it.
        var clause: Int
    }

    let words: [Word]

    init(_ text: String) {
        var words: [Word] = []
        var current = ""
        var clause = 0
        var previous: Character = " "
        let characters = Array(text)
        func finishWord() {
            guard !current.isEmpty else { return }
            words.append(Word(text: Self.singular(current), clause: clause))
            current = ""
        }
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character.isLetter || character.isNumber {
                current += Self.plainLetters(character)
            } else if Self.apostrophes.contains(character) {
                // "children’s" and "parents'" read as their plain word: a possessive changes nothing.
                if current.isEmpty || !next.isLetter {
                    finishWord()
                } else if next == "s" || next == "S",
                    index + 2 >= characters.count || !characters[index + 2].isLetter
                {
                    finishWord()
                } else {
                    continue  // "didn't" reads as "didnt"
                }
            } else if character == "&" {
                finishWord()
                words.append(Word(text: "and", clause: clause))
            } else {
                finishWord()
                if Self.clauseBreaks.contains(character)
                    || (Self.dashes.contains(character) && (previous.isWhitespace || next.isWhitespace))
                {
                    clause += 1
                }
            }
            previous = character
        }
        finishWord()
        // The possessive's "s" is left over as a word of its own: drop it.
        words = words.filter { $0.text != "s" }
        self.words = Self.joiningNames(words)
    }

    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]
    private static let clauseBreaks: Set<Character> = [":", ";", ".", "?", "!", "(", ")", "[", "]", "|"]
    private static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]

    /// Lowercase, without accents ("Café" reads as "cafe").
    private static func plainLetters(_ character: Character) -> String {
        if let ascii = character.asciiValue { return String(UnicodeScalar(ascii | 0x20)) }
        return String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The singular of a word, near enough for matching: both the heading and the phrase go through
    /// it, so an odd result ("does" → "doe") is harmless as long as it is the same on both sides.
    static func singular(_ word: String) -> String {
        switch word {
        case "children", "childrens": return "child"
        case "people", "peoples": return "people"
        default: break
        }
        guard word.count > 3, word.hasSuffix("s"), word.first?.isLetter == true else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }

    /// Names of bodies that contain an ordinary word of a phrase: "Local Safeguarding Children
    /// Board" is the LSCB, not children being consulted; "Children's Trust" is not children.
    private static let names: [(words: [String], name: String)] = [
        (["local", "safeguarding", "child", "board"], "lscb"),
        (["safeguarding", "child", "board"], "lscb"),
        (["child", "trust"], "childrens-trust"),
        (["child", "service"], "childrens-service"),
        (["child", "social", "care"], "childrens-social-care"),
        (["child", "centre"], "childrens-centre"),
        (["child", "center"], "childrens-centre"),
    ]

    private static func joiningNames(_ words: [Word]) -> [Word] {
        var result: [Word] = []
        var index = 0
        outer: while index < words.count {
            for (name, joined) in names where index + name.count <= words.count {
                let slice = words[index..<(index + name.count)]
                if slice.map(\.text) == name, slice.allSatisfy({ $0.clause == words[index].clause }) {
                    result.append(Word(text: joined, clause: words[index].clause))
                    index += name.count
                    continue outer
                }
            }
            result.append(words[index])
            index += 1
        }
        return result
    }
}
