import TrustsiteMarkdown

/// Text that stands in for content not yet written: "TBC", "to follow", "N/A", "-", "[name]",
/// "<insert email>", "lorem ipsum". A required field holding one is as good as empty, and a page
/// that publishes one tells readers nothing.
///
/// Conservative on purpose: only the whole value counts, or a value that starts with a
/// placeholder word and a separator ("TBC - awaiting data"), or a short value that ends with one
/// ("Name TBC", "Jo Bloggs (to be confirmed)"). Real sentences that merely contain "to follow" or
/// "N/A" are text.
enum Placeholder {
    /// What a value is, when it is not content.
    struct Match: Sendable, Equatable {
        /// The value as written (trimmed and shortened for a message); empty for an empty value.
        let text: String

        var isEmpty: Bool { text.isEmpty }

        /// "'evidence' is empty" or "'evidence' is a placeholder ('TBC')".
        func describe(_ field: String) -> String {
            isEmpty ? "'\(field)' is empty" : "'\(field)' is a placeholder ('\(text)')"
        }
    }

    /// Why `text` is not content, or nil when it is. `field`, the key the value is written under,
    /// also catches a value that only repeats it (`name: Name`). Nil text (the key left out) is
    /// not a placeholder: the rules report a missing value in their own words.
    static func match(_ text: String?, field: String? = nil) -> Match? {
        guard let text else { return nil }
        let trimmed = text.trimmedWhitespace
        guard isPlaceholder(trimmed, field: field) else { return nil }
        let shown = trimmed.count <= 40 ? trimmed : String(trimmed.prefix(39)) + "…"
        return Match(text: shown)
    }

    /// True when `text` is written and is real content.
    static func isContent(_ text: String?) -> Bool {
        text != nil && match(text) == nil
    }

    private static func isPlaceholder(_ text: String, field: String?) -> Bool {
        var value = normalised(text)
        if value.isEmpty || isSymbols(value) { return true }
        // A whole value in square or angle brackets is a template's slot: "[name]", "<insert email>".
        // An address in angle brackets (<https://...>, <name@example.org>) is not.
        if let inner = unwrapped(value, "[", "]") ?? unwrapped(value, "<", ">") ?? unwrapped(value, "{", "}"),
            !inner.contains("@"), !inner.contains("://")
        {
            return true
        }
        // Quotes or round brackets around the whole value: "(to be confirmed)", "'TBC'".
        while let inner = unwrapped(value, "(", ")") ?? unwrapped(value, "\"", "\"") ?? unwrapped(value, "'", "'")
            ?? unwrapped(value, "*", "*") ?? unwrapped(value, "_", "_")
        {
            value = inner.trimmedWhitespace
        }
        value = withoutTrailingPunctuation(value)
        if value.isEmpty || isSymbols(value) || wholeValues.contains(value) { return true }
        if let field, value == field.lowercased().replacingOccurrences(of: "_", with: " ") { return true }
        return startsWithPlaceholder(value) || endsWithPlaceholder(value) || isInstruction(value)
    }

    /// Whole values that say nothing.
    private static let wholeValues: Set<String> = [
        "tbc", "tba", "tbd", "t.b.c", "t.b.a", "t.b.d", "tbc tbc", "todo", "to do", "to-do", "fixme", "placeholder",
        "to follow", "to be confirmed", "to be agreed", "to be announced", "to be decided", "to be determined",
        "to be added", "to be written", "to be arranged", "to be completed", "to be updated", "to be provided",
        "to be supplied", "to be appointed", "to be named", "n/a", "n.a", "na", "n/k", "not known",
        "not applicable", "not available", "not yet known", "not yet available", "unknown", "pending", "awaiting",
        "coming soon", "none yet", "vacant", "vacancy", "lorem ipsum", "dummy", "dummy text", "sample text",
        "test", "testing", "blank", "empty", "text", "text here", "name here", "details here", "insert here",
        "add text", "enter text", "asdf", "qwerty", "blah", "blah blah",
    ]

    /// Words that begin a placeholder whatever follows them: "TBC - awaiting data", "TODO: write".
    private static let leadingWords = ["tbc", "tba", "tbd", "todo", "fixme", "xxx", "lorem ipsum"]
    /// Phrases that begin a placeholder whatever follows: "To be confirmed at the June meeting".
    private static let leadingPhrases = [
        "to be confirmed", "to be agreed", "to be announced", "to be decided", "to be determined", "to be appointed",
    ]
    /// Phrases that begin a placeholder only before a separator: "To follow - data from the NHS"
    /// is one; "To follow up every referral" is a sentence.
    private static let separatedPhrases = ["to follow", "pending", "awaiting", "unknown"]
    /// Phrases that end a short placeholder: "Name TBC", "Evidence to follow". ("Planning
    /// permission pending" is news, so "pending" is not one of them.)
    private static let trailingPhrases = [
        "tbc", "tba", "tbd", "todo", "to follow", "to be confirmed", "to be agreed", "to be announced",
        "to be decided", "to be determined", "to be added", "to be appointed",
    ]

    private static func startsWithPlaceholder(_ value: String) -> Bool {
        for word in leadingWords + leadingPhrases where value.hasPrefix(word) {
            let rest = value.dropFirst(word.count)
            if rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true { return true }
        }
        for phrase in separatedPhrases where value.hasPrefix(phrase) {
            let rest = value.dropFirst(phrase.count).drop { $0 == " " }
            if let first = rest.first, "-:;,(/–—".contains(first) { return true }
        }
        return false
    }

    /// A value of at most three words before a placeholder phrase at its end: "Name TBC",
    /// "Jo Bloggs (TBC)".
    private static func endsWithPlaceholder(_ value: String) -> Bool {
        let value = String(value.reversed().drop { ")] ".contains($0) }.reversed())
        for phrase in trailingPhrases where value.hasSuffix(phrase) {
            let head = value.dropLast(phrase.count)
            guard head.last.map({ !$0.isLetter && !$0.isNumber }) ?? true else { continue }
            let words = head.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "." }
            if words.count <= 3 { return true }
        }
        return false
    }

    /// A template's instruction left in: "Insert name here", "insert the chair's email".
    private static func isInstruction(_ value: String) -> Bool {
        if value.hasPrefix("insert ") || value.hasPrefix("lorem ") { return true }
        let words = value.split(separator: " ")
        guard words.count <= 6, words.last == "here", let first = words.first else { return false }
        return ["enter", "add", "type", "write", "put", "your"].contains(String(first))
    }

    /// Lower case, one kind of dash and quote, single spaces.
    private static func normalised(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text.lowercased() {
            let mapped: Character =
                switch character {
                case "\u{2013}", "\u{2014}", "\u{2212}": "-"
                case "\u{2018}", "\u{2019}": "'"
                case "\u{201C}", "\u{201D}": "\""
                default: character
                }
            if mapped.isWhitespace {
                if !lastWasSpace, !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(mapped)
                lastWasSpace = false
            }
        }
        return result.trimmedWhitespace
    }

    /// Nothing but dashes, question marks, dots, stars, slashes or x's: "-", "???", "...", "xxx", "x-x".
    private static func isSymbols(_ value: String) -> Bool {
        value.allSatisfy { "-?.…*_/\\|~#!x ".contains($0) }
    }

    private static func unwrapped(_ value: String, _ open: Character, _ close: Character) -> String? {
        guard value.count >= 2, value.first == open, value.last == close else { return nil }
        let inner = value.dropFirst().dropLast()
        // "(a) and (b)" is not wrapped: the first bracket closes before the end.
        if open != close, inner.contains(close) { return nil }
        return String(inner)
    }

    private static func withoutTrailingPunctuation(_ value: String) -> String {
        var result = Substring(value)
        while let last = result.last, ".:;,!".contains(last) { result = result.dropLast() }
        return String(result).trimmedWhitespace
    }
}
