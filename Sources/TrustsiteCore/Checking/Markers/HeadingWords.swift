import Foundation

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
        // Read by Unicode scalar, not by Character: a page may have 20,000 headings, and every
        // marker that is missing reads them all.
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var clause = 0
        let scalars = Array(text.unicodeScalars)
        func finishWord() {
            guard !current.isEmpty else { return }
            words.append(Word(text: Self.singular(String(current)), clause: clause))
            current = String.UnicodeScalarView()
        }
        func isLetter(_ index: Int) -> Bool { index < scalars.count && Self.isLetterOrDigit(scalars[index]) }
        func isSpace(_ index: Int) -> Bool {
            index < 0 || index >= scalars.count || scalars[index].properties.isWhitespace
        }
        for (index, scalar) in scalars.enumerated() {
            if Self.isLetterOrDigit(scalar) {
                Self.appendPlain(scalar, to: &current)
            } else if Self.isMark(scalar) {
                continue  // an accent written as its own character: "é" as "e" and U+0301
            } else if Self.apostrophes.contains(scalar) {
                // "children’s" and "parents'" read as their plain word: a possessive changes nothing.
                let possessive =
                    (scalars.count > index + 1 && (scalars[index + 1] == "s" || scalars[index + 1] == "S"))
                    && !isLetter(index + 2)
                if current.isEmpty || !isLetter(index + 1) || possessive {
                    finishWord()
                }
                // Otherwise "didn't" reads as "didnt".
            } else if scalar == "&" {
                finishWord()
                words.append(Word(text: "and", clause: clause))
            } else {
                finishWord()
                if Self.clauseBreaks.contains(scalar)
                    || (Self.dashes.contains(scalar) && (isSpace(index - 1) || isSpace(index + 1)))
                {
                    clause += 1
                }
            }
        }
        finishWord()
        // The possessive's "s" is left over as a word of its own: drop it.
        words.removeAll { $0.text == "s" }
        self.words = Self.joiningNames(words)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]
    private static let clauseBreaks: Set<Unicode.Scalar> = [":", ";", ".", "?", "!", "(", ")", "[", "]", "|"]
    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Lowercase, without accents ("Café" reads as "cafe").
    private static func appendPlain(_ scalar: Unicode.Scalar, to word: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            word.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
        } else {
            word.append(
                contentsOf: String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                    .unicodeScalars)
        }
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

    private static let nameStarts = Set(names.map { $0.words[0] })

    private static func joiningNames(_ words: [Word]) -> [Word] {
        guard words.contains(where: { nameStarts.contains($0.text) }) else { return words }
        var result: [Word] = []
        var index = 0
        outer: while index < words.count {
            for (name, joined) in names where index + name.count <= words.count && words[index].text == name[0] {
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
